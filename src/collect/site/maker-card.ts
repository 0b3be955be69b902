// A maker's or supplier's card in a shop's or co-operative's markup, headed "Name — Town" (a cheese dairy, an artisan,
// a farm with its place: "Salaisons Comtoises Bérod — Morteau", round 36's "Canting Mbah Sumi — Pekalongan"), with icon
// links whose handles spell the name. The grid has the brand's follow-block shape, and a maker's name may share the
// shop's word ("Comtoises" at Le Panier Comtois, "Canting" at Pasar Canting), so the handle resembled the brand's and
// the account was listed as its own (maker-cards-fr). Not read when the card says it is the shop's own part ("Notre
// atelier de découpe", "Notre boutique de Morteau") or when the name holds the brand's whole name or domain label.
import { domainLabel } from './brand-words.js';
import { handleSpellsName, OWN_PART } from './heading-spelt.js';
import { foldText, squash } from './text.js';

/** A heading "Name — Town": a name, an em or en dash, then a capitalised place of a few words (hyphens allowed). */
const NAME_TOWN = /^(.{3,60}?)\s+[—–]\s+\p{Lu}[\p{L}'’.-]*(?:[\s-]+[\p{L}'’.]+){0,3}$/u;

/** Whether the link sits on a maker's "Name — Town" card whose name the handle spells. */
export function onMakerCard(finding: { context?: string; heading?: string }, handle: string, target: { domain: string; brandName: string }): boolean {
  const { context, heading } = finding;
  if (!context || !heading || !context.startsWith(heading)) return false;
  const m = NAME_TOWN.exec(heading.trim());
  if (!m) return false;
  const name = squash(m[1]);
  const brand = squash(target.brandName.replace(/^(?:the|le|la|les|el|los|las|der|die|das|de|il)\s+/i, ''));
  const label = squash(domainLabel(target.domain));
  if ((brand && name.includes(brand)) || (label && name.includes(label))) return false;
  if (OWN_PART.test(foldText(context))) return false;
  return handleSpellsName(handle, m[1]);
}
