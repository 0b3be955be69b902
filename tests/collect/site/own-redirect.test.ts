// The site's own outbound redirects (own-redirect.ts): a profile behind "/out?u=<encoded URL>" or "/go?to=<URL>" on the
// site's own host is read as a link to it; another site's redirect and a redirect to a page that is no profile are not.
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { discover } from '../../../src/collect/site/accuracy.js';
import { ownRedirectTarget } from '../../../src/collect/site/own-redirect.js';
import { loadPageSet } from '../../../scripts/page-set.mjs';

const own = new Set(['www.ceramicaalbar.test']);

describe("the site's own redirects", () => {
  it('unwraps u=, url=, to=, target=, redirect= holding a full address, on the site itself only', () => {
    expect(ownRedirectTarget(new URL('https://www.ceramicaalbar.test/out?u=https%3A%2F%2Fwww.tiktok.com%2F%40albar.taller'), own)).toBe('https://www.tiktok.com/@albar.taller');
    expect(ownRedirectTarget(new URL('https://ceramicaalbar.test/go?to=https://x.com/ceramicaalbar'), own)).toBe('https://x.com/ceramicaalbar');
    expect(ownRedirectTarget(new URL('https://www.ceramicaalbar.test/r?ref=news&target=https%3A%2F%2Finstagram.com%2Fa'), own)).toBe('https://instagram.com/a');
    expect(ownRedirectTarget(new URL('https://www.mercadoartesano.test/out?u=https%3A%2F%2Fwww.instagram.com%2Fmercadoartesano'), own)).toBeNull();
    expect(ownRedirectTarget(new URL('https://www.ceramicaalbar.test/out?u=%2Ftienda'), own)).toBeNull();
    expect(ownRedirectTarget(new URL('https://www.ceramicaalbar.test/tienda?page=2'), own)).toBeNull();
  });

  it('reads the profile behind a redirect as a sighting of it, and nothing behind a redirect to a page', () => {
    const html = `<html><body><main><p>Míranos en <a href="/out?url=https%3A%2F%2Fwww.tiktok.com%2F%40albar.taller">TikTok</a>
      y compra en <a href="/out?u=https%3A%2F%2Fwww.ceramicaalbar.test%2Ftienda">la tienda</a>, o en
      <a href="https://otra.test/out?u=https%3A%2F%2Fwww.instagram.com%2Fotra">otra</a>.</p></main></body></html>`;
    const found = analyzePage(html, 'https://www.ceramicaalbar.test/').facts.socials.map((s) => `${s.platform}:${s.handle}`);
    expect(found).toEqual(['tiktok:albar.taller']);
  });

  it("finds the brand's X behind its footer's redirect on the page-set site", () => {
    const [c] = loadPageSet().filter((s) => s.id === 'stockists-press-es');
    const accounts = discover(c).accounts;
    expect(accounts.find((a) => a.platform === 'x' && a.handle === 'ceramicaalbar')?.official).toBe(true);
    expect(accounts.some((a) => a.handle === 'mercadoartesano')).toBe(false);
  });
});
