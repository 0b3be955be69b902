// The poster's own slip, told without the word fault (accent-folded): "Hab aus Versehen die falsche Größe bestellt",
// "Eigene Schuld, hab die falsche Farbe angeklickt", "Zum dritten Mal die falsche Nummer an der Obstwaage eingetippt",
// "Ordered the wrong size by mistake", "J'ai coché la mauvaise date sans faire exprès", "Pedí la talla equivocada sin
// querer". The wrong thing and the exchange read as a complaint to the patterns (five German false complaints of the
// readable sets), while the poster owns the slip and most often asks or thanks. Only the poster's own act: "ihr habt
// aus Versehen zweimal abgebucht", "you sent the wrong size by mistake", "j'ai été prélevé deux fois par erreur" and
// "die falsche bekommen" are the brand's. complaints.ts reads it as complaint-own-fault.ts's self-blame: one weak sign
// at most, and the model decides.
import { literalCheck } from './regex-union.js';

const SLIP = new RegExp(
  [
    // German: the slip opening its sentence, "eigene Schuld", or the wrong thing the poster picked.
    String.raw`(?:^|[.!?,:;] ?)(?:ich )?(?:hab(?:e)? |hatte )?(?:ich )?(?:aus versehen|versehentlich)\b`,
    String.raw`\beigene schuld\b`,
    String.raw`(?<!\b(?:ihr|sie|habt|haben) )\b(?:die|den|das) falschen? (?:[\w-]+ ){1,4}?(?:bestellt|angeklickt|gewahlt|ausgewahlt|eingetippt|angegeben|gebucht|eingegeben)\b`,
    // English: the poster's own order, pick or booking, by mistake.
    String.raw`(?:^|[.!?,:;] ?|\bi )(?:accidentally|mistakenly)\b`,
    String.raw`(?:^|[.!?,:;] ?|\bi )(?:ordered|picked|chose|booked|selected|typed|entered|clicked) (?:the )?wrong (?:[\w-]+ ){1,3}?(?:by mistake|by accident)\b`,
    // French and Spanish: the poster's own act, with "par erreur" / "sin querer".
    String.raw`\bj'ai (?:commande|coche|choisi|selectionne|reserve|tape|saisi|mis|clique|pris|achete|supprime) (?:[\w'-]+ ){1,5}?(?:par erreur|sans faire expres|par megarde|par inadvertance)\b`,
    String.raw`\b(?:pedi|elegi|marque|puse|compre|seleccione|reserve|escribi|meti|borre) (?:[\w-]+ ){1,5}?(?:sin querer|por error|por equivocacion)\b`,
  ].join('|'),
);

/** Cheap test first: without one of these words no slip can be told (most posts). */
const mayHold = literalCheck(/versehen|eigene schuld|falsch|accidentally|mistakenly|wrong|erreur|expres|megarde|inadvertance|sin querer|por error|equivocacion/);

/** Whether the folded complaint text tells a slip of the poster's own. */
export function ownSlip(folded: string): boolean {
  return mayHold(folded) && SLIP.test(folded);
}
