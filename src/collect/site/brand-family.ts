// A brand's units set out as cards under a heading naming the brand's family: "Perkūno šeima" over a basketball club's
// academy, arena, women's team and fan shop, "Nuestra familia de marcas" over an alpaca label's kids' line (round 36).
// Three or four cards with one or two links each have the shape of a list of people, and the units' handles are unlike
// the domain ("perkunoakademija", "pachawawa.kids"), so the rules read them as people's and no handle rule found them.
// The heading is the brand's own word that the cards are its parts: a family heading that names the brand (its domain's
// word) or calls the cards brands. A family heading naming someone else ("Meet the Pellow family", the owners) or none
// ("Nuestra familia" over three generations of owners) says nothing of whose the accounts are; nor does a sibling
// section ("Friends of the farm"), and a card naming a partner, a franchise or another operator is left alone.
import type { AnyNode, Element } from 'domhandler';
import { domainLabel } from './brand-words.js';
import { boundedText, firstElement, isElement, textOf } from './dom.js';
import { OPERATED_BY, OTHERS } from './own-unit.js';
import { foldText } from './text.js';
import { withoutWww } from '../../platforms/without-www.js';

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
// Where a section's heading is no longer the cards': the page's own landmarks.
const CHROME = new Set(['body', 'main', 'footer', 'header', 'nav', 'aside', 'html']);
// How far up from the link the section's heading is looked for: a paragraph in a card's text block, the card's body,
// the card, its list item, the list, the section's wrapper, the section (round 36's theme markup), and one more.
const FAMILY_DEPTH = 8;
// A card is a small block: past this much text, the ancestor is the list of cards, not one card.
const CARD_TEXT_MAX = 400;
// A section's heading is short: past this, it is a sentence about a family, not a heading.
const HEADING_WORDS_MAX = 6;
// The shortest prefix of a heading's word that must stand in the domain's label ("perku" of "Perkūno" in "bcperkunas":
// the brand's name declined, as Lithuanian and Slavic headings do).
const STEM_MIN = 5;

/** A family in the languages of the labelled sets (folded): "family", "famille", "familia", "šeima", "rodzina"… */
const FAMILY = /\b(?:family|famille|familia|familie|famiglia|seima|seimos|rodzina|rodziny|perhe|familj\w*|gezin)\b|\w+famili(?:e|a)\b/;

/** The cards called brands: "family of brands", "famille de marques", "Markenfamilie", "famiglia di marchi". */
const BRANDS = /\b(?:brands?|marques?|marcas?|marken\w*|marchi|merken|prekes zenkl\w*)\b/;

/**
 * The headings over the link: its card's title, if the link sits on a card, and the heading of the section holding the
 * card, the first heading met above the card's. The card's is the first met while the block is still one card's size.
 */
function headingsOver(el: Element): { card: Element | null; headings: Element[] } {
  let card: Element | null = null;
  let cardTitle: Element | null = null;
  let child: AnyNode = el;
  let node = el.parent;
  for (let depth = 0; node && isElement(node) && depth < FAMILY_DEPTH && !CHROME.has(node.name); depth++, child = node, node = node.parent) {
    const heading = headingBefore(node, child);
    if (!heading) continue;
    if (!cardTitle && boundedText(node, CARD_TEXT_MAX) !== null) {
      card = node;
      cardTitle = heading;
      continue;
    }
    return { card, headings: cardTitle ? [cardTitle, heading] : [heading] };
  }
  return { card, headings: cardTitle ? [cardTitle] : [] };
}

/**
 * The first heading among `node`'s children before `child` (the one holding the link): a heading itself, or one inside
 * a title's wrapper holding no link. A sibling card's title (its block holds links) is not the section's heading.
 */
function headingBefore(node: Element, child: AnyNode): Element | null {
  for (const c of node.children) {
    if (c === child) return null;
    if (!isElement(c)) continue;
    if (HEADINGS.has(c.name)) return c;
    if (firstElement(c, (e) => e.name === 'a')) continue;
    const inner = firstElement(c, (e) => HEADINGS.has(e.name));
    if (inner) return inner;
  }
  return null;
}

/** Whether the heading names the brand's family: a family word and the cards called brands, or the domain's word. */
function namesBrandFamily(heading: string, label: string): boolean {
  const folded = foldText(heading);
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0 || words.length > HEADING_WORDS_MAX || !FAMILY.test(folded)) return false;
  if (BRANDS.test(folded)) return true;
  return words.some((w) => w.length >= STEM_MIN && !FAMILY.test(w) && label.includes(w.slice(0, STEM_MIN)));
}

/** Whether the link's card sits under a heading naming the brand's family, the card naming no other operator. */
export function inBrandFamily(el: Element, pageUrl: string): boolean {
  const { card, headings } = headingsOver(el);
  if (headings.length === 0) return false;
  const label = foldText(domainLabel(withoutWww(new URL(pageUrl).hostname.toLowerCase())));
  if (!headings.some((h) => namesBrandFamily(textOf(h).trim(), label))) return false;
  const words = foldText(boundedText(card ?? el, CARD_TEXT_MAX) ?? '');
  return !OTHERS.test(words) && !OPERATED_BY.test(words);
}

/**
 * The text of the heading of the section holding the link's card (not the card's own title), or null when the link
 * sits on no card under a section heading (others-section.ts).
 */
export function sectionHeading(el: Element): string | null {
  const { card, headings } = headingsOver(el);
  if (card === null || headings.length < 2) return null;
  return textOf(headings[1]);
}
