// Cards set out under a section heading saying the shops are someone else's: "Tiendas autorizadas (independientes)",
// "Otras tiendas independientes que venden Albar", "Franchise stores", "Authorised stockists" (round 36's alpaca brand:
// its authorised retailers' cards, in the markup of its own stores', under "Puntos de venta autorizados
// (independientes)"). The card itself may say nothing of it: a title "Tienda Inti – Arequipa" its handle spells reads
// as one of the brand's shops. Only the words for an independent, franchised, licensed or authorised seller are read in
// the heading, not a partner or an agency in general ("Nuestras agencias" over a travel brand's own branches);
// disowned.ts calls it outside the page's chrome.
import type { Element } from 'domhandler';
import { sectionHeading } from './brand-family.js';
import { AUTHORISED_SELLER } from './authorised-seller.js';
import { foldText } from './text.js';

/** Independent, franchised or licensed (folded), in the languages of the labelled sets. */
const APART =
  /\b(?:independ\w*|indipendent\w*|unabhangig\w*|zelfstandig\w*|onafhankelijk\w*|franchis\w*|franquici\w*|francizat\w*|licensed|licenciad\w*|licenciatari\w*|lizenz\w*)\b/;

/** A section heading is short: past this many words, it is a sentence. */
const HEADING_WORDS_MAX = 8;

/** Whether the section heading above the link's card says the places listed are someone else's. */
export function underOthersHeading(el: Element): boolean {
  const heading = sectionHeading(el);
  if (heading === null) return false;
  const folded = foldText(heading.trim());
  if (folded.split(/\s+/).length > HEADING_WORDS_MAX) return false;
  return APART.test(folded) || AUTHORISED_SELLER.test(folded);
}
