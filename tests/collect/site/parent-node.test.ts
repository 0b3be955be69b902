// The brand's parent group named by its own JSON-LD node (`parentOrganization`, nested or by `@id`), and a place's
// node (a Restaurant of an ItemList) naming a franchised restaurant's account the page says someone else operates
// (src/collect/site/scripts.ts, accounts.ts judge). Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { findJsonLdSocials, namedByParentNode, namedByPlaceNode } from '../../../src/collect/site/scripts.js';

const URL = 'https://www.hollinroast.test/';
const TARGET = { domain: 'hollinroast.test', brandName: 'Hollin Roasters' };

const found = (json: unknown) => findJsonLdSocials(JSON.stringify(json)).map((f) => `${f.how} ${f.handle}${namedByParentNode(f) ? ' (parent)' : ''}`);

function judged(html: string): Record<string, [boolean, string | undefined]> {
  const { facts } = analyzePage(html, URL);
  return Object.fromEntries(
    mergeAccounts([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], TARGET).map((a) => [`${a.platform}:${a.handle}`, [a.official, a.reason?.code]]),
  );
}

describe('findJsonLdSocials: the parent group', () => {
  it("marks a nested parent's sameAs, and keeps the brand's own and its parts' as the site's", () => {
    expect(
      found({
        '@type': 'Organization',
        url: URL,
        sameAs: ['https://www.instagram.com/hollinroast/'],
        parentOrganization: { '@type': 'Corporation', name: 'Brackmoor Foods plc', sameAs: ['https://www.linkedin.com/company/brackmoor-foods/'] },
        subOrganization: { '@type': 'Organization', name: 'Hollin Academy', sameAs: ['https://www.instagram.com/hollin.academy/'] },
      }),
    ).toEqual(['json-ld hollinroast', 'embedded-json brackmoor-foods (parent)', 'json-ld hollin.academy']);
  });

  it('marks a parent named by @id on another host, not the site\'s own organisation named by one of its parts', () => {
    const graph = {
      '@graph': [
        { '@type': 'Organization', '@id': `${URL}#org`, url: URL, parentOrganization: { '@id': 'https://www.brackmoor.test/#group' }, sameAs: ['https://x.com/hollinroast'] },
        { '@type': 'Corporation', '@id': 'https://www.brackmoor.test/#group', sameAs: ['https://x.com/brackmoorfoods'] },
      ],
    };
    expect(found(graph)).toEqual(['json-ld hollinroast', 'embedded-json brackmoorfoods (parent)']);
    const part = {
      '@graph': [
        { '@type': 'Organization', '@id': `${URL}#org`, url: URL, sameAs: ['https://x.com/hollinroast'] },
        { '@type': 'Organization', url: `${URL}school/`, parentOrganization: { '@id': `${URL}#org` }, sameAs: ['https://x.com/hollinschool'] },
      ],
    };
    expect(found(part)).toEqual(['json-ld hollinroast', 'json-ld hollinschool']);
  });

  it("tells a place's node from an organisation's", () => {
    const [place] = findJsonLdSocials(JSON.stringify({ '@type': 'ItemList', itemListElement: [{ '@type': 'ListItem', item: { '@type': 'Restaurant', sameAs: 'https://www.instagram.com/hollin.leeds/' } }] }));
    const [org] = findJsonLdSocials(JSON.stringify({ '@type': 'Organization', sameAs: 'https://www.instagram.com/hollinroast/' }));
    expect([namedByPlaceNode(place), namedByPlaceNode(org)]).toEqual([true, false]);
  });
});

describe('mergeAccounts: the parent group and a franchised place', () => {
  it("keeps the parent group's footer icons from the official accounts, the brand's beside them official", () => {
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({
      '@type': 'Organization',
      url: URL,
      sameAs: ['https://www.instagram.com/hollinroast/'],
      parentOrganization: { '@type': 'Corporation', name: 'Brackmoor Foods plc', sameAs: ['https://www.linkedin.com/company/brackmoor-foods/'] },
    })}</script></head><body><footer><h4>Follow us</h4><a href="https://www.instagram.com/hollinroast/">Instagram</a> <a href="https://x.com/hollincoffee">X</a>
      <p>Hollin Roasters is part of Brackmoor Foods plc.</p><a href="https://www.linkedin.com/company/brackmoor-foods/">LinkedIn</a></footer></body></html>`;
    const got = judged(html);
    expect(got['linkedin:brackmoor-foods']).toEqual([false, 'site.account.parent-org']);
    expect(got['instagram:hollinroast']).toEqual([true, 'site.account.json-ld']);
    expect(got['x:hollincoffee']?.[0]).toBe(true);
  });

  it("lets the page's \"operated by\" outweigh a place's node, not the brand's own", () => {
    const list = {
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', item: { '@type': 'CafeOrCoffeeShop', name: 'Hollin York', sameAs: ['https://www.instagram.com/hollin.york/'] } },
        { '@type': 'ListItem', item: { '@type': 'CafeOrCoffeeShop', name: 'Hollin Leeds', sameAs: ['https://www.instagram.com/hollin.leeds/'] } },
      ],
    };
    const html = `<html><head><script type="application/ld+json">${JSON.stringify(list)}</script></head><body><main>
      <div class="cafe"><h3>Hollin York</h3><p>12 Stonegate, York</p><p>Instagram: <a href="https://www.instagram.com/hollin.york/">@hollin.york</a></p></div>
      <div class="cafe"><h3>Hollin Leeds</h3><p>Operated by Kirkgate Coffee Ltd under franchise.</p><p>Instagram: <a href="https://www.instagram.com/hollin.leeds/">@hollin.leeds</a></p></div>
      </main></body></html>`;
    const got = judged(html);
    expect(got['instagram:hollin.leeds']).toEqual([false, 'site.account.disowned']);
    expect(got['instagram:hollin.york']).toEqual([true, 'site.account.json-ld']);
  });
});
