// JSON-LD nodes of another body than the site's (src/collect/site/other-node.ts, read by scripts.ts): the body a club
// is a member of, and an organisation whose url is on another domain. Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { onOtherSite } from '../../../src/collect/site/other-node.js';
import { findJsonLdSocials, namedByParentNode } from '../../../src/collect/site/scripts.js';

const URL = 'https://www.tarnvale-rovers.test/';
const TARGET = { domain: 'tarnvale-rovers.test', brandName: 'Tarnvale Rovers' };

const found = (json: unknown, pageUrl?: string) =>
  findJsonLdSocials(JSON.stringify(json), undefined, pageUrl).map((f) => `${f.handle}${namedByParentNode(f) ? ' (other)' : ''}`);

function judged(html: string): Record<string, boolean> {
  const { facts } = analyzePage(html, URL);
  return Object.fromEntries(
    mergeAccounts([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], TARGET).map((a) => [`${a.platform}:${a.handle}`, a.official]),
  );
}

describe('onOtherSite', () => {
  it("tells another registrable name from the site's, whatever the suffix or subdomain", () => {
    expect(onOtherSite('roversfoundation.test', 'tarnvale-rovers.test')).toBe(true);
    expect(onOtherSite('shop.tarnvale-rovers.test', 'tarnvale-rovers.test')).toBe(false);
    expect(onOtherSite('tarnvale-rovers.de', 'tarnvale-rovers.test')).toBe(false);
    expect(onOtherSite('facebook.com', 'tarnvale-rovers.test')).toBe(false);
    expect(onOtherSite(undefined, 'tarnvale-rovers.test')).toBe(false);
  });
});

describe('findJsonLdSocials: other bodies', () => {
  it("marks a memberOf body's sameAs, the club's own kept", () => {
    expect(
      found({
        '@type': 'SportsTeam',
        name: 'Tarnvale Rovers',
        sameAs: ['https://x.com/tarnvalerovers'],
        memberOf: { '@type': 'SportsOrganization', name: 'Northern Counties League', sameAs: ['https://x.com/nclfootball'] },
      }),
    ).toEqual(['tarnvalerovers', 'nclfootball (other)']);
  });

  it("marks an organisation node on another domain, not one on the site's or without an address", () => {
    const graph = {
      '@graph': [
        { '@type': 'SportsTeam', url: URL, sameAs: ['https://www.instagram.com/tarnvalerovers/'] },
        { '@type': 'NGO', name: 'Rovers Foundation', url: 'https://www.roversfoundation.test/', sameAs: ['https://www.facebook.com/roversfoundation'] },
        { '@type': 'Organization', name: 'Rovers Academy', url: `${URL}academy/`, sameAs: ['https://www.instagram.com/rovers.academy/'] },
        { '@type': 'Organization', name: 'Rovers Shop', sameAs: ['https://www.instagram.com/rovers.shop/'] },
      ],
    };
    expect(found(graph, URL)).toEqual(['tarnvalerovers', 'roversfoundation (other)', 'rovers.academy', 'rovers.shop']);
  });

  it('keeps a lone organisation node on another domain as the brand under another address', () => {
    const shop = 'https://www.tarnvale-rovers-shop.test/';
    const ld = { '@type': 'SportsTeam', name: 'Tarnvale Rovers', url: 'https://www.tarnvale-rovers.test/', sameAs: ['https://x.com/tarnvalerovers'] };
    expect(found(ld, shop)).toEqual(['tarnvalerovers']);
    // Beside a node on the shop's own domain, the same node is another body's.
    expect(found({ '@graph': [{ '@type': 'Store', '@id': `${shop}#store`, name: 'Rovers Shop' }, { '@type': 'Organization', url: shop, sameAs: ['https://www.instagram.com/rovers.shop/'] }, ld] }, shop)).toEqual([
      'rovers.shop',
      'tarnvalerovers (other)',
    ]);
  });

  it("keeps the league's footer icons from the official accounts, the club's beside them official", () => {
    const ld = {
      '@type': 'SportsTeam',
      name: 'Tarnvale Rovers',
      url: URL,
      sameAs: ['https://x.com/tarnvalerovers'],
      memberOf: { '@type': 'SportsOrganization', name: 'Northern Counties League', sameAs: ['https://x.com/nclfootball', 'https://www.instagram.com/ncleague/'] },
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><footer>
      <ul><li><a href="https://x.com/tarnvalerovers">X</a></li><li><a href="https://www.instagram.com/tarnvalerovers/">Instagram</a></li></ul>
      <p>Members of the Northern Counties League · <a href="https://x.com/nclfootball">X</a> · <a href="https://www.instagram.com/ncleague/">Instagram</a></p>
      </footer></body></html>`;
    const verdicts = judged(html);
    expect(verdicts['x:tarnvalerovers']).toBe(true);
    expect(verdicts['instagram:tarnvalerovers']).toBe(true);
    expect(verdicts['x:nclfootball']).toBe(false);
    expect(verdicts['instagram:ncleague']).toBe(false);
  });
});
