// One of the brand's own units on a card, its handle a short form of the brand's name and the unit's name: "Stampede
// Ranch" ("Our own bucking-stock breeding program") over @cvs_ranch and "The Grandstand Show" ("Our own evening
// spectacular") over facebook.com/cvgrandstandshow at Chinook Valley Stampede, "The Planter's Bungalow" ("Our 1890s
// estate bungalow") over @mhg_bungalow and "Visit the factory" ("our working 1924 factory") over @mahagala_factory at
// Mahagala Tea (round 39). Brands name their committees, farms, lodgings and shows so, and set them out in the markup
// of their staff's cards, where the rules read a list of people; unit-title.ts asks the title to name a kind of unit
// and the handle to spell it whole, or the brand's short form to close it. Here the short form opens the handle — the
// brand's initials, a word of its name, or its first word's consonants ("mhg" of Mahagala) — and the rest spells words
// of the card's title; the card says the unit is the brand's own ("our", "own", "nuestra propia") or its title holds
// the brand's word ("Stampede Parade"). Not a person's card ("Morag Fraser" over @gcd_morag: the handle spells the
// name's first word), nor a card naming another operator, a partner, a club or a body standing apart.
import { brandTags, brandWords } from './brand-words.js';
import { OWN_PART } from './heading-spelt.js';
import { BODY } from './named-body.js';
import { OPERATED_BY, OTHERS } from './own-unit.js';
import { APART } from './unit-title.js';
import { foldText, handleUser, nameShapedTitle, squash } from './text.js';

/** The shortest rest a handle may spell after the brand's short form ("ranch", "bothy"; shorter are any word's start). */
const REST_MIN = 4;
/** A two-letter short form ("cv") is any pair of words' initials: read only before a rest this long ("grandstandshow"). */
const SHORT_TAG_REST_MIN = 8;
/** The shortest consonant short form of a brand word read ("mhg"). */
const CONSONANTS_MIN = 3;
/** Words of the brand's name from this many letters count as its word in a title or as a short form. */
const BRAND_WORD_MIN = 4;

/** A title naming a club, an association, a foundation or fans: another organisation named after the brand as often. */
const ORG_OR_FANS = /^(?:club|klub|verein|association|asociacion|associazione|foundation|fondation|fundacion|stiftung|trust|charity|society|fans?|supporters|friends|amigos|amis)$/;

/** An operator named as the brand's own team, right after "run by": "the estate's own hospitality team" (folded). */
const OWN_RUNNER = /^(?:\S+ ){0,3}(?:own|propre|propi[oa]|eigene[mnr]?)\b/;

/** The brand's short forms a unit's handle may open with: its tags (brand-words.ts), its words, its words' consonants. */
function shortForms(target: { domain: string; brandName: string }): string[] {
  const words = brandWords(target, BRAND_WORD_MIN);
  const consonants = words.flatMap((w) => {
    const skeleton = w.replace(/[aeiouy]/g, '');
    const forms: string[] = [];
    for (let n = CONSONANTS_MIN; n <= skeleton.length; n++) forms.push(skeleton.slice(0, n));
    return skeleton === w ? [] : forms;
  });
  return [...new Set([...brandTags(target.brandName), ...words, ...consonants])].filter((t) => t.length >= 2);
}

/**
 * The indexes of `words` whose run, in order (words may be skipped), spells `rest` whole, each word whole or without a
 * final "s"; null when none does.
 */
function spelt(rest: string, words: readonly string[], from = 0): number[] | null {
  if (rest === '') return [];
  for (let i = from; i < words.length; i++) {
    for (const form of new Set([words[i], words[i].replace(/s$/, '')])) {
      if (form.length < 2 || !rest.startsWith(form)) continue;
      const tail = spelt(rest.slice(form.length), words, i + 1);
      if (tail) return [i, ...tail];
    }
  }
  return null;
}

/**
 * Whether the handle opens with one of the brand's short forms and the rest spells words of the card's title, on a card
 * that says the unit is the brand's own or whose title holds the brand's word, naming no one else.
 */
export function spellsTaggedUnit(handle: string, finding: { heading?: string; context?: string }, target: { domain: string; brandName: string }): boolean {
  const heading = finding.heading?.trim();
  if (!heading) return false;
  const card = foldText(`${heading} ${finding.context ?? ''}`);
  if (OTHERS.test(card) || BODY.test(card) || APART.test(card)) return false;
  // "run by the estate's own hospitality team" names the brand's own team as the operator, not another.
  const by = OPERATED_BY.exec(card);
  if (by && !OWN_RUNNER.test(card.slice(by.index + by[0].length))) return false;
  const title = foldText(heading).split(/[^a-z0-9]+/).filter(Boolean);
  if (title.some((w) => ORG_OR_FANS.test(w))) return false;
  const brand = brandWords(target, BRAND_WORD_MIN);
  const saysOwn = OWN_PART.test(foldText(finding.context ?? ''));
  if (!saysOwn && !title.some((w) => brand.includes(w))) return false;
  const user = squash(handleUser(handle));
  const named = nameShapedTitle(heading.split(/\s+/));
  return shortForms(target).some((tag) => {
    // A title holding the brand's word that the handle spells from it ("Canting Mbah Sumi" over @canting.mbahsumi, a
    // maker's card at Pasar Canting) is unit-title.ts's to read, which asks for a kind of unit: here the title's brand
    // word says the unit is the brand's only where the handle opens with another short form ("Stampede Parade",
    // @cvsparade).
    if (!user.startsWith(tag) || (!saysOwn && title.includes(tag))) return false;
    const rest = user.slice(tag.length);
    if (rest.length < REST_MIN || (tag.length < 3 && rest.length < SHORT_TAG_REST_MIN)) return false;
    const used = spelt(rest, title);
    // A name's first word spelt after the brand's initials is a person's handle ("gcd_morag" under "Morag Fraser").
    return used !== null && used.some((i) => title[i].length >= REST_MIN && !brand.includes(title[i])) && !(named && used.includes(0));
  });
}
