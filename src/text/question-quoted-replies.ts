// A reply in a brand's thread below its post or slogan quoted line by line (round 40's misses: "> ¡Nuevo menú de
// temporada! 🌮\n¿Los tacos de hongos también están en la sucursal de Coyoacán?", "> Introducing FlexPass: ride more,
// pay less!\nDoes FlexPass work on the airport express too or just the city lines?"). Read as one post, the quoted
// announcement's exclamation and its advertising words weigh against the reply's question in the question model (−0.1
// to −1.6, past its veto of a post with a mark), though the reply alone asks plainly (1.8 and 3.6). questions.ts reads
// the reply as a post of its own, so an echo of the announcement or a reply in disbelief still asks nothing ("> Trains
// running to timetable ✅\nAre you serious? Delayed again??").
//
// The slogan turned back is no question (round 40's false question: "> Tu opinión nos importa\nMi opinión: el envío
// gratis… nunca apareció al pagar. ¿Eso también importa?"): the reply opens with the slogan's own word before a colon
// ("Mi opinión:", "Every customer:", "Ma satisfaction :", "Meine Zufriedenheit:"), tells its trouble, and asks back in a
// few words pointing at it ("¿Eso también importa?", "Does that count as valued?", "Ist das auch ein Ziel?"). A reply
// that asks anything else after such an opening still asks ("Mon avis : top. Vous aurez la version noire ?").
//
// Read on the post as written: the quote ends at the line break, which the prepared text no longer holds.

import { foldAccents } from './tokens.js';

/** The quoted lines opening a post ("> …" each), then the reply; a post opening otherwise has none. */
const QUOTED = /^\s*(?:>[^\n]*\n\s*)+/;

/** A post opening with a quoted line's mark. */
const OPENS_QUOTED = /^\s*>/;

/** The brand's quoted lines and the reply below them, or undefined when the post opens with no quote or holds nothing after it. */
function quoteAndReply(original: string): { quote: string; reply: string } | undefined {
  // Cheap test first, without copying the text: every post asksNothing reads, and every one the model and the patterns
  // leave without a question, comes here.
  if (!OPENS_QUOTED.test(original)) return undefined;
  const m = QUOTED.exec(original);
  if (!m) return undefined;
  const reply = original.slice(m[0].length).trim();
  return reply === '' ? undefined : { quote: m[0], reply };
}

/** The reply below the brand's quoted lines, or undefined when the post opens with no quote or holds nothing after it. */
export function replyBelowQuote(original: string): string | undefined {
  return quoteAndReply(original)?.reply;
}

/** The slogan's word taken up before a colon at the reply's start ("Mi opinión:", "Every customer:"): at most four words. */
const TAKEN_UP = /^((?:[\p{L}'’]+ ){0,3}[\p{L}'’]+)\s*:/u;

/** A question asked back in a few words, pointing at what the reply told ("¿Eso también…?", "Does that count…?"). */
const POINTING = /\b(?:eso|esto|that|this|ca|cela|das|dies|dieses)\b/;

/** Longest question read as the slogan asked back. */
const ASKED_BACK_WORDS = 8;

const SENTENCE = /[^.!?…]+[.!?…]*/g;

/** Words of four letters or more, each cut to its first five (so "value" meets "valued", "ziel" meets "ziel"). */
function stems(text: string): Set<string> {
  return new Set((text.match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 5)));
}

/**
 * Whether the post turns the brand's quoted slogan back on it: the reply takes up one of the slogan's words before a
 * colon, and every question it asks is short and points back at its own trouble.
 */
export function retortsQuote(original: string): boolean {
  const parts = quoteAndReply(original);
  if (parts === undefined) return false;
  const folded = foldAccents(parts.reply.toLowerCase());
  const head = TAKEN_UP.exec(folded);
  if (!head) return false;
  const quoted = stems(foldAccents(parts.quote.toLowerCase()));
  if (![...stems(head[1])].some((s) => quoted.has(s))) return false;
  const asked = (folded.match(SENTENCE) ?? []).filter((s) => s.includes('?') || s.includes('¿'));
  return asked.length > 0 && asked.every((s) => s.trim().split(/\s+/).length <= ASKED_BACK_WORDS && POINTING.test(s));
}
