// A branch the brand says it runs itself: a store locator's or campus finder's card tagged "Eigene Filiale", "직영점",
// "company store", or a finder whose page says "Every … campus is owned and run by <the brand>". Such cards are set out
// in the very markup of a franchisee's or a licensed partner's card and of a manager's, so the list's shape and the
// article they sit in read their accounts as people's, and a shop's JSON-LD node naming them, a franchisee's as often as
// the brand's, does not settle it (round 33: a road-shop chain's two directly run flagships, an IT-training company's
// four city centres; round 31's "Flagship · company store"), or a card naming the brand itself as the place's operator
// ("géré par Dyar Amane", round 34), or a card in the grid right after a lead saying each of the brand's places keeps
// its own accounts ("Each of our seven museums has its own … social accounts": own-accounts-lead.ts, round 35). Cards
// naming a franchise, a partner, a licence or another operator are left alone, and so are cards titled by a person's
// name outside such a grid.
import type { AnyNode, Element } from 'domhandler';
import type { Sighting } from './account-model.js';
import { boundedText, elementsUnder, isElement, textOf } from './dom.js';
import { placesOwnAccountGrids } from './own-accounts-lead.js';
import { headedPlaceCard, placesHeadedGrids } from './own-places-heading.js';
import { OPERATED_BY, OTHERS } from './own-unit.js';
import { foldText, nameShapedTitle, squash } from './text.js';
import { withoutWww } from '../../platforms/without-www.js';

// A card is a small block: past this much text, the ancestor is the list of cards or the page. A centre's card with
// its address, hours and a line about it runs to 400 characters.
const CARD_TEXT_MAX = 500;
// How far up from the link a card is looked for (link, its list item, its list, the card's body, the card).
const CARD_DEPTH = 5;
// A finder's opening paragraph, read whole: longer, it is an article.
const LEAD_TEXT_MAX = 600;
// Shortest word of the domain's label taken for the brand's ("corvina" of corvina-languages.test, not "de").
const BRAND_WORD_MIN = 4;

const HEADING = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
const CHROME = new Set(['body', 'main', 'footer', 'header', 'nav', 'aside']);

/**
 * Words by which a card or a page says the brand runs the place itself (folded): a directly run store, a company
 * store, a branch of its own — in the languages of the labelled sets. "Succursale" and "en propre" are the French trade's
 * words for a company-run shop.
 */
const SELF_RUN = new RegExp(
  [
    '\\bcompany[- ](?:owned|run|operated)\\b',
    '\\bcompany (?:stores?|shops?|branch(?:es)?)\\b',
    '\\bcorporate (?:stores?|shops?)\\b',
    '\\bdirectly (?:owned|run|operated|managed)\\b',
    '\\beigene (?:filiale|filialen|niederlassung|niederlassungen)\\b',
    '\\b(?:eigenbetrieb|firmeneigene?n?|unternehmenseigene?n?)\\b',
    '\\bsuccursales?\\b',
    '\\b(?:magasins?|boutiques?|agences?) en propre\\b',
    '\\ben gestion directe\\b',
    '\\b(?:tiendas?|locales?) propi[oa]s?\\b',
    '\\bgestion (?:propia|directa)\\b',
    '\\b(?:lojas?|unidades?) propria?s?\\b',
    '\\bgestao (?:propria|direta)\\b',
    '\\b(?:gestione|conduzione) diretta\\b',
    '\\b(?:negozi?|punti vendita|punto vendita) (?:diretti|diretto|di proprieta)\\b',
    '\\beigen (?:filiaal|filialen|vestiging|vestigingen|winkels?)\\b',
  ].join('|'),
);

/** The same in Korean, Japanese and Chinese, read in the text as written: folding splits Hangul into its letters. */
const SELF_RUN_CJK = /직영|直営|直营/;

/** Whether `text` (and `folded`, its folded form) says the brand runs the place itself. */
function saysSelfRun(text: string, folded: string): boolean {
  return SELF_RUN.test(folded) || SELF_RUN_CJK.test(text);
}

/** "every", "all our", "toutes nos", "alle", "todas", "ogni", "elke": a sentence about all of the brand's places. */
const EVERY = /\b(?:every|each|all|toutes?|tous|chaque|alle|jede[rsn]?|tod[oa]s|cada|ogni|tutt[ie]|elke)\b/;

/** Someone named as running the place: "owned and run by …", "betrieben von …", "gérées par …" (folded). Group 1 follows. */
const RUN_BY =
  /\b(?:(?:owned|run|operated|managed)(?: and (?:owned|run|operated|managed))? by|(?:gere|exploite|detenu)e?s? par|(?:betrieben|gefuhrt) von|(?:gestionad|operad|explotad)[oa]s? por|gestit[oaie] da|(?:beheerd|uitgebaat|gerund) door|(?:gerid|operad)[oa]s? (?:por|pela|pelo))\s+((?:\S+\s*){1,3})/;

/** A licence or licensee: a partner school "under licence" is someone else's. */
const LICENCE = /\blicen[cs]\w*/;

/** Whether `folded` names someone else at the place: a partner, a franchise, a licence, another operator. */
function namesOther(folded: string): boolean {
  return OTHERS.test(folded) || OPERATED_BY.test(folded) || LICENCE.test(folded);
}

/**
 * Whether a card's own words (folded) name the brand as the one running the place: "Fès el-Bali, Batha — géré par Dyar
 * Amane" (round 34's riad group, whose riads' cards share the markup of independent partner houses' and whose handles
 * do not carry its name), "operated by Corvina Education". Every word of the domain's label must follow "run by": a
 * club, a commune or an owner named there runs the place instead ("géré par le Club Alpin de Pau").
 */
function namesBrandAsRunner(folded: string, words: readonly string[]): boolean {
  const by = RUN_BY.exec(folded);
  if (!by || words.length === 0) return false;
  const named = squash(by[1]);
  return words.every((w) => named.includes(w));
}

type Card = { card: Element; text: string; title: string };

/**
 * Each link's card, found once: ownBranchReader and then, where it finds the place not run by the brand, marked-
 * franchise.ts's reader ask for the same link's card. Keyed by the page's own elements, dropped with its tree.
 */
const CARDS = new WeakMap<Element, Card | null>();

/**
 * The card holding the link: the largest block within CARD_DEPTH of it, no longer than CARD_TEXT_MAX, with one heading
 * (a place's name), its text and that heading's; null when the link is in the page's chrome or in no such card.
 * marked-franchise.ts reads the same cards.
 */
export function cardOf(el: Element): Card | null {
  let found = CARDS.get(el);
  if (found === undefined) {
    found = findCard(el);
    CARDS.set(el, found);
  }
  return found;
}

function findCard(el: Element): Card | null {
  // A card in the page's chrome (a footer's column under its heading) is read by the placement rules.
  for (let up: AnyNode | null = el.parent; up && isElement(up); up = up.parent) if (CHROME.has(up.name) && up.name !== 'body' && up.name !== 'main') return null;
  let card: Card | null = null;
  let n: AnyNode | null = el.parent;
  for (let depth = 0; n && isElement(n) && depth < CARD_DEPTH && !CHROME.has(n.name); depth++, n = n.parent) {
    const text = boundedText(n, CARD_TEXT_MAX);
    if (text === null) break;
    const headings = elementsUnder(n, (x) => HEADING.has(x.name));
    if (headings.length > 1) break;
    if (headings.length === 1) card = { card: n, text, title: textOf(headings[0]) };
  }
  return card;
}

/**
 * Whether the page says, in a paragraph of its own, that every one of the brand's places is the brand's to run: "Every
 * Corvina campus is owned and run by Corvina Education Lda.", "Alle Filialen sind eigene Filialen". `words` are the
 * domain label's words: "run by" must name the brand (or "us"), not a franchisee.
 */
function saysAllRunByBrand(root: AnyNode, words: readonly string[]): boolean {
  for (const p of elementsUnder(root, (x) => x.name === 'p')) {
    const text = boundedText(p, LEAD_TEXT_MAX);
    if (text === null) continue;
    const folded = foldText(text);
    if (!EVERY.test(folded) || OTHERS.test(folded) || LICENCE.test(folded)) continue;
    if (saysSelfRun(text, folded)) return true;
    const by = RUN_BY.exec(folded);
    if (by && (/^(?:us|ourselves)\b/.test(by[1]) || words.some((w) => squash(by[1]).includes(w)))) return true;
  }
  return false;
}

/**
 * A reader of one page's links: 'card' when the link's card says the brand runs the place itself, 'page' when the page
 * says so of all its places and the card names no one else, null otherwise. The page's paragraphs are read once, and
 * only when a link sits on a place's card.
 */
export function ownBranchReader(root: AnyNode, pageUrl: string): (el: Element) => 'card' | 'page' | null {
  let allOwn: boolean | undefined;
  let grids: Set<Element> | undefined;
  let headed: Set<Element> | undefined;
  const words = foldText(withoutWww(new URL(pageUrl).hostname).split('.')[0] ?? '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= BRAND_WORD_MIN);
  return (el) => {
    const card = cardOf(el);
    if (!card) return null;
    const folded = foldText(card.text);
    // "géré par Dyar Amane" names an operator as a franchisee's card would, but the operator is the brand itself. A
    // place's name is often shaped like a person's ("Dar Louz", "Riad Yasmine"); a person's card says no one runs them.
    const byBrand = namesBrandAsRunner(folded, words);
    // A card of the grid a lead gives the brand's places ("Each of our seven museums has its own … accounts"): its
    // title may be shaped like a person's name ("The Byre", "Amgueddfa Isca"), the lead says what the cards are.
    grids ??= placesOwnAccountGrids(root);
    if (grids.size > 0 && !namesOther(folded) && inGrid(el, grids)) return 'card';
    // A card of the grid under a heading naming the brand's places ("Fürdőink", "Unsere Bäder": own-places-heading.ts).
    headed ??= placesHeadedGrids(root);
    if (headed.size > 0 && !namesOther(folded) && inGrid(el, headed) && headedPlaceCard(card.title, folded)) return 'card';
    if (!byBrand && nameShapedTitle(card.title.trim().split(/\s+/))) return null;
    if (byBrand ? OTHERS.test(folded) || LICENCE.test(folded) : namesOther(folded)) return null;
    if (byBrand || saysSelfRun(card.text, folded)) return 'card';
    allOwn ??= saysAllRunByBrand(root, words);
    return allOwn ? 'page' : null;
  };
}

/** Whether `el` lies in one of `grids`. */
function inGrid(el: Element, grids: ReadonlySet<Element>): boolean {
  for (let up: AnyNode | null = el.parent; up && isElement(up); up = up.parent) if (grids.has(up)) return true;
  return false;
}

/** The snippet of a sameAs read from a shop's or branch's own JSON-LD node (scripts.ts). */
const BRANCH_NODE = /^\S+ \(branch\) sameAs /;

/**
 * Whether the account sits on a place's card the brand says it runs: the card says so itself, or the page says so of
 * all its places and a branch's JSON-LD node on that same page names the account (the card alone, on such a page, may
 * be a manager's or an event's).
 */
export function runByBrand(sightings: readonly Sighting[]): boolean {
  if (sightings.some((s) => s.finding.ownBranch === 'card')) return true;
  const nodes = new Set(sightings.filter((s) => s.finding.how === 'embedded-json' && BRANCH_NODE.test(s.finding.snippet ?? '')).map((s) => s.pageUrl));
  return sightings.some((s) => s.finding.ownBranch === 'page' && nodes.has(s.pageUrl));
}
