// Thanks for a service that is not there, the thanks mocking (accent-folded): "Thanks for the wifi on the train. Well,
// for the non-existent wifi", "Merci pour le réseau… pour le réseau inexistant", "Danke für das Netz… für das nicht
// vorhandene Netz", "Gracias por la cobertura… por la cobertura inexistente" (round 33's missed complaint: thanks and
// no trouble word). complaints.ts adds them to the patterns enough alone; "non-existent" without the thanks (a
// "non-existent fee") is not read.
import type { Lang4 } from './stopwords.js';

export const NON_EXISTENT: Record<Lang4, RegExp[]> = {
  en: [/\b(?:thanks?|thank you|cheers)\b[^]{0,120}?\bfor the (?:non-?existent|nonexistent|imaginary|invisible) \w+/],
  fr: [/\bmerci\b[^]{0,120}?\bpour (?:le|la|les|l') ?\w+ (?:inexistante?s?|fantomes?|imaginaires?)\b/],
  de: [/\bdanke\b[^]{0,120}?\bfur (?:das|die|den) (?:nicht vorhandene|nicht existierende|nichtexistente|imaginare|unsichtbare)\w*\b/],
  es: [/\bgracias\b[^]{0,120}?\bpor (?:el|la|los|las) \w+ (?:inexistentes?|fantasmas?|imaginari[oa]s?|invisibles?)\b/],
};
