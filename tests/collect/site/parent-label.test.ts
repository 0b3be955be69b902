// A parent group named by the brand's own JSON-LD node with a name and no sameAs, whose icons the page heads or labels
// with that name (src/collect/site/parent-label.ts, scripts.ts parentGroupNames). Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { parentGroupNames } from '../../../src/collect/site/scripts.js';
import { parentNamer } from '../../../src/collect/site/parent-label.js';

const URL = 'https://www.marlowferries.test/';
const TARGET = { domain: 'marlowferries.test', brandName: 'Marlow Ferries' };

function judged(jsonLd: unknown, footer: string): Record<string, [boolean, string | undefined]> {
  const html = `<html><head><script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head><body><main><h1>Crossings</h1></main><footer>${footer}</footer></body></html>`;
  const { facts } = analyzePage(html, URL);
  return Object.fromEntries(
    mergeAccounts([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], TARGET).map((a) => [`${a.platform}:${a.handle}`, [a.official, a.reason?.code]]),
  );
}

const ORG = { '@type': 'Organization', name: 'Marlow Ferries Ltd', url: URL, parentOrganization: { '@type': 'Corporation', name: 'Solent Crossings Group plc', url: 'https://www.solentgroup.test/' } };
const OWN = '<h3>Follow Marlow Ferries</h3><ul><li><a href="https://x.com/marlowferries">X</a></li><li><a href="https://www.facebook.com/marlowferries">Facebook</a></li></ul>';

describe('parentGroupNames', () => {
  it("reads the inline parent's name and the naming node's, not a parent on the site's own host", () => {
    expect(parentGroupNames(ORG, URL)).toEqual({ parents: ['Solent Crossings Group plc'], own: ['Marlow Ferries Ltd'] });
    expect(parentGroupNames({ ...ORG, parentOrganization: { name: 'Marlow Holdings', url: `${URL}holdings/` } }, URL)).toEqual({ parents: [], own: [] });
  });

  it('reads a node of a local type the WebSite names as its publisher', () => {
    const graph = { '@graph': [{ '@type': 'WebSite', publisher: { '@id': `${URL}#station` } }, { '@type': 'RadioStation', '@id': `${URL}#station`, name: 'Radio Marlow', parentOrganization: { name: 'Solent Radio Network' } }] };
    expect(parentGroupNames(graph, URL).parents).toEqual(['Solent Radio Network']);
  });
});

describe('parentNamer', () => {
  it("names the parent by whole words, without its legal form, and not where the brand's own name is there too", () => {
    const names = parentNamer({ parents: ['Solent Crossings Group plc'], own: ['Marlow Ferries Ltd'] })!;
    expect(['Solent Crossings Group on X', 'Follow Marlow Ferries', 'Marlow Ferries, part of Solent Crossings Group', 'X'].map(names)).toEqual([true, false, false, false]);
    expect(parentNamer({ parents: ['Marlow'], own: ['Marlow Ferries'] })).toBeNull();
  });
});

describe('mergeAccounts: icons headed or labelled by the parent group', () => {
  it("keeps the group's icons under its own heading, or labelled with its name in the brand's list, from the official accounts", () => {
    const footer = `${OWN}<h4>Solent Crossings Group</h4><ul><li><a href="https://www.linkedin.com/company/solent-crossings/">LinkedIn</a></li></ul>`;
    expect(judged(ORG, footer)).toMatchObject({
      'x:marlowferries': [true, 'site.account.placement'],
      'facebook:marlowferries': [true, 'site.account.placement'],
      'linkedin:solent-crossings': [false, 'site.account.parent-org'],
    });
    const labelled = OWN.replace('</ul>', '<li><a href="https://x.com/solentgroup" aria-label="Solent Crossings Group on X">X</a></li></ul>');
    expect(judged(ORG, labelled)['x:solentgroup']).toEqual([false, 'site.account.parent-org']);
  });

  it('reads nothing so where the JSON-LD names no parent', () => {
    const footer = `${OWN}<h4>Solent Crossings Group</h4><ul><li><a href="https://www.linkedin.com/company/solent-crossings/">LinkedIn</a></li></ul>`;
    const { parentOrganization: _, ...alone } = ORG;
    expect(judged(alone, footer)['linkedin:solent-crossings']).toEqual([true, 'site.account.placement']);
  });
});
