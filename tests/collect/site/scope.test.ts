// normalizePageUrl de-duplicates page URLs: no fragment, no tracking parameters, the query as URLSearchParams writes
// it. A query it would write back unchanged is kept as it is, without parsing its parameters: the same URL either way.
import { describe, expect, it } from 'vitest';
import { hostInScope, makeScope, normalizePageUrl, urlHost } from '../../../src/collect/site/scope.js';

/** What normalising gives by URLSearchParams alone: each tracking parameter removed, the query serialised again. */
function byParams(raw: string): string {
  const u = new URL(raw);
  u.hash = '';
  if (!u.href.includes('?')) return u.href;
  for (const key of [...u.searchParams.keys()]) if (/^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|_gl|ref_src|igshid)$/i.test(key)) u.searchParams.delete(key);
  u.search = u.searchParams.toString() ? `?${u.searchParams.toString()}` : '';
  return u.href;
}

describe('normalizePageUrl', () => {
  it('keeps a query URLSearchParams writes back unchanged, as it is', () => {
    const share = 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fshop.example.test%2Fp%2F12-chaise.html';
    expect(normalizePageUrl(share)).toBe(share);
    expect(normalizePageUrl('https://shop.example.test/c/salon.html?page=2&sort=price-asc#top')).toBe('https://shop.example.test/c/salon.html?page=2&sort=price-asc');
  });

  it('rewrites other queries as URLSearchParams does, and drops tracking parameters', () => {
    const cases = [
      'https://shop.example.test/?utm_source=news&page=2',
      'https://shop.example.test/?page=2&UTM_Medium=x',
      'https://shop.example.test/?%75tm_source=x&a=1',
      'https://shop.example.test/?a=%3a%2f',
      'https://shop.example.test/?a=%41&b=%20',
      'https://shop.example.test/?a=b=c',
      'https://shop.example.test/?a&b=',
      'https://shop.example.test/?a=1&&b=2',
      'https://shop.example.test/?q=caf%C3%A9+cr%C3%A8me',
      'https://shop.example.test/?q=%E9',
      'https://shop.example.test/?',
      'https://shop.example.test/?fbclid=1',
      'https://shop.example.test/?a=~x',
    ];
    for (const raw of cases) expect([raw, normalizePageUrl(raw)]).toEqual([raw, byParams(raw)]);
    expect(normalizePageUrl('https://shop.example.test/?utm_source=news&page=2')).toBe('https://shop.example.test/?page=2');
  });
});

describe('hostInScope', () => {
  it("takes the site's domains, and a hosted help centre only from the site's own pages; a kept host is judged anew", () => {
    const scope = makeScope('https://www.brand.test/');
    expect(hostInScope(urlHost('https://shop.brand.test/a')!, scope, false)).toBe(true);
    expect(urlHost('not a url')).toBeNull();
    // The crawl keeps a link's host while the link is out of scope, and asks again as the scope grows.
    const desk = urlHost('https://Brand.Zendesk.com/hc/fr')!;
    expect(hostInScope(desk, scope, false)).toBe(false);
    expect(hostInScope(desk, scope, true)).toBe(true);
    expect(hostInScope(desk, scope, false)).toBe(true);
    const other = urlHost('https://www.brand-shop.test/')!;
    expect(hostInScope(other, scope, true)).toBe(false);
    scope.domains.add('brand-shop.test');
    expect(hostInScope(other, scope, true)).toBe(true);
  });
});
