// A desk named in running text by a handle built on a CamelCase brand's short word and a desk word ("@PelangiStatus" of
// PelangiAir), read from whole pages through analyzePage and mergeAccounts, in a news article's text as in a page's;
// a city's desk, a shopping centre named with the same word and a fans' page never are. Synthetic pages written for
// these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { camelShortWords } from '../../../src/collect/site/camel-short-word.js';

const TARGET = { domain: 'pelangiair.test', brandName: 'PelangiAir' };
const URL = 'https://www.pelangiair.test/news/';

function official(body: string): string[] {
  const html = `<html><body><main>${body}</main><footer><h2>Follow us</h2><a href="https://x.com/pelangiair">X</a></footer></body></html>`;
  const accounts = mergeAccounts([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts: analyzePage(html, URL).facts }], TARGET);
  return accounts.filter((a) => a.official).map((a) => a.handle).sort();
}

describe('camelShortWords', () => {
  it('takes the first part of each CamelCase word of the name, from the given length', () => {
    expect(camelShortWords('PelangiAir', 5)).toEqual(['Pelangi']);
    expect(camelShortWords('OwoLink', 5)).toEqual([]);
    expect(camelShortWords('Kilima Tea', 4)).toEqual([]);
  });
});

describe('a desk built on the brand short word', () => {
  it('is the brand own in an article text, after the network name', () => {
    const body = `<article><h1>Supply restored</h1>
      <p>Outages and repair works are posted on X at @PelangiStatus as soon as our control room confirms them.</p>
      <p>Check road closures from DBKL on X at @dbkltrafik before you drive.</p>
      <p>The mall posts its own opening hours on X at @pelangimall_info.</p></article>`;
    expect(official(body)).toEqual(['pelangiair', 'pelangistatus']);
  });
});
