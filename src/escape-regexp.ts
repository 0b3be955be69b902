// A text read as itself inside a regular expression built at run time (a brand's or a company's name, a trigger word,
// a handle): every character with a meaning in a pattern escaped.

/** `text` with the characters that mean something in a pattern escaped, so that the pattern matches the text as is. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
