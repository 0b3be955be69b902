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
});
