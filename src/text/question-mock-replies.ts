// A question answered by its own poster with a mock or an eager "sure": "Paying for a repair under warranty? Sure, why
// not, it's only money.", "Payer 5 € pour un sac ? Mais bien sûr…", "Zehn Euro für eine Parkkarte? Klar doch, warum
// auch nicht.", "¿Cobrar por la bolsa? Claro que sí…", "Free cupcakes on Friday? Sure, why not, see you there!", "y'all
// really charged me a $35 late fee…? cool cool cool" (round 30). The questions before such a reply ask nothing: the
// poster has answered them. All accent-folded.
import type { Lang4 } from './stopwords.js';

const MOCK_REPLY: Record<Lang4, string> = {
  en: String.raw`(?:oh )?(?:sure|yeah|of course)[, ]+why not\b|yeah,? right\b|cool,? cool,? cool\b`,
  fr: String.raw`(?:mais )?bien sur,? (?:et puis quoi encore|pourquoi pas|voyons)\b|et puis quoi encore\b|mais bien sur\b`,
  de: String.raw`(?:klar doch|na klar|aber klar),? warum (?:auch )?nicht\b|warum auch nicht\b`,
  es: String.raw`claro que si,? (?:faltaria mas|como no)\b|claro,? por que no\b`,
};

/** Any language's reply at the start of a sentence: a short post's language is often misread. */
const ANY_MOCK_REPLY = new RegExp(`^(?:${Object.values(MOCK_REPLY).join('|')})`);

/**
 * How many sentences at the start of the post are questions its poster answers with a mock or eager "sure" in the
 * next sentence (`bodies`: each sentence's accent-folded text without its closing marks; `asked`: whether it ends in
 * '?'); 0 when there is none.
 */
export function questionsBeforeMockReply(bodies: readonly string[], asked: readonly boolean[]): number {
  for (let i = 1; i < bodies.length; i++) {
    if (!ANY_MOCK_REPLY.test(bodies[i])) continue;
    return asked.slice(0, i).every(Boolean) ? i : 0;
  }
  return 0;
}

/** Words every reply above holds: without one of them in the (folded) post, its sentences are not read for a reply. */
const REPLY_WORDS = ['why not', 'right', 'bien sur', 'quoi encore', 'warum', 'claro', 'cool cool'];

/** Cheap test on the whole (folded) post before the sentences are read one by one. */
export function mayMock(folded: string): boolean {
  return REPLY_WORDS.some((w) => folded.includes(w));
}

/**
 * For the complaint detector: a price or a charge asked back, then the mock reply ("5 € pour un sac ? Mais bien
 * sûr…", "¿Cobrar por la bolsa? Claro que sí…"), and the English "why not, it's only money".
 */
const PRICE = String.raw`(?:[£$€] ?\d|\b(?:\d+(?:[.,]\d+)?|deux|trois|cinq|dix|two|three|five|ten|zwei|drei|funf|zehn|dos|tres|cinco|diez) ?(?:€|£|\$|euros?\b|eur\b|pounds?\b|quid\b))`;
/** Being charged for something: "cobrar por la bolsa", "charging me for", "facturer", "verlangen". */
const CHARGE = String.raw`\b(?:charging|charge me|facturer|faire payer|verlangen|berechnen|kassieren|cobrar(?:me|nos)?|cobrais|cobran)\b`;
export const MOCKED_PRICE: Record<Lang4, RegExp[]> = Object.fromEntries(
  (Object.keys(MOCK_REPLY) as Lang4[]).map((l) => [
    l,
    [
      new RegExp(`(?:${PRICE}|${CHARGE})[^.!?]{0,80}\\?[?!\\s]*(?:${MOCK_REPLY[l]})`),
      ...(l === 'en' ? [/\bwhy not,? it'?s only money\b/] : []),
    ],
  ]),
) as Record<Lang4, RegExp[]>;
