// A person's card headed by her or his name, in the same markup as the brand's desk cards: a festival's artists, a
// maker's sponsored athletes and ambassadors, a staff member's card ("Mara Lindqvist" over "Gravel racer · Umeå. Mara won
// the Dirty Reiver…" and a row of bare "Instagram" / "YouTube" links). The handles spell a nickname, a first name or a
// channel id, never the heading (so person-name.ts does not read them), and a lone link of a network no other card uses
// is not in a list of people: placed on the brand's page like its desks' links, the model called them official (the
// largest class of accounts wrongly official in its held-out folds: rounds 27, 31, 35's ambassadors and athletes). What
// tells the card is its text: a bio speaking of the name's bearer again, by first name or pronoun. A desk or mascot the
// brand gives a person-like name ("Ask Anna", "Pip Sprocket") says what it is: an assistant, a bot, a mascot.
import { brandWords } from './brand-words.js';
import { foldText } from './text.js';

/** A heading that is a name: two or three capitalised words, hyphenated parts allowed, then a role or place after "·", "—", "–", "," or "|". */
const NAME_HEADING = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2}\s*(?:$|[·—–,|])/u;

/** Articles and words that open a title or a place rather than a name ("The Long Ride", "Le Comptoir", "Team Rotwild"). */
const NOT_FIRST =
  /^(?:the|le|la|les|el|los|las|der|die|das|de|du|het|een|il|lo|gli|o|os|a|as|un|une|una|ein|eine|an|team|club|casa|maison|haus|studio|cafe|hotel|bar|villa|ask|meet|contact|customer|press|visitor|our|notre|unser|unsere|nuestro|nuestra|mount|lake|saint|san|santa|sankt|st)$/;

/**
 * A pronoun of one person in the third person, folded (en, fr, de, es, it, nl, pt, sv, no, da): the bio speaks of the
 * card's bearer. Words that are also articles, plurals or the polite "you" ("il", "su", "sa", "son", "el", "Sie", "ihr")
 * are left out: a desk's card holds them as often.
 */
const THIRD_PERSON = /\b(?:she|he|her|his|him|herself|himself|elle|lui|er|sein|seine|seinen|seiner|ella|lei|zij|hij|haar|zijn|hon|han|hans|hennes|honom|hun|ham|hende|dela|dele)\b/;

/** What the brand's own persona is (a chat desk, a bot, a mascot), folded: such a card is the brand's desk, not a person's. */
const PERSONA =
  /\b(?:mascot\w*|maskottchen|mascotte|mascota|assistant\w*|assistent\w*|asistente|chat ?bot\w*|bot|virtual\w*|virtuel\w*|avatar|character|personnage|figur|chat desk|chat)\b/;

/** Words of the brand's name from this many letters: a heading holding one is a card of the brand's. */
const BRAND_WORD_MIN = 4;

/**
 * Whether the link sits on a person's card: a block opening with its heading, a name (two or three capitalised words,
 * none the brand's, not opening with an article or a place's or desk's word), whose text after the heading names the
 * first name again or speaks of one person in the third person, and does not call the card's bearer an assistant, a bot
 * or a mascot.
 */
export function onPersonsCard(finding: { context?: string; heading?: string }, target: { domain: string; brandName: string }): boolean {
  const { context, heading } = finding;
  if (!context || !heading || !context.startsWith(heading)) return false;
  const m = NAME_HEADING.exec(heading.trim());
  if (!m) return false;
  const name = heading.trim().slice(0, m[0].length).replace(/\s*[·—–,|]$/, '');
  const parts = foldText(name).split(/[^a-z]+/).filter(Boolean);
  if (parts.length < 2 || NOT_FIRST.test(parts[0])) return false;
  const words = brandWords(target, BRAND_WORD_MIN);
  if (parts.some((w) => words.some((b) => w.includes(b) || (w.length >= BRAND_WORD_MIN && b.includes(w))))) return false;
  const bio = foldText(context.slice(heading.length));
  if (PERSONA.test(bio)) return false;
  const first = foldText(m[1]);
  return new RegExp(`\\b${first}\\b`).test(bio) || THIRD_PERSON.test(bio);
}
