// A press desk's card: its heading names the press office ("Spaudos tarnyba", "Gabinete de prensa", "Pressestelle"),
// its text gives the desk's handle with no word for the press in the handle's own sentence ("Akreditacijos ir interviu:
// media@…. Operatyvi informacija X tinkle – @perkunas_media", round 36's basketball club, on a grid of the club's
// departments shaped like its players'). press-handle.ts reads the handle (the brand's short name and a press word)
// and calls this where the sentence alone does not speak to the press; the card must name no partner, sponsor or other
// operator, as a fair's or a federation's press card on the same page may.
import { foldText } from './text.js';
import { OPERATED_BY, OTHERS } from './own-unit.js';

/** A press office's title (folded), as a card's whole heading or its opening words. */
const PRESS_TITLE = new RegExp(
  `^(?:${[
    'press (?:office|desk|team|room|service|relations)',
    'media (?:relations|centre|center|desk|office)',
    'pressestelle',
    'presseabteilung',
    'pressebur(?:o|eau)',
    'service de presse',
    'bureau de presse',
    'relations presse',
    '(?:gabinete|oficina|departamento|sala|servicio) de prensa',
    '(?:assessoria|gabinete) de imprensa',
    'ufficio stampa',
    'biuro prasowe',
    'persdienst',
    'persvoorlichting',
    'spaudos (?:tarnyba|centras|skyrius)',
    'rysiai su ziniasklaida',
    'preses (?:dienests|centrs)',
    'pressitalo',
    'presstjanst',
    'pressetjeneste',
    'tiskove (?:oddeleni|stredisko)',
  ].join('|')})\\b`,
);

/** Whether the card around the sighting is headed by a press office's title and names no one else. */
export function titledPressDesk(finding: { context?: string; heading?: string }): boolean {
  if (!finding.heading || !PRESS_TITLE.test(foldText(finding.heading.trim()))) return false;
  const block = `${foldText(finding.context ?? '')} ${foldText(finding.heading)}`;
  return !OTHERS.test(block) && !OPERATED_BY.test(block);
}
