// Praise in scare quotes, then what it cost (accent-folded), as in round 41: "Votre nouvelle appli est tellement
// « intuitive » que j'ai mis 20 min à trouver mon RIB", "so 'simple' that it takes six screens to pay", "so „einfach“,
// dass ich…", "tan «fácil» que…". The quotes take the word back and 'so … that' tells the consequence. Without the quotes
// the praise stands ("tellement intuitive que j'ai tout trouvé en 2 min"). complaints.ts adds them to the patterns
// enough alone.
import type { Lang4 } from './stopwords.js';

/** A word or two in quotes (any mark), right after an intensifier, then 'that' within a few characters. */
const quotedSo = (so: string, that: string): RegExp =>
  new RegExp(`\\b(?:${so}) ["'«„“‘‹] ?[^"'»“”’›.!?]{2,25} ?["'»“”’›]\\s?,? (?:${that})\\b`);

export const SCARE_QUOTED_PRAISE: Record<Lang4, RegExp[]> = {
  en: [quotedSo('so|such', 'that|i|it|we')],
  fr: [quotedSo('tellement|si|tant', "que|qu'")],
  de: [quotedSo('so', 'dass|das')],
  es: [quotedSo('tan|tanto', 'que')],
};
