// Where a link sits on its page (header, navigation, footer, "follow us" block, article, body), from its ancestors.
import type { Cheerio } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Placement } from '../../snapshot/types.js';
import { boundedText, isElement } from './dom.js';
import { isSocialProfile } from './social-url.js';
import { foldText } from './text.js';
import { memoize } from './memo.js';

/** The placements a link in the page body can have ('head' and 'script' are for metadata and embedded JSON). */
export type LinkPlacement = Exclude<Placement, 'head' | 'script'>;

/**
 * Precedence when several ancestors match: footer > header > nav > follow-block > article > body. Placement names
 * the page region: a "follow us" column inside the footer is site-wide chrome repeated on every page, which the
 * support-links-to-social rule must tell apart from a follow-us block that a support page puts in its own content.
 * Both count as the brand presenting its own account (accounts.ts treats them alike).
 *
 * Two refinements follow HTML semantics and the author-box trap of REFERENCE.md:
 * - a header, footer or nav *inside* an article (an article's own header with its byline) counts as the article;
 * - a "social"/"follow" block inside an author box, a comment or a quoted/embedded post (blockquote,
 *   .twitter-tweet…) belongs to that person and stays 'article'. A follow-us block inside a plain article
 *   (a brand's blog post ending with "follow us") is still a follow-block.
 */
const ORDER: LinkPlacement[] = ['footer', 'header', 'nav', 'follow-block', 'article'];

// A text block longer than this is page content, not a "follow us" column (which holds a heading and a few icons).
const FOLLOW_TEXT_MAX = 300;

// Phrases that head a brand's own social links, in fr/en/de/es, accent-folded.
const FOLLOW_TEXT =
  /\b(follow us|suivez[- ]nous|retrouvez[- ]nous|rejoignez[- ]nous sur|folgen sie uns|folge uns|folgt uns|siguenos|social media|reseaux sociaux|redes sociales|soziale (netzwerke|medien)|find us on|connect with us)\b/;

const SHARE_WORDS = new Set(['share', 'sharing', 'sharer', 'partage', 'partager', 'teilen', 'compartir']);
const EMBED_CLASSES = new Set(['twitter-tweet', 'twitter-timeline', 'instagram-media', 'tiktok-embed', 'fb-post', 'fb-comments', 'bluesky-embed', 'mastodon-embed']);
const STRONG_ARTICLE_WORDS = new Set(['author', 'authors', 'byline', 'comment', 'comments', 'testimonial', 'testimonials']);
const ARTICLE_WORDS = new Set(['post', 'article', 'blogpost', 'hentry']);

/**
 * What the chain of elements from the document down to an element says about a link there (itself included):
 * the footer/header/nav markers that count (outside the nearest article, author box or quote) and those that do
 * not yet (on or inside it: they count once a deeper article appears), and the same split for follow blocks
 * around the nearest quote. Links share their ancestors (a footer holds dozens of links), so each element's chain
 * is computed once per document, from its parent's, instead of walking every link's ancestors again.
 */
interface Chain {
  /** Bit set of REGION markers that count. */
  counted: number;
  /** Bit set of REGION markers on or inside the nearest article-like element (not counted). */
  inner: number;
  /** An article, author box or quote is on the chain. */
  article: boolean;
  /** A follow block outside the nearest quote (or on a chain without quotes). */
  follow: boolean;
  /** A follow block on or inside the nearest quote. */
  followInner: boolean;
  quote: boolean;
}

const REGION = { footer: 1, header: 2, nav: 4 } as const;
const EMPTY_CHAIN: Chain = { counted: 0, inner: 0, article: false, follow: false, followInner: false, quote: false };
const chainCache = new WeakMap<Element, Chain>();

/**
 * The placement of a link or element, from its ancestors (and itself): `<header>`/role=banner, `<nav>`/
 * role=navigation, `<footer>`/role=contentinfo, id/class words (header, footer, nav, menu), "follow us" blocks
 * (class/id/aria-label mentioning social/follow, or a short block whose text says follow us, suivez-nous,
 * retrouvez-nous, folgen Sie uns, síguenos… and whose links all go to social profiles), `<article>`/.post/.author/blockquote. See ORDER for the precedence.
 */
export function placementOf($el: Cheerio<AnyNode> | AnyNode): LinkPlacement {
  const start = 'length' in $el ? ($el as Cheerio<AnyNode>)[0] : ($el as AnyNode);
  const chain = chainOf(start ?? null);
  return ORDER.find((p) => counts(chain, p)) ?? 'body';
}

function counts(chain: Chain, placement: LinkPlacement): boolean {
  switch (placement) {
    case 'footer':
    case 'header':
    case 'nav':
      return (chain.counted & REGION[placement]) !== 0;
    case 'follow-block':
      return chain.follow;
    case 'article':
      return chain.article;
    case 'body':
      return false;
  }
}

/** Elements that can carry markers (the document, html and body never do). */
function marks(node: AnyNode): node is Element {
  return isElement(node) && node.name !== 'html' && node.name !== 'body';
}

/** The chain down to `node`: cached ancestors' chains extended one element at a time (no recursion: deep pages). */
function chainOf(node: AnyNode | null): Chain {
  const pending: Element[] = [];
  let chain = EMPTY_CHAIN;
  for (let n = node; n; n = n.parent) {
    if (!marks(n)) continue;
    const known = chainCache.get(n);
    if (known) {
      chain = known;
      break;
    }
    pending.push(n);
  }
  for (let i = pending.length - 1; i >= 0; i--) {
    chain = extend(chain, computeMarkers(pending[i]));
    chainCache.set(pending[i], chain);
  }
  return chain;
}

/**
 * The chain one element deeper. A new article-like element becomes the nearest one: every region marker above it
 * now counts, its own do not. Inside an article, region markers wait in `inner`; without one, they count. Follow
 * blocks split the same way around the nearest quote.
 */
function extend(parent: Chain, markers: Markers): Chain {
  let { counted, inner, follow, followInner } = parent;
  const region = (markers.footer ? REGION.footer : 0) | (markers.header ? REGION.header : 0) | (markers.nav ? REGION.nav : 0);
  if (markers.quote || markers.article) {
    counted |= inner;
    inner = region;
  } else if (parent.article) {
    inner |= region;
  } else {
    counted |= region;
  }
  if (markers.quote) {
    follow ||= followInner;
    followInner = markers.follow;
  } else if (parent.quote) {
    followInner ||= markers.follow;
  } else {
    follow ||= markers.follow;
  }
  return {
    counted,
    inner,
    article: parent.article || markers.quote || markers.article,
    follow,
    followInner,
    quote: parent.quote || markers.quote,
  };
}

/** The markers of one element. `quote` (author box, comment, quoted post) and `article` exclude each other. */
interface Markers {
  footer: boolean;
  header: boolean;
  nav: boolean;
  follow: boolean;
  quote: boolean;
  article: boolean;
}

/** What an element's class and id words say: the same strings recur on every page, so each is read once. */
interface ClassMarkers {
  footer: boolean;
  header: boolean;
  nav: boolean;
  sharing: boolean;
  followWord: boolean;
  quote: boolean;
  article: boolean;
}

const NO_CLASS: ClassMarkers = { footer: false, header: false, nav: false, sharing: false, followWord: false, quote: false, article: false };

const classMarkers = memoize((classAttr: string): ClassMarkers => {
  const words = classWords(classAttr);
  const tokens = classAttr.toLowerCase().split(/\s+/);
  const has = (test: (w: string) => boolean): boolean => words.some(test);
  return {
    footer: has((w) => w.includes('footer')),
    header: has((w) => w.includes('header') || w === 'masthead'),
    nav: has((w) => w === 'nav' || w.startsWith('nav') || w.endsWith('nav') || w.includes('menu')),
    sharing: words.some((w) => SHARE_WORDS.has(w)),
    followWord: has((w) => w.includes('social') || w.includes('follow') || w.includes('suivez') || w.includes('retrouvez') || w.includes('reseaux') || w === 'rrss'),
    quote: tokens.some((t) => EMBED_CLASSES.has(t)) || has((w) => STRONG_ARTICLE_WORDS.has(w)),
    article: has((w) => ARTICLE_WORDS.has(w)),
  };
});

function computeMarkers(el: Element): Markers {
  const name = el.name;
  const role = (el.attribs.role ?? '').toLowerCase();
  const cls = el.attribs.class === undefined && el.attribs.id === undefined ? NO_CLASS : classMarkers(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);
  const ariaLabel = el.attribs['aria-label'];
  const label = ariaLabel ? foldText(ariaLabel) : '';
  const quote = name === 'blockquote' || cls.quote;
  return {
    footer: name === 'footer' || role === 'contentinfo' || cls.footer,
    header: name === 'header' || role === 'banner' || cls.header,
    nav: name === 'nav' || role === 'navigation' || cls.nav,
    follow: !cls.sharing && (cls.followWord || /\bsocial\b/.test(label) || FOLLOW_TEXT.test(label) || followText(el)),
    quote,
    article: !quote && (name === 'article' || role === 'article' || cls.article),
  };
}

/** Words of class and id attributes: split on punctuation and camelCase, lower-cased, accents folded. */
function classWords(attr: string): string[] {
  return foldText(attr.replace(/([a-z])([A-Z])/g, '$1 $2'))
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/**
 * A small block whose text says "follow us" and whose links all go to social profiles (a footer column headed
 * "Suivez-nous" with a few icons). A short footer that also holds "Mentions légales" is a footer, not a follow block.
 */
function followText(el: Element): boolean {
  // The link test first: it stops at the first link that is not a social profile, which rules out nearly every
  // block (and the whole body) without building their text. (Each element is asked once: its chain is cached.)
  return onlySocialLinks(el) && followWords(el);
}

function followWords(el: Element): boolean {
  const text = boundedText(el, FOLLOW_TEXT_MAX);
  return text !== null && FOLLOW_TEXT.test(foldText(text));
}

/** Whether `el` holds links and they all go to social profiles; stops at the first one that does not. */
function onlySocialLinks(el: Element): boolean {
  let links = 0;
  // A stack, not recursion: a hostile page nests elements thousands deep.
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if ((node.name === 'a' || node.name === 'area') && node.attribs.href !== undefined) {
      if (!isSocialProfile(node.attribs.href)) return false;
      links++;
    }
    for (const child of node.children) stack.push(child);
  }
  return links > 0;
}

