// Merges the social sightings of all pages into accounts, and decides which ones the brand presents as its own.
import { getDomainWithoutSuffix } from 'tldts';
import type { Account, AccountEvidence, Note, PageRecord, Placement, SocialFinding } from '../../snapshot/types.js';
import { PLATFORMS } from '../../snapshot/types.js';
import { note } from '../codes.js';
import { foldText } from './text.js';

/** Page chrome where brands put their own accounts (REFERENCE.md: header, footer, "follow us" block). */
const BRAND_PLACEMENTS: Placement[] = ['follow-block', 'footer', 'header', 'nav'];
// Shortest name accepted for a contains / contained-in match: "sncf" in "sncf_voyageurs" counts, "fr" in "fnacfr" not.
const MIN_CONTAIN = 4;
// A repeated account must be on at least this share of analysed pages once a site has several (a footer recurs
// on every page; an author's account is on their few articles).
const REPEAT_SHARE = 0.5;
const REPEAT_MIN_PAGES = 2;

interface Sighting {
  finding: SocialFinding;
  pageUrl: string;
}

/** Lower-cased, accents and every non-alphanumeric character removed: "Crédit-Agricole" → "creditagricole". */
function squash(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/g, '');
}

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** True when `handle` looks like `name`: one contains the other (≥ 4 chars) or they differ by a typo or two. */
function resembles(handle: string, name: string): boolean {
  if (!handle || !name) return false;
  const [short, long] = handle.length <= name.length ? [handle, name] : [name, handle];
  if (short.length >= MIN_CONTAIN && long.includes(short)) return true;
  // One edit for short names, two from 8 characters: "decatlon" ~ "decathlon", but "orange" !~ "change".
  const allowed = short.length >= 8 ? 2 : short.length >= 5 ? 1 : 0;
  return allowed > 0 && Math.abs(handle.length - name.length) <= allowed && editDistance(handle, name) <= allowed;
}

/** Which of the brand's names a handle resembles, if any. */
function brandMatch(handle: string, target: { domain: string; brandName: string }): 'brand-name' | 'domain' | null {
  // Mastodon handles are name@server; the server may be the brand's own (mastodon.brand.fr) — compare both parts.
  const [user, server] = handle.split('@');
  const names = [squash(user)];
  if (server) names.push(squash(getDomainWithoutSuffix(server) ?? ''));
  const brand = squash(target.brandName);
  const label = squash(getDomainWithoutSuffix(target.domain) ?? target.domain.split('.')[0] ?? '');
  if (names.some((n) => resembles(n, brand))) return 'brand-name';
  if (names.some((n) => resembles(n, label))) return 'domain';
  return null;
}

/** Decides whether an account is the brand's own, with the reason as a note (`site.account.*`). */
function judge(sightings: Sighting[], handle: string, analysed: number, target: { domain: string; brandName: string }): { official: boolean; reason: Note } {
  const findings = sightings.map((s) => s.finding);
  if (findings.some((f) => f.how === 'twitter-site')) return { official: true, reason: note('site.account.twitter-site') };
  if (findings.some((f) => f.how === 'json-ld')) return { official: true, reason: note('site.account.json-ld') };
  // via= on a share button names whoever the button credits; it says nothing about where the link sits.
  const placed = sightings.filter((s) => s.finding.how !== 'share-via');
  const pagesWith = (p: Placement): number => new Set(placed.filter((s) => s.finding.placement === p).map((s) => s.pageUrl)).size;
  const chrome = BRAND_PLACEMENTS.map((p) => ({ p, n: pagesWith(p) })).filter((x) => x.n > 0);
  if (chrome.length > 0) {
    const best = chrome.reduce((a, b) => (b.n > a.n ? b : a));
    return { official: true, reason: note('site.account.placement', { placement: best.p, pages: best.n }) };
  }
  if (placed.some((s) => s.finding.placement === 'head' && s.finding.how === 'link')) return { official: true, reason: note('site.account.rel-me') };
  if (placed.some((s) => s.finding.how === 'intent-follow' && s.finding.placement !== 'article')) return { official: true, reason: note('site.account.follow-button') };
  const pages = new Set(placed.map((s) => s.pageUrl)).size;
  const needed = Math.max(REPEAT_MIN_PAGES, Math.ceil(analysed * REPEAT_SHARE));
  if (pages >= needed) return { official: true, reason: note('site.account.repeated', { pages, analysed }) };
  const match = brandMatch(handle, target);
  if (match) return { official: true, reason: note(match === 'brand-name' ? 'site.account.brand-name' : 'site.account.domain') };
  const allPages = new Set(sightings.map((s) => s.pageUrl)).size;
  if (placed.length === 0) return { official: false, reason: note('site.account.share-via') };
  const first = placed[0].finding;
  const reason =
    first.how === 'embedded-json'
      ? note('site.account.unrelated-json', { pages: allPages })
      : note('site.account.unrelated-link', { placement: first.placement, pages: allPages });
  return { official: false, reason };
}

/** Ranks evidence so an account's URL comes from its strongest sighting. */
function strength(f: SocialFinding): number {
  if (f.how === 'twitter-site' || f.how === 'json-ld') return 0;
  if (BRAND_PLACEMENTS.includes(f.placement)) return 1;
  if (f.how === 'share-via') return 4;
  return f.placement === 'article' ? 3 : 2;
}

/**
 * Merges `facts.socials` of all analysed pages by platform and handle, with one evidence entry per page, way
 * found and placement, and decides `official`:
 * - official when named by twitter:site or JSON-LD sameAs; placed in a header, footer, navigation or "follow us"
 *   block; linked with rel=me or an X follow button; seen on at least 2 pages and at least half of the analysed
 *   pages; or when the handle resembles the brand's name or domain label;
 * - not official otherwise: an author or quoted person linked once from an article, an unrelated `via=`.
 * Sorted official first, then by PLATFORMS order, then handle.
 */
export function mergeAccounts(pages: PageRecord[], target: { domain: string; brandName: string }): Account[] {
  const analysed = pages.filter((p) => p.facts).length;
  const groups = new Map<string, Sighting[]>();
  for (const page of pages) {
    const pageUrl = page.finalUrl ?? page.url;
    for (const finding of page.facts?.socials ?? []) {
      const key = `${finding.platform}|${finding.handle}`;
      const list = groups.get(key) ?? [];
      list.push({ finding, pageUrl });
      groups.set(key, list);
    }
  }
  const accounts: Account[] = [];
  for (const sightings of groups.values()) {
    const { platform, handle } = sightings[0].finding;
    const evidence: AccountEvidence[] = [];
    for (const { finding, pageUrl } of sightings) {
      if (evidence.some((e) => e.pageUrl === pageUrl && e.how === finding.how && e.placement === finding.placement)) continue;
      evidence.push({ pageUrl, how: finding.how, placement: finding.placement, ...(finding.snippet ? { snippet: finding.snippet } : {}) });
    }
    const best = sightings.map((s) => s.finding).reduce((a, b) => (strength(b) < strength(a) ? b : a));
    accounts.push({ platform, handle, url: best.url, ...judge(sightings, handle, analysed, target), evidence });
  }
  const order = (p: string): number => (PLATFORMS as readonly string[]).indexOf(p);
  return accounts.sort(
    (a, b) => Number(b.official) - Number(a.official) || order(a.platform) - order(b.platform) || (a.handle < b.handle ? -1 : a.handle > b.handle ? 1 : 0),
  );
}
