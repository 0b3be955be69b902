// Where a link sits on its page (header, navigation, footer, "follow us" block, article, body), from its ancestors.
import type { Cheerio } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Placement } from '../../snapshot/types.js';
import { boundedText, isElement } from './dom.js';
import { parseSocialUrl } from './social-url.js';
import { foldText } from './text.js';

/** The placements a link in the page body can have ('head' and 'script' are for metadata and embedded JSON). */
export type LinkPlacement = Exclude<Placement, 'head' | 'script'>;

type Marker = 'follow-block' | 'footer' | 'header' | 'nav' | 'article' | 'quote';

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

const followTextCache = new WeakMap<Element, boolean>();
// Links share ancestors (a footer holds dozens): each element's markers are computed once per document.
const markerCache = new WeakMap<Element, Marker[]>();

/**
 * The placement of a link or element, from its ancestors (and itself): `<header>`/role=banner, `<nav>`/
 * role=navigation, `<footer>`/role=contentinfo, id/class words (header, footer, nav, menu), "follow us" blocks
 * (class/id/aria-label mentioning social/follow, or a short block whose text says follow us, suivez-nous,
 * retrouvez-nous, folgen Sie uns, síguenos… and whose links all go to social profiles), `<article>`/.post/.author/blockquote. See ORDER for the precedence.
 */
export function placementOf($el: Cheerio<AnyNode> | AnyNode): LinkPlacement {
  const start = 'length' in $el ? ($el as Cheerio<AnyNode>)[0] : ($el as AnyNode);
  const found: { marker: Marker; depth: number }[] = [];
  let depth = 0;
  for (let node: AnyNode | null = start ?? null; node; node = node.parent, depth++) {
    if (!isElement(node) || node.name === 'html' || node.name === 'body') continue;
    for (const marker of markersOf(node)) found.push({ marker, depth });
  }
  // Nearest article-like ancestor (depth grows outwards), and nearest author box / quote.
  const articleDepth = found.reduce((m, f) => (f.marker === 'article' || f.marker === 'quote' ? Math.min(m, f.depth) : m), Infinity);
  const quoteDepth = found.reduce((m, f) => (f.marker === 'quote' ? Math.min(m, f.depth) : m), Infinity);
  const counted = new Set<LinkPlacement>();
  for (const { marker, depth: d } of found) {
    if (marker === 'article' || marker === 'quote') counted.add('article');
    else if (marker === 'follow-block') {
      if (d > quoteDepth || quoteDepth === Infinity) counted.add('follow-block');
    } else if (d > articleDepth || articleDepth === Infinity) counted.add(marker);
  }
  return ORDER.find((p) => counted.has(p)) ?? 'body';
}

function markersOf(el: Element): Marker[] {
  let markers = markerCache.get(el);
  if (!markers) {
    markers = computeMarkers(el);
    markerCache.set(el, markers);
  }
  return markers;
}

function computeMarkers(el: Element): Marker[] {
  const markers: Marker[] = [];
  const name = el.name;
  const role = (el.attribs.role ?? '').toLowerCase();
  const classAttr = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  const words = classWords(classAttr);
  const tokens = classAttr.toLowerCase().split(/\s+/);
  const label = foldText(el.attribs['aria-label'] ?? '');
  const has = (test: (w: string) => boolean): boolean => words.some(test);

  if (name === 'footer' || role === 'contentinfo' || has((w) => w.includes('footer'))) markers.push('footer');
  if (name === 'header' || role === 'banner' || has((w) => w.includes('header') || w === 'masthead')) markers.push('header');
  if (name === 'nav' || role === 'navigation' || has((w) => w === 'nav' || w.startsWith('nav') || w.endsWith('nav') || w.includes('menu'))) {
    markers.push('nav');
  }
  const sharing = words.some((w) => SHARE_WORDS.has(w));
  const followWord = has((w) => w.includes('social') || w.includes('follow') || w.includes('suivez') || w.includes('retrouvez') || w.includes('reseaux') || w === 'rrss');
  if (!sharing && (followWord || /\bsocial\b/.test(label) || FOLLOW_TEXT.test(label) || followText(el))) markers.push('follow-block');
  if (name === 'blockquote' || tokens.some((t) => EMBED_CLASSES.has(t)) || has((w) => STRONG_ARTICLE_WORDS.has(w))) markers.push('quote');
  else if (name === 'article' || role === 'article' || has((w) => ARTICLE_WORDS.has(w))) markers.push('article');
  return markers;
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
  const cached = followTextCache.get(el);
  if (cached !== undefined) return cached;
  const text = boundedText(el, FOLLOW_TEXT_MAX);
  const result = text !== null && FOLLOW_TEXT.test(foldText(text)) && onlySocialLinks(el);
  followTextCache.set(el, result);
  return result;
}

function onlySocialLinks(el: Element): boolean {
  const hrefs: string[] = [];
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if ((node.name === 'a' || node.name === 'area') && node.attribs.href !== undefined) hrefs.push(node.attribs.href);
    for (const child of node.children) stack.push(child);
  }
  return hrefs.length > 0 && hrefs.every((href) => parseSocialUrl(href) !== null);
}
