// A bare failure, then 'again' on its own, then thanks (accent-folded, the whole post): "Zug fällt aus. Mal wieder.
// Danke @RegioNordbahn 👏", "Bus didn't turn up. Again. Cheers", "RER supprimé. Encore. Merci", "Tren cancelado. Otra
// vez. Gracias". Round 39 gave one such miss (de): 'again' is one weak sign and the thanks read as praise. Only a first
// sentence holding a word of failure (cancelled, late, didn't, supprimé, fällt aus, cancelado…), short, then the bare
// 'again', then a bare thanks ending the post: not good news repeated ("Gewonnen! Schon wieder. Danke 🎉", "Free coffee
// on my birthday. Again. Thanks"). complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

/** The failure sentence (up to 80 characters), the bare 'again', the bare thanks ending the post. */
const againThanked = (failure: string, again: string, thanks: string): RegExp =>
  new RegExp(`^[^.!?]{0,80}\\b(?:${failure})\\b[^.!?]{0,40}[.!…]+\\s*(?:${again})\\s*[.!…]+\\s*(?:${thanks})\\b[^.!?\\w]{0,12}[.!…]*\\s*$`);

export const AGAIN_THANKED: Record<Lang4, RegExp[]> = {
  en: [againThanked("cancelled|canceled|late|delayed|down|broken|didn't|did not|no show|not|never|missed|skipped", 'again|yet again|once again', 'thanks|thank you|cheers')],
  fr: [againThanked('supprimee?s?|annulee?s?|en retard|retardee?s?|en panne|pas|jamais|rate', 'encore|encore une fois|rebelote|comme d\'hab', 'merci')],
  de: [againThanked('fallt aus|ausgefallen|verspatet|verspatung|kaputt|gestort|nicht|kein\\w*|gestrichen', 'mal wieder|schon wieder|wieder mal|wieder', 'danke|merci')],
  es: [againThanked('cancelad[oa]s?|retrasad[oa]s?|averiad[oa]s?|caid[oa]s?|suprimid[oa]s?|no|nunca', 'otra vez|de nuevo|una vez mas', 'gracias')],
};
