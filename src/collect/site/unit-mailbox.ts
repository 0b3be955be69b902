// A card that gives a role mailbox on the site's own domain ("rekry@kantolanenergia.test", "kaukolampo@…") is one of
// the brand's units' — its recruiting, its district heating, its press desk — not a person's: a person's card gives
// the person's address ("marjut.heikkila@…", "sabine@…" under "Sabine Krause"). Such unit cards are set out in the very
// markup of the staff cards beside them, so the list's shape read them as people's (round 32's energy utility: its
// recruiting Instagram and Facebook-id page and its district-heating LinkedIn, 3 of its 7 accounts on cards missed).
// A card naming someone else running the place or a partner ("Betrieben von … (Franchisepartner)") is left alone: a
// franchisee's shop may be given a mailbox on the brand's domain too.
import type { AnyNode, Element } from 'domhandler';
import { boundedText, elementsUnder, isElement, textOf } from './dom.js';
import { OPERATED_BY, OTHERS } from './own-unit.js';
import { foldText, nameShapedTitle } from './text.js';
import { withoutWww } from '../../platforms/without-www.js';

// A card is a small block: past this much text, the ancestor is the list of cards or the page, not one card.
const CARD_TEXT_MAX = 400;
// How far up from the link a card's mailbox is looked for (link, its list item, its list, the card).
const CARD_DEPTH = 5;

const HEADING = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** The mailto addresses under `node`, lower-cased, without the query. */
function mailboxes(node: Element): string[] {
  const found = elementsUnder(node, (el) => el.name === 'a' && /^mailto:/i.test(el.attribs.href ?? ''));
  return [...new Set(found.map((a) => decodeURIComponent(a.attribs.href.slice(7).split('?')[0]).trim().toLowerCase()))];
}

/** The card's title: the words of its one heading; null for none or several (a footer's columns, a page's sections). */
function titleWords(card: Element): string[] | null {
  const headings = elementsUnder(card, (el) => HEADING.has(el.name));
  return headings.length === 1 ? textOf(headings[0]).trim().split(/\s+/) : null;
}

/**
 * Whether `local` (a mailbox's local part) is a person's: a first and last name joined ("marjut.heikkila",
 * "s_krause", "anna-lena"), or a card titled by a name whose first or last word the mailbox spells ("sabine@" under
 * "Sabine Krause", "skrause@").
 */
function personsMailbox(local: string, title: string[] | null): boolean {
  if (/\p{L}[._-]\p{L}/u.test(local)) return true;
  if (!title || !nameShapedTitle(title)) return false;
  const folded = foldText(local);
  const first = foldText(title[0]);
  const last = foldText(title[title.length - 1]);
  return folded.includes(first) || folded.includes(last);
}

/** The site's own domain from the page's host ("www.brand.test" → "brand.test"). */
function ownDomain(pageUrl: string): string {
  return withoutWww(new URL(pageUrl).hostname.toLowerCase());
}

// Words a card's line of links may hold besides the links ("Instagram:", "Facebook ·"): more is a sentence.
const LINE_WORDS_MAX = 2;

/**
 * Whether the link stands in the card's line of links ("Instagram · LinkedIn", "<li>Facebook</li>"), not in a
 * sentence: a press block's "Informations financières : Meridane Telecom Group sur X" names the parent group's
 * account beside the desk's mailbox (round 25), "Frågor om Nordfjäll Resorts … se Nordfjäll Resorts" (round 23).
 */
function inLineOfLinks(el: Element): boolean {
  const line = el.parent;
  if (!line || !isElement(line)) return false;
  let rest = textOf(line);
  for (const a of elementsUnder(line, (x) => x.name === 'a')) rest = rest.replace(textOf(a), ' ');
  return (rest.match(/\p{L}+/gu) ?? []).length <= LINE_WORDS_MAX;
}

/** Whether the link `el` sits on a card of one of the brand's units, by the card's role mailbox on the site's domain. */
export function onUnitMailboxCard(el: Element, pageUrl: string): boolean {
  if (!inLineOfLinks(el)) return false;
  const domain = ownDomain(pageUrl);
  let n: AnyNode | null = el.parent;
  for (let depth = 0; n && isElement(n) && depth < CARD_DEPTH; depth++, n = n.parent) {
    if (n.name === 'body' || n.name === 'main' || n.name === 'footer') return false;
    const text = boundedText(n, CARD_TEXT_MAX);
    if (text === null) return false;
    const boxes = mailboxes(n);
    if (boxes.length === 0) continue;
    // Two addresses in one block: the list of cards, or a card of several people.
    if (boxes.length > 1) return false;
    const [local, host] = boxes[0].split('@');
    if (!local || !host || (host !== domain && !host.endsWith(`.${domain}`))) return false;
    const folded = foldText(text);
    // A partner inside a compound word too ("samarbetspartner", "Vertriebspartner").
    if (OTHERS.test(folded) || OPERATED_BY.test(folded) || /partner/.test(folded)) return false;
    // A card is titled: an untitled block with a mailbox is a footer's or a paragraph's, where a press officer's name
    // sits beside "presse@" as often. A card titled by a person's name is that person's, whatever its mailbox.
    const title = titleWords(n);
    if (!title || nameShapedTitle(title)) return false;
    return !personsMailbox(local, title);
  }
  return false;
}
