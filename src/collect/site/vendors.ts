// Help-desk, chat and community platforms recognised from script hosts, inline markers, links and meta generator.
import { hostInfo as parseHost } from '../../platforms/host-info.js';
import type { VendorCategory, VendorFinding } from '../../snapshot/types.js';
import { memoize } from './memo.js';
import { escapeRegExp } from '../../escape-regexp.js';

/** What a page offers for vendor detection; analyzePage gathers it from the DOM. */
export interface VendorInput {
  /** src of <script>, <iframe> and href of <link rel=preconnect|dns-prefetch|preload>: URLs the page loads. */
  resources: string[];
  /** Text of inline <script> elements. */
  inlineScripts: string[];
  /** ids of <script> elements (Zendesk's widget is `<script id="ze-snippet">`). */
  scriptIds: string[];
  /** Resolved <a href> URLs (help centres hosted by the vendor). */
  links: string[];
  /** The same links already parsed, when the caller has them (page analysis does): read instead of `links`. */
  linkUrls?: URL[];
  /**
   * linkHostMatch of each of `linkUrls`' host names (lower-cased), when the caller keeps them (page analysis keeps each
   * with its resolved href, for the pages to come): read instead of asking the matcher's cache for every link.
   */
  linkMatches?: readonly HostMatch[];
  /** <meta name="generator"> content. */
  generator?: string;
}

interface HostMarker {
  vendor: string;
  category: VendorCategory;
  /** Matches a hostname exactly or any of its subdomains (marker 'zendesk.com' matches brand.zendesk.com). */
  host: string;
  /** For links: the bare domain and www. are the vendor's own site ("powered by"), not a brand's help centre. */
  subdomainOnly?: boolean;
  /** Only when the path starts like this (Salesforce Experience Cloud sites live under /s/). */
  path?: RegExp;
}

// Fingerprints from REFERENCE.md ("Help-desk, chat and community platforms"). Hosts are compared on label
// boundaries, so "crisp.chat" never matches a word in the page.
const RESOURCE_HOSTS: HostMarker[] = [
  { vendor: 'zendesk', category: 'chat', host: 'static.zdassets.com' },
  { vendor: 'zendesk', category: 'chat', host: 'v2.zopim.com' },
  { vendor: 'zendesk', category: 'helpdesk', host: 'zendesk.com', subdomainOnly: true },
  { vendor: 'freshdesk', category: 'helpdesk', host: 'widget.freshworks.com' },
  { vendor: 'freshdesk', category: 'chat', host: 'wchat.freshchat.com' },
  { vendor: 'freshdesk', category: 'helpdesk', host: 'freshdesk.com', subdomainOnly: true },
  { vendor: 'intercom', category: 'chat', host: 'widget.intercom.io' },
  { vendor: 'intercom', category: 'chat', host: 'js.intercomcdn.com' },
  { vendor: 'intercom', category: 'chat', host: 'api-iam.intercom.io' },
  { vendor: 'salesforce', category: 'chat', host: 'service.force.com' },
  { vendor: 'liveperson', category: 'chat', host: 'liveperson.net' },
  { vendor: 'iadvize', category: 'chat', host: 'iadvize.com', subdomainOnly: true },
  { vendor: 'crisp', category: 'chat', host: 'client.crisp.chat' },
  { vendor: 'tawkto', category: 'chat', host: 'embed.tawk.to' },
  { vendor: 'hubspot', category: 'chat', host: 'js.usemessages.com' },
  { vendor: 'drift', category: 'chat', host: 'js.driftt.com' },
  { vendor: 'gorgias', category: 'chat', host: 'gorgias.chat' },
  { vendor: 'gorgias', category: 'chat', host: 'gorgias.io', subdomainOnly: true },
  { vendor: 'helpscout', category: 'helpdesk', host: 'beacon-v2.helpscout.net' },
  { vendor: 'khoros', category: 'community', host: 'lithium.com', subdomainOnly: true },
  { vendor: 'khoros', category: 'community', host: 'khoros.com', subdomainOnly: true },
];

// Help centres and communities hosted by the vendor, recognised from links to them.
const LINK_HOSTS: HostMarker[] = [
  { vendor: 'zendesk', category: 'helpdesk', host: 'zendesk.com', subdomainOnly: true },
  { vendor: 'freshdesk', category: 'helpdesk', host: 'freshdesk.com', subdomainOnly: true },
  { vendor: 'intercom', category: 'helpdesk', host: 'intercom.help' },
  { vendor: 'salesforce', category: 'helpdesk', host: 'force.com', subdomainOnly: true, path: /^\/s(\/|$)/ },
  { vendor: 'salesforce', category: 'helpdesk', host: 'my.site.com', subdomainOnly: true, path: /^\/s(\/|$)/ },
  { vendor: 'gorgias', category: 'helpdesk', host: 'gorgias.help' },
  { vendor: 'helpscout', category: 'helpdesk', host: 'helpscoutdocs.com', subdomainOnly: true },
  { vendor: 'khoros', category: 'community', host: 'lithium.com', subdomainOnly: true },
];

/** Identifiers in inline scripts, matched as whole identifiers (never inside another word). */
const INLINE_MARKERS: { vendor: string; category: VendorCategory; marker: string; pattern: RegExp }[] = [
  { vendor: 'intercom', category: 'chat', marker: 'intercomSettings', pattern: /\bintercomSettings\b/ },
  { vendor: 'salesforce', category: 'chat', marker: 'embedded_svc', pattern: /\bembedded_svc\b/ },
  { vendor: 'liveperson', category: 'chat', marker: 'lpTag', pattern: /\blpTag\b/i },
  { vendor: 'crisp', category: 'chat', marker: '$crisp', pattern: /\$crisp\b/ },
  { vendor: 'crisp', category: 'chat', marker: 'CRISP_WEBSITE_ID', pattern: /\bCRISP_WEBSITE_ID\b/ },
  { vendor: 'tawkto', category: 'chat', marker: 'Tawk_API', pattern: /\bTawk_API\b/ },
  { vendor: 'gorgias', category: 'chat', marker: 'gorgiasChat', pattern: /\bgorgiasChat\b/ },
  { vendor: 'zoho', category: 'chat', marker: '$zoho.salesiq', pattern: /\$zoho\.salesiq\b/ },
  { vendor: 'helpscout', category: 'helpdesk', marker: 'Beacon', pattern: /\bBeacon\(\s*['"]init['"]/ },
  { vendor: 'drift', category: 'chat', marker: 'drift.load', pattern: /\bdrift\.load\(/ },
  // Khoros (ex-Lithium) community pages define a global LITHIUM object.
  { vendor: 'khoros', category: 'community', marker: 'LITHIUM', pattern: /\bLITHIUM\.[A-Z]/ },
];

// Hosts inside inline loader snippets ("s.src='https://embed.tawk.to/…'"), bounded so that they are whole host
// names: one regex per marker keeps large inline scripts cheap to scan.
const HOSTS_IN_TEXT = [
  ...RESOURCE_HOSTS.map((m) => new RegExp(`(?<![a-z0-9.-])((?:[a-z0-9-]+\\.)${m.subdomainOnly ? '+' : '*'}${escapeRegExp(m.host)})(?![a-z0-9-]|\\.[a-z])`, 'i')),
  /(?<![a-z0-9.-])((?:[a-z0-9-]+\.)*(?:salesiq\.zoho(?:public)?|desk\.zoho)\.[a-z]{2,3}(?:\.[a-z]{2})?)(?![a-z0-9-])/i,
  /(?<![a-z0-9.-])((?:[a-z0-9-]+\.)+zohodesk\.[a-z]{2,3}(?:\.[a-z]{2})?)(?![a-z0-9-])/i,
];

// What one of HOSTS_IN_TEXT or INLINE_MARKERS needs in a script, searched once: a script without any (most inline
// scripts: analytics, page state) is not searched with each pattern.
const ANY_HOST_IN_TEXT = new RegExp([...RESOURCE_HOSTS.map((m) => escapeRegExp(m.host)), 'zoho'].join('|'), 'i');
const ANY_INLINE_MARKER = new RegExp(
  ['intercomSettings', 'embedded_svc', 'lpTag', '$crisp', 'CRISP_WEBSITE_ID', 'Tawk_API', 'gorgiasChat', '$zoho.salesiq', 'Beacon', 'drift.load', 'LITHIUM.']
    .map(escapeRegExp)
    .join('|'),
  'i',
);

// Header, footer and script URLs recur on every page of a site: each is parsed once (the result is never edited).
const hostOf = memoize((url: string): { host: string; path: string } | null => {
  try {
    const u = new URL(url.trim().startsWith('//') ? `https:${url.trim()}` : url.trim());
    return { host: u.hostname.toLowerCase(), path: u.pathname };
  } catch {
    return null;
  }
});

/** Zoho runs one host per region (zoho.com, zoho.eu, zohopublic.in…): SalesIQ is chat, Desk a help desk. */
function zohoMarker(host: string): HostMarker | undefined {
  const info = parseHost(host);
  const name = info.domainWithoutSuffix ?? '';
  const sub = info.subdomain ?? '';
  if ((name === 'zoho' || name === 'zohopublic') && /(^|\.)salesiq$/.test(sub)) return { vendor: 'zoho', category: 'chat', host };
  if ((name === 'zoho' && /(^|\.)desk$/.test(sub)) || name === 'zohodesk') return { vendor: 'zoho', category: 'helpdesk', host };
  return undefined;
}

/** What a host alone says: its Zoho marker, or the markers whose host it is or is under, in list order. */
export interface HostMatch {
  zoho?: HostMarker;
  candidates: HostMarker[];
}

function hostMatcher(markers: HostMarker[]): (host: string) => HostMatch {
  // Pages link to a handful of hosts (mostly their own), hundreds of times: each host is compared once.
  return memoize((host: string): HostMatch => {
    const zoho = zohoMarker(host);
    if (zoho) return { zoho, candidates: [] };
    const candidates = markers.filter((m) => {
      const exact = host === m.host;
      const below = host.endsWith(`.${m.host}`);
      if (!(below || (exact && !m.subdomainOnly))) return false;
      return !(m.subdomainOnly && host === `www.${m.host}`);
    });
    return { candidates };
  });
}

const MATCHERS = new Map<HostMarker[], (host: string) => HostMatch>([
  [RESOURCE_HOSTS, hostMatcher(RESOURCE_HOSTS)],
  [LINK_HOSTS, hostMatcher(LINK_HOSTS)],
]);

/** `at` is the link's path, or its URL: a page's links are mostly to hosts no vendor has, whose path is not read. */
function matchHost(markers: HostMarker[], host: string, at: string | URL): HostMarker | undefined {
  return matchIn(MATCHERS.get(markers)!(host), at);
}

/** What a link's host name (lower-cased) says of help-centre vendors, for linkMatches; never edited. */
export function linkHostMatch(host: string): HostMatch {
  return MATCHERS.get(LINK_HOSTS)!(host);
}

function matchIn({ zoho, candidates }: HostMatch, at: string | URL): HostMarker | undefined {
  if (zoho || candidates.length === 0) return zoho;
  const path = typeof at === 'string' ? at : at.pathname;
  return candidates.find((m) => !m.path || m.path.test(path));
}

/**
 * The help-desk, chat and community vendors a page uses, one finding per vendor and category, with the marker that
 * matched (a script host, an inline identifier, a help-centre link or the generator meta tag).
 */
export function detectVendors(input: VendorInput): VendorFinding[] {
  const found = new Map<string, VendorFinding>();
  const add = (vendor: string, category: VendorCategory, marker: string): void => {
    const key = `${vendor}|${category}`;
    if (!found.has(key)) found.set(key, { vendor, category, marker });
  };
  for (const id of input.scriptIds) if (id.trim() === 'ze-snippet') add('zendesk', 'chat', 'script#ze-snippet');
  for (const src of input.resources) {
    const at = hostOf(src);
    const m = at && matchHost(RESOURCE_HOSTS, at.host, at.path);
    if (m && at) add(m.vendor, m.category, at.host);
    // Experience Cloud (Salesforce communities / help centres) assets, whatever the custom domain.
    if (at && /\/s\/sfsites\//.test(at.path)) add('salesforce', 'helpdesk', '/s/sfsites/');
  }
  for (const text of input.inlineScripts) {
    if (ANY_INLINE_MARKER.test(text)) for (const marker of INLINE_MARKERS) if (marker.pattern.test(text)) add(marker.vendor, marker.category, marker.marker);
    if (ANY_HOST_IN_TEXT.test(text)) for (const re of HOSTS_IN_TEXT) {
      const host = re.exec(text)?.[1]?.toLowerCase();
      const m = host && matchHost(RESOURCE_HOSTS, host, '/');
      if (m && host) add(m.vendor, m.category, host);
    }
    if (/\/s\/sfsites\//.test(text)) add('salesforce', 'helpdesk', '/s/sfsites/');
  }
  if (input.linkUrls) {
    const urls = input.linkUrls;
    const matches = input.linkMatches;
    for (let i = 0; i < urls.length; i++) {
      const m = matches ? matchIn(matches[i], urls[i]) : matchHost(LINK_HOSTS, urls[i].hostname.toLowerCase(), urls[i]);
      if (m) add(m.vendor, m.category, urls[i].hostname.toLowerCase());
    }
  } else for (const link of input.links) {
    const at = hostOf(link);
    const m = at && matchHost(LINK_HOSTS, at.host, at.path);
    if (m && at) add(m.vendor, m.category, at.host);
  }
  if (input.generator && /^\s*discourse\b/i.test(input.generator)) add('discourse', 'community', `generator: ${input.generator.trim().slice(0, 60)}`);
  if (input.generator && /\b(lithium|khoros)\b/i.test(input.generator)) add('khoros', 'community', `generator: ${input.generator.trim().slice(0, 60)}`);
  return [...found.values()];
}
