// Where a link sits on its page (header, navigation, footer, "follow us" block, article, body), from its ancestors.
import type { Cheerio } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Placement } from '../../snapshot/types.js';
import { boundedText, isElement } from './dom.js';
import { parseSocialUrl } from './social-url.js';
import { foldText } from './text.js';

/** The placements a link in the page body can have ('head' and 'script' are for metadata and embedded JSON). */
export type LinkPlacement = Exclude<Placement, 'head' | 'script'>;

type Marker = 'follow-block' | 'footer' | 'header' | 'nav' | 'article' | 'quote' | 'main';

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

// Phrases that head a brand's own social links, in fr/en/de/es, accent-folded: "follow us", and the "official links"
// sidebars of festivals, venues and media whose handles need not resemble the domain.
const FOLLOW_TEXT =
  /\b(follow us|suivez[- ]nous|retrouvez[- ]nous|rejoignez[- ]nous sur|folgen sie uns|folge uns|folgt uns|siguenos|social media|reseaux sociaux|redes sociales|soziale (netzwerke|medien)|find us on|connect with us|official (links|accounts|channels|social media)|our (social )?channels|(liens|comptes|reseaux) officiels|nos reseaux|offizielle (kanale|links|accounts|profile|seiten)|unsere kanale|(redes|cuentas|canales|enlaces) oficiales|nuestras redes)\b/;

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
/**
 * Headings of a block that lists other people or organisations: a team, founders, a newsroom, a guest editor or
 * columnist, contributors, riders, players and artists, partners and sponsors ("Con el apoyo de"), ambassadors,
 * speakers and hosts, reviews and comments — in fr/en/de/es, accent-folded, whole words. Their links are theirs, even in the footer and on every page.
 */
const OTHERS_HEADING = new RegExp(
  '\\b(?:' +
    [
      'riders?|athletes?|players?|artists?|musicians?|coaches?|fahrer(?:in|innen)?|sportler(?:in|innen)?|spieler(?:in|innen)?|kunstler(?:in|innen)?|musiker(?:in|innen)?|coureu(?:r|rs|se|ses)|athletes|joueu(?:r|rs|se|ses)|artistes?|musicien(?:s|ne|nes)?|corredor(?:a|es|as)?|ciclistas?|atletas?|jugador(?:a|es|as)?|artistas?|musicos',
      'supported by|with the support of|in partnership with|avec le soutien|soutenu par|en partenariat avec|mit freundlicher unterstutzung|unterstutzt von|gefordert von|in kooperation mit|con el apoyo|patrocinado por|en colaboracion con',
      'journalists?|reporters?|journalistes?|redacteurs?|redactrices?|journalist(?:en|in|innen)|redakteur(?:e|in|innen)?|periodistas?|redactor(?:a|es|as)?',
      'team|teams|staff|founders?|co-?founders?|editors?|guest\\w*|contributors?|writers?|authors?|columnists?|partners?|sponsors?|ambassadors?|speakers?|hosts?|presenters?|testimonials?|reviews?|comments?',
      'equipe|equipes|redaction|fondat(?:eur|eurs|rice|rices)|auteure?s?|autrices?|contributeurs?|contributrices?|chroniqueu(?:r|rs|se|ses)|invitee?s?|partenaires?|mecenes?|ambassad(?:eur|eurs|rice|rices)|intervenante?s?|animat(?:eur|eurs|rice|rices)|temoignages?|avis|commentaires?',
      'redaktion|grunder(?:in|innen)?|autor(?:in|innen|en)?|gast\\w*|partner(?:in|innen)?|sponsoren|forderer|botschafter(?:in|innen)?|referent(?:in|innen|en)?|moderator(?:in|innen|en)?|stimmen|bewertungen|kommentare|mitarbeiter(?:in|innen)?',
      'equipo|redaccion|fundador(?:a|es|as)?|autor(?:a|es|as)|colaborador(?:a|es|as)?|invitad(?:o|a|os|as)|patrocinadores|socios|aliados|embajador(?:a|es|as)?|ponentes?|presentador(?:a|es|as)?|testimonios|opiniones|resenas|comentarios',
    ].join('|') +
    ')\\b',
);
/** Contact persons and press officers: people, even though their headings say "contact". */
const CONTACT_PERSON =
  /\b(?:press|presse|prensa|pressekontakt|pressestelle|medienkontakt|media (?:contact|relations)|ansprechpartner(?:in|innen)?|interlocut(?:eur|eurs|rice|rices)|contact person|persona de contacto|votre contact|your contact)\b/;
/** …unless the heading invites the reader: "Join the team", "Partner with us", "Devenir partenaire", "Contact". */
const OTHERS_HEADING_NOT =
  /\b(?:join|rejoindre|rejoignez|become|devenir|werden|werde|unete|hazte|work with|partner with|travaillez|arbeite|arbeiten|trabaja|careers?|jobs?|karriere|empleo|recrutement|contact|kontakt|contacto|contactez)\b/;
const HEADING_WORDS_MAX = 6;
// A block longer than this under such a heading is a page section, not one list of people.
const OTHERS_TEXT_MAX = 2000;
const HEADING_CLASS = /^(?:title|titre|titel|titulo|heading|headline|label|caption)$/;
const ARTICLE_WORDS = new Set(['post', 'article', 'blogpost', 'hentry']);
/** Navigation class words, whole: "navbar", "sidenav", "main-menu" — not "navidad", "navy", "canvas" or "menuiserie". */
const NAV_WORD = /^(?:[a-z]*nav(?:bar|igation|igator|list|menu|links?|items?|s)?|navi|[a-z]*menu(?:s|bar|item|items)?)$/;

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
  // A person's block (author box, embedded post, review…) owns its links wherever it sits.
  if (found.some((f) => f.marker === 'quote')) return 'article';
  // Outermost article-like ancestor, and outermost article or <main> (depth grows outwards): chrome nested inside it,
  // or marked as an entry's own part on the same element ("entry-header"), is content; chrome around it is chrome.
  // A <nav> stays navigation inside <main> (a breadcrumb, a table of contents), as ARIA keeps it a landmark.
  const outermost = (markers: Marker[]): number => found.reduce((m, f) => (markers.includes(f.marker) ? Math.max(m, f.depth) : m), -1);
  const articleDepth = outermost(['article']);
  const contentDepth = outermost(['article', 'main']);
  const counted = new Set<LinkPlacement>();
  for (const { marker, depth: d } of found) {
    if (marker === 'article') counted.add('article');
    else if (marker === 'follow-block') counted.add('follow-block');
    else if (marker === 'nav' && d > articleDepth) counted.add('nav');
    else if ((marker === 'header' || marker === 'footer') && d > contentDepth) counted.add(marker);
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

  const navWord = has((w) => NAV_WORD.test(w));
  // "entry-header", "entry-footer", "post-footer": an entry's own parts (WordPress and most blog themes), not chrome.
  const entryPart = !navWord && has((w) => w === 'entry' || w === 'entries');
  if (name === 'footer' || role === 'contentinfo' || has((w) => w.includes('footer'))) markers.push('footer');
  if (name === 'header' || role === 'banner' || has((w) => w.includes('header') || w === 'masthead')) markers.push('header');
  if (name === 'nav' || role === 'navigation' || navWord) markers.push('nav');
  if (name === 'main' || role === 'main') markers.push('main');
  const sharing = words.some((w) => SHARE_WORDS.has(w));
  const followWord = has((w) => w.includes('social') || w.includes('follow') || w.includes('suivez') || w.includes('retrouvez') || w.includes('reseaux') || w === 'rrss');
  const presenting = tokens.some((t) => PRESENTING_CLASSES.has(t));
  if (!sharing && (presenting || followWord || /\bsocial\b/.test(label) || FOLLOW_TEXT.test(label) || followText(el))) markers.push('follow-block');
  if (isPersonBlock(el, name, tokens, words)) markers.push('quote');
  else if (name === 'article' || role === 'article' || entryPart || has((w) => ARTICLE_WORDS.has(w))) markers.push('article');
  return markers;
}

/** A block that belongs to one person or one post: quotes, embeds, author boxes, reviews, schema.org Person. */
function isPersonBlock(el: Element, name: string, tokens: string[], words: string[]): boolean {
  // The fallback blockquote of a Facebook page plugin is the page itself, not a quoted post.
  const pluginFallback = name === 'blockquote' && el.parent !== null && isElement(el.parent) && (el.parent.attribs.class ?? '').split(/\s+/).some((t) => PRESENTING_CLASSES.has(t));
  if ((name === 'blockquote' && !pluginFallback) || tokens.some((t) => EMBED_CLASSES.has(t)) || words.some((w) => PERSON_WORDS.has(w) || PERSON_STEM.test(w))) return true;
  if (PERSON_ITEMTYPE.test(el.attribs.itemtype ?? '') || PERSON_ITEMPROP.test(el.attribs.itemprop ?? '')) return true;
  if (othersHeading(el, name)) return true;
  // A figure around a quote credits its author in the caption ("— @tom.eats.ldn").
  return name === 'figure' && el.children.some((c) => isElement(c) && c.name === 'blockquote');
}

/**
 * A block (not the page's header, footer, navigation or main content) whose first child is a heading naming other
 * people or organisations (OTHERS_HEADING): "Founders", "Guest editor", "Unsere Partner", "Ambassadeur du mois".
 */
function othersHeading(el: Element, name: string): boolean {
  // A sidebar widget is a block of its own ("<aside class="widget"><h3>Guest editor</h3>"); other regions are not.
  if (name === 'article' || (name !== 'aside' && isRegion(el))) return false;
  let first: AnyNode | undefined;
  for (const c of el.children) {
    if (isElement(c) || (c.type === 'text' && c.data.trim() !== '')) {
      first = c;
      break;
    }
  }
  if (!first || !isElement(first)) return false;
  return headingKind(first)?.kind === 'others' && boundedText(el, OTHERS_TEXT_MAX) !== null && !holdsRegion(el);
}

/** True when the text names a role of other people (author, founder, illustrator…): see OTHERS_HEADING. */
export function namesOthers(folded: string): boolean {
  return OTHERS_HEADING.test(folded) || CONTACT_PERSON.test(folded) || PERSON_ROLE.test(folded);
}

/** Roles of one person that the heading vocabulary (plural lists) does not hold. */
const PERSON_ROLE = /\b(?:ilustrador(?:a|es|as)?|illustrat(?:or|ors|eur|rice|orin)|photograph(?:er|e)|fotograf(?:a|in)?|chef(?:fe)?|novelist|romanciere?|novelista|escritora?|poet(?:e|a|in)?|author|autora)\b/;

/** Landmarks whose siblings are other regions of the page, never the section a heading opens. */
const REGIONS = new Set(['header', 'footer', 'nav', 'main', 'aside', 'article', 'body', 'html']);
/** The same regions in older markup: role landmarks, and ids or classes that name the whole page footer or header. */
const REGION_ROLES = new Set(['banner', 'contentinfo', 'navigation', 'main', 'complementary']);
const REGION_NAME = /^(?:(?:site|page|main|global)[-_]?)?(?:footer|header)$|^colophon$|^masthead$/i;

/** A region of the page (header, footer, navigation, main content, sidebar), by tag, role, id or class. */
export function isRegion(el: Element): boolean {
  if (REGIONS.has(el.name)) return true;
  const { role, id, class: cls } = el.attribs;
  if (role === undefined && id === undefined && cls === undefined) return false;
  if (role !== undefined && REGION_ROLES.has(role.toLowerCase())) return true;
  return `${id ?? ''} ${cls ?? ''}`.split(/\s+/).some((w) => REGION_NAME.test(w));
}

/** True when a region lies inside `el` (then `el` wraps the page, not one block under its heading). */
function holdsRegion(el: Element): boolean {
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (isRegion(n)) return true;
    for (const child of n.children) stack.push(child);
  }
  return false;
}

/**
 * What a heading says: the brand's own ('own': "follow us", "Contact", "Join the team"), other people or
 * organisations ('others'), or neither (a person's name, a topic).
 */
export interface HeadingKind {
  kind: 'own' | 'others' | null;
  /** 1–6 for h1–h6, 7 for other heading-like elements (a "title" class, a legend). */
  rank: number;
}

/**
 * For a heading-like element (h1–h6, role=heading, a legend, a "title"/"titre"/"heading" class, holding no link),
 * what its short text says; null when the element is not a heading. "Team Rotwild auf Social Media" is the brand's
 * own follow block, whatever word it holds; "Join the team" and "Contact" are the brand speaking to the reader.
 */
export function headingKind(el: Element): HeadingKind | null {
  // Most siblings are plain list items, paragraphs and links: no heading without a heading tag, a class or a role.
  if (el.attribs.class === undefined && el.attribs.role === undefined && !/^(?:h[1-6]|legend)$/.test(el.name)) return null;
  // Every social link asks about the siblings before it, and a footer's links share them: once per element.
  let known = headingCache.get(el);
  if (known === undefined) {
    known = computeHeadingKind(el);
    headingCache.set(el, known);
  }
  return known;
}

const headingCache = new WeakMap<Element, HeadingKind | null>();

function computeHeadingKind(el: Element): HeadingKind | null {
  const h = /^h([1-6])$/.exec(el.name);
  const headingLike =
    h !== null || el.name === 'legend' || (el.attribs.role ?? '').toLowerCase() === 'heading' || classWords(el.attribs.class ?? '').some((w) => HEADING_CLASS.test(w));
  if (!headingLike || hasLink(el)) return null;
  const rank = h ? Number(h[1]) : 7;
  const heading = boundedText(el, 80);
  if (heading === null) return { kind: null, rank };
  const folded = foldText(heading);
  if (folded.split(/\s+/).filter(Boolean).length > HEADING_WORDS_MAX) return { kind: FOLLOW_TEXT.test(folded) ? 'own' : null, rank };
  if (FOLLOW_TEXT.test(folded)) return { kind: 'own', rank };
  if (CONTACT_PERSON.test(folded)) return { kind: 'others', rank };
  if (OTHERS_HEADING_NOT.test(folded)) return { kind: 'own', rank };
  return { kind: OTHERS_HEADING.test(folded) ? 'others' : null, rank };
}

/** True when a link (`<a href>`) lies in or is `el`. */
export function hasLink(el: Element): boolean {
  const stack: AnyNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (node.name === 'a' && node.attribs.href !== undefined) return true;
    for (const child of node.children) stack.push(child);
  }
  return false;
}

/**
 * True when the element itself is a "follow us" block (its class, label or short text say so): a list of several
 * accounts of one network there is the brand's (a help or country account), not a list of people.
 */
export function isFollowBlock(el: Element): boolean {
  return markersOf(el).includes('follow-block');
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
