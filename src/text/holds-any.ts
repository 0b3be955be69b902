// Whether a text holds one of a few words: the cheap gate several readings take before a pattern that cannot match
// without one of them. A plain loop over `includes`, no closure or pattern made per post.

/** Whether `text` holds one of `words`. */
export function holdsAny(text: string, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (text.includes(words[k])) return true;
  return false;
}
