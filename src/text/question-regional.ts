// Regional and spoken question forms written without '?': Bavarian/Austrian "habt's ihr…" (the plural verb keeps an
// enclitic 's before "ihr"), Spanish questions opening on a preposition ("A qué hora abren…", "En qué andén…"),
// "a alguien más le pasa…", "ça arrive à quelqu'un d'autre…", and text-speak "wen" for "when".
import type { Lang4 } from './stopwords.js';

/** Interrogative openings, tested at the start of a clause once a greeting is removed (added to the openers). */
export const REGIONAL_OPENERS: Record<Lang4, RegExp[]> = {
  fr: [],
  en: [/^wen (?:is|are|does|do|did|will|can|would|r|u)\b/],
  de: [/^(?:habt|seid|wisst|kennt|konnt|musst|wollt|geht|macht|tut|braucht|gibt)'s ihr\b/],
  es: [
    /^(?:a|en|de|con|para|por|desde|hasta|sobre)(?: qué| quién| quiénes| cuál| cuáles| cuánto| cuánta| cuántos| cuántas| dónde)(?!\p{L})/u,
  ],
};

/** Phrases that ask whether others share a trouble, anywhere in a sentence (added to the indirect questions). */
export const ANYONE_ELSE: Record<Lang4, RegExp[]> = {
  fr: [/\b(?:ca|cela) arrive a (?:quelqu'un d'autre|d'autres (?:gens|personnes))\b/],
  en: [],
  de: [],
  es: [
    /(?<!\p{L})a alguien (?:más|mas) (?:le|les) (?:pasa|ha pasado|pasó|paso|sucede|ocurre|ha llegado|llegó|llego|funciona)(?!\p{L})/u,
  ],
};
