// One HTML page → its title, language, viewport, links (for the crawler) and PageFacts (socials, support links,
// contacts, vendors, promises, update date, search box).
import { load, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { FoundHow, PageFacts, Placement, SocialFinding } from '../../snapshot/types.js';
import { findContacts } from './contacts.js';
import { findLastUpdated } from './dates.js';
import { visibleLines } from './dom.js';
import { classifyLink } from './page-kinds.js';
import { placementOf } from './placement.js';
import { findPromises } from './promises.js';
import { findEmbeddedSocials, findJsonLdSocials } from './scripts.js';
import { parseSocialUrl, type SocialUrl } from './social-url.js';
import { cleanText, snippet } from './text.js';
import { detectVendors } from './vendors.js';

export interface AnalyzeOptions {
  /** htmlparser2 (default: faster, tolerant) or parse5 (the WHATWG algorithm browsers use). */
  parser?: 'parse5' | 'htmlparser2';
}

export interface PageLink {
  url: string;
  text: string;
  placement: Placement;
}

export interface PageAnalysis {
  title?: string;
  h1?: string;
  lang?: string;
  viewport: string | null;
  facts: PageFacts;
  /** Every http(s) link of the page, resolved, without fragment; one per URL and placement. */
  links: PageLink[];
}

/** Loads HTML with the chosen parser; htmlparser2 through cheerio's `xml` option with HTML (not XML) rules. */
function loadHtml(html: string, parser: 'parse5' | 'htmlparser2'): CheerioAPI {
  return parser === 'parse5' ? load(html) : load(html, { xml: { xmlMode: false, decodeEntities: true } });
}

function attr($: CheerioAPI, el: Element, name: string): string {
  return $(el).attr(name) ?? '';
}

/** Text a link shows: its text, else aria-label, title or an image's alt. */
function linkText($: CheerioAPI, el: Element): string {
  const $el = $(el);
  return (
    cleanText($el.text()) ||
    cleanText($el.attr('aria-label') ?? '') ||
    cleanText($el.attr('title') ?? '') ||
    cleanText($el.find('img[alt]').first().attr('alt') ?? '') ||
    cleanText($el.attr('alt') ?? '')
  );
}

function resolveHttp(href: string, base: string): URL | null {
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    url.hash = '';
    return url;
  } catch {
    return null;
  }
}

/** The page's <base href>, resolved against its URL (links resolve against it). */
function baseUrlOf($: CheerioAPI, pageUrl: string): string {
  const href = $('base[href]').first().attr('href');
  if (!href) return pageUrl;
  try {
    return new URL(href.trim(), pageUrl).href;
  } catch {
    return pageUrl;
  }
}

function metaContent($: CheerioAPI, name: string): string | undefined {
  const el = $('meta')
    .toArray()
    .find((m) => (attr($, m, 'name') || attr($, m, 'property')).trim().toLowerCase() === name);
  const content = el ? attr($, el, 'content').trim() : '';
  return content || undefined;
}

/** `<form role=search>`, a search input, or a form whose action or field name says search. */
function hasSearchBox($: CheerioAPI): boolean {
  if ($('form[role=search], [role=search] form, input[type=search]').length > 0) return true;
  return $('form')
    .toArray()
    .some((form) => {
      const action = attr($, form, 'action').toLowerCase();
      if (/(^|[/?&=_-])(search|recherche|suche|buscar|busqueda|query)([/?&=._-]|$)/.test(action)) return true;
      return $(form)
        .find('input[name]')
        .toArray()
        .some((input) => /^(q|s|search|query|recherche|suche|buscar|keywords?)$/i.test(attr($, input, 'name')));
    });
}

/** How a social link found in the page body was meant: messaging apps are contact links, not followed profiles. */
function linkHow(parsed: SocialUrl): FoundHow {
  if (parsed.how) return parsed.how;
  return parsed.platform === 'whatsapp' || parsed.platform === 'telegram' ? 'messaging' : 'link';
}

/**
 * Analyses one HTML page. Pure: no network, nothing printed. Malformed HTML and malformed JSON-LD never throw.
 * `pageUrl` is the URL the page was read from (after redirects); links resolve against `<base href>` when present.
 */
export function analyzePage(html: string, pageUrl: string, opts: AnalyzeOptions = {}): PageAnalysis {
  const $ = loadHtml(html, opts.parser ?? 'htmlparser2');
  const base = baseUrlOf($, pageUrl);
  const socials = new Map<string, SocialFinding>();
  const addSocial = (f: SocialFinding): void => {
    const key = `${f.platform}|${f.handle}|${f.how}|${f.placement}`;
    if (!socials.has(key)) socials.set(key, f.snippet ? { ...f, snippet: snippet(f.snippet) } : f);
  };

  // Links: the crawler frontier, support-like links and social profiles.
  const links = new Map<string, PageLink>();
  const hrefs: string[] = [];
  for (const el of $('a[href], area[href]').toArray()) {
    const raw = attr($, el, 'href');
    const text = linkText($, el);
    const placement = placementOf(el);
    const absolute = resolveHttp(raw, base);
    const parsed = parseSocialUrl(absolute ? absolute.href : raw);
    if (parsed) addSocial({ platform: parsed.platform, handle: parsed.handle, url: parsed.url, how: linkHow(parsed), placement, ...(text ? { snippet: text } : {}) });
    if (!absolute) continue;
    hrefs.push(absolute.href);
    const key = `${absolute.href}|${placement}`;
    const known = links.get(key);
    if (!known) links.set(key, { url: absolute.href, text: snippet(text), placement });
    else if (!known.text && text) known.text = snippet(text);
  }

  // <link rel="me"> names the site's own profiles (the Mastodon verification link).
  for (const el of $('link[href]').toArray()) {
    if (!/(^|\s)me(\s|$)/i.test(attr($, el, 'rel'))) continue;
    const absolute = resolveHttp(attr($, el, 'href'), base);
    const parsed = absolute && parseSocialUrl(absolute.href);
    if (parsed && !parsed.how) addSocial({ platform: parsed.platform, handle: parsed.handle, url: parsed.url, how: 'link', placement: 'head', snippet: 'link rel=me' });
  }

  // twitter:site names the site's X account; twitter:creator is an article's author and is ignored.
  const twitterSite = metaContent($, 'twitter:site');
  if (twitterSite) {
    const parsed = parseSocialUrl(/^(https?:)?\/\//i.test(twitterSite) || /\//.test(twitterSite) ? twitterSite : `https://x.com/${twitterSite.replace(/^@/, '')}`);
    if (parsed?.platform === 'x') addSocial({ platform: 'x', handle: parsed.handle, url: parsed.url, how: 'twitter-site', placement: 'head', snippet: `twitter:site ${twitterSite}` });
  }

  const inlineScripts: string[] = [];
  const scriptIds: string[] = [];
  const resources: string[] = [];
  for (const el of $('script').toArray()) {
    const type = attr($, el, 'type').trim().toLowerCase();
    const src = attr($, el, 'src');
    const id = attr($, el, 'id');
    if (id) scriptIds.push(id);
    if (src) {
      const absolute = resolveHttp(src, base);
      if (absolute) resources.push(absolute.href);
      continue;
    }
    const text = $(el).text();
    if (type === 'application/ld+json') {
      for (const f of findJsonLdSocials(text)) addSocial(f);
    } else if (text.trim()) {
      inlineScripts.push(text);
      for (const f of findEmbeddedSocials(text)) addSocial(f);
    }
  }
  for (const el of $('iframe[src], link[href]').toArray()) {
    if (el.name === 'link' && !/(^|\s)(preconnect|dns-prefetch|preload|prefetch)(\s|$)/i.test(attr($, el, 'rel'))) continue;
    const absolute = resolveHttp(attr($, el, el.name === 'link' ? 'href' : 'src'), base);
    if (absolute) resources.push(absolute.href);
  }

  const vendors = detectVendors({ resources, inlineScripts, scriptIds, links: hrefs, generator: metaContent($, 'generator') });
  const lines = visibleLines($.root()[0]);
  const text = lines.join('\n');
  const contacts = findContacts($, { baseUrl: base, lines, vendors });

  const linkFindings: PageFacts['links'] = [];
  for (const link of links.values()) {
    const kinds = classifyLink(link.url, link.text);
    if (kinds.length > 0) linkFindings.push({ url: link.url, text: link.text, placement: link.placement, kinds });
  }

  const facts: PageFacts = {
    socials: [...socials.values()],
    links: linkFindings,
    contacts,
    vendors,
    promises: findPromises(text),
    hasSearch: hasSearchBox($),
  };
  const lastUpdated = findLastUpdated(text);
  if (lastUpdated) facts.lastUpdated = lastUpdated;

  const title = cleanText($('title').first().text());
  const h1 = cleanText($('h1').first().text());
  const lang = cleanText($('html').attr('lang') ?? $('html').attr('xml:lang') ?? '');
  const viewportEl = $('meta')
    .toArray()
    .find((m) => attr($, m, 'name').trim().toLowerCase() === 'viewport');
  const analysis: PageAnalysis = {
    viewport: viewportEl ? cleanText(attr($, viewportEl, 'content')) : null,
    facts,
    links: [...links.values()],
  };
  if (title) analysis.title = title;
  if (h1) analysis.h1 = h1;
  if (lang) analysis.lang = lang;
  return analysis;
}
