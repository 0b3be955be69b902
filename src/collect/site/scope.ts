// Decides which URLs belong to the brand's site: its registrable domain, plus hosted help centres it links to.
import { getDomain } from 'tldts';
import { memoize } from './memo.js';

/**
 * Hosts of hosted help desks and help centres. A brand's help centre often lives there
 * (e.g. brand.zendesk.com), so when the site links to one, that one host is crawled as part of the site.
 */
const HOSTED_HELP_SUFFIXES = [
  'zendesk.com',
  'freshdesk.com',
  'helpscoutdocs.com',
  'intercom.help',
  'gorgias.help',
  'zohodesk.com',
  'zohodesk.eu',
  'my.site.com',
  'force.com',
  'helpjuice.com',
  'document360.io',
  'crisp.help',
  'kayako.com',
  'happyfox.com',
];

/** Extensions that are never pages; links to them are not fetched at all. PDFs are fetched so they are reported. */
const ASSET_EXT = /\.(?:jpe?g|png|gif|webp|avif|svg|ico|bmp|tiff?|css|js|mjs|map|json|xml|rss|atom|mp[34]|m4[av]|mov|avi|webm|ogg|wav|flac|zip|gz|tgz|rar|7z|dmg|exe|msi|apk|woff2?|ttf|otf|eot|csv|xlsx?|docx?|pptx?)$/i;

/** Query parameters that only track the visit; dropped so the same page is not crawled twice. */
const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|ref_src|igshid)$/i;

export interface Scope {
  /** Registrable domains of the site (the start URL's, plus where the start page redirected). */
  domains: Set<string>;
  /** Hosted help-centre hosts the site linked to. */
  helpHosts: Set<string>;
}

/** The registrable domain of a host (www.brand.co.uk → brand.co.uk); the host itself for IPs and single labels. */
export function registrableDomain(host: string): string {
  return domainCached(host);
}

// Asked for every link of every page, about the same few hosts.
const domainCached = memoize((host: string): string => getDomain(host, { allowPrivateDomains: false }) ?? host.toLowerCase());

export function makeScope(startUrl: string): Scope {
  return { domains: new Set([registrableDomain(new URL(startUrl).hostname)]), helpHosts: new Set() };
}

/** True when the host is a hosted help-desk service (any brand's). */
export function isHostedHelpHost(host: string): boolean {
  const h = host.toLowerCase();
  return HOSTED_HELP_SUFFIXES.some((s) => h.endsWith(`.${s}`));
}

/**
 * A URL's host as the scope reads it: lower-cased, with the two facts of it that never change (a hosted help desk's
 * or not, its registrable domain), worked out when first asked. The crawl keeps it per link URL (crawl.ts: a site's
 * links to its networks, out of scope, are judged again on every page, the scope growing as the crawl goes).
 */
export interface UrlHost {
  name: string;
  hostedHelp?: boolean;
  domain?: string;
}

/** The host of `url` (hostInScope), null for a URL that does not parse. */
export function urlHost(url: string): UrlHost | null {
  try {
    return { name: new URL(url).hostname.toLowerCase() };
  } catch {
    return null;
  }
}

/**
 * Whether a URL (its urlHost) is part of the site. `fromSite` says the link was found on one of the brand's own pages:
 * only those may bring a hosted help centre into scope (a help centre's links to other help centres do not).
 */
export function hostInScope(host: UrlHost, scope: Scope, fromSite: boolean): boolean {
  if (scope.helpHosts.has(host.name)) return true;
  if ((host.hostedHelp ??= isHostedHelpHost(host.name))) {
    if (!fromSite) return false;
    scope.helpHosts.add(host.name);
    return true;
  }
  return scope.domains.has((host.domain ??= registrableDomain(host.name)));
}

/** True when the host is one of the brand's own (not a hosted help centre). */
export function isSiteHost(host: string, scope: Scope): boolean {
  return scope.domains.has(registrableDomain(host.toLowerCase())) && !isHostedHelpHost(host);
}

/**
 * Normalises a URL for de-duplication: http(s) only, no fragment, no tracking parameters, lower-case host,
 * default port dropped. Returns null for URLs that are not crawlable pages (assets, other schemes).
 */
export function normalizePageUrl(raw: string): string | null {
  return normalizeCached(raw);
}

const normalizeCached = memoize(normalizeUncached);

// A query that URLSearchParams writes back as it reads it: name=value pairs of characters it leaves as they are
// (letters, digits, "*-._") and of escapes of other ASCII characters, in upper case ("%3A", "%2F"), but of no space.
const PLAIN_QUERY = /^\?(?:[\w*.%-]*=[\w*.%-]*)(?:&[\w*.%-]*=[\w*.%-]*)*$/;
// An escape it would write otherwise: not two upper-case hex digits of an ASCII code, or one of a character it leaves
// as it is, or of a space (written "+").
const REWRITTEN_ESCAPE = /%(?![0-7][\dA-F])|%(?:2[0ADE]|3\d|4[1-9A-F]|5[\dAF]|6[1-9A-F]|7[\dA])/;

/**
 * True when normalising leaves the query `search` ("?…") as it is: no tracking parameter, and a query that
 * URLSearchParams would serialise again into the same text. The share links of every product page ("sharer.php?u=
 * https%3A%2F%2F…") then cost no parse of their parameters.
 */
function queryKept(search: string): boolean {
  if (!PLAIN_QUERY.test(search) || REWRITTEN_ESCAPE.test(search)) return false;
  for (let from = 1; from < search.length; ) {
    const eq = search.indexOf('=', from);
    // Names hold escapes of ASCII characters only: decoded, they are what URLSearchParams reads.
    if (TRACKING_PARAM.test(decodeURIComponent(search.slice(from, eq)))) return false;
    const amp = search.indexOf('&', eq);
    from = amp < 0 ? search.length : amp + 1;
  }
  return true;
}

function normalizeUncached(raw: string): string | null {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (ASSET_EXT.test(u.pathname)) return null;
  // Each change below has the URL serialised again: made only where there is something to remove or rewrite (most
  // links of a page have neither fragment nor query). A serialised URL holds "#" only where its fragment starts and,
  // once that is gone, "?" only where its query does.
  if (u.href.includes('#')) u.hash = '';
  if (!u.href.includes('?')) return u.href;
  if (queryKept(u.search)) return u.href;
  for (const key of [...u.searchParams.keys()]) if (TRACKING_PARAM.test(key)) u.searchParams.delete(key);
  u.search = u.searchParams.toString() ? `?${u.searchParams.toString()}` : '';
  return u.toString();
}
