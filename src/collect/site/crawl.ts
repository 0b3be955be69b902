// Breadth-first crawl of the brand's site, support-like links first, bounded by page count, depth and the size of its
// frontier (links kept per page and in all), stopped cleanly when interrupted.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { HttpClient, FetchResult } from '../../http/client.js';
import { askedWait, HttpError } from '../../http/client.js';
import type { LinkFinding, Note, PageError, PageFacts, PageRecord, Placement, SiteSnapshot } from '../../snapshot/types.js';
import { httpStatusNote, note } from '../codes.js';
import { analyzePage } from './analyze.js';
import { detach } from './memo.js';
import { storeIn } from '../../bounded-cache.js';
import { classifyLink, classifyPage } from './page-kinds.js';
import { hostInScope, isSiteHost, makeScope, normalizePageUrl, registrableDomain, urlHost, type Scope, type UrlHost } from './scope.js';

export interface CrawlOptions {
  http: HttpClient;
  maxPages: number;
  maxDepth: number;
  /** Pages fetched at once across the site (the HTTP layer also limits per host). */
  concurrency: number;
  respectRobots: boolean;
  parser?: 'parse5' | 'htmlparser2';
  /** Called after each page, for progress display. */
  onPage?: (page: PageRecord, done: number) => void;
  /** Stops the crawl (Ctrl-C): no page is started after it, requests in flight are cancelled, what was read is kept. */
  signal?: AbortSignal;
}

/** Bounds on the frontier (README, "Limits"). */
export const CRAWL_LIMITS = {
  /**
   * Links of one page the crawler queues, in document order. Real home pages link a few hundred pages; a page linking
   * 100,000 (a generated catalogue, a trap) would otherwise fill memory with URLs never read.
   */
  linksPerPage: 1000,
  /** Pages the crawl keeps track of in all (read, queued or skipped), whatever --max-pages: the frontier's bound. */
  frontier: 10_000,
  /** Distinct findings and page fields kept once for all pages (see `Shared`); past it, new ones are kept as read. */
  shared: 5_000,
  /** Meta refreshes followed from the start page, as for redirects (HTTP_DEFAULTS.maxRedirects). */
  refreshHops: 5,
} as const;

interface QueueItem {
  url: string;
  depth: number;
  from?: string;
  via?: Placement;
  /** Lower is sooner: depth, with non-support pages pushed back so help/contact/legal pages are read first. */
  priority: number;
  seq: number;
}

/**
 * When one page links to another from several places, the most prominent one is kept as the route
 * (a contact link in the header and again in the footer is reachable from the header).
 */
const PROMINENCE: Placement[] = ['header', 'nav', 'follow-block', 'body', 'article', 'footer', 'head', 'script'];
const rank = (p: Placement | undefined): number => (p ? PROMINENCE.indexOf(p) : PROMINENCE.length);

/**
 * What the crawl knows of a link's URL (as a page's analysis gives it), kept for the pages to come: its normalised
 * URL, then that URL's queue item and link texts once it has them (`seen`'s and `linkTexts`' values, whose identity
 * never changes once set: each is set only where absent). A site's menus and footers link the same URLs from every
 * page, and each link asked three tables (the normaliser's cache, `seen`, `linkTexts`), each cold by then, the page's
 * DOM having pushed them out of the processor's caches: one lookup now answers a link already met.
 */
interface LinkTarget {
  norm: string | null;
  item?: QueueItem;
  texts?: string[];
  /** urlHost(norm), for hostInScope, while the URL is not queued (links out of the site are judged again on each page). */
  host?: UrlHost | null;
}
/** Link URLs kept per crawl: more than a site's menus and footers link, bounded like the normaliser's cache. */
const TARGETS_MAX = 4096;

/** Non-support links wait this many levels longer, so a help page three clicks deep still beats a product page. */
const NON_SUPPORT_PENALTY = 2;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml', '']);

/**
 * Crawls from `startUrl`. The start page is fetched first and alone: where it leads (HTTP redirects, a meta refresh)
 * joins the site's scope before any of its links is queued (brand.fr → www.brand.com). A start page that cannot be
 * read is returned as the only page, with its error, for the caller to decide.
 */
export async function crawlSite(startUrl: string, opts: CrawlOptions): Promise<SiteSnapshot> {
  const scope = makeScope(startUrl);
  const site: SiteSnapshot = {
    startUrl,
    pages: [],
    robots: null,
    errors: [],
    limits: { maxPages: opts.maxPages, maxDepth: opts.maxDepth, truncated: false },
  };
  const seen = new Map<string, QueueItem>();
  const shared = new Shared();
  const byUrl = new Map<string, PageRecord>();
  const linkTexts = new Map<string, string[]>();
  const h1s = new Map<PageRecord, string | undefined>();
  const finalUrls = new Set<string>();
  const disallowed: string[] = [];
  const queue = new Frontier();
  const interrupted = (): boolean => opts.signal?.aborted === true;
  let seq = 0;
  let started = 0;
  let crowdedPages = 0;
  let frontierDropped = 0;

  const targets = new Map<string, LinkTarget>();
  const enqueue = (url: string, depth: number, from: string | undefined, text: string, fromSite: boolean, via?: Placement): void => {
    let target = targets.get(url);
    if (target === undefined) target = storeIn(targets, TARGETS_MAX, detach(url), { norm: normalizePageUrl(url) });
    const { norm } = target;
    if (!norm) return;
    // A URL seen before passed the scope test then, and scope only grows: most links of a page are known ones.
    const known = (target.item ??= seen.get(norm));
    if (!known) {
      const host = target.host !== undefined ? target.host : (target.host = urlHost(norm));
      if (host === null || !hostInScope(host, scope, fromSite)) return;
    }
    if (known) {
      const texts = (target.texts ??= linkTexts.get(norm));
      // Link texts are cut from their page's HTML (analyzePage leaves its links as read): the copies kept hold no page.
      if (text && texts && texts.length < 5 && !texts.includes(text)) texts.push(detach(text));
      else if (text && !texts) linkTexts.set(norm, (target.texts = [detach(text)]));
      // Found again by a shorter route: keep the shortest click depth (BFS with concurrency can see the long one first).
      if (depth < known.depth || (depth === known.depth && rank(via) < rank(known.via))) {
        known.depth = depth;
        known.from = from;
        known.via = via;
        const rec = byUrl.get(norm);
        if (rec) {
          rec.depth = depth;
          rec.from = from;
          if (via) rec.via = via;
        }
      }
      return;
    }
    if (depth > opts.maxDepth) return;
    // The frontier is full: counted, never stored (a Map of every URL ever seen is what exhausted memory).
    if (seen.size >= CRAWL_LIMITS.frontier) {
      frontierDropped++;
      return;
    }
    if (text) linkTexts.set(norm, (target.texts = [detach(text)]));
    const supportLike = classifyLink(norm, text).length > 0;
    const item: QueueItem = { url: norm, depth, from, via, priority: depth + (supportLike ? 0 : NON_SUPPORT_PENALTY), seq: seq++ };
    seen.set(norm, (target.item = item));
    queue.push(item);
  };

  /** Queues the links of a page that was read, at most CRAWL_LIMITS.linksPerPage of them. */
  const enqueueLinks = (page: PageRecord, analysis: ReturnType<typeof analyzePage>): void => {
    const onSite = isSiteHost(new URL(page.finalUrl ?? page.url).hostname, scope);
    const { links } = analysis;
    if (links.length > CRAWL_LIMITS.linksPerPage || analysis.anchorsSkipped) crowdedPages++;
    const n = Math.min(links.length, CRAWL_LIMITS.linksPerPage);
    for (let i = 0; i < n; i++) enqueue(links[i].url, page.depth + 1, page.url, links[i].text, onSite, links[i].placement);
  };

  /** A page robots.txt keeps us from: "could not be checked", classified later by the links that led to it. */
  const blockedPage = (item: QueueItem): PageRecord => {
    const page: PageRecord = { url: item.url, status: null, depth: item.depth, fetchMs: 0, https: item.url.startsWith('https:'), kinds: [], error: note('robots') };
    if (item.from) page.from = item.from;
    if (item.via) page.via = item.via;
    return page;
  };

  /** Reads one page; 'blocked' when robots.txt disallows it, null when an interruption cancelled it. */
  const visit = async (item: QueueItem): Promise<PageRecord | 'blocked' | null> => {
    if (opts.respectRobots && !(await opts.http.robotsAllowed(item.url))) {
      disallowed.push(item.url);
      return 'blocked';
    }
    const page = await fetchPage(item, opts, linkTexts.get(item.url) ?? [], shared);
    // Cancelled by Ctrl-C: not read, and not the site's doing.
    if (page.error?.code === 'aborted' && interrupted()) return null;
    byUrl.set(item.url, page);
    if (page.finalUrl) {
      if (finalUrls.has(page.finalUrl)) return page; // a redirect to a page already read: nothing new
      finalUrls.add(page.finalUrl);
    } else {
      finalUrls.add(item.url);
    }
    const analysis = (page as PageWithAnalysis).analysis;
    delete (page as PageWithAnalysis).analysis;
    if (analysis) {
      h1s.set(page, analysis.h1);
      enqueueLinks(page, analysis);
    }
    return page;
  };

  // The start page alone first.
  enqueue(startUrl, 0, undefined, '', true);
  const first = queue.take()!;
  started++;
  if (opts.respectRobots && !(await opts.http.robotsAllowed(first.url))) {
    const page = blockedPage(first);
    details.set(page, 'robots.txt disallows the start page (use --ignore-robots to audit anyway)');
    disallowed.push(first.url);
    site.pages.push(page);
    site.robots = robotsSummary(opts, startUrl, disallowed);
    return site;
  }
  const start = await readStart(first, opts, site.errors, shared);
  if (start.error?.code === 'aborted' && interrupted()) {
    site.errors.push(note('limits.interrupted'));
    site.pages.push(start);
    return site;
  }
  site.pages.push(start);
  byUrl.set(first.url, start);
  opts.onPage?.(start, 1);
  if (start.error) {
    site.robots = robotsSummary(opts, startUrl, disallowed);
    return site;
  }
  // Where the start page led (redirects, meta refresh) is part of the site too, before its links are judged.
  const landed = start.finalUrl ?? start.url;
  scope.domains.add(registrableDomain(new URL(landed).hostname));
  finalUrls.add(landed);
  // The pages on the way are the start page too: links back to them are not new pages.
  for (const hop of [...((start as PageWithAnalysis).hops ?? []), landed]) {
    const norm = normalizePageUrl(hop);
    if (norm && !seen.has(norm)) seen.set(norm, first);
    finalUrls.add(hop);
  }
  const startAnalysis = (start as PageWithAnalysis).analysis;
  delete (start as PageWithAnalysis).analysis;
  delete (start as PageWithAnalysis).hops;
  if (startAnalysis) {
    h1s.set(start, startAnalysis.h1);
    enqueueLinks(start, startAnalysis);
  }

  // Workers pull the best item from the queue; fetched pages push new links. Stops at maxPages, or when interrupted.
  const blocked: PageRecord[] = [];
  let active = 0;
  await new Promise<void>((resolve) => {
    const pump = (): void => {
      while (active < opts.concurrency && queue.size > 0 && started < opts.maxPages && !interrupted()) {
        const item = queue.take()!;
        started++;
        active++;
        visit(item)
          .then((page) => {
            if (page === 'blocked') {
              started--; // robots-skipped URLs do not use up the page budget…
              // …and are recorded (up to --max-pages of them) so the rules that needed them can say so.
              if (blocked.length < opts.maxPages) blocked.push(blockedPage(item));
            } else if (page) {
              site.pages.push(page);
              opts.onPage?.(page, site.pages.length);
            } else {
              started--;
            }
          })
          .catch(() => {
            // A bug, not the site's doing: the page is named; the exception (English, maybe a stack) stays out.
            site.errors.push(note('internal', { url: item.url }));
          })
          .finally(() => {
            active--;
            pump();
          });
      }
      if (active === 0) resolve();
    };
    pump();
  });
  for (const page of blocked) site.pages.push(page);

  if (interrupted()) {
    site.limits.truncated = true;
    site.errors.push(note('limits.interrupted'));
  } else if (queue.size > 0) {
    site.limits.truncated = true;
    site.errors.push(note('max-pages', { maxPages: opts.maxPages, unread: queue.size }));
  }
  if (crowdedPages > 0) site.errors.push(note('limits.links-per-page', { pages: crowdedPages, perPage: CRAWL_LIMITS.linksPerPage }));
  if (frontierDropped > 0) site.errors.push(note('limits.frontier', { dropped: frontierDropped, frontier: CRAWL_LIMITS.frontier }));
  for (const page of site.pages) {
    if (page.error && !page.facts) {
      // Unreadable pages are still classified by the links that led to them (a CGV PDF is still a terms page).
      page.kinds = classifyPage(page.url, undefined, undefined, linkTexts.get(page.url) ?? []);
    } else {
      page.kinds = classifyPage(page.finalUrl ?? page.url, page.title, h1s.get(page), linkTexts.get(page.url) ?? []);
    }
  }
  const [head, ...rest] = site.pages;
  rest.sort((a, b) => a.depth - b.depth || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  site.pages = [head, ...rest];
  site.robots = robotsSummary(opts, startUrl, disallowed);
  site.errors.push(...robotsFailures(opts, site.pages));
  return site;
}

/**
 * Reads the start page, following a meta refresh as a redirect is followed (at most CRAWL_LIMITS.refreshHops, never in
 * a loop, robots.txt checked at each hop): a start page that only sends the reader elsewhere is not the site. The
 * record keeps the URL asked for, with `finalUrl` where the reading ended; `notes` gets what was followed.
 */
async function readStart(first: QueueItem, opts: CrawlOptions, notes: Note[], shared: Shared): Promise<PageWithAnalysis> {
  let page = await fetchPage(first, opts, [], shared);
  const hops: string[] = [];
  const visited = new Set([page.finalUrl ?? page.url]);
  for (let hop = 0; ; hop++) {
    const refresh = page.analysis?.refresh;
    if (page.error || !refresh) break;
    const from = page.finalUrl ?? page.url;
    const to = normalizePageUrl(refresh.url) ?? refresh.url;
    if (to === from) break; // a page that reloads itself is the page
    if (visited.has(to) || hop >= CRAWL_LIMITS.refreshHops) {
      notes.push(note('crawl.meta-refresh-loop', { to }));
      break;
    }
    if (opts.respectRobots && !(await opts.http.robotsAllowed(to))) break;
    visited.add(to);
    const next = await fetchPage({ ...first, url: to }, opts, [], shared);
    notes.push(note('crawl.meta-refresh', { from, to }));
    hops.push(from);
    // The reading now stands for the start page: the URL asked for, and where it ended.
    page = { ...next, url: first.url, finalUrl: next.finalUrl ?? to, https: (next.finalUrl ?? to).startsWith('https:') };
    const detail = details.get(next);
    if (detail) details.set(page, detail);
  }
  if (hops.length > 0) page.hops = hops;
  return page;
}

/** A page as fetchPage returns it: the analysis (links, h1, refresh) rides along until the crawl has used it. */
type PageWithAnalysis = PageRecord & { analysis?: ReturnType<typeof analyzePage>; hops?: string[] };

/**
 * Fetches and analyses one page; every failure becomes the page's `error`, never a throw. `linkTexts` are the
 * texts of the links to it read so far (help and legal links are read first, so a legal page's are known by then).
 */
async function fetchPage(item: QueueItem, opts: CrawlOptions, linkTexts: string[], shared: Shared): Promise<PageWithAnalysis> {
  const page: PageWithAnalysis = {
    url: item.url,
    status: null,
    depth: item.depth,
    fetchMs: 0,
    https: item.url.startsWith('https:'),
    kinds: [],
  };
  if (item.from) page.from = item.from;
  if (item.via) page.via = item.via;
  let res: FetchResult;
  try {
    res = await opts.http.fetchText(item.url, { accept: (ct) => HTML_TYPES.has(ct), ...(opts.signal ? { signal: opts.signal } : {}) });
  } catch (err) {
    page.error = toPageError(err);
    details.set(page, err instanceof Error ? err.message : String(err));
    return page;
  }
  page.status = res.status;
  page.fetchMs = Math.round(res.ms);
  page.bytes = res.bytes;
  if (res.contentType) page.contentType = shared.text(res.contentType);
  if (res.finalUrl && res.finalUrl !== item.url) {
    page.finalUrl = res.finalUrl;
    page.https = res.finalUrl.startsWith('https:');
  }
  if (res.status >= 400) {
    // A 429/503 whose Retry-After asked for longer than the tool waits: given up at once, and said with the wait.
    const wait = askedWait(res.status, res.headers);
    page.error = wait !== undefined && wait > 0 ? note('retry-after', { status: res.status, seconds: Math.ceil(wait / 1000) }) : httpStatusNote(res.status);
    return page;
  }
  if (res.skipped || res.body === undefined) {
    page.error = note('not-html', { contentType: res.contentType || null });
    return page;
  }
  if (res.charset) page.charset = shared.text(res.charset);
  if (res.charsetWarnings) {
    page.warnings = res.charsetWarnings.map((w) => note('bad-charset', { label: w.label, declaredIn: w.declaredIn, charset: res.charset ?? 'utf-8' }));
  }
  // Let the answers that arrived meanwhile be read before this page's analysis holds the thread.
  await nextTurn();
  try {
    const analysis = analyzePage(res.body, page.finalUrl ?? page.url, { parser: opts.parser, linkTexts });
    page.title = analysis.title;
    if (analysis.lang) page.lang = shared.text(analysis.lang);
    page.viewport = typeof analysis.viewport === 'string' ? shared.text(analysis.viewport) : analysis.viewport;
    page.facts = shared.facts(analysis.facts);
    page.analysis = analysis;
  } catch (err) {
    page.error = note('parse-error');
    details.set(page, `could not analyse the HTML: ${err instanceof Error ? err.message : String(err)}`);
  }
  return page;
}

/**
 * What pages repeat, kept once for the whole crawl: a site's header, footer and "follow us" block give every page the
 * same links and social profiles, and each page's copies (objects, and strings sliced from its text) were kept until
 * the audit ended, about half of what a crawl holds per page. Findings are plain data that nothing changes after
 * analysis, so pages can share them; a finding seen once costs its key until CRAWL_LIMITS.shared distinct ones.
 */
class Shared {
  private readonly known = new Map<string, unknown>();
  /**
   * Link findings by URL, then text: a page holds a hundred or so, and a JSON key for each (as for the rarer socials)
   * was ~2% of what a crawl allocates. A URL's findings for one text differ only by placement (kinds follow from URL
   * and text, and are compared all the same).
   */
  private readonly links = new Map<string, Map<string, LinkFinding[]>>();
  private linksKept = 0;

  /** The first copy of an equal finding (same fields, same order) met before, or this one, now remembered. */
  private one<T>(key: string, value: T): T {
    const known = this.known.get(key);
    if (known !== undefined) return known as T;
    if (this.room()) this.known.set(key, value);
    return value;
  }

  private room(): boolean {
    return this.known.size + this.linksKept < CRAWL_LIMITS.shared;
  }

  /** As `one`, for a link finding (url, text, placement and kinds, in that order, as analyzePage makes them). */
  private link(f: LinkFinding): LinkFinding {
    const byText = this.links.get(f.url);
    const same = byText?.get(f.text);
    if (same) {
      for (let i = 0; i < same.length; i++) if (same[i].placement === f.placement && sameKinds(same[i].kinds, f.kinds)) return same[i];
    }
    if (!this.room()) return f;
    if (same) same.push(f);
    else if (byText) byText.set(f.text, [f]);
    else this.links.set(f.url, new Map([[f.text, [f]]]));
    this.linksKept++;
    return f;
  }

  text(value: string): string {
    return this.one(`t${value}`, value);
  }

  facts(facts: PageFacts): PageFacts {
    if (facts.socials.length > 0) facts.socials = facts.socials.map((f) => this.one(`s${JSON.stringify(f)}`, f));
    const { links } = facts;
    for (let i = 0; i < links.length; i++) links[i] = this.link(links[i]);
    return facts;
  }
}

function sameKinds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A fetch failure as stored: the HttpError's code and figures (never its English message). */
function toPageError(err: unknown): PageError {
  if (err instanceof HttpError) return Object.keys(err.data).length > 0 ? { code: err.code, data: { ...err.data } } : { code: err.code };
  return note('network', { errno: 'unknown' });
}

/** English one-line details of failures, for the CLI's stderr and debugging; never stored in the snapshot. */
const details = new WeakMap<PageRecord, string>();

/**
 * Why a page (or a site error) failed, in English for the CLI's stderr ("cannot audit URL: HTTP 404"): the HTTP
 * layer's message when there was one, else the code and its figures. Reports word the stored note instead.
 */
export function errorDetail(page: PageRecord): string | undefined {
  if (!page.error) return undefined;
  const known = details.get(page);
  if (known) return known;
  const { code, data } = page.error;
  if (/^http-\d{3}$/.test(code)) return `HTTP ${String(data?.status ?? code.slice(5))}`;
  if (code === 'not-html') return `not an HTML page (${typeof data?.contentType === 'string' ? data.contentType : 'no content type'})`;
  const figures = Object.entries(data ?? {}).map(([k, v]) => `${k} ${String(v)}`);
  return figures.length > 0 ? `${code} (${figures.join(', ')})` : code;
}

/**
 * The pages waiting to be read, taken lowest (priority, seq) first. A priority is a small whole number fixed when the
 * page is queued and seq only grows, so one first-in-first-out line per priority keeps that order: taking a page costs
 * the same whether 10 or 10,000 wait (a scan of all of them, then a splice, for each page read did not).
 */
class Frontier {
  private readonly lines: { items: QueueItem[]; head: number }[] = [];
  size = 0;

  push(item: QueueItem): void {
    (this.lines[item.priority] ??= { items: [], head: 0 }).items.push(item);
    this.size++;
  }

  take(): QueueItem | undefined {
    for (const line of this.lines) {
      if (!line || line.head === line.items.length) continue;
      const item = line.items[line.head];
      // Read entries are let go: the line is emptied when it runs out, or trimmed when half of it is read.
      line.items[line.head++] = undefined as unknown as QueueItem;
      if (line.head === line.items.length) {
        line.items.length = 0;
        line.head = 0;
      } else if (line.head > 1024 && line.head * 2 > line.items.length) {
        line.items.splice(0, line.head);
        line.head = 0;
      }
      this.size--;
      return item;
    }
    return undefined;
  }
}

/**
 * The robots.txt files of the crawled origins that could not be read (a 5xx, a timeout, a redirect loop, a file over
 * the size cap): every page was then treated as allowed, which the report says.
 */
function robotsFailures(opts: CrawlOptions, pages: PageRecord[]): Note[] {
  if (!opts.respectRobots) return [];
  const origins = new Set<string>();
  for (const page of pages) {
    for (const url of [page.url, page.finalUrl]) {
      if (!url) continue;
      try {
        origins.add(new URL(url).origin);
      } catch {
        // not a URL: nothing to say about its robots.txt
      }
    }
  }
  const out: Note[] = [];
  for (const origin of [...origins].sort()) {
    const info = opts.http.robotsInfo(origin);
    if (!info?.error) continue;
    out.push(info.status !== undefined ? note('crawl.robots-http', { url: info.url, status: info.status }) : note('crawl.robots-failed', { url: info.url, failure: info.failure ?? 'internal' }));
  }
  return out;
}

function robotsSummary(opts: CrawlOptions, startUrl: string, disallowed: string[]): SiteSnapshot['robots'] {
  const origin = new URL(startUrl).origin;
  const info = opts.http.robotsInfo(origin);
  return {
    url: info?.url ?? `${origin}/robots.txt`,
    found: info?.found ?? false,
    respected: opts.respectRobots,
    disallowedSkipped: disallowed.slice(0, 50),
  };
}

export type { Scope };
