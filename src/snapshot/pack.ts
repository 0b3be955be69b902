// How a snapshot is stored from schema 3 on: what every page repeats is written once. A site's header, footer and
// "follow us" block put the same links and social profiles on every page, and each sighting of an account was a copy
// of one of those profiles; they made two thirds of a snapshot (3.7 KB a page on a 300-page site, 0.6 KB packed).
//
// - `site.shared.socials` and `site.shared.links` hold each distinct finding once; a page's `facts.socials` and
//   `facts.links` list their indices there.
// - An account's evidence entry that repeats a page's finding is `[page, social]`: the page's index in `site.pages`
//   (its URL is the entry's pageUrl) and the finding's in `site.shared.socials` (its how, placement and snippet).
// Anything else stays written out, and a file may mix both (a hand-written or scrubbed snapshot is all objects).
// Only the file is packed: loading unpacks it, so collection, rules and reports see the same objects as before.
import type { AccountEvidence, BrandSnapshot, LinkFinding, PageRecord, SocialFinding } from './types.js';

type Json = Record<string, unknown>;

/** A page's URL as account evidence names it (accounts.ts): where its reading ended. */
const evidenceUrl = (page: PageRecord): string => page.finalUrl ?? page.url;

/** One table of distinct findings, each identified by its JSON text (which keeps its key order). */
class Table<T> {
  readonly items: T[] = [];
  private readonly index = new Map<string, number>();

  add(item: T): number {
    const key = JSON.stringify(item);
    let i = this.index.get(key);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(item);
      this.index.set(key, i);
    }
    return i;
  }
}

/**
 * The snapshot as it is written to a file: findings shared, evidence by reference. The input is not modified; key
 * order is the input's, with `site.shared` before `site.pages`.
 */
export function packSnapshot(snapshot: BrandSnapshot): Json {
  const site = snapshot.site;
  if (!site || site.pages.length === 0) return snapshot as unknown as Json;
  const socials = new Table<SocialFinding>();
  const links = new Table<LinkFinding>();
  // Per page, the shared index of each of its socials, to find an evidence entry's finding without a second lookup.
  const pageSocials: number[][] = [];
  const pages = site.pages.map((page, p) => {
    if (!page.facts) return page;
    const own = page.facts.socials.map((s) => socials.add(s));
    pageSocials[p] = own;
    return { ...page, facts: { ...page.facts, socials: own, links: page.facts.links.map((l) => links.add(l)) } };
  });
  const pageByUrl = new Map<string, number>();
  site.pages.forEach((page, p) => {
    const url = evidenceUrl(page);
    if (!pageByUrl.has(url)) pageByUrl.set(url, p);
  });
  const accounts = snapshot.accounts.map((account) => ({
    ...account,
    evidence: account.evidence.map((e) => evidenceRef(e, account, pageByUrl, site.pages, pageSocials, socials.items) ?? e),
  }));
  const packedSite: Json = {};
  for (const [key, value] of Object.entries(site)) {
    if (key === 'pages') packedSite.shared = { socials: socials.items, links: links.items };
    packedSite[key] = key === 'pages' ? pages : value;
  }
  return { ...snapshot, site: packedSite, accounts };
}

/** `[page, social]` when that page's finding gives back exactly this evidence entry; undefined when none does. */
function evidenceRef(
  e: AccountEvidence,
  account: { platform: string; handle: string },
  pageByUrl: Map<string, number>,
  pages: PageRecord[],
  pageSocials: number[][],
  shared: SocialFinding[],
): [number, number] | undefined {
  const p = pageByUrl.get(e.pageUrl);
  if (p === undefined) return undefined;
  const own = pageSocials[p] ?? [];
  for (const s of own) {
    const f = shared[s];
    if (f.platform !== account.platform || f.handle !== account.handle || f.how !== e.how || f.placement !== e.placement) continue;
    // Written back, the reference must be the entry itself, keys and all.
    if (JSON.stringify(evidenceOf(pages[p], f)) === JSON.stringify(e)) return [p, s];
  }
  return undefined;
}

/** An evidence entry as accounts.ts writes it, from a page and one of its findings. */
function evidenceOf(page: PageRecord, f: SocialFinding): AccountEvidence {
  return { pageUrl: evidenceUrl(page), how: f.how, placement: f.placement, ...(f.snippet ? { snippet: f.snippet } : {}) };
}

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A schema-3 file's snapshot with its references resolved (a new object; the input is not modified). `bad` names the
 * key at fault: a reference to no entry, or a shared table that is not a list of objects. The rest is checked by the
 * schema afterwards, on the unpacked snapshot.
 */
export function unpackSnapshot(data: Json, bad: (key: string, what: string) => never): Json {
  const site = data.site as Json;
  const shared = site.shared;
  if (shared === undefined) return data;
  if (!isRecord(shared)) return bad('site.shared', 'expected an object');
  const table = (name: 'socials' | 'links'): Json[] => {
    const list = shared[name] ?? [];
    if (!Array.isArray(list)) return bad(`site.shared.${name}`, 'expected a list');
    list.forEach((item, i) => {
      if (!isRecord(item)) bad(`site.shared.${name}[${i}]`, 'expected an object');
    });
    return list as Json[];
  };
  const socials = table('socials');
  const links = table('links');
  const resolve = (list: unknown, from: Json[], key: string): unknown =>
    Array.isArray(list)
      ? list.map((item, i) => {
          if (typeof item !== 'number') return item;
          const found = Number.isInteger(item) ? from[item] : undefined;
          // A copy per page: a rule that changed one page's finding would otherwise change every page's.
          return found ? { ...found } : bad(`${key}[${i}]`, `no shared entry ${item}`);
        })
      : list;
  const pagesIn = site.pages as unknown[];
  const pages = pagesIn.map((page, p) => {
    if (!isRecord(page) || !isRecord(page.facts)) return page;
    const key = `site.pages[${p}].facts`;
    return { ...page, facts: { ...page.facts, socials: resolve(page.facts.socials, socials, `${key}.socials`), links: resolve(page.facts.links, links, `${key}.links`) } };
  });
  // The file's key order is kept, as for any snapshot (a report lists what it reads in that order).
  const unpackedSite: Json = {};
  for (const [key, value] of Object.entries(site)) if (key !== 'shared') unpackedSite[key] = key === 'pages' ? pages : value;
  const accounts = Array.isArray(data.accounts)
    ? data.accounts.map((account, a) => {
        if (!isRecord(account) || !Array.isArray(account.evidence)) return account;
        const evidence = account.evidence.map((e, i) => {
          if (!Array.isArray(e)) return e;
          const key = `accounts[${a}].evidence[${i}]`;
          const [p, s] = e as unknown[];
          const page = typeof p === 'number' ? pagesIn[p] : undefined;
          const finding = typeof s === 'number' ? socials[s] : undefined;
          if (e.length !== 2 || !isRecord(page) || typeof page.url !== 'string') return bad(key, `no page ${String(p)}`);
          if (!finding) return bad(key, `no shared social ${String(s)}`);
          return evidenceOf(page as unknown as PageRecord, finding as unknown as SocialFinding);
        });
        return { ...account, evidence };
      })
    : data.accounts;
  return { ...data, site: unpackedSite, accounts };
}
