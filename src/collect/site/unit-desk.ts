// One of the brand's parts named as the keeper of a desk in the sentence linking to it, without "our": "the Library's
// research support team also answers queries on X at @cmulibraryhelp" (round 29), "l'équipe de la bibliothèque répond
// sur X : @…", "das Team der Bibliothek antwortet auf X". A university's or a campus's library, school or faculty keeps
// its own help desk under a handle unlike the brand's, named so in running text only, where own-desk.ts reads the
// brand's first person ("our support team answers on X at"). The part must be one a brand has (a library, a school, a
// faculty, a museum, a hotel, a restaurant, a newsroom, a shop, a centre), never a council's, a union's or a tourist
// office's team: body-desk.ts reads those as another body's.
import { KEEPER_DESK, KEEPER_OF_THE as OF_THE, keeperText } from './desk-keeper.js';

/**
 * The brand's parts (folded), in en, fr, de, es, it, nl, pt. A workshop too: a theatre's costume workshop, a museum's
 * restoration workshop ("l'équipe de l'atelier partage… sur Instagram : @…", round 28).
 */
const UNIT =
  '(?:library|libraries|bibliotheque|mediatheque|bibliothek|biblioteca|bibliotheek|faculty|faculte|facultad|fakultat|facolta|faculdade|school|ecole|escuela|escola|scuola|schule|hochschule|museum|musee|museo|hotel|restaurant|restaurante|ristorante|newsroom|redaction|redaktion|redaccion|redazione|redactie|shop|boutique|tienda|centre|center|centro|zentrum|campus|atelier|workshop|werkstatt|taller)';

/** A desk or a team (folded), and a part's newsroom ("la rédaction du magazine"). */
const DESK = `(?:${KEEPER_DESK}|redaction)`;

/**
 * "The Library's help desk", "the School's admissions team" (the part's possessive, at most two words between), or "the
 * help desk of the library", "l'équipe de la bibliothèque", "le service … de l'école", "das Team der Bibliothek"
 * (the desk, at most four words, then the part).
 */
const UNIT_DESK = new RegExp(
  [
    `\\bthe (?:[\\w-]+ ){0,2}?${UNIT}(?:'s|') (?:[\\w'-]+ ){0,2}?${DESK}\\b`,
    `\\b${DESK}(?: [\\w'-]+){0,4} ${OF_THE} ?${UNIT}\\b`,
  ].join('|'),
);

/** Whether the words before a link in its sentence name one of the brand's parts as the keeper of a desk. */
export function namesUnitDesk(before: string): boolean {
  return UNIT_DESK.test(keeperText(before));
}
