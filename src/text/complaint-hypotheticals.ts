// A trouble supposed, then what the poster would be owed asked (accent-folded): "If my flight gets cancelled because of
// the airport strike, do I get a refund or a voucher", "Si jamais mon vol était annulé, est-ce que j'aurais droit à un
// avoir", "Falls die Lieferung bis Freitag nicht da sein sollte, kann ich dann noch stornieren?", "Si mi vuelo se cancela por la huelga, ¿me
// devuelven…?", "Et si la machine tombe en panne après la garantie, vous faites quand même les réparations ?" (class
// posts after round 40: the brand asked what it does). The condition is removed from the complaint text (complaints.ts, with the other removals); the question
// after it stays. A trouble told as done ("My train got cancelled this morning… Do I get a refund?") has no condition.
import type { Lang4 } from './stopwords.js';

export const HYPOTHETICALS: Record<Lang4, RegExp[]> = {
  fr: [
    /\bsi (?:jamais |par hasard )?[^.!?]{0,80}?(?=,? (?:est-ce que (?:j'|je |on |nous )|(?:ai|aurai|aurais|pourrai|pourrais|puis|peux)-je\b|j'ai droit|j'aurai droit|j'aurais droit|je peux|je pourrai|je pourrais|on peut|il faut|je dois|vous [^.!?]{0,60}\?))/,
  ],
  en: [
    /\b(?:if|in case|should)\b[^.!?]{0,80}?(?=,? (?:(?:do|can|will|would|could|am|should|shall) (?:i|we)\b|is there|what happens|who do i|how do i))/,
  ],
  de: [
    /\b(?:falls|sollte)\b[^.!?]{0,80}?(?=,? (?:kann|darf|muss|gibt es|gibt's|steht mir)\b)/,
  ],
  es: [
    /\bsi (?:mi|mis|el|la|los|las|me|se|nos)\b[^.!?]{0,80}?(?=,? (?:me devuelven|me dan|me reembolsan|me pagan|tengo derecho|puedo|podria|hay que|que pasa|que hago|a quien))/,
  ],
};
