// A reproach asked as whether a plain service is too much to ask (accent-folded): "Un humain au téléphone, c'est trop
// demander ?", "Est-ce trop demander que le bus passe à l'heure ?", "Is it too much to ask that the app remembers my
// login?", "Ist es zu viel verlangt, dass die Bahn einmal wartet?", "¿Es mucho pedir que contesten?". The held-out
// models read a question and no trouble word. Not the polite opening of a wish ("si ce n'est pas trop demander", "je
// sais que c'est trop demander mais", "if it's not too much to ask", "wenn es nicht zu viel verlangt ist", "sé que es
// mucho pedir"): none of them is the asking shape below. complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const TOO_MUCH_TO_ASK: Record<Lang4, RegExp[]> = {
  fr: [/(?<!\bsais (?:bien )?que )\b(?:c'est|c'etait|c'est-tu|est-ce|est ce|ce serait|c'aurait ete) (?:vraiment |si |un peu |donc )?trop demander\b/],
  en: [/\b(?:is|was|would) (?:it|that|this) (?:really |honestly |seriously |actually |so )?too much to ask\b/],
  de: [/\b(?:ist|war|ware) (?:es|das) (?:denn |eigentlich |wirklich |echt )?zu viel verlangt\b/],
  es: [/(?<!\bse que )\b(?:es|era|seria) (?:tanto|mucho|demasiado) pedir\b/],
};
