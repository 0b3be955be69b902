// A unit's handle writing the brand's words by their initials before the unit's own word: "Pūriri Coast Kōtuku" over
// @pckotuku (round 32's women's side), "Kestrel Valley Harriers" over @kvharriers. Clubs and firms whose handle is
// itself short ("PCRugby") name their squads, desks and programmes so, and unit-title.ts, which needs each title word
// spelt whole or by its first four letters, reads no title there; the card is set out like its staff's and the rules read
// a list of people. The initials count only for title words that are the brand's own: a neighbouring club sharing the
// initials ("Kingfisher Vale Runners" over @kvrunners) opens its title with other words.

/** Title words the initials may stand for: at least two (one letter alone is any word), at most the brand's first four. */
const INITIALS_MIN = 2;
const INITIALS_MAX = 4;
/** Words the rest of the handle may spell, whole, after the initials. */
const REST_MAX = 3;
/** The shortest title word the rest of the handle may spell (shorter ones are articles and particles). */
const REST_WORD_MIN = 3;

/**
 * The title a handle spells when it opens with the initials of the title's first words, each one of the brand's words
 * (`brand`, folded), and the rest of it spells the next words whole, in order (or without a final "s"): those words, or
 * null.
 */
export function initialsTitle(user: string, words: readonly string[], brand: readonly string[]): string[] | null {
  for (let k = Math.min(words.length - 1, INITIALS_MAX); k >= INITIALS_MIN; k--) {
    const opening = words.slice(0, k);
    if (!opening.every((w) => brand.includes(w))) continue;
    if (!user.startsWith(opening.map((w) => w[0]).join(''))) continue;
    let rest = user.slice(k);
    let at = k;
    while (rest !== '' && at < words.length && at - k < REST_MAX) {
      const word = words[at];
      const form = [word, word.replace(/s$/, '')].find((f) => f.length >= REST_WORD_MIN && rest.startsWith(f));
      if (form === undefined) break;
      rest = rest.slice(form.length);
      at++;
    }
    if (rest === '' && at > k) return words.slice(0, at);
  }
  return null;
}
