// Units' cards under a heading naming the brand's family (brand-family.ts, read by analyze.ts as the site's own word).
// Synthetic cards written for these tests.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { elementsUnder } from '../../../src/collect/site/dom.js';
import { inBrandFamily } from '../../../src/collect/site/brand-family.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';

const PAGE = 'https://www.bcgriaustinis.test/';

function cards(heading: string, extra = ''): string {
  return (
    `<section class="family"><div class="wrap"><h2>${heading}</h2><div class="grid">` +
    `<div class="item"><h3>Akademija</h3><p>Vaikų krepšinio mokykla.${extra}</p><a href="https://www.instagram.com/griaustinio.akademija/">Instagram</a></div>` +
    '<div class="item"><h3>Arena</h3><p>Renginiai.</p><a href="https://www.instagram.com/griaustinio.arena/">Instagram</a></div>' +
    '<div class="item"><h3>Parduotuvė</h3><p>Marškinėliai.</p><a href="https://www.instagram.com/griaustinis.shop/">Instagram</a></div>' +
    '</div></div></section>'
  );
}

function linkOn(html: string): Element {
  const doc = parseDocument(`<html><body><main><h1>Pagrindinis</h1>${html}</main></body></html>`);
  return elementsUnder(doc, (el) => el.name === 'a' && (el.attribs.href ?? '').includes('instagram'))[0];
}

describe('inBrandFamily', () => {
  it("reads a card under a family heading naming the brand's word, declined or not, or calling the cards brands", () => {
    expect(inBrandFamily(linkOn(cards('Griaustinio šeima')), PAGE)).toBe(true);
    expect(inBrandFamily(linkOn(cards('The Griaustinis family')), PAGE)).toBe(true);
    expect(inBrandFamily(linkOn(cards('Nuestra familia de marcas')), PAGE)).toBe(true);
    expect(inBrandFamily(linkOn(cards('Unsere Markenfamilie')), PAGE)).toBe(true);
  });

  it("leaves a family heading naming someone else or no one, another section's heading and a partner's card alone", () => {
    expect(inBrandFamily(linkOn(cards('Meet the Pellow family')), PAGE)).toBe(false);
    expect(inBrandFamily(linkOn(cards('Nuestra familia')), PAGE)).toBe(false);
    expect(inBrandFamily(linkOn(cards('Griaustinio draugai')), PAGE)).toBe(false);
    expect(inBrandFamily(linkOn(cards('Griaustinio šeima', ' Partneris: UAB Sportas.')), PAGE)).toBe(false);
  });

  it("does not take a sibling card's title for the section's heading", () => {
    const doc = parseDocument(`<html><body><main>${cards('Mūsų komanda')}</main></body></html>`);
    const links = elementsUnder(doc, (el) => el.name === 'a');
    expect(links.map((a) => inBrandFamily(a, PAGE))).toEqual([false, false, false]);
  });
});

describe('mergeAccounts with a family section', () => {
  it("lists the units' accounts under the brand's family heading as its own, people's cards under another family's as not", () => {
    const people =
      '<section><h2>Meet the Pellow family</h2><div class="grid">' +
      ['Tom Pellow', 'Jess Pellow', 'Anna Pellow'].map((n, i) => `<div class="item"><h3>${n}</h3><p>Farmer.</p><a href="https://www.instagram.com/pellow_${i}/">Instagram</a></div>`).join('') +
      '</div></section>';
    const html = `<html><body><main><h1>Griaustinis</h1>${cards('Griaustinio šeima')}${people}</main><footer>Sekite mus: <a href="https://www.instagram.com/bcgriaustinis/">Instagram</a></footer></body></html>`;
    const facts = analyzePage(html, PAGE).facts;
    const accounts = mergeAccounts([{ url: PAGE, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], { domain: 'bcgriaustinis.test', brandName: 'BC Griaustinis' });
    const official = accounts.filter((a) => a.official).map((a) => a.handle).sort();
    expect(official).toEqual(['bcgriaustinis', 'griaustinio.akademija', 'griaustinio.arena', 'griaustinis.shop']);
  });
});
