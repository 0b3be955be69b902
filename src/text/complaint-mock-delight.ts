// Sarcasm without a trouble word, read by its object (accent-folded): thanks for a harm ("Thanks … for raising the
// price", "cheers for losing my bag", "merci pour la hausse", "Danke für die Preiserhöhung", "gracias por el regalito
// de una hora de retraso", a bill thanked for with its amount: "Merci … pour la facture de régularisation de 612 €",
// "thanks for the £480 bill", "Danke für die Nachzahlung von 700 €", "gracias por la factura de 300 €") and delight at
// paying or waiting ("Absolutely thrilled to be charged…", "Trop contente de payer 18 € de frais…", "Herrlich, …
// warten zu dürfen", "Qué bonito es esperar 2 horas…"). The held-out models read the thanks and the delight as praise.
// Not thanks for a favour ("raising my credit limit", "la baisse de prix", "Preissenkung", "el regalito de
// cumpleaños"), for a bill without its amount or a credit on it ("merci pour la facture détaillée", "thanks for the
// £40 credit on my bill"), nor delight at paying less or for what is worth it. complaints.ts adds them to the patterns
// enough alone.
import type { Lang4 } from './stopwords.js';

/** What makes paying or waiting a pleasure in earnest: less, a promotion, value. */
const EARNEST = 'less|cheaper|worth|moins|promo|vaut|weniger|gunstiger|lohnt|wert|menos|vale la pena|navidad|weihnacht|noel|christmas';

/** Thanks, then within a few words the harm thanked for. */
const thanksFor = (thanks: string, harm: string): RegExp =>
  new RegExp(`\\b(?:${thanks})\\b[^.!?]{0,40}?\\b(?:${harm})`);

/** Delight, then paying or waiting, unless paying less or for value. */
const delightAt = (delight: string, cost: string): RegExp =>
  new RegExp(`\\b(?:${delight})\\b[^.!?]{0,30}?\\b(?:${cost})\\b(?![^.!?]*\\b(?:${EARNEST})\\b)`);

export const MOCK_DELIGHT: Record<Lang4, RegExp[]> = {
  en: [
    thanksFor('thanks|thank you|cheers|shoutout to|big thanks', "for (?:raising|hiking|putting up) (?:the |my |our )?(?:price|prices|bill|fee|fees|rent|premium|subscription)|for (?:losing|cancelling|canceling|breaking|ruining|overcharging|double charging) (?:my|our|the)\\b|for the (?:'|\")?(?:minor delay|price (?:rise|hike|increase))|for the [£$€]\\d[\\d,.]*k? (?:[\\w-]+ ){0,2}(?:bill|invoice|charge)"),
    delightAt('thrilled|delighted|so glad|so happy|love|loving|overjoyed', 'to (?:be charged|pay|wait|queue)|paying|being charged|waiting'),
  ],
  fr: [
    thanksFor('merci|un grand merci|bravo', "pour (?:la|cette) (?:hausse|augmentation)|pour (?:l'augmentation|le retard|les \\d+ (?:minutes|heures) de retard)|(?:d'avoir|pour avoir) (?:perdu|annule|augmente|casse|double)|pour (?:la|cette|votre) (?:facture|regularisation)(?: de regularisation)? de \\d"),
    delightAt('trop contente?s?|trop heureuse?s?|ravie?s?|tellement contente?s?|j\'adore', "(?:de )?payer|d'attendre|de poireauter"),
  ],
  de: [
    thanksFor('danke|vielen dank|merci vielmal|besten dank', 'fur (?:die|diese) (?:\\w+ )?(?:preiserhohung|erhohung|verspatung)|furs (?:warten|verlieren)|fur (?:den|das) (?:verlorenen|verlorene|ausfall)|fur (?:die|diese) (?:nachzahlung|rechnung|jahresabrechnung|abrechnung|nebenkostenabrechnung) (?:von|uber) \\d'),
    delightAt('herrlich|schon|wunderbar|toll|super', '(?:\\w+ ){0,3}(?:warten|zahlen|bezahlen) zu (?:durfen|mussen)'),
  ],
  es: [
    thanksFor('gracias|muchas gracias|mil gracias', 'por (?:la|esta) (?:subida|(?:\\w+ )?de retraso)|por el regalito de [^.!?]{0,30}\\b(?:retraso|espera|subida|comision)|por (?:perder|cancelar|cobrarme|subir(?:me)? (?:la|el))\\b|por (?:la|esta) factura (?:\\w+ )?de \\d'),
    delightAt('que bonito es|que gusto da|me encanta|que maravilla', 'esperar|pagar|llegar tarde|que me cobren'),
  ],
};
