// A link to a news article or report about the brand, shared with praise (accent-folded): "Great piece on the night
// crews 👉 https://… Respect.", "Super reportage sur les boulangers … Bravo à toute l'équipe", "Toller Bericht über die
// Azubis … Weiter so!", "Qué buena nota sobre la nueva planta solar 👉 https://… Ojalá llegue a más municipios". Round 38
// gave two such false alarms (es): the article's matter retold (a night shift, building works, people out of work
// hired) reads to the model as a grievance. Only a post with a link, naming the article and praising; not when a turn
// or a trouble follows ("Bel article … mais chez moi la baguette était crue", "Schöner Artikel … aber bei uns fällt
// der Strom aus", "Read the article … and still no word on why my train was cancelled"). complaints.ts settledElsewhere
// reads it: one sign at most, and the model does not speak.
import { foldedAsWritten } from './folded-as-written.js';

/** The article, report or programme shared. */
const ARTICLE =
  /\b(?:article|piece|write-?up|story|feature|interview|documentary|reportage|artikel|bericht|beitrag|doku|nota|noticia|articulo|reportaje|entrevista|documental)\b/;

/** Praise for it or for the people it shows. */
const PRAISE =
  /\b(?:great|lovely|brilliant|fantastic|nice|respect|proud|more of this|bravo|super|bel|belle|chapeau|fier|fiere|toll\w*|schon\w*|klasse|stolz|respekt|weiter so|buen[ao]?|genial|respeto|orgullo\w*|da gusto|feliz|ojala)\b/;

/** A turn or a trouble beside the praise: the post complains after all. */
const TURN =
  /\b(?:but|however|still|meanwhile|shame|mais|pourtant|toujours|dommage|aber|trotzdem|immer noch|schade|pero|sin embargo|mientras|sigue|sigo|lastima|cancel\w*|delay\w*|refund|broken|outage|panne|retard|annule|ausfall|ausgefallen|fallt|kaputt|verspat\w*|averia|retraso|cobra\w*|lol|mdr|jaja\w*|haha\w*)\b/;

/** Whether the post shares a link to an article about the brand with praise and no turn. */
export function sharedArticlePraised(_folded: string, original: string): boolean {
  // Cheap test first: most posts carry no link.
  if (!original.includes('http') && !original.includes('www.')) return false;
  const written = foldedAsWritten(original).replace(LINK, ' ');
  return ARTICLE.test(written) && PRAISE.test(written) && !TURN.test(written);
}

/** A link (its path may name an article, or a fault, without the poster saying it). */
const LINK = /(?:https?:\/\/|www\.)\S*/g;
