// A customer announcing they leave: "je change d'opérateur", "I'm switching providers", "ich kündige", "me doy de
// baja" (accent-folded). A complaint by itself; a switch made towards the brand ("Switched to you from my old bank",
// "Me cambié a vosotros") is told in the past and praises. complaints.ts adds these to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const LEAVING: Record<Lang4, RegExp[]> = {
  fr: [
    /\bje (?:change|vais changer) (?:d'operateur|d'assurance|de banque|de fournisseur|de creme?rie)\b/,
    /\bje vais (?:aller )?voir ailleurs\b/,
    // "Comment je résilie si je déménage ?" asks how: an enquiry, not a customer leaving.
    /(?<!comment )\bje (?:resilie|vais resilier)\b/,
    /\bje passe (?:a|chez) la concurrence\b/,
  ],
  en: [
    /\b(?:i'?m|i am|we'?re|we are) (?:switching|moving|leaving)\b(?! (?:to you|over to you|house|home|flat|abroad))/,
    /\bswitching (?:providers|banks|suppliers|networks|back to)\b/,
    /\b(?:cancel+ing|closing) (?:my|our) (?:membership|subscription|contract|account)\b/,
    /\btaking my (?:business|money|custom) elsewhere\b/,
  ],
  de: [/\bich kundige\b/, /\bich (?:wechsle|wechsel) (?:den anbieter|die bank|zur konkurrenz|zu einem anderen)\b/],
  es: [
    /(?<!como )\bme doy de baja\b/,
    /\bme (?:cambio|paso) (?:de compania|de operador|de banco|de seguro|a otra compania|a otro operador|a la competencia|a otra|a otro)\b/,
  ],
};
