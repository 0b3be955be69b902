// The words a sentence names a desk's keeper with, read by unit-desk.ts (one of the brand's parts keeps it: "the
// Library's help desk answers on X") and body-desk.ts (another body keeps it: "the council's parking team answers on
// X"): the same desks and the same "of the", so that the two readings see a sentence alike and differ only in whose
// part they name.
import { foldText } from './text.js';

/** A desk or a team (folded). */
export const KEEPER_DESK =
  '(?:help ?desk|desk|team|staff|service|services|support|office|equipe|equipo|equipa|squadra|servicio|servizio|servico|dienst|helpdesk|accueil|ufficio|oficina|bureau)';

/** "of the" in fr, de, es, it, nl, pt, en (folded). */
export const KEEPER_OF_THE = "(?:of the|de la|de l'|du|des|der|del|de los|de las|della|dell'|dello|van de|van het|do|da|dos|das)";

/** The words before a link, folded, with typographic apostrophes made plain ("l’équipe" reads as "l'equipe"). */
export function keeperText(before: string): string {
  return foldText(before).replace(/[’`]/g, "'");
}
