// Something the poster lost themselves, told before asking for a copy or a way round (accent-folded): "I lost my ticket
// on the 08:15, can I get a copy?", "lost the letter with my account number, could you resend it", "J'ai perdu mon
// ticket de caisse, je peux quand même échanger ?", "Hab meine Kundenkarte verloren", "Perdí el tique del parking".
// The loss is the poster's, not the brand's: the stretch is removed from the complaint text (complaints.ts, with the
// other removals) and the request after it is read alone. "You lost my booking" has another subject and stays.
import type { Lang4 } from './stopwords.js';

/** What a customer loses of their own: papers, cards and keys, not a parcel or an order the brand carries. */
const EN_THINGS = 'ticket|tickets|letter|receipt|card|manual|instructions|password|pin|code|voucher|key|keys|fob|booking reference|reference number';

export const OWN_LOSSES: Record<Lang4, RegExp[]> = {
  en: [
    new RegExp(`(?:^|(?<=[,.!?:;] )|\\b(?:i|i've|i have|we|we've|i just|i think i|my (?:kid|son|daughter|wife|husband|partner|mum|mom|dad|nan|gran) (?:has )?)\\s?)lost (?:my|the|our|his|her) (?:[\\w-]+ ){0,2}(?:${EN_THINGS})\\b`),
  ],
  fr: [/\bj'ai (?:perdu|egare) (?:mon|ma|mes|le|la|les) (?:[\w-]+ ){0,2}(?:ticket|tickets|billet|billets|carte|code|badge|cle|cles|recu|facture|mode d'emploi|notice|mot de passe)\b/],
  de: [/\b(?:hab|habe|ich hab|ich habe) (?:meine?n?|die|den|das) (?:[\w-]+ ){0,2}?(?:karte|kundenkarte|fahrkarte|ticket|kassenbon|bon|quittung|schlussel|pin|passwort|anleitung|bedienungsanleitung) (?:\w+ )?verloren\b/],
  es: [/\b(?:perdi|he perdido|se me perdio|se me ha perdido) (?:el|la|los|las|mi|mis) (?:[\w-]+ ){0,2}?(?:tique|ticket|billete|tarjeta|recibo|factura|codigo|llave|llaves|manual|contrasena)\b/],
};
