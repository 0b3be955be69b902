// Words of trouble that complain of nothing (accent-folded), removed from the complaint text with the other cancels:
// the poster not knowing an answer to a child's question ("je ne savais pas quoi répondre", "ich wusste keine
// Antwort", "no supe qué responder") — no answer withheld by the brand —, and an outage named as past, once its repair
// is thanked ("réparée après la panne de lundi", "power back within an hour after the outage").
import type { Lang4 } from './stopwords.js';

export const NOT_OURS: Record<Lang4, RegExp[]> = {
  fr: [
    /\bje (?:ne )?(?:savais|sais|savait) (?:pas|plus) (?:quoi (?:lui |leur )?repondre|la reponse)\b|\bje n'avais pas la reponse\b/,
    /\b(?:repare|reparee|rebranche|retabli|retablie|change|changee|remis|remise) [^.!?]{0,40}\bapres la (?:panne|coupure)\b/,
  ],
  en: [
    /\bi (?:didn'?t|did not) know the answer\b/,
    /\b(?:back|fixed|restored|repaired|sorted) [^.!?]{0,40}\bafter the (?:outage|breakdown|power cut)\b/,
  ],
  de: [
    /\bich wusste (?:keine antwort|es nicht|nicht,? was ich sagen sollte)\b/,
    /\b(?:repariert|behoben|wieder da|getauscht) [^.!?]{0,40}\bnach (?:dem ausfall|der storung|der panne)\b/,
  ],
  es: [
    /\bno (?:supe|sabia) (?:que (?:responder|contestar|decirle|decir)|la respuesta)\b/,
    /\b(?:reparad[oa]|arreglad[oa]|restablecid[oa]|cambiad[oa]) [^.!?]{0,40}\b(?:tras|despues de) la (?:averia|caida|panne)\b/,
  ],
};
