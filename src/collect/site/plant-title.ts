// A card titled by one of the brand's plants and its town: "Planta Quellón (Chiloé)", "Planta Castro", "Planta Puerto
// Montt" (round 34's salmon exporter), set out in the same card markup as the unions of its workers and its customers.
// The plants' handles spell no title ("mf_ptomontt", a numeric profile.php id behind "Facebook Planta Quellón"), so
// unit-title.ts, which asks the handle to spell it, cannot read them. A plant of another firm is titled by that firm's
// name ("Planta Frigorífica Atlántica S.L.", "Proveedor: …"); a bare "Planta <town>" on the brand's own page is its own
// plant, unless the card says another firm runs it, supplies it or is a union of its workers.
import { BODY } from './named-body.js';
import { OPERATED_BY, OTHERS } from './own-unit.js';
import { foldText } from './text.js';

/**
 * A plant or factory word opening the title (folded): "Planta", "Usine", "Werk", "Fábrica", "Stabilimento". Not the
 * English "Plant" or "Factory": "Plant Kitchen", "Factory Berlin" are restaurants' and venues' names as often.
 */
const PLANT = /^(?:planta|usine|werk|fabrica|fabrik|fabriek|stabilimento|fabryka|zaklad)$/;

/** Between the plant word and the town: "de", "del", "d'", "of", "di". */
const LINK_WORD = /^(?:de|del|d'|of|di|du|in|en|em|da)$/;

/** A town's word as written: a capital, then letters ("Puerto", "Montt", "Cangas", "São"). */
const TOWN_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/** A legal form closing a firm's name ("S.L.", "S.A.", "GmbH", "Ltd"): a title holding one names another firm. */
const LEGAL = /^(?:s\.?l\.?|s\.?a\.?|s\.?p\.?a\.?|gmbh|ag|ltd\.?|inc\.?|llc|sarl|sas|bv|nv|spa|srl|ltda\.?)$/i;

/** A note closing the title in brackets: the region ("(Chiloé)", "(Pontevedra)"). */
const BRACKETED = /\s*[(（][^)）]*[)）]$/u;

/**
 * Whose the plant is, besides own-unit.ts's partners and operators (folded): a union of its workers, a supplier, a
 * customer, a contract ("maquila", "contrato", "under contract").
 */
const NOT_OURS = /\b(?:sindicat\w*|syndicat\w*|union|gewerkschaft|betriebsrat|proveedor\w*|supplier\w*|fournisseur\w*|lieferant\w*|fornitor\w*|client\w*|customer\w*|kunde\w*|maquila|contrat\w*|contract\w*|vertrag\w*)\b/;

/** Most words a town may have in a plant's title ("Puerto Montt", "San Pedro de la Paz" counts its link words). */
const TOWN_WORDS = 3;

/** Whether the title is a plant word and a town: "Planta Castro", "Planta Puerto Montt (Chinquihue)", "Werk Bremen". */
function plantTitle(heading: string): boolean {
  const words = heading.replace(BRACKETED, '').trim().split(/\s+/);
  if (words.length < 2 || !PLANT.test(foldText(words[0]).toLowerCase())) return false;
  const town = words.slice(1).filter((w, i) => !(i === 0 && LINK_WORD.test(foldText(w).toLowerCase())));
  return town.length >= 1 && town.length <= TOWN_WORDS && town.every((w) => TOWN_WORD.test(w) && !LEGAL.test(w));
}

/**
 * Whether the link sits on a card titled by a plant and its town, outside the page's chrome: the link comes after the
 * heading in the block's text, and the card's text between them names no other firm, operator, union or customer.
 */
export function titledByPlant(finding: { heading?: string; context?: string; snippet?: string; placement?: string }): boolean {
  const { heading, context, snippet } = finding;
  if (!heading || !context || !snippet || !plantTitle(heading.trim())) return false;
  if (finding.placement === 'header' || finding.placement === 'footer' || finding.placement === 'nav') return false;
  // The card's own text, from its heading to its link: a short card's text is read with its grid's (unit-title-ja.ts).
  const start = context.indexOf(heading.trim());
  const end = start < 0 ? -1 : context.indexOf(snippet.trim(), start + heading.trim().length);
  if (end < 0) return false;
  const card = foldText(context.slice(start, end + snippet.trim().length)).toLowerCase();
  return !OTHERS.test(card) && !OPERATED_BY.test(card) && !NOT_OURS.test(card) && !BODY.test(card);
}
