// A fault word denied with "at all" and its kin (accent-folded; class posts after round 40): "Staff were not rude at
// all", "Livraison pas du tout lente", "Das Personal war überhaupt nicht unfreundlich", "La app no es nada lenta",
// "El repartidor no fue para nada maleducado", "Das Hotel war keineswegs schmutzig". The fault word alone is a weak or
// strong cue (complaint-patterns.ts reads "unfreundlich", "désagréable"), so the denial is removed from the complaint
// text with the other stretches that tell no complaint (complaints.ts notOurs); a fault told elsewhere in the post still
// complains. Only fault words are read: a quality denied ("not polite at all", "pas du tout aimable", "überhaupt nicht
// freundlich", "nada amable") is the complaint itself and stays.
import type { Lang4 } from './stopwords.js';

/** Fault words per language, the adjective's forms folded. */
const FAULTS: Record<Lang4, string> = {
  en: 'rude|slow|late|unfriendly|unhelpful|impolite|dirty|noisy|loud|expensive|overpriced|confusing|complicated|cold|stale|pushy|grumpy|disappointing|disappointed|bad|awful|terrible',
  fr: "lente?s?|desagreables?|impolie?s?|malpolie?s?|sale?s?|chere?s?|en retard|froide?s?|bruyante?s?|complique(?:e|s|es)?|decevante?s?|decue?s?|penibles?|mauvaise?s?|cher",
  de: 'unfreundlich\\w*|langsam\\w*|teuer|teure\\w*|schmutzig\\w*|dreckig\\w*|laut|kalt|kompliziert\\w*|unhoflich\\w*|verspatet|zu spat|enttauschend\\w*|schlecht\\w*|uberteuert\\w*',
  es: 'lent[oa]s?|maleducad[oa]s?|groser[oa]s?|antipatic[oa]s?|car[oa]s?|suci[oa]s?|ruidos[oa]s?|complicad[oa]s?|fri[oa]s?|tarde|impuntual(?:es)?|decepcionantes?|borde',
};

export const NEGATED_FAULTS: Record<Lang4, RegExp[]> = {
  en: [
    new RegExp(`\\b(?:not|isn'?t|wasn'?t|weren'?t|aren'?t|never) (?:even )?(?:${FAULTS.en}) (?:at all|whatsoever|in the (?:least|slightest))\\b|\\bnot (?:(?:at all|remotely|the least bit|in the least|one bit) )(?:${FAULTS.en})\\b`),
  ],
  fr: [
    new RegExp(`\\b(?:(?:n'est|n'etait|n'etaient|ne sont|n'a|n'ont) )?pas (?:ete )?(?:du tout|le moins du monde|une seconde) (?:(?:trop|si) )?(?:${FAULTS.fr})\\b|\\bloin d'etre (?:${FAULTS.fr})\\b`),
  ],
  de: [
    new RegExp(`\\b(?:(?:uberhaupt|gar|absolut|ganz und gar) nicht|keineswegs|keinesfalls|kein bisschen|alles andere als) (?:so |zu )?(?:${FAULTS.de})\\b`),
  ],
  es: [
    new RegExp(`\\b(?:no (?:es|fue|era|esta|estuvo|estaba|son|fueron|eran|estan|estuvieron) )?(?:nada|para nada|en absoluto|en lo mas minimo) (?:(?:tan|muy) )?(?:${FAULTS.es})\\b`),
  ],
};
