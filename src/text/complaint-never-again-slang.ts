// Never coming back, said in slang (accent-folded): "ni en pedo vuelvo a volar con ustedes" (round 37's Argentine
// miss), "ni loca vuelvo a pedir con ustedes", "ni de coña vuelvo…", "jamais de la vie je reprends un abonnement chez
// vous", "nie im Leben bestell ich da nochmal", "not in a million years am I flying with you lot again". The patterns
// knew "nunca más" and "plus jamais", not the idioms. Only beside a return ("vuelvo a", "je re…", "nochmal", "again"):
// "ni en pedo me pierdo la preventa", "nie im Leben hätte ich gedacht, dass das so gut schmeckt" are delight.
// complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const NEVER_AGAIN_SLANG: Record<Lang4, RegExp[]> = {
  en: [/\bnot in a (?:million|billion|thousand) years\b[^.!?]{0,40}\bagain\b/],
  fr: [/\bjamais de la vie\b[^.!?]{0,10}\b(?:je |j')(?:re(?:prends|prendrai|commande|commanderai|viens|viendrai|tourne|tournerai|mets|achete|acheterai|nouvelle)\w*)\b/],
  de: [/\bnie im leben\b[^.!?]{0,30}\b(?:nochmal|noch mal|noch einmal|wieder)\b/],
  es: [/\bni (?:en pedo|loc[oa]|muert[oa]|de cona|de broma|borrach[oa]|aunque me paguen|a palos)\b[^.!?]{0,20}\bvuelvo a\b|\bno vuelvo\b[^.!?]{0,30}\bni (?:en pedo|loc[oa]|muert[oa]|de cona|de broma|aunque me paguen)\b/],
};
