// Where a link sits on its page (header, navigation, footer, "follow us" block, article, body), from its ancestors.
import type { Cheerio } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Placement } from '../../snapshot/types.js';
import { boundedText, isElement } from './dom.js';
import { isSocialProfile } from './social-url.js';
import { foldText } from './text.js';
import { classWords, FOLLOW_TEXT } from './block-words.js';
import { isRegion, othersHeading, storeEntry } from './headings.js';
import { memoize } from './memo.js';

/** The placements a link in the page body can have ('head' and 'script' are for metadata and embedded JSON). */
export type LinkPlacement = Exclude<Placement, 'head' | 'script'>;

/**
 * Precedence when several ancestors match: footer > header > nav > follow-block > article > body. Placement names
 * the page region: a "follow us" column inside the footer is site-wide chrome repeated on every page, which the
 * support-links-to-social rule must tell apart from a follow-us block that a support page puts in its own content.
 * Both count as the brand presenting its own account (accounts.ts treats them alike).
 *
 * Three refinements follow HTML semantics and the author-box traps seen on real pages:
 * - a header, footer or nav *inside* an article or the page's `<main>` (an entry's own header with its byline, an
 *   entry footer with the author's bio) is part of that content, not site chrome — as ARIA maps `<header>` to the
 *   banner and `<footer>` to contentinfo only outside sectioning content;
 * - a person's block — an author box, a byline, a comment, a review or testimonial, a quoted or embedded post
 *   (blockquote, .twitter-tweet…), a schema.org Person — belongs to that person wherever it sits, footer included:
 *   its links are 'article', and a "social"/"follow" block inside it too;
 * - a follow-us block inside a plain article (a brand's blog post ending with "follow us") is still a follow-block.
 */
const ORDER: LinkPlacement[] = ['footer', 'header', 'nav', 'follow-block', 'article'];

// A text block longer than this is page content, not a "follow us" column (which holds a heading and a few icons).
const FOLLOW_TEXT_MAX = 300;

/** Widgets by which a site shows an account it presents as its own: an X timeline, a Facebook page plugin. */
const PRESENTING_CLASSES = new Set(['twitter-timeline', 'fb-page', 'fb-like-box', 'twitter-follow-button']);
const SHARE_WORDS = new Set(['share', 'sharing', 'sharer', 'partage', 'partager', 'teilen', 'compartir']);
const EMBED_CLASSES = new Set(['twitter-tweet', 'instagram-media', 'tiktok-embed', 'fb-post', 'fb-comments', 'bluesky-embed', 'mastodon-embed']);
/** Class words of a person's block: its links are that person's (see ORDER). */
const PERSON_WORDS = new Set(
  (
    'author authors byline comment comments testimonial testimonials review reviews quote quotes tweet tweets embed ' +
    'embedded contributor contributors writer writers staff team person people autor autorin auteur auteurs redaction ' +
    'journalist journalists equipo equipos equipe equipes opiniones redaktion mitarbeiter stimme stimmen ' +
    // an ambassador's or athlete's card ("ambassador__card", "ambassador__socials": round 31's sponsored climbers and runners)
    'ambassador ambassadors ambassadeur ambassadeurs ambassadrice botschafter embajador embajadores athlete athletes ' +
    // reviews apps' class prefixes
    'jdgm loox yotpo trustindex okendo feefo'
  ).split(' '),
);
/**
 * Stems of the same in compounds and other languages: "autorenbox", "kundenstimmen", "bewertungen", "témoignages",
 * "reseñas", "opiniones", "reviews-slider".
 */
const PERSON_STEM =
  /(?:autor|author|auteur|bewertung|rezension|kundenstimme|testimon|temoign|review|resena|comment|kommentar|comentario|meinung|erfahrungsbericht|guestbook|gaestebuch|gastebuch)/;
/** schema.org types and properties of a person's contribution: a review, a comment, its author (microdata). */
const PERSON_ITEMTYPE = /schema\.org\/(?:Person|Review|Comment|UserComments|Answer|Question)\b/i;
const PERSON_ITEMPROP = /^(?:author|creator|contributor|review|reviews|comment|comments)$/i;
const ARTICLE_WORDS = new Set(['post', 'article', 'blogpost', 'hentry']);
/**
 * Class words of one entry of a store or retailer locator, in en/fr/de/es/it: "store", "stockist-card", "magasin
 * franchise", "haendler-eintrag", "tienda". Franchisees, dealers and stockists run their own accounts; a brand's
 * shop among them names its account like the brand, which accounts.ts accepts by name. ("shop", "boutique" and
 * "location" are left out: they name a brand's own e-shop and address blocks as often.)
 */
const STORE_WORD =
  /^(?:stores?|stockists?|retailers?|dealers?|resellers?|distributors?|franchisee?s?|haendler|fachhandler|fachhaendler|filialen?|magasins?|revendeurs?|distributeurs?|detaillants?|tiendas?|distribuidor(?:es)?|concesionarios?|sucursal(?:es)?|franquicias?|franquiciados?|negozi|negozio|rivenditori|rivenditore)$/;
/** Navigation class words, whole: "navbar", "sidenav", "main-menu" — not "navidad", "navy", "canvas" or "menuiserie". */
const NAV_WORD = /^(?:[a-z]*nav(?:bar|igation|igator|list|menu|links?|items?|s)?|navi|[a-z]*menu(?:s|bar|item|items)?)$/;

// What one element says about the links under it, as bits (no array per element: every ancestor of every link is read).
const FOOTER = 1;
const HEADER = 2;
const NAV = 4;
const MAIN = 8;
/** A follow-us block known from the element's own attributes. */
const FOLLOW = 16;
const QUOTE = 32;
const ARTICLE = 64;
/** Not a sharing block and no follow word in its attributes: a follow-us block only if its text says so (followText). */
const FOLLOW_IF_TEXT = 128;
/** One entry of a store or retailer locator: its links are that shop's, outside the page's header, footer and navigation. */
const STORE = 256;

/**
 * The placement state under an element: what its ancestors and itself add up to. Read top-down, "counted" markers
 * follow ORDER's rules: a nav counts when no article sits at or above it, a header or footer when no article or
 * <main> does (the outermost article or main decides, as in the precedence described above).
 */
interface Region {
  quote: boolean;
  article: boolean;
  /** An article or <main> at or above. */
  content: boolean;
  footer: boolean;
  header: boolean;
  nav: boolean;
  /** A follow-us block at or above, known from attributes. */
  follow: boolean;
  /** The innermost element at or above whose text could make it a follow-us block, read only when it decides. */
  maybeFollow: MaybeFollow | null;
}

interface MaybeFollow {
  el: Element;
  outer: MaybeFollow | null;
  /** followText(el), once read. */
  result?: boolean;
}

const NOTHING: Region = { quote: false, article: false, content: false, footer: false, header: false, nav: false, follow: false, maybeFollow: null };

/** The region under `el`, given the region around it. */
function regionUnder(around: Region, el: AnyNode): Region {
  if (!isElement(el) || el.name === 'html' || el.name === 'body') return around;
  const m = markerBits(el);
  if (m === 0) return around;
  const article = around.article || (m & ARTICLE) !== 0;
  const content = around.content || (m & (ARTICLE | MAIN)) !== 0;
  return {
    // A store entry in the page's footer or navigation ("app-store" badges, "Our stores" menu) is chrome.
    quote: around.quote || (m & QUOTE) !== 0 || ((m & STORE) !== 0 && !around.footer && !around.header && !around.nav),
    article,
    content,
    footer: around.footer || ((m & FOOTER) !== 0 && !content),
    header: around.header || ((m & HEADER) !== 0 && !content),
    nav: around.nav || ((m & NAV) !== 0 && !article),
    follow: around.follow || (m & FOLLOW) !== 0,
    maybeFollow: (m & FOLLOW_IF_TEXT) !== 0 ? { el, outer: around.maybeFollow } : around.maybeFollow,
  };
}

/**
 * The placement a region gives its links (see ORDER); the texts of possible follow-us blocks are read last, if needed.
 * `link`, when given, is the link placed (placeLinks).
 */
function placementIn(region: Region, link?: Element): LinkPlacement {
  // A person's block (author box, embedded post, review…) owns its links wherever it sits.
  if (region.quote) return 'article';
  if (region.footer) return 'footer';
  if (region.header) return 'header';
  if (region.nav) return 'nav';
  if (region.follow) return 'follow-block';
  let m = region.maybeFollow;
  if (m !== null && m.result === undefined && link !== undefined && linksElsewhere(link)) {
    // No block around a link to something other than a social profile is a follow-us block (followText: all of a
    // block's links go to profiles): their answers are known without reading them, for the page's next links too.
    // An answer already there was given for every block above it, none true (each holds this link).
    for (; m !== null && m.result === undefined; m = m.outer) m.result = false;
    return region.article ? 'article' : 'body';
  }
  for (; m; m = m.outer) {
    m.result ??= followText(m.el);
    if (m.result) return 'follow-block';
  }
  return region.article ? 'article' : 'body';
}

/** True when `el` is a link to something other than a social profile (what hasOtherLink looks for). */
function linksElsewhere(el: Element): boolean {
  return (el.name === 'a' || el.name === 'area') && el.attribs.href !== undefined && !socialHref(el.attribs.href);
}

/**
 * The placement of a link or element, from its ancestors (and itself): `<header>`/role=banner, `<nav>`/
 * role=navigation, `<footer>`/role=contentinfo, id/class words (header, footer, nav, menu), "follow us" blocks
 * (class/id/aria-label mentioning social/follow, or a short block whose text says follow us, suivez-nous,
 * retrouvez-nous, folgen Sie uns, síguenos… and whose links all go to social profiles), `<article>`/.post/.author/blockquote. See ORDER for the precedence.
 */
export function placementOf($el: Cheerio<AnyNode> | AnyNode): LinkPlacement {
  const start = 'length' in $el ? ($el as Cheerio<AnyNode>)[0] : ($el as AnyNode);
  const chain: AnyNode[] = [];
  for (let node: AnyNode | null = start ?? null; node; node = node.parent) chain.push(node);
  let region = NOTHING;
  for (let i = chain.length - 1; i >= 0; i--) region = regionUnder(region, chain[i]);
  return placementIn(region);
}

/**
 * placementOf for each of `links` (elements under `root`, in document order): each link's ancestors are read up to
 * the nearest one already read for an earlier link, so each element's markers are read once, and only for the
 * ancestors of links; a follow-us block's text only when it decides. Nothing is made for the many elements that hold
 * no link (a walk of the whole document made one frame per element).
 */
export function placeLinks(root: AnyNode, links: readonly Element[]): LinkPlacement[] {
  const out: LinkPlacement[] = new Array(links.length);
  // The region under each ancestor read so far (links share most of theirs: body, header, footer, lists).
  const regions = new Map<AnyNode, Region>();
  const pending: AnyNode[] = [];
  for (let i = 0; i < links.length; i++) {
    let region: Region | undefined;
    let node: AnyNode | null = links[i];
    for (; node; node = node.parent) {
      region = regions.get(node);
      if (region) break;
      pending.push(node);
      // Nothing above `root` counts (a link found elsewhere is placed from its whole chain, as placementOf does).
      if (node === root) break;
    }
    region ??= NOTHING;
    // Read top-down, without recursion (pages nest deep).
    for (let k = pending.length - 1; k >= 0; k--) {
      region = regionUnder(region, pending[k]);
      regions.set(pending[k], region);
    }
    pending.length = 0;
    out[i] = placementIn(region, links[i]);
  }
  return out;
}

// What class and id words say, as bits: a function of the attribute text alone, and the same classes recur on
// every page of a site (site-header, card, footer-column), so each distinct text is read once.
const C_FOOTER = 1;
const C_HEADER = 2;
const C_NAV = 4;
const C_ENTRY = 8;
const C_SHARE = 16;
const C_FOLLOW = 32;
const C_PERSON = 64;
const C_ARTICLE = 128;
const C_PRESENTING = 256;
const C_STORE = 512;

const classBits = memoize((classAttr: string): number => {
  const words = classWords(classAttr);
  const tokens = classAttr.toLowerCase().split(/\s+/);
  const has = (test: (w: string) => boolean): boolean => words.some(test);
  let bits = 0;
  const navWord = has((w) => NAV_WORD.test(w));
  if (navWord) bits |= C_NAV;
  // "entry-header", "entry-footer", "post-footer": an entry's own parts (WordPress and most blog themes), not chrome.
  if (!navWord && has((w) => w === 'entry' || w === 'entries')) bits |= C_ENTRY;
  if (has((w) => w.includes('footer'))) bits |= C_FOOTER;
  if (has((w) => w.includes('header') || w === 'masthead')) bits |= C_HEADER;
  if (has((w) => SHARE_WORDS.has(w))) bits |= C_SHARE;
  if (has((w) => w.includes('social') || w.includes('follow') || w.includes('suivez') || w.includes('retrouvez') || w.includes('reseaux') || w === 'rrss')) bits |= C_FOLLOW;
  if (tokens.some((t) => EMBED_CLASSES.has(t)) || has((w) => PERSON_WORDS.has(w) || PERSON_STEM.test(w))) bits |= C_PERSON;
  if (has((w) => ARTICLE_WORDS.has(w))) bits |= C_ARTICLE;
  if (tokens.some((t) => PRESENTING_CLASSES.has(t))) bits |= C_PRESENTING;
  if (has((w) => STORE_WORD.test(w))) bits |= C_STORE;
  return bits;
});

function markerBits(el: Element): number {
  const name = el.name;
  const a = el.attribs;
  const role = a.role === undefined ? '' : a.role.toLowerCase();
  // Most elements have no class or id, and their tag name, role and label say all there is to say.
  const c = a.class || a.id ? classBits(`${a.class ?? ''} ${a.id ?? ''}`) : 0;
  let bits = 0;
  if (name === 'footer' || role === 'contentinfo' || c & C_FOOTER) bits |= FOOTER;
  // A <header> that opens one piece of content (a section's or an entry's title and byline) is that content's.
  // (the same for a block classed as a header that is not the page's: "story-header", "entete-episode").
  const sectionHeader = role !== 'banner' && (name === 'header' || (c & C_HEADER && !isRegion(el))) && opensContent(el);
  if (sectionHeader) bits |= ARTICLE;
  else if (name === 'header' || role === 'banner' || c & C_HEADER) bits |= HEADER;
  if (name === 'nav' || role === 'navigation' || c & C_NAV) bits |= NAV;
  if (name === 'main' || role === 'main') bits |= MAIN;
  if (!(c & C_SHARE)) {
    const label = a['aria-label'] === undefined ? '' : foldText(a['aria-label']);
    bits |= c & (C_FOLLOW | C_PRESENTING) || (label !== '' && (/\bsocial\b/.test(label) || FOLLOW_TEXT.test(label))) ? FOLLOW : FOLLOW_IF_TEXT;
  }
  if (c & C_STORE && !(bits & (FOOTER | HEADER | NAV)) && storeEntry(el)) bits |= STORE;
  // rel="author" names the link as the author's (HTML link type): a byline, wherever it sits.
  if (isPersonBlock(el, name, c) || (name === 'a' && a.rel !== undefined && /(?:^|\s)author(?:\s|$)/i.test(a.rel))) bits |= QUOTE;
  else if (name === 'article' || role === 'article' || c & (C_ENTRY | C_ARTICLE)) bits |= ARTICLE;
  return bits;
}

/** Elements that scope a `<header>` to themselves (HTML sectioning content): its header is not the page's banner. */
const SECTIONING = new Set(['section', 'article', 'aside']);
// Siblings read after a <header> for the text it opens.
const OPENS_SIBLINGS = 4;

/**
 * True when a `<header>` heads one piece of content rather than the page: it holds a heading and no navigation, and
 * either its parent is sectioning content (`<section><header><h2>…`) or paragraphs follow it in the same parent (a
 * blog entry built of plain divs: `<div><header><h1>Title</h1><p>By <a>…</a></p></header><p>…</p>`). The page's
 * banner sits beside other regions, with its navigation and logo, and no paragraph of text after it in its parent.
 * Read once per <header> on the walk (headers are few on a page).
 */
function opensContent(el: Element): boolean {
  const parent = el.parent;
  if (!parent || !isElement(parent) || parent.name === 'body' || parent.name === 'html') return false;
  let opens = SECTIONING.has(parent.name);
  for (let sib = el.next, seen = 0; !opens && sib && seen < OPENS_SIBLINGS; sib = sib.next) {
    if (!isElement(sib)) continue;
    seen++;
    if (sib.name === 'p' && boundedText(sib, 20) !== '') opens = true;
  }
  return opens && holdsHeadingNoNav(el);
}

/** True when `el` holds an h1–h6 and no navigation (`<nav>`, role=navigation). */
function holdsHeadingNoNav(el: Element): boolean {
  let heading = false;
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.name === 'nav' || (n.attribs.role ?? '').toLowerCase() === 'navigation') return false;
    if (/^h[1-6]$/.test(n.name)) heading = true;
    for (let i = 0; i < n.children.length; i++) stack.push(n.children[i]);
  }
  return heading;
}

/** A block that belongs to one person or one post: quotes, embeds, author boxes, reviews, schema.org Person. */
function isPersonBlock(el: Element, name: string, classes: number): boolean {
  // The fallback blockquote of a Facebook page plugin is the page itself, not a quoted post.
  const pluginFallback = name === 'blockquote' && el.parent !== null && isElement(el.parent) && (el.parent.attribs.class ?? '').split(/\s+/).some((t) => PRESENTING_CLASSES.has(t));
  if ((name === 'blockquote' && !pluginFallback) || classes & C_PERSON) return true;
  if (PERSON_ITEMTYPE.test(el.attribs.itemtype ?? '') || PERSON_ITEMPROP.test(el.attribs.itemprop ?? '')) return true;
  if (othersHeading(el, name)) return true;
  // A figure around a quote credits its author in the caption ("— @tom.eats.ldn").
  return name === 'figure' && el.children.some((c) => isElement(c) && c.name === 'blockquote');
}



/**
 * True when the element itself is a "follow us" block (its class, label or short text say so): a list of several
 * accounts of one network there is the brand's (a help or country account), not a list of people.
 */
export function isFollowBlock(el: Element): boolean {
  const bits = markerBits(el);
  return (bits & FOLLOW) !== 0 || ((bits & FOLLOW_IF_TEXT) !== 0 && followText(el));
}

/**
 * A small block whose text says "follow us" and whose links all go to social profiles (a footer column headed
 * "Suivez-nous" with a few icons). A short footer that also holds "Mentions légales" is a footer, not a follow block.
 */
function followText(el: Element): boolean {
  if (hasOtherLink(el)) return false;
  const text = boundedText(el, FOLLOW_TEXT_MAX);
  return text !== null && FOLLOW_TEXT.test(foldText(text)) && onlySocialLinks(el);
}

// How many nodes hasOtherLink reads before leaving the answer to the full test.
const QUICK_NODES = 32;

/**
 * True when one of the first nodes of `el` (itself included) is a link to something other than a social profile:
 * then not all its links go to profiles, whatever its text, and most blocks around ordinary links end here.
 */
function hasOtherLink(el: Element): boolean {
  const stack: AnyNode[] = [el];
  for (let read = 0; stack.length > 0 && read < QUICK_NODES; read++) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if ((node.name === 'a' || node.name === 'area') && node.attribs.href !== undefined && !socialHref(node.attribs.href)) return true;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return false;
}

// The blocks around one link are asked about it in turn (the link, its list item, its list…): the last answer is kept.
let lastHref: string | undefined;
let lastSocial = false;

function socialHref(href: string): boolean {
  if (href !== lastHref) {
    lastSocial = isSocialProfile(href);
    lastHref = href;
  }
  return lastSocial;
}

function onlySocialLinks(el: Element): boolean {
  const hrefs: string[] = [];
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if ((node.name === 'a' || node.name === 'area') && node.attribs.href !== undefined) hrefs.push(node.attribs.href);
    for (let i = 0; i < node.children.length; i++) stack.push(node.children[i]);
  }
  return hrefs.length > 0 && hrefs.every(isSocialProfile);
}
