// Collect stage: crawl the site, merge the accounts found, and assemble the BrandSnapshot.
import type { HttpClient } from '../http/client.js';
import { normalizeResolve, resolveOverride, type ResolveMap } from '../http/resolve.js';
import type { BrandSnapshot, PageRecord } from '../snapshot/types.js';
import { SNAPSHOT_SCHEMA_VERSION } from '../snapshot/types.js';
import { TargetError } from '../errors.js';
import { crawlSite, errorDetail } from './site/crawl.js';
import { note } from './codes.js';
import { mergeAccounts } from './site/accounts.js';
import { verifyFediverseServers } from './site/fediverse.js';
import { registrableDomain } from './site/scope.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';

export interface CollectOptions {
  http: HttpClient;
  maxPages: number;
  maxDepth: number;
  concurrency: number;
  respectRobots: boolean;
  /**
   * The --resolve overrides (the demo, tests, staging copies): a host they answer is local. Matched with the same
   * function the HTTP layer connects with, so `*.brand.test` counts exactly as the hosts it covers listed one by one.
   */
  resolve?: ResolveMap;
  brandName?: string;
  parser?: 'parse5' | 'htmlparser2';
  onPage?: (page: PageRecord, done: number) => void;
  /** Stops the crawl (Ctrl-C); the snapshot keeps what was read. */
  signal?: AbortSignal;
  /** Injected for reproducible tests; defaults to the current time. */
  now?: () => Date;
  /**
   * Ask the servers of /@name links whether they are fediverse servers (NodeInfo). Off for local and staging copies
   * (--resolve), whose pages may link servers the test network cannot reach; default true.
   */
  checkFediverse?: boolean;
}

/**
 * Collects everything the website audit needs. Throws TargetError when the start page cannot be read at all
 * (unreachable, error status, not HTML, disallowed by robots.txt), a plain Error when its analysis failed (a bug);
 * any other page failure is kept as data.
 */
export async function collect(url: string, opts: CollectOptions): Promise<BrandSnapshot> {
  const collectedAt = (opts.now ?? (() => new Date()))().toISOString();
  const site = await crawlSite(url, opts);
  const start = site.pages[0];
  if (start.error?.code === 'parse-error') {
    // The page was read, but the analysis threw: a bug of this tool (browsers render such pages), which the CLI
    // reports as an internal error (exit 2), never as "the site could not be audited" (exit 3).
    throw new Error(`the analysis of the start page ${url} failed: ${errorDetail(start)}`);
  }
  if (start.error) {
    throw new TargetError(`cannot audit ${url}: ${errorDetail(start)}`, url, start.error.code);
  }
  const finalHost = new URL(start.finalUrl ?? start.url).hostname;
  const domain = registrableDomain(finalHost);
  const brandName = opts.brandName ?? guessBrandName(start.title, domain);
  const local = isLocalHost(finalHost) || resolveOverride(normalizeResolve(opts.resolve ?? {}), finalHost) !== undefined;
  const fediverseServers = opts.checkFediverse === false || local ? new Set<string>() : await verifyFediverseServers(site.pages, opts.http);
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    collectedAt,
    tool: { name: TOOL_NAME, version: TOOL_VERSION },
    target: { url, domain, brandName, ...(local ? { local: true } : {}) },
    site,
    accounts: mergeAccounts(site.pages, { domain, brandName }, { fediverseServers }),
    conversations: [],
    sources: [
      {
        source: 'site',
        ok: true,
        notes: [note('site.read', { pages: site.pages.length, failed: site.pages.filter((p) => p.error).length })],
      },
    ],
  };
}

function isLocalHost(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '[::1]' || host === '::1';
}

/**
 * Picks the brand's name from the home page title ("Maison Exemple – Art de vivre" → "Maison Exemple"): the
 * title segment that best matches the domain's first label, else the domain label itself, capitalised.
 */
export function guessBrandName(title: string | undefined, domain: string): string {
  const label = domain.split('.')[0] ?? domain;
  const squash = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
  const key = squash(label);
  const segments = (title ?? '').split(/\s+[|–—:·•-]\s+/).map((s) => s.trim()).filter(Boolean);
  const match = segments.find((s) => {
    const sq = squash(s);
    return sq.length >= 3 && (sq === key || key.includes(sq) || sq.includes(key));
  });
  if (match) return match;
  return label
    .split(/[-_]/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
}
