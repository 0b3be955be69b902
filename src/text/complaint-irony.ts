// Sarcasm that complains without a trouble word, in French, English, German and Spanish (accent-folded): ironic
// thanks for a wasted trip ("Merci pour la balade", "Gracias por el paseo"), a promise's word mocked ("Interesting
// definition of unlimited", "Drôle de définition"), mock applause ("Ah ben bravo", "Real innovation."), "Oh sure, …".
// Each is enough alone (complaints.ts adds them to the patterns that are).
import type { Lang4 } from './stopwords.js';
import { CLAIM_ECHO } from './quoted-speech.js';
import { PRAISE_WORDS } from './evaluation-words.js';

/**
 * A claim of the brand's quoted back with '?', answered by the poster's own case ("“Faster deliveries”? Mine has been
 * in the depot since Thursday", "„Pünktlicher als je zuvor“? Mein ICE…"): the claim mocked by the facts. A reply
 * that praises ("« Le goût d'avant » ? Mon enfance ! Merci") is eagerness, not a complaint.
 */
const claimAnswered = (own: string, lang: Lang4): RegExp =>
  new RegExp(`${CLAIM_ECHO}(?:${own})(?!\\p{L})(?![^.!?]*${PRAISE_WORDS[lang]})`, 'u');

export const IRONY: Record<Lang4, RegExp[]> = {
  fr: [
    /\bmerci pour (?:la balade|le deplacement|la promenade|le detour)\b/,
    /\b(?:drole|curieuse|belle|jolie|etrange) (?:de )?definition (?:de |du |d')/,
    /^(?:ah |eh )(?:ben |bah |bon )?bravo\b/,
    /\b(?:quelle|belle|sacree) innovation\s*[.!]*$/,
    claimAnswered("le mien|la mienne|les miens|les miennes|celui|celle|ceux|mon|ma|mes|notre|nos|chez moi|chez nous", 'fr'),
  ],
  en: [
    /\b(?:interesting|funny|strange|creative|novel|curious) definition of\b/,
    /\b(?:real|true|peak|such) innovation\s*[.!]*$/,
    /^(?:oh sure|oh yes|oh right),/,
    /^love how (?:the|your|my|you)\b[^.!?]*\b(?:takes longer|costs more|is slower|the slowest|no longer)\b/,
    claimAnswered('mine|my|ours|our|here', 'en'),
  ],
  de: [
    /\binteressante definition (?:von|fur)\b/,
    /\b(?:echte|tolle|grosse) innovation\s*[.!]*$/,
    /\bdanke fur den (?:ausflug|spaziergang|umweg)\b/,
    claimAnswered('mein|meine|meiner|meinen|meins|unser|unsere|bei mir|bei uns', 'de'),
  ],
  es: [
    /\b(?:curiosa|interesante|extrana|original) definicion de\b/,
    /\b(?:vaya|menudo) avance\b[^.!?]*\b(?:tarda|lent|el doble|peor|ya no)/,
    /\btoda una innovacion\s*[.!]*$/,
    /\bgracias por el (?:paseo|viaje en balde)\b/,
    claimAnswered('el mio|la mia|los mios|las mias|el de|la de|el nuestro|la nuestra|mi|mis|nuestro|nuestra|en mi casa', 'es'),
  ],
};
