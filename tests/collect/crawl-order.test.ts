// crawlSite over an in-memory site (no network): the order pages are read in (support-like links first, then by
// clicks from the start page, each level in the order its links were found), the count of pages left unread, and
// findings every page repeats kept once for all pages.
import { describe, expect, it } from 'vitest';
import { crawlSite } from '../../src/collect/site/crawl.js';
import type { FetchResult, HttpClient } from '../../src/http/client.js';

const ORIGIN = 'https://www.brand.test';

/** A page with the site's header and footer (help and legal links, two profiles) and its own links. */
function html(title: string, own: string[]): string {
  return `<!doctype html><html lang="fr"><head><title>${title}</title><meta name="viewport" content="width=device-width"></head><body>
<header><a href="/aide">Aide</a></header>
<main>${own.map((href) => `<a href="${href}">${href.slice(1)}</a>`).join(' ')}</main>
<footer><a href="/cgv">CGV</a> <a href="https://x.com/brand">X</a> <a href="https://www.facebook.com/brand">Facebook</a></footer>
</body></html>`;
}

/** The site: the home page links three catalogue pages, each of which links two products. */
const SITE: Record<string, string> = {
  '/': html('Brand', ['/c1', '/c2', '/c3']),
  '/aide': html('Aide', []),
  '/cgv': html('CGV', []),
  '/c1': html('C1', ['/p11', '/p12']),
  '/c2': html('C2', ['/p21', '/p22']),
  '/c3': html('C3', ['/p31', '/p32']),
  ...Object.fromEntries(['/p11', '/p12', '/p21', '/p22', '/p31', '/p32'].map((p) => [p, html(p, [])])),
};

function siteClient(read: string[]): HttpClient {
  return {
    async fetchText(url: string): Promise<FetchResult> {
      const path = new URL(url).pathname;
      read.push(path);
      const body = SITE[path];
      const base = { url, finalUrl: url, headers: {}, ms: 1 };
      if (body === undefined) return { ...base, status: 404, contentType: 'text/html', bytes: 0, body: '' };
      return { ...base, status: 200, contentType: 'text/html', charset: 'utf-8', bytes: body.length, body };
    },
    fetchJson: () => Promise.reject(new Error('not used')),
    robotsAllowed: async () => true,
    robotsInfo: () => undefined,
    close: async () => {},
  };
}

describe('crawlSite', () => {
  it('reads support pages first, then level by level in the order links were found, and counts what it left', async () => {
    const read: string[] = [];
    const site = await crawlSite(`${ORIGIN}/`, { http: siteClient(read), maxPages: 8, maxDepth: 5, concurrency: 1, respectRobots: false });
    expect(read).toEqual(['/', '/aide', '/cgv', '/c1', '/c2', '/c3', '/p11', '/p12']);
    expect(site.errors).toEqual([{ code: 'max-pages', data: { maxPages: 8, unread: 4 } }]);
    expect(site.limits.truncated).toBe(true);
  });

  it('keeps the links and profiles every page repeats once for all pages', async () => {
    const site = await crawlSite(`${ORIGIN}/`, { http: siteClient([]), maxPages: 20, maxDepth: 5, concurrency: 2, respectRobots: false });
    expect(site.pages).toHaveLength(12);
    const [a, b] = site.pages.filter((p) => p.url.includes('/p'));
    expect(a.facts!.socials.map((s) => s.handle)).toEqual(['brand', 'brand']);
    expect(b.facts!.socials[0]).toBe(a.facts!.socials[0]);
    expect(b.facts!.links.find((l) => l.text === 'Aide')).toBe(a.facts!.links.find((l) => l.text === 'Aide'));
    expect(b.viewport).toBe('width=device-width');
    expect(site.errors).toEqual([]);
  });

  it('reads a page linked under two spellings of its URL once, by the texts of the links to it from every page', async () => {
    // Each link URL keeps its normalised URL, queue item and texts for the pages to come (crawl.ts LinkTarget): a
    // spelling met first, a spelling met later, and a page's own link back, all answer for one page.
    const site: Record<string, string> = {
      '/': '<title>Brand</title><a href="/c1">c1</a> <a href="/infos?utm_source=menu">Infos</a>',
      '/c1': '<title>C1</title><a href="/infos">CGV</a> <a href="/infos?utm_source=menu">Infos</a> <a href="/c2">c2</a>',
      '/c2': '<title>C2</title><a href="/infos?utm_campaign=x">Mentions légales</a> <a href="/">Accueil</a>',
      '/infos': '<title>Page</title><a href="/infos">Infos</a>',
    };
    const read: string[] = [];
    const http: HttpClient = {
      ...siteClient([]),
      async fetchText(url: string): Promise<FetchResult> {
        const path = new URL(url).pathname;
        read.push(`${path}${new URL(url).search}`);
        const body = site[path] ?? '';
        return { url, finalUrl: url, headers: {}, ms: 1, status: 200, contentType: 'text/html', charset: 'utf-8', bytes: body.length, body };
      },
    };
    const crawled = await crawlSite(`${ORIGIN}/`, { http, maxPages: 10, maxDepth: 5, concurrency: 1, respectRobots: false });
    expect(read).toEqual(['/', '/c1', '/infos', '/c2']);
    const infos = crawled.pages.find((p) => p.url === `${ORIGIN}/infos`)!;
    expect(infos.depth).toBe(1);
    expect(infos.kinds).toEqual(['terms', 'legal-notice']);
  });
});
