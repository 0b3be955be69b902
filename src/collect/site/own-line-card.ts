// One of the brand's ranges or lines on a card headed by its name, the card's text calling it the brand's: "Silver
// Mist" over "Our single-estate white tea line … Silver Mist has its own home on Instagram: @silvermistwhitetea" (round
// 39's tea estate), "Nuit Blanche" over "Notre gamme de chocolats blancs…", "Kakaoherz" over "Unsere vegane Linie…".
// The range's handle spells its name, perhaps with a word of the card after it ("white tea", "chocolat"), not the
// brand's; its card sits in a grid beside partners' and staff's, where the rules read a list of people, and its name is
// shaped like a person's, which own-account.ts's reading of "has its own account" takes for one. Not a card naming a
// partner or another operator.
import { OPERATED_BY, OTHERS } from './own-unit.js';
import { foldText, handleUser, squash } from './text.js';

/** A range's name is a heading of a few words: past this many characters it is a sentence. */
const NAME_MAX = 40;
/** The shortest name spelt: a shorter one is a common word as often. */
const NAME_MIN = 5;
/**
 * Words of the card's text the handle may add after the name ("whitetea"): each whole from TAIL_WORD_MIN letters ("tea"),
 * or cut short to PREFIX_MIN letters or more ("vegan" of "vegane").
 */
const TAIL_WORDS = 2;
const TAIL_WORD_MIN = 3;
const PREFIX_MIN = 4;

/**
 * "Our … line / range / collection / label" in en, fr, de, es, it, pt, nl, the Nordic languages and Polish (folded:
 * "vår" reads "var"), opening the card's text: the card's thing is the brand's. Further in, "our" is said of the brand's
 * products by a person's card as often ("She helps design our harness and chalk-bag line", round 31's ambassador).
 * Portuguese "a nossa linha" and Norwegian "vår … serie" since round 40's HORECA line (Lis Profissional); Czech, Slovak,
 * Croatian, Serbian and Slovene "naš / naša / naše … linija, řada, kolekce, značka" since round 41's ski resort ("Naša
 * lastna linija opreme" over its gear line's accounts).
 */
const OUR_LINE =
  /^(?:our|notre|nos|unsere?|nuestr[oa]s?|la nostra|nostra|il nostro|a nossa|nossa|o nosso|nosso|onze|var|vart|vare|vores|nasza|nasz|nasze|nas|nasa|nase|nasi)\s+(?:\S+\s+){0,4}?(?:lines?|range|ranges|collection|label|sub-brand|gamme|ligne|marque|linie|marke|kollektion|sorte|linea|gama|marca|coleccion|collezione|colecao|lijn|linha|linhas|serie|serien|linje|linjen|kolleksjon|merke|maerke|sortiment|linia|seria|kolekcja|linija|serija|kolekcija|kolekce|rada|znacka|znamka|marka)\b/;

/** Whether `tail` is one to TAIL_WORDS of `words`, in order, each whole or a start of PREFIX_MIN letters or more. */
function spellsTail(tail: string, words: readonly string[], left = TAIL_WORDS): boolean {
  if (tail === '') return true;
  if (left === 0) return false;
  return words.some((w, i) => {
    if (w.length < TAIL_WORD_MIN) return false;
    for (let n = w.length; n === w.length || n >= PREFIX_MIN; n--) if (tail.startsWith(w.slice(0, n)) && spellsTail(tail.slice(n), words.slice(i + 1), left - 1)) return true;
    return false;
  });
}

/**
 * Whether the link sits on a card headed by a name the handle spells (a word or two of the card's text perhaps after
 * it), whose text calls the thing "our … line / range", naming no partner or other operator.
 */
export function namesOwnLine(finding: { heading?: string; context?: string }, handle: string): boolean {
  if (!finding.context) return false;
  const context = finding.context.trim();
  const heading = finding.heading?.trim();
  // The card's text after its heading, which the block's text may open with.
  if (heading && heading.length <= NAME_MAX && spellsOwnLine(heading, context.startsWith(heading) ? context.slice(heading.length) : context, handle)) return true;
  // Or a list item naming the line itself before a dash or a colon, under a heading of the page's.
  const item = NAMED_ITEM.exec(context);
  return item !== null && spellsOwnLine(item[1], item[2], handle);
}

/**
 * A list item opening with its name, then a dash or a colon: "Kiwi Crate — our own label since 2011" (round 41's
 * supermarket: "Paddock Pantry – our own label since 2008. Instagram · TikTok"), "Bergkorn: unsere eigene Marke".
 * Group 1 is the name, a few words with no sentence's stop in them; group 2 the text.
 */
const NAMED_ITEM = /^([^—–:.!?]{2,40}?)\s*(?:[—–:]|\s-)\s+(.+)$/su;

/** Whether `text` (as seen) calls the thing "our … line" naming no partner, and the handle spells `heading`, perhaps a word of `text` after it. */
function spellsOwnLine(heading: string, text: string, handle: string): boolean {
  const folded = foldText(text).trim();
  if (!OUR_LINE.test(folded) || OTHERS.test(folded) || OPERATED_BY.test(folded)) return false;
  const name = squash(heading);
  const user = squash(handleUser(handle));
  if (name.length < NAME_MIN || !user.startsWith(name)) return false;
  return spellsTail(user.slice(name.length), folded.split(/[^a-z0-9]+/).filter(Boolean));
}
