// One HTML page → title, language, viewport, links for the crawler, and PageFacts (socials, contacts, vendors…).
import { load, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { FoundHow, PageFacts, Placement, SocialFinding } from '../../snapshot/types.js';
import { findContacts } from './contacts.js';
import { findLastUpdated } from './dates.js';
import { visibleLines } from './dom.js';
import { baseUrlOf, gather, hasSearchBox, metaContent } from './page-elements.js';
import { classifyLink } from './page-kinds.js';
import { placementOf } from './placement.js';
import { findPromises } from './promises.js';
import { findJsonLdHours, findTextHours } from './opening-hours.js';
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

/** An attribute's value, '' when absent (both parsers lower-case attribute names in HTML). */
function attr(el: Element, name: string): string {
  return el.attribs[name] ?? '';
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
  const els = gather($.root()[0]);
  const base = baseUrlOf(els, pageUrl);
  const socials = new Map<string, SocialFinding>();
  const addSocial = (f: SocialFinding): void => {
    const key = `${f.platform}|${f.handle}|${f.how}|${f.placement}`;
    if (!socials.has(key)) socials.set(key, f.snippet ? { ...f, snippet: snippet(f.snippet) } : f);
  };

  // Links: the crawler frontier, support-like links and social profiles.
  const links = new Map<string, PageLink>();
  const hrefs: string[] = [];
  for (const el of els.all.filter((e) => e.name === 'a' || e.name === 'area')) {
    if (el.attribs.href === undefined) continue;
    const raw = el.attribs.href;
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
  for (const el of els.of('link')) {
    if (el.attribs.href === undefined || !/(^|\s)me(\s|$)/i.test(attr(el, 'rel'))) continue;
    const absolute = resolveHttp(attr(el, 'href'), base);
    const parsed = absolute && parseSocialUrl(absolute.href);
    if (parsed && !parsed.how) addSocial({ platform: parsed.platform, handle: parsed.handle, url: parsed.url, how: 'link', placement: 'head', snippet: 'link rel=me' });
  }

  // twitter:site names the site's X account; twitter:creator is an article's author and is ignored.
  const twitterSite = metaContent(els, 'twitter:site');
  if (twitterSite) {
    const parsed = parseSocialUrl(/^(https?:)?\/\//i.test(twitterSite) || /\//.test(twitterSite) ? twitterSite : `https://x.com/${twitterSite.replace(/^@/, '')}`);
    if (parsed?.platform === 'x') addSocial({ platform: 'x', handle: parsed.handle, url: parsed.url, how: 'twitter-site', placement: 'head', snippet: `twitter:site ${twitterSite}` });
  }

  const inlineScripts: string[] = [];
  const scriptIds: string[] = [];
  const resources: string[] = [];
  let openingHours: PageFacts['openingHours'];
  for (const el of els.of('script')) {
    const type = attr(el, 'type').trim().toLowerCase();
    const src = attr(el, 'src');
    const id = attr(el, 'id');
    if (id) scriptIds.push(id);
    if (src) {
      const absolute = resolveHttp(src, base);
      if (absolute) resources.push(absolute.href);
      continue;
    }
    const text = $(el).text();
    if (type.startsWith('application/ld+json')) {
      for (const f of findJsonLdSocials(text)) addSocial(f);
      openingHours ??= findJsonLdHours(text);
    } else if (text.trim()) {
      inlineScripts.push(text);
      for (const f of findEmbeddedSocials(text)) addSocial(f);
    }
  }
  for (const el of [...els.of('iframe'), ...els.of('link')]) {
    if (el.attribs[el.name === 'link' ? 'href' : 'src'] === undefined) continue;
    if (el.name === 'link' && !/(^|\s)(preconnect|dns-prefetch|preload|prefetch)(\s|$)/i.test(attr(el, 'rel'))) continue;
    const absolute = resolveHttp(attr(el, el.name === 'link' ? 'href' : 'src'), base);
    if (absolute) resources.push(absolute.href);
  }

  const vendors = detectVendors({ resources, inlineScripts, scriptIds, links: hrefs, generator: metaContent(els, 'generator') });
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
    hasSearch: hasSearchBox($, els),
  };
  // JSON-LD states hours for machines, exactly; a sentence is read only when the page has none.
  openingHours ??= findTextHours(text);
  if (openingHours) facts.openingHours = openingHours;
  const lastUpdated = findLastUpdated(text);
  if (lastUpdated) facts.lastUpdated = lastUpdated;

  const firstText = (name: string): string => {
    const el = els.of(name)[0];
    return el ? cleanText($(el).text()) : '';
  };
  const title = firstText('title');
  const h1 = firstText('h1');
  const htmlEl = els.of('html')[0];
  const lang = cleanText(htmlEl?.attribs.lang ?? htmlEl?.attribs['xml:lang'] ?? '');
  const viewportEl = els.of('meta').find((m) => (m.attribs.name ?? '').trim().toLowerCase() === 'viewport');
  const analysis: PageAnalysis = {
    viewport: viewportEl ? cleanText(attr(viewportEl, 'content')) : null,
    facts,
    links: [...links.values()],
  };
  if (title) analysis.title = title;
  if (h1) analysis.h1 = h1;
  if (lang) analysis.lang = lang;
  return analysis;
}
