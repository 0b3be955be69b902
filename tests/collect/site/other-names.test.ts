// The brand's other names its own pages give (other-names.ts, read by analyzePage and judged by accounts.ts): its own
// JSON-LD node's alternateName or legalName, og:site_name, a line's "formerly known as". Synthetic pages written for
// these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { builtOnOtherName, jsonLdOtherNames, siteOtherNames, textOtherNames } from '../../../src/collect/site/other-names.js';
import { editDistance } from '../../../src/collect/site/text.js';

const URL = 'https://www.corvidlabs.test/about/';

describe('jsonLdOtherNames', () => {
  it("reads the site's own node, not a node of another host nor a page's", () => {
    const data = {
      '@graph': [
        { '@type': 'Organization', url: 'https://www.corvidlabs.test/', name: 'Corvid Labs', alternateName: ['Rookery Games'], legalName: 'Corvid Labs Ltd', memberOf: { '@type': 'Organization', url: 'https://guild.example/', alternateName: 'The Guild' } },
        { '@type': 'WebPage', url: 'https://www.corvidlabs.test/', name: 'Home page' },
      ],
    };
    expect(jsonLdOtherNames(data, URL)).toEqual(['Rookery Games', 'Corvid Labs Ltd', 'Corvid Labs']);
  });
});

describe('textOtherNames', () => {
  it('reads the name after "formerly known as" with the words before it, in several languages', () => {
    expect(textOtherNames('Corvid Labs — formerly known as Rookery Games — makes puzzle games.')).toEqual([{ name: 'Rookery Games', of: 'Corvid Labs' }]);
    expect(textOtherNames('La Brûlerie, anciennement Torréfaction du Port, livre le mardi.')).toEqual([{ name: 'Torréfaction du Port', of: 'La Brûlerie' }]);
    expect(textOtherNames('Nothing was renamed here.')).toEqual([]);
  });

  it('reads each sentence holding a phrase, in order, and a name that starts on the next line', () => {
    // The phrases are looked up first and only their sentences read: a phrase's own sentence, not its neighbours', gives
    // the words before it; a sentence without one is skipped whatever it holds.
    const text =
      'We bake daily. Once a week we roast. Kafé Nord — formerly\nNorrbryggeriet AB: since 1998! Brygga, ehemals Hafenbräu, braut. Call us?';
    expect(textOtherNames(text)).toEqual([
      { name: 'Norrbryggeriet AB', of: 'Kafé Nord' },
      { name: 'Hafenbräu', of: 'Brygga' },
    ]);
  });

  it('reads a phrase that follows a space, a comma, a bracket or a dash, after one inside a word in the same sentence', () => {
    // Only the stretches holding a phrase right after one of those are read: "Nantes" and "annonces" open no match.
    expect(textOtherNames("L'Atelier de Nantes (ex-Forge Morin) publie ses annonces.")).toEqual([{ name: 'Forge Morin', of: "L'Atelier de Nantes" }]);
    expect(textOtherNames('Livraison à Nantes, élégantes et charmantes annonces.')).toEqual([]);
    expect(textOtherNames('Nantes,anciennement Forge Morin.')).toEqual([{ name: 'Forge Morin', of: 'Nantes' }]);
  });
});

describe('builtOnOtherName', () => {
  it('reads the name, the name and more, its first letters, a letter spelt otherwise; not a word before it nor a part', () => {
    const names = ['rookerygames', 'rostwerktalblick'];
    expect(builtOnOtherName('rookerygames', names, editDistance)).toBe(true);
    expect(builtOnOtherName('rookerygamesarchive', names, editDistance)).toBe(true);
    expect(builtOnOtherName('rookerygam', names, editDistance)).toBe(true);
    expect(builtOnOtherName('roestwerktalblick', names, editDistance)).toBe(true);
    expect(builtOnOtherName('fansofrookerygames', names, editDistance)).toBe(false);
    expect(builtOnOtherName('rookery', names, editDistance)).toBe(false);
  });
});

describe('mergeAccounts: accounts on the brand’s other name', () => {
  it('makes them official from the metadata or a line naming the brand, not from a line naming another body', () => {
    const html = `<html><head><meta property="og:site_name" content="Corvid Labs">
      <script type="application/ld+json">{"@type":"Organization","url":"https://www.corvidlabs.test/","name":"Corvid Labs","alternateName":"Rookery Games"}</script></head>
      <body><main><p>Corvid Labs — formerly known as Nestbox Studio — still keeps <a href="https://x.com/nestboxstudio">x.com/nestboxstudio</a>.</p>
      <p>The old account is at <a href="https://www.instagram.com/rookerygames/">instagram.com/rookerygames</a>.</p>
      <p>The town's fair, formerly the Harbour Games Festival, posts at <a href="https://www.instagram.com/harbourgamesfestival/">@harbourgamesfestival</a>.</p></main>
      <footer><h2>Follow us</h2><a href="https://x.com/corvidlabs">X</a></footer></body></html>`;
    const { facts } = analyzePage(html, URL);
    const got = mergeAccounts([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], { domain: 'corvidlabs.test', brandName: 'Corvid Labs' });
    const reason = (k: string): string | undefined => got.find((a) => `${a.platform}:${a.handle}` === k)?.reason?.code;
    expect(reason('instagram:rookerygames')).toBe('site.account.other-name');
    expect(reason('x:nestboxstudio')).toBe('site.account.other-name');
    expect(got.find((a) => a.handle === 'harbourgamesfestival')?.official).toBe(false);
  });
});

describe('siteOtherNames', () => {
  it("leaves a hosting platform's name, a short name, the brand's own, and a line's name not said of the brand", () => {
    const pages = [{ facts: { otherNames: [{ name: 'Medium' }, { name: 'Onda' }, { name: 'Corvid Labs Ltd' }, { name: 'Rookery Games' }, { name: 'Harbour Fair', of: 'the town show' }] } }];
    const squash = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
    expect(siteOtherNames(pages, squash, (w) => w.includes('Corvid'), (n) => n.startsWith('corvidlabs'))).toEqual(['rookerygames']);
  });
});
