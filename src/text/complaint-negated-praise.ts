// A quality of service denied with "at all" (accent-folded; class posts after round 40, the near misses of
// complaint-negated-faults.ts): "Pas du tout aimable, la caissière m'a ignorée", "No fue nada amable, nos cerraron la
// puerta en la cara", "Not helpful at all", "Überhaupt nicht hilfsbereit". The model reads the quality word as praise,
// and the denial alone is the complaint. Only qualities of service are read, not a product's taste ("pas du tout sucré"
// tells a fact). complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

/** Qualities of service per language, the adjective's forms folded. */
const QUALITIES: Record<Lang4, string> = {
  en: 'polite|friendly|helpful|professional|courteous|welcoming|clean',
  fr: 'aimables?|polie?s?|sympas?|sympathiques?|serviables?|professionnel(?:le)?s?|accueillante?s?|courtois(?:e|es)?|propres?',
  de: 'freundlich\\w*|hilfsbereit\\w*|hoflich\\w*|professionell\\w*|sauber\\w*|zuvorkommend\\w*',
  es: 'amables?|educad[oa]s?|simpatic[oa]s?|profesionales?|atent[oa]s?|servicial(?:es)?|limpi[oa]s?',
};

export const NEGATED_PRAISE: Record<Lang4, RegExp[]> = {
  en: [new RegExp(`\\bnot (?:(?:very|remotely|the least bit) )?(?:${QUALITIES.en}) (?:at all|whatsoever|in the (?:least|slightest))\\b`)],
  fr: [new RegExp(`\\bpas (?:du tout|le moins du monde) (?:${QUALITIES.fr})\\b`)],
  de: [new RegExp(`\\b(?:(?:uberhaupt|gar|absolut|ganz und gar) nicht|kein bisschen|alles andere als) (?:${QUALITIES.de})\\b`)],
  es: [new RegExp(`\\b(?:nada|para nada|en absoluto) (?:${QUALITIES.es})\\b`)],
};
