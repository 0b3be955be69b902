// Shared lookups over the snapshot's site and accounts, so every rule reads pages the same way.
import type {
  Account,
  BrandSnapshot,
  ContactFinding,
  PageFacts,
  PageKind,
  PageRecord,
  SocialFinding,
  VendorFinding,
} from '../../snapshot/types.js';
import { cachedIn } from '../../bounded-cache.js';

/** A page that was read: no error, and page analysis produced facts. */
export type OkPage = PageRecord & { facts: PageFacts };

/** The kinds that make up the support area (help, contact, FAQ, customer service, hosted help centre). */
export const SUPPORT_KINDS: readonly PageKind[] = ['help', 'contact', 'faq', 'customer-service', 'help-centre'];

/** True when the page was read and analysed. */
export function isOk(page: PageRecord): page is OkPage {
  return !page.error && page.facts !== undefined;
}

/** Pages that were read, in crawl order. */
export function okPages(snapshot: BrandSnapshot): OkPage[] {
  return snapshot.site.pages.filter(isOk);
}

/** The start page record (depth 0), read or not; undefined when the crawl recorded none. */
export function startPage(snapshot: BrandSnapshot): PageRecord | undefined {
  return snapshot.site.pages.find((p) => p.depth === 0);
}

/** The start page when it was read; undefined when it failed or is missing. */
export function readStartPage(snapshot: BrandSnapshot): OkPage | undefined {
  const start = startPage(snapshot);
  return start && isOk(start) ? start : undefined;
}

/** True when any of the kinds belongs to the support area. */
export function isSupportKind(kinds: readonly PageKind[]): boolean {
  return kinds.some((k) => SUPPORT_KINDS.includes(k));
}

/** Support pages that were read. */
export function supportPages(snapshot: BrandSnapshot): OkPage[] {
  return okPages(snapshot).filter((p) => isSupportKind(p.kinds));
}

/** Support-like pages the crawl attempted but could not read (they explain an `na`). */
export function unreadSupportPages(snapshot: BrandSnapshot): PageRecord[] {
  return snapshot.site.pages.filter((p) => !isOk(p) && isSupportKind(p.kinds));
}

/** Pages that were read and are of the given kind. */
export function pagesOfKind(snapshot: BrandSnapshot, kind: PageKind): OkPage[] {
  return okPages(snapshot).filter((p) => p.kinds.includes(kind));
}

/** The URL a page was finally served from (after redirects). */
export function pageUrl(page: PageRecord): string {
  return page.finalUrl ?? page.url;
}

/**
 * Normalises a URL for comparison: lower-case scheme and host, no fragment, no trailing slash.
 * Unparseable strings are returned trimmed, so they still compare to themselves.
 */
export function normaliseUrl(raw: string): string {
  return cachedIn(NORMALISED, NORMALISED_MAX, raw, normaliseUncached);
}

// The rules ask about the same URLs again and again (kindUrls reads every page's URL once per kind, for each rule
// that asks): each distinct URL is parsed once. Bounded like the crawler's caches: on a huge site it starts over.
const NORMALISED = new Map<string, string>();
const NORMALISED_MAX = 4096;

function normaliseUncached(raw: string): string {
  try {
    // The fragment is left out by building the result from the other parts.
    const u = new URL(raw.trim());
    const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : '';
    return `${u.protocol}//${u.host}${path}${u.search}`;
  } catch {
    return raw.trim();
  }
}

/**
 * Distinct URLs where something of the given kind can be found: pages of that kind that were read, plus links
 * of that kind on read pages whose target was not fetched (a help centre on another host, a crawl limit). A link
 * to a page that was fetched and failed does not count: a dead link is not a working page.
 */
export function kindUrls(snapshot: BrandSnapshot, kind: PageKind): string[] {
  const failed = new Set<string>();
  for (const p of snapshot.site.pages) {
    if (!isOk(p)) {
      failed.add(normaliseUrl(p.url));
      if (p.finalUrl) failed.add(normaliseUrl(p.finalUrl));
    }
  }
  const found = new Map<string, string>();
  const pages = okPages(snapshot);
  for (const p of pages) {
    if (p.kinds.includes(kind)) found.set(normaliseUrl(pageUrl(p)), pageUrl(p));
  }
  // Read pages are known under both their requested and final URL; a link to either is the same page.
  const read = new Set<string>(pages.flatMap((p) => [normaliseUrl(p.url), normaliseUrl(pageUrl(p))]));
  for (const p of pages) {
    for (const link of p.facts.links) {
      if (!link.kinds.includes(kind)) continue;
      const key = normaliseUrl(link.url);
      if (failed.has(key) || read.has(key) || found.has(key)) continue;
      found.set(key, link.url);
    }
  }
  return [...found.values()];
}

/** Accounts the brand presents as its own, on networks that still exist (closed-network-links reports the others). */
export function officialAccounts(snapshot: BrandSnapshot): Account[] {
  return snapshot.accounts.filter((a) => a.official && !a.closed);
}

/** "platform:handle", the stable way rules name an account in data. */
export function accountKey(account: Pick<Account, 'platform' | 'handle'>): string {
  return `${account.platform}:${account.handle}`;
}

/** The official account a social link on a page points to, if any (handles compared case-insensitively). */
export function matchOfficial(finding: SocialFinding, official: Account[]): Account | undefined {
  const handle = finding.handle.toLowerCase();
  return official.find((a) => a.platform === finding.platform && a.handle.toLowerCase() === handle);
}

/** Every contact finding on read pages, with the page it was found on. */
export function allContacts(snapshot: BrandSnapshot): { page: OkPage; contact: ContactFinding }[] {
  return okPages(snapshot).flatMap((page) => page.facts.contacts.map((contact) => ({ page, contact })));
}

/** Every vendor finding on read pages, with the page it was found on. */
export function allVendors(snapshot: BrandSnapshot): { page: OkPage; vendor: VendorFinding }[] {
  return okPages(snapshot).flatMap((page) => page.facts.vendors.map((vendor) => ({ page, vendor })));
}

/** Sorted distinct strings. */
export function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}
