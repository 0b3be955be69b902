// A review rated high whose one fault was made good (accent-folded): "4/5. Lovely hotel, the lift on our floor was out
// of order one day but the staff carried our bags up. Great stay.", "★★★★☆ Delicious pizzas, the delivery was 10
// minutes late but it was still piping hot", "4 von 5 Sternen: … kam zwar 15 Minuten später, aber noch schön warm",
// "4/5. … el aire acondicionado falló una noche pero lo arreglaron en media hora". Mixed reviews read as grievances on
// unseen posts (round 36's precision): the patterns count the fault alone. Praise and one fault is a complaint only when
// dissatisfaction is told, so the post needs all three: the poster's own high rating (not a hotel's class: "pour un 4
// étoiles", "pas digne d'un 4 étoiles"), a "but" that makes the fault good (fixed, still hot, staff helped), and no
// dissatisfaction or low rating. Not "Die Creme ist super, nur der Deckel bricht ständig ab. Trotzdem 4 Sterne" (a
// fault that keeps coming, with no remedy: a complaint in the labelled posts), nor "4/5 … the lift was broken all week
// and nobody seemed to care". complaints.ts settledElsewhere reads it: one sign at most, and the model does not speak.

/** The poster's rating of 4 or 5 out of 5 (8 to 10 out of 10), or four stars drawn; no article before it. */
const HIGH =
  /(?:^|[\s(:])(?<!\b(?:a|un|une|ein|eine|einem|el|pour|fur|for|de) )(?:[45](?:[.,]5)? ?\/ ?5|(?:[89](?:[.,]5)?|10) ?\/ ?10|[45] (?:stars|etoiles|sterne|sternen|estrellas|von 5|sur 5|de 5|out of 5))(?![\d/-])|\u2605{4}/;

/** A low rating anywhere: the high one is not the verdict. */
const LOW = /(?:^|[\s(:])(?:[0-2](?:[.,]5)? ?\/ ?5|[0-5](?:[.,]5)? ?\/ ?10|[0-2] (?:stars?|etoiles?|sterne|sternen|estrellas?|von 5|sur 5|de 5|out of 5))(?![\d/])/;

/** A "but" clause that makes the fault good: fixed, still good, the staff's help, or the rest making up for it. */
const MADE_GOOD =
  /\b(?:but|though)\b[^.!?]{0,40}\b(?:fixed|sorted|repaired|still (?:piping |nice and )?(?:hot|warm)|(?:staff|they|reception) (?:carried|helped|fixed|sorted|moved|swapped)|make up for it|made up for it)\b|\b(?:mais|pourtant)\b[^.!?]{0,40}\b(?:repare|regle|redemarre|resolu|encore (?:bien )?chaud|toujours chaud|(?:l'accueil|le personnel|ils) (?:a|ont) (?:tout de suite |vite )?(?:repare|regle|redemarre|change|aide))|\baber\b[^.!?]{0,40}\b(?:repariert|behoben|noch (?:schon |richtig )?(?:warm|heiss)|(?:sofort|gleich) (?:getauscht|ersetzt))\b|\bpero\b[^.!?]{0,40}\b(?:lo arreglaron|arreglad[oa]|lo solucionaron|resuelt[oa]|calentit[oa]|todavia calient[ea]|aun calient[ea])\b/;

/** Dissatisfaction told: the fault is the poster's grievance after all. */
const DISSATISFIED =
  /\b(?:disappoint\w*|not impressed|unacceptable|never again|won't be back|shame|nobody (?:seemed to )?cared?|no one (?:seemed to )?cared?|all week|every (?:day|night)|decu\w*|decevant|dommage|bof|inadmissible|plus jamais|enttausch\w*|schade|leider|standig|nie wieder|unverschamt|decepcion\w*|una pena|lastima|nunca mas|vergonzoso)\b/;

/** Annoyed faces (complaints.ts ANNOYED_EMOJI): a high rating under an eye-roll is sarcasm. */
const ANNOYED = /[\u{1F644}\u{1F612}\u{1F620}\u{1F621}\u{1F624}\u{1F92C}\u{1F611}\u{1F643}]/u;

/** Whether the post is a review rated high whose fault was made good, with no dissatisfaction told. */
export function ratedAndMadeGood(folded: string, original: string): boolean {
  if (!HIGH.test(original) && !HIGH.test(folded)) return false;
  if (ANNOYED.test(original) || LOW.test(folded) || DISSATISFIED.test(folded)) return false;
  return MADE_GOOD.test(folded);
}
