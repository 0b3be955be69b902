// Reported speech: a question quoted after a verb of asking or saying ("my kid asked 'why is the dinosaur so loud?'",
// « est-ce qu'on peut y retourner ? », „Wo habt ihr den Kuchen her?“, '¿podemos comprar otro?') is someone else's
// question, told as an anecdote, not one the poster asks.

/** Verbs that introduce quoted words, in French, English, German and Spanish (lower case, accents kept). */
const REPORTING =
  "demandé|demande|demandait|dit|disait|dire|répète|répétait|s'écrie|s'est écriée?|" +
  'asked|asks|asking|said|says|saying|goes|went|yelled|shouted|' +
  'fragte|fragt|gefragt|sagte|sagt|gesagt|meinte|rief|' +
  'preguntó|pregunto|pregunta|preguntaba|dijo|dice|decía|decia|decir|soltó|solto';

/** Words that may sit between the verb and the quote: "m'a demandé tout de suite", "sagte nur", "asked me". */
const BETWEEN = String.raw`(?:\s+(?:me|moi|mir|mich|us|nous|uns|nos|nur|just|only|juste|solo|sólo|sofort|straight away|tout de suite|de suite|en boucle))*`;

/** A quoted stretch that ends in a question mark, for each pair of quotes a post may use. */
const QUOTED_QUESTION = String.raw`(?:'[^?']{0,200}\?+'|'[^?]{0,200}\?+'(?!\p{L})|"[^?"]{0,200}\?+"|«[^?»]{0,200}\?+\s*»|[“„][^?“”]{0,200}\?+[“”])`;

const REPORTED = new RegExp(String.raw`((?<!\p{L})(?:${REPORTING})${BETWEEN}\s*[:,]?\s*)${QUOTED_QUESTION}`, 'gu');

/** A question mark closing a quote: without one the post quotes no question, and the pattern is not run. */
const CLOSING = ["?'", '?"', '?»', '? »', '?”', '?“'];

/**
 * The prepared (lower-case) text with each question quoted after a verb of asking or saying blanked out, the verb
 * kept: "my kid asked 'why is it so loud?' best present ever" reads "my kid asked best present ever". A quote without
 * a reporting verb before it stays (an error message, a product name).
 */
export function withoutReportedQuestions(lower: string): string {
  if (!lower.includes('?') || !CLOSING.some((c) => lower.includes(c))) return lower;
  return lower.replace(REPORTED, '$1 ').replace(/ {2,}/g, ' ').trim();
}

/**
 * A claim quoted back at the start of a post and asked with '?', then answered ("« Livraison en 24h » ? Ma commande
 * attend depuis neuf jours.", "“Faster deliveries”? Mine…", "¿«Trenes más puntuales»? El de…"): the quote is the
 * brand's words held up, not a question. complaint-irony.ts reads the same echo answered by one's own case.
 */
export const CLAIM_ECHO = String.raw`^[\s¿]*(?:«[^»?]{2,120}»|“[^”“?]{2,120}[”“]|„[^“”?]{2,120}[“”]|"[^"?]{2,120}")\s*\?+[!?\s]*`;
const CLAIM_ECHO_BEFORE_MORE = new RegExp(`${CLAIM_ECHO}(?=\\S)`, 'u');

/** The prepared text without a claim quoted back at its start, when more follows it; other texts unchanged. */
export function withoutClaimEcho(lower: string): string {
  // Only a post that opens with a quote can hold one: most posts skip the pattern.
  const first = lower.charAt(0) === '¿' ? lower.charAt(1) : lower.charAt(0);
  if (!'«“„"'.includes(first) || first === '') return lower;
  return lower.replace(CLAIM_ECHO_BEFORE_MORE, '');
}
