// Breadth-first crawl of the brand's site, support-like links first, bounded by page count and depth.
import type { HttpClient, FetchResult } from '../../http/client.js';
import { HttpError } from '../../http/client.js';
import type { PageError, PageRecord, Placement, SiteSnapshot } from '../../snapshot/types.js';
import { httpStatusNote, note } from '../codes.js';
import { analyzePage } from './analyze.js';
import { classifyLink, classifyPage } from './page-kinds.js';
import { inScope, isSiteHost, makeScope, normalizePageUrl, registrableDomain, type Scope } from './scope.js';

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
}

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

/** Non-support links wait this many levels longer, so a help page three clicks deep still beats a product page. */
const NON_SUPPORT_PENALTY = 2;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml', '']);

/**
 * Crawls from `startUrl`. The start page is fetched first and alone (its redirects define the site's domain);
 * a start page that cannot be read is returned as the only page, with its error, for the caller to decide.
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
  const byUrl = new Map<string, PageRecord>();
  const linkTexts = new Map<string, string[]>();
  const h1s = new Map<PageRecord, string | undefined>();
  const finalUrls = new Set<string>();
  const disallowed: string[] = [];
  const queue: QueueItem[] = [];
  let seq = 0;
  let started = 0;

  const enqueue = (url: string, depth: number, from: string | undefined, text: string, fromSite: boolean, via?: Placement): void => {
    const norm = normalizePageUrl(url);
    if (!norm) return;
    // A URL seen before passed the scope test then, and scope only grows: most links of a page are known ones.
    const known = seen.get(norm);
    if (!known && !inScope(norm, scope, fromSite)) return;
    if (text) {
      const texts = linkTexts.get(norm) ?? [];
      if (texts.length < 5 && !texts.includes(text)) texts.push(text);
      linkTexts.set(norm, texts);
    }
    if (known) {
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
    const supportLike = classifyLink(norm, text).length > 0;
    const item: QueueItem = { url: norm, depth, from, via, priority: depth + (supportLike ? 0 : NON_SUPPORT_PENALTY), seq: seq++ };
    seen.set(norm, item);
    queue.push(item);
  };

  const visit = async (item: QueueItem): Promise<PageRecord | null> => {
    if (opts.respectRobots && !(await opts.http.robotsAllowed(item.url))) {
      disallowed.push(item.url);
      return null;
    }
    const page = await fetchPage(item, opts, linkTexts.get(item.url) ?? []);
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
      const onSite = isSiteHost(new URL(page.finalUrl ?? page.url).hostname, scope);
      for (const link of analysis.links) enqueue(link.url, page.depth + 1, page.url, link.text, onSite, link.placement);
    }
    return page;
  };

  // The start page alone first: where it redirects is part of the site too (brand.fr → www.brand.com).
  enqueue(startUrl, 0, undefined, '', true);
  const first = queue.shift()!;
  started++;
  const start = await visit(first);
  if (!start) {
    const page: PageRecord = { url: first.url, status: null, depth: 0, fetchMs: 0, https: first.url.startsWith('https:'), kinds: [], error: note('robots') };
    details.set(page, 'robots.txt disallows the start page (use --ignore-robots to audit anyway)');
    site.pages.push(page);
    site.robots = robotsSummary(opts, startUrl, disallowed);
    return site;
  }
  site.pages.push(start);
  opts.onPage?.(start, 1);
  if (start.error) {
    site.robots = robotsSummary(opts, startUrl, disallowed);
    return site;
  }
  if (start.finalUrl) scope.domains.add(registrableDomain(new URL(start.finalUrl).hostname));

  // Workers pull the best item from the queue; fetched pages push new links. Stops at maxPages.
  let active = 0;
  await new Promise<void>((resolve) => {
    const pump = (): void => {
      while (active < opts.concurrency && queue.length > 0 && started < opts.maxPages) {
        const item = takeBest(queue);
        started++;
        active++;
        visit(item)
          .then((page) => {
            if (page) {
              site.pages.push(page);
              opts.onPage?.(page, site.pages.length);
            } else {
              started--; // robots-skipped URLs do not use up the page budget
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

  if (queue.length > 0) {
    site.limits.truncated = true;
    site.errors.push(note('max-pages', { maxPages: opts.maxPages, unread: queue.length }));
  }
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
  return site;
}

type PageWithAnalysis = PageRecord & { analysis?: ReturnType<typeof analyzePage> };

/**
 * Fetches and analyses one page; every failure becomes the page's `error`, never a throw. `linkTexts` are the
 * texts of the links to it read so far (help and legal links are read first, so a legal page's are known by then).
 */
async function fetchPage(item: QueueItem, opts: CrawlOptions, linkTexts: string[]): Promise<PageWithAnalysis> {
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
    res = await opts.http.fetchText(item.url, { accept: (ct) => HTML_TYPES.has(ct) });
  } catch (err) {
    page.error = toPageError(err);
    details.set(page, err instanceof Error ? err.message : String(err));
    return page;
  }
  page.status = res.status;
  page.fetchMs = Math.round(res.ms);
  page.bytes = res.bytes;
  if (res.contentType) page.contentType = res.contentType;
  if (res.finalUrl && res.finalUrl !== item.url) {
    page.finalUrl = res.finalUrl;
    page.https = res.finalUrl.startsWith('https:');
  }
  if (res.status >= 400) {
    page.error = httpStatusNote(res.status);
    return page;
  }
  if (res.skipped || res.body === undefined) {
    page.error = note('not-html', { contentType: res.contentType || null });
    return page;
  }
  if (res.charset) page.charset = res.charset;
  if (res.charsetWarnings) {
    page.warnings = res.charsetWarnings.map((w) => note('bad-charset', { label: w.label, declaredIn: w.declaredIn, charset: res.charset ?? 'utf-8' }));
  }
  try {
    const analysis = analyzePage(res.body, page.finalUrl ?? page.url, { parser: opts.parser, linkTexts });
    page.title = analysis.title;
    if (analysis.lang) page.lang = analysis.lang;
    page.viewport = analysis.viewport;
    page.facts = analysis.facts;
    page.analysis = analysis;
  } catch (err) {
    page.error = note('parse-error');
    details.set(page, `could not analyse the HTML: ${err instanceof Error ? err.message : String(err)}`);
  }
  return page;
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

/** Removes and returns the queue item with the lowest (priority, seq). The queue stays small (≤ a few thousand). */
function takeBest(queue: QueueItem[]): QueueItem {
  let best = 0;
  for (let i = 1; i < queue.length; i++) {
    const a = queue[i];
    const b = queue[best];
    if (a.priority < b.priority || (a.priority === b.priority && a.seq < b.seq)) best = i;
  }
  return queue.splice(best, 1)[0];
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
