// A return refused while the poster is still inside the return window (accent-folded): "the returns portal says my
// order isn't eligible. It's day 12 of 30", "store refused my return even though I'm well inside the 30 days", "Die
// Filiale wollte meine Rücksendung nicht annehmen, obwohl ich noch in der 30-Tage-Frist bin", "no me aceptaron la
// devolución y estoy dentro de los 30 días", "a refusé mon retour alors que je suis dans les 30 jours". Round 39's care
// English missed one: a polite request ("Could you DM me?") around a refusal told as the portal's words. Both halves
// are needed, the refusal and the window still open, within two sentences; asking whether it is too late ("is it too
// late to return… the window is 28") is neither. complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

/** A refusal, then the window still open within the next sentence (or the other way round). */
const both = (refused: string, inside: string): RegExp =>
  new RegExp(`\\b(?:${refused})\\b[^.!?]{0,80}(?:[.!?] ?[^.!?]{0,40})?\\b(?:${inside})\\b|\\b(?:${inside})\\b[^.!?]{0,60}\\b(?:${refused})\\b`);

export const RETURNS_REFUSED: Record<Lang4, RegExp[]> = {
  en: [
    both(
      "(?:isn'?t|not|wasn'?t|no longer) eligible|refused (?:my|the) (?:return|refund)|rejected (?:my|the) return|won'?t (?:let me|accept) (?:start )?(?:a |my |the )?return|wouldn'?t (?:let me|accept) (?:a |my |the )?return",
      "day \\d+ of \\d+|(?:well |still )?(?:inside|within) (?:the|your) \\d+(?:[- ]days?)?|(?:well |still )?(?:inside|within) (?:the|your) (?:return|returns) (?:window|period)|you offer \\d+",
    ),
  ],
  fr: [
    both(
      "refuse (?:mon|le) (?:retour|remboursement|echange)|refuse de (?:reprendre|rembourser|echanger)|(?:pas|plus) eligible",
      "(?:je suis |on est )?(?:encore |bien )?dans les \\d+ jours|dans le delai de (?:retour|retractation)",
    ),
  ],
  de: [
    both(
      "(?:rucksendung|ruckgabe|umtausch|retoure) (?:\\w+ )?(?:nicht|nie) (?:annehmen|angenommen|akzeptiert|akzeptieren)|(?:rucksendung|ruckgabe|umtausch|retoure) (?:wurde )?abgelehnt|nicht (?:mehr )?berechtigt",
      "(?:noch |locker )?(?:in|innerhalb) der \\d+[- ]tage[- ]frist|(?:noch |locker )?innerhalb (?:der|von) \\d+ tagen",
    ),
  ],
  es: [
    both(
      "no me (?:aceptaron|aceptan|admiten|admitieron|quisieron aceptar) la devolucion|(?:rechazaron|rechazan) (?:la|mi) devolucion|no (?:es|era) elegible",
      "(?:estoy |estamos )?(?:todavia |aun )?dentro de (?:los|el plazo de) \\d+ dias|dentro del plazo",
    ),
  ],
};
