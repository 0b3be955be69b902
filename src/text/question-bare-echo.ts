// A claim quoted back alone and asked: "“Free returns”?", "« Livraison offerte » ?", "„Immer frisch“?". The poster
// asks whether it holds; nothing after the quote turns it into a reproach (round 13's class: a quote answered by the
// poster's own case is a complaint, not a question). The question model, retrained once round 41 and its classes
// joined, leans slightly against these few words alone and vetoed the mark; the form is read apart from it.

/** The whole post one quoted phrase of a line, then its mark (an opening '¿' allowed). */
const BARE_ECHO = /^\s*¿?\s*[«“„"‘‚]\s*[^«»“”„"‘’‚\n?!¿]{2,60}?\s*[»”“"’‘]\s*\?\s*$/u;

/** Whether the post (as written) is a quoted claim asked alone. */
export function asksBareEcho(original: string): boolean {
  return BARE_ECHO.test(original);
}
