// Sarcasm that complains without a trouble word, in French, English, German and Spanish (accent-folded): ironic
// thanks for a wasted trip ("Merci pour la balade", "Gracias por el paseo"), a promise's word mocked ("Interesting
// definition of unlimited", "Drôle de définition"), mock applause ("Ah ben bravo", "Real innovation."), "Oh sure, …",
// the poster's time spent as if worth nothing ("Como si no tuviera nada mejor que hacer que llamar tres veces"), days
// taken to answer one message closed on mock praise ("five days to answer one email. Impressive.": the model, held
// out, kept these below its threshold once the trainer's rule raised it to 1.25).
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
    /\bcomme si (?:je n'avais|on n'avait|j'avais|on avait) (?:que ca|rien d'autre|que cela) a faire\b/,
    claimAnswered("le mien|la mienne|les miens|les miennes|celui|celle|ceux|mon|ma|mes|notre|nos|chez moi|chez nous", 'fr'),
  ],
  en: [
    /\b(?:interesting|funny|strange|creative|novel|curious) definition of\b/,
    /\b(?:real|true|peak|such) innovation\s*[.!]*$/,
    /^(?:oh sure|oh yes|oh right),/,
    /\bas if (?:i|we) (?:had|have) nothing better to do\b/,
    /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:days|weeks) to (?:answer|reply to|respond to|get back to) (?:one|a single|a simple|an|my|our) \w+[.!…]+\s*(?:truly |very |how |so )?(?:impressive|well done|bravo|amazing)\s*[.!]*$/,
    /^love how (?:the|your|my|you)\b[^.!?]*\b(?:takes longer|costs more|is slower|the slowest|no longer)\b/,
    claimAnswered('mine|my|ours|our|here', 'en'),
  ],
  de: [
    /\binteressante definition (?:von|fur)\b/,
    /\b(?:echte|tolle|grosse) innovation\s*[.!]*$/,
    /\bdanke fur den (?:ausflug|spaziergang|umweg)\b/,
    /\bals (?:hatte ich|hatten wir|ob ich|ob wir) nichts (?:besseres|anderes) zu tun\b/,
    claimAnswered('mein|meine|meiner|meinen|meins|unser|unsere|bei mir|bei uns', 'de'),
  ],
  es: [
    /\b(?:curiosa|interesante|extrana|original) definicion de\b/,
    /\b(?:vaya|menudo) avance\b[^.!?]*\b(?:tarda|lent|el doble|peor|ya no)/,
    /\bcomo si no (?:tuviera|tuvieramos|tuviese|tuviesemos) (?:nada mejor|otra cosa) que hacer\b/,
    /\btoda una innovacion\s*[.!]*$/,
    /\bgracias por el (?:paseo|viaje en balde)\b/,
    claimAnswered('el mio|la mia|los mios|las mias|el de|la de|el nuestro|la nuestra|mi|mis|nuestro|nuestra|en mi casa', 'es'),
  ],
};
