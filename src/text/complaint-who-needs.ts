// A product's short life mocked as a question nobody needs answered (accent-folded): "Wer braucht schon ein Handy das
// länger als ein Jahr hält 🤡" (round 35's missed complaint), "who needs a phone that lasts more than a year anyway",
// "qui a besoin d'un chargeur qui tient plus de trois mois", "quién necesita unos cascos que duren más de un mes". No
// trouble word: the model reads a question about a product. Only with a life beyond a span: "wer braucht schon Kaffee
// wenn man euren Chai hat" praises. complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const WHO_NEEDS: Record<Lang4, RegExp[]> = {
  en: [/\bwho (?:even )?needs (?:a|an|one|some|any)\b[^.!?]{0,40}\b(?:that|which) (?:lasts?|works?|holds?|survives?) (?:more|longer) than\b/],
  fr: [/\bqui a besoin d'(?:un|une|des)\b[^.!?]{0,40}\bqui (?:tien(?:t|nent)|dure(?:nt)?|marche(?:nt)?|fonctionne(?:nt)?) plus (?:de|d'|longtemps que)\b/],
  de: [/\bwer braucht (?:schon|denn|auch) (?:ein|eine|einen|noch)?\b[^.!?]{0,40}\b(?:das|die|der) (?:langer als|mehr als)\b[^.!?]{0,30}\b(?:halt|halten|funktioniert|funktionieren|lauft|laufen|durchhalt)\b/],
  es: [/\bquien necesita (?:un|una|unos|unas)\b[^.!?]{0,40}\bque (?:duren?|aguanten?|funcionen?) mas (?:de|que)\b/],
};
