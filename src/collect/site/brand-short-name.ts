// The brand's name as a desk's or a recruiting account's handle may shorten it: one of its words, its initials
// (brandTags: "kb" of Kitera Building Society, "pcrugby" of Puriri Coast Rugby), or a few of its letters in order from
// its first ("kzk" of Kazeki Ramen, "sbl" of Spaarbank Lindeveld). Read with a desk's or a jobs word beside it
// (recruiting-handle.ts, press-handle.ts), never alone: three letters in order are in many names.
import { abbreviates } from './branch-abbreviation.js';
import { brandTags, brandWords, domainLabel } from './brand-words.js';
import { foldText, squash } from './text.js';

/** The longest abbreviation of the brand's name read by its letters in order. */
const ABBREVIATION_MAX = 4;
/** The shortest: two letters are read only as the initials of its words (brandTags). */
const ABBREVIATION_MIN = 3;
/** The least of a brand word a handle may hold whole. */
const WORD_MIN = 4;

/** The shortest word of the name the domain may open with: "old" of The Old Mill Bakery's oldmillbakery. */
const DOMAIN_WORD_MIN = 3;

/**
 * The brand's name from the first word its domain's label opens with, when words before it are left out there: a kind
 * word or article the name opens with ("Éditions Bulles d'Orage" at bullesdorage, "Clínica Dental Sonrisa Viva" at
 * sonrisaviva, "The Old Mill Bakery" at oldmillbakery). The firm's handles shorten that name, not the kind word: round
 * 41's publisher writes its order desk "@BdO_service", the initials of "Bulles d'Orage". Null when the label opens with
 * the name's first word, or with none of its words.
 */
export function nameAsDomainSpells(target: { domain: string; brandName: string }): string | null {
  const words = foldText(target.brandName).split(/[^a-z0-9]+/).filter(Boolean);
  const label = squash(domainLabel(target.domain));
  const from = words.findIndex((w, i) => i > 0 && w.length >= DOMAIN_WORD_MIN && label.startsWith(w));
  if (from <= 0 || label.startsWith(words[0])) return null;
  return words.slice(from).join(' ');
}

/** Whether `part` (squashed) is the brand's name, one of its words, its initials or a short form of it. */
export function namesBrandShort(part: string, target: { domain: string; brandName: string }): boolean {
  if (brandTags(target.brandName).includes(part) || brandWords(target, WORD_MIN).includes(part)) return true;
  // Read from the brand's name letter by letter in order, from its first letter, as a branch's abbreviation is.
  if (part.length >= ABBREVIATION_MIN && part.length <= ABBREVIATION_MAX && abbreviates(part, squash(target.brandName))) return true;
  // The same forms of the name as its domain spells it, without the kind word or article it opens with.
  const spelt = nameAsDomainSpells(target);
  if (spelt === null) return false;
  return brandTags(spelt).includes(part) || (part.length >= ABBREVIATION_MIN && part.length <= ABBREVIATION_MAX && abbreviates(part, squash(spelt)));
}

/** Whether the handle (squashed) is one of `words` and the brand's short name, in either order. */
export function brandShortWith(handle: string, words: RegExp, target: { domain: string; brandName: string }): boolean {
  for (let cut = 2; cut < handle.length - 1; cut++) {
    for (const [word, rest] of [
      [handle.slice(0, cut), handle.slice(cut)],
      [handle.slice(cut), handle.slice(0, cut)],
    ]) {
      if (words.test(word) && namesBrandShort(rest, target)) return true;
    }
  }
  return false;
}
