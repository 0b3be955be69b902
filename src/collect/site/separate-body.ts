// A place or body the page says is run apart from the brand, in Korean, Japanese and Chinese, and a shop's card saying a
// franchisee runs it in Romanian (franchise-note.ts) or a licensed partner in en, fr, de, es (licensed-partner.ts)
// (disowned.ts).
import type { Element } from 'domhandler';
import { boundedText, isElement } from './dom.js';
import { franchiseNote } from './franchise-note.js';
import { licensedPartnerNote } from './licensed-partner.js';
import { foldText } from './text.js';

/**
 * Words saying a shop or a body is run by someone else, as CJK pages write them: a franchisee runs it ("가맹점주가 직접
 * 운영하는 매장", "加盟店オーナーが運営", "加盟商经营"), or it is a separate legal person run on its own ("별도 법인으로 독립
 * 운영", "別法人として独立して運営", "独立法人", "独立运营"). Round 33's K-beauty chain set its franchised shops' cards in the
 * markup of its company-run flagships, told apart only by such a note, and its foundation's Instagram in a sentence
 * saying so. The European forms are read on folded text by disowned.ts and own-unit.ts; these scripts have no case or
 * accents to fold, so they are read as written. "가맹점" (a franchise shop) alone is not enough: "가맹점 문의" (franchise
 * enquiries) sits in the brand's own footer. Traditional Chinese writes "獨立經營" (round 35's bubble-tea chain: "由當地授權
 * 夥伴獨立經營", its overseas partners' cards) and "授權經營：<firm>" (run under licence by the firm named).
 */
const SEPARATE_BODY =
  /가맹점주|가맹\s*사업자|별도(?:의)?\s*법인|독립(?:적으로)?\s*운영|フランチャイズ(?:加盟店|オーナー)|加盟店(?:オーナー|様)|別(?:法人|会社)|独立して運営|加盟商|加盟店主|[独獨]立(?:法人|运营|運營|经营|經營)|授[權权][經经]營/;

/** Most characters of a card or paragraph around the link: a page's whole main column says nothing of one link. */
const CARD_MAX = 500;
/** How many elements up from the link a card's note may sit: link, list item, list, card body, card. */
const LEVELS = 5;

/**
 * Whether the card or paragraph holding `link` (the nearest ancestors whose text stays short) says its place or body is
 * run apart from the brand. The brand's own follow-us footer is not read (callers leave footers, headers and navs out).
 */
export function saidRunApart(link: Element): boolean {
  // A link in running text is read by its own sentence (disowned.ts): a paragraph linking the brand's regional page and
  // then saying "franchise-run stores' own pages are managed by the franchisee" speaks of other links. A card's note
  // stands beside its line of links, outside any paragraph of theirs.
  const inProse = inParagraph(link);
  let n: Element | null = link;
  for (let level = 0; level < LEVELS && n; level++) {
    const parent: Element | null = n.parent && isElement(n.parent) ? n.parent : null;
    // A card among cards of its kind (a shop list's items): past it the text is the list's, other cards' notes too.
    if (!parent || (level > 0 && amongCards(n))) return false;
    const text = boundedText(parent, CARD_MAX);
    // Past a card's size the ancestors hold other cards too: one card's note is not theirs.
    if (text === null) return false;
    // The Romanian and the licensed partners' forms are folded first: a card of Latin script says it in words with
    // accents and case.
    if (SEPARATE_BODY.test(text)) return true;
    const folded = foldText(text.replace(/\s+/g, ' '));
    if (franchiseNote(folded) || (!inProse && licensedPartnerNote(folded))) return true;
    n = parent;
  }
  return false;
}

/** Whether `link` sits in a paragraph, up to LEVELS elements up. */
function inParagraph(link: Element): boolean {
  let n: Element | null = link.parent && isElement(link.parent) ? link.parent : null;
  for (let level = 0; level < LEVELS && n; level++) {
    if (n.name === 'p') return true;
    n = n.parent && isElement(n.parent) ? n.parent : null;
  }
  return false;
}

/**
 * Whether `el` is one of several siblings of its tag and holds words of its own beside its links: a card in a list of
 * cards ("직영점 한남점 …" beside "가맹점 광주 상무점 …"), not the list item of one icon in a row of icons.
 */
function amongCards(el: Element): boolean {
  const parent = el.parent;
  if (!parent || !isElement(parent)) return false;
  let same = 0;
  for (const c of parent.children) if (isElement(c) && c.name === el.name && ++same > 1) break;
  if (same < 2) return false;
  const all = boundedText(el, CARD_MAX);
  return all === null || all.replace(/\s+/g, '').length > linkWords(el);
}

/** How many characters (spaces left out) the links inside `el` hold. */
function linkWords(el: Element): number {
  let n = 0;
  for (const c of el.children) {
    if (!isElement(c)) continue;
    if (c.name === 'a') n += (boundedText(c, CARD_MAX) ?? '').replace(/\s+/g, '').length;
    else n += linkWords(c);
  }
  return n;
}
