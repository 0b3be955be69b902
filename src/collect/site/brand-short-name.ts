// The brand's name as a desk's or a recruiting account's handle may shorten it: one of its words, its initials
// (brandTags: "kb" of Kitera Building Society, "pcrugby" of Puriri Coast Rugby), or a few of its letters in order from
// its first ("kzk" of Kazeki Ramen, "sbl" of Spaarbank Lindeveld). Read with a desk's or a jobs word beside it
// (recruiting-handle.ts, press-handle.ts), never alone: three letters in order are in many names.
import { abbreviates } from './branch-abbreviation.js';
import { brandTags, brandWords } from './brand-words.js';
import { squash } from './text.js';

/** The longest abbreviation of the brand's name read by its letters in order. */
const ABBREVIATION_MAX = 4;
/** The shortest: two letters are read only as the initials of its words (brandTags). */
const ABBREVIATION_MIN = 3;
/** The least of a brand word a handle may hold whole. */
const WORD_MIN = 4;

/** Whether `part` (squashed) is the brand's name, one of its words, its initials or a short form of it. */
export function namesBrandShort(part: string, target: { domain: string; brandName: string }): boolean {
  if (brandTags(target.brandName).includes(part) || brandWords(target, WORD_MIN).includes(part)) return true;
  // Read from the brand's name letter by letter in order, from its first letter, as a branch's abbreviation is.
  return part.length >= ABBREVIATION_MIN && part.length <= ABBREVIATION_MAX && abbreviates(part, squash(target.brandName));
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
