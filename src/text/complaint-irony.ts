// Sarcasm that complains without a trouble word, in French, English, German and Spanish (accent-folded): ironic
// thanks for a wasted trip ("Merci pour la balade", "Gracias por el paseo"), a promise's word mocked ("Interesting
// definition of unlimited", "Drôle de définition"), mock applause ("Ah ben bravo", "Real innovation."), "Oh sure, …".
// Each is enough alone (complaints.ts adds them to the patterns that are).
import type { Lang4 } from './stopwords.js';

export const IRONY: Record<Lang4, RegExp[]> = {
  fr: [
    /\bmerci pour (?:la balade|le deplacement|la promenade|le detour)\b/,
    /\b(?:drole|curieuse|belle|jolie|etrange) (?:de )?definition (?:de |du |d')/,
    /^(?:ah |eh )(?:ben |bah |bon )?bravo\b/,
    /\b(?:quelle|belle|sacree) innovation\s*[.!]*$/,
  ],
  en: [
    /\b(?:interesting|funny|strange|creative|novel|curious) definition of\b/,
    /\b(?:real|true|peak|such) innovation\s*[.!]*$/,
    /^(?:oh sure|oh yes|oh right),/,
    /^love how (?:the|your|my|you)\b[^.!?]*\b(?:takes longer|costs more|is slower|the slowest|no longer)\b/,
  ],
  de: [/\binteressante definition (?:von|fur)\b/, /\b(?:echte|tolle|grosse) innovation\s*[.!]*$/, /\bdanke fur den (?:ausflug|spaziergang|umweg)\b/],
  es: [
    /\b(?:curiosa|interesante|extrana|original) definicion de\b/,
    /\b(?:vaya|menudo) avance\b[^.!?]*\b(?:tarda|lent|el doble|peor|ya no)/,
    /\btoda una innovacion\s*[.!]*$/,
    /\bgracias por el (?:paseo|viaje en balde)\b/,
  ],
};
