// The brand's hand-off quoted back, then mocked as going nowhere (accent-folded): "'We've escalated this to the
// relevant team' — that was nine days ago. Escalated to where exactly?", "\"We've passed this on to the team\" — passed
// it on to who, a black hole?", "'Thanks for your patience' lol. Mine ran out a fortnight ago.", "« Nous avons
// transmis votre demande » — transmis où, exactement ?", "„Wir haben das weitergeleitet“ – weitergeleitet wohin?",
// "«Lo hemos escalado» — ¿escalado a dónde?". No trouble word is the poster's: the hand-off is the brand's and the
// reproach a question of where; the held-out models read a question. Every readable post quoting the brand back to it is
// a complaint, and these were missed. Not the hand-off told as answered ("'We've escalated this' — and it was fixed the
// next morning"): without the mocking where, nothing is read here. complaints.ts adds them to the patterns enough alone,
// tried only on a post holding a quotation mark.

/** A quotation mark (straight, curly, low or guillemet). */
const QUOTE_MARK = /['"\u201e\u201c\u201d\u00ab\u00bb\u2018\u2019]/;

/** An opening quote, then the brand's hand-off or its thanks for patience within its first words. */
const HANDOFF =
  /(?:^|[\s:(])['"\u201c\u2018\u00ab\u201e] ?[^'"\u201c\u201d\u00ab\u00bb\u201e]{0,30}?\b(?:(?:we've|we have|it's been|this has been|has been|have been) (?:now )?(?:escalated|passed (?:this |it |your \w+ )?on|forwarded|raised)|thanks? (?:you )?for your patience|(?:nous avons|on a) (?:bien )?(?:transmis|remonte|transfere)|merci (?:de|pour) votre patience|weitergeleitet|eskaliert|(?:danke|vielen dank) fur ihre geduld|hemos (?:escalado|trasladado|pasado|reenviado)|gracias por (?:tu|su) paciencia)/;

/** The hand-off mocked: to where, to whom, into a void; or the patience run out. */
const MOCKED =
  /\b(?:to where|to who|to whom|where to|where exactly|a black hole|the void|(?:mine|my patience) ran out|transmis (?:ou|a qui)|ou exactement|trou noir|wohin|an wen|schwarze(?:s)? loch|a donde|a quien|agujero negro)\b/;

/** Whether the post quotes the brand's hand-off and mocks it as going nowhere. */
export function quotedHandoffMocked(folded: string): boolean {
  if (!QUOTE_MARK.test(folded)) return false;
  const quote = HANDOFF.exec(folded);
  return quote !== null && MOCKED.test(folded.slice(quote.index + quote[0].length));
}
