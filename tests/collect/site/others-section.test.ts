// Cards under a section heading calling the places someone else's (others-section.ts, read by disowned.ts): an
// independent or authorised seller's card, titled like the brand's shop, stays others' though the card says nothing;
// the brand's own cards under its own heading, and a heading naming agencies or partners in general, are not read.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { discover } from '../../../src/collect/site/accuracy.js';
import { underOthersHeading } from '../../../src/collect/site/others-section.js';
import { firstElement } from '../../../src/collect/site/dom.js';
import { loadPageSet } from '../../../scripts/page-set.mjs';

function linkUnder(heading: string): Element {
  const html = `<main><section><h2>${heading}</h2><div class="grid">
    <article><h3>Tienda Jara – Huelva</h3><address>Calle Concepción 12</address><ul><li><a href="https://www.instagram.com/tienda.jarahuelva/">Instagram</a></li></ul></article>
    <article><h3>Tienda Sal – Almería</h3><address>Paseo 40</address><ul><li><a href="https://www.instagram.com/tienda.sal/">Instagram</a></li></ul></article>
  </div></section></main>`;
  return firstElement(parseDocument(html), (e) => e.name === 'a')!;
}

describe('sections of others’ places', () => {
  it('reads a heading calling the places independent, franchised or authorised sellers', () => {
    expect(underOthersHeading(linkUnder('Tiendas autorizadas (independientes)'))).toBe(true);
    expect(underOthersHeading(linkUnder('Otras tiendas independientes que venden Albar'))).toBe(true);
    expect(underOthersHeading(linkUnder('Franchise stores'))).toBe(true);
    expect(underOthersHeading(linkUnder('Authorised stockists'))).toBe(true);
  });

  it("leaves the brand's own sections and a general partners' or agencies' heading alone", () => {
    expect(underOthersHeading(linkUnder('Nuestras tiendas'))).toBe(false);
    expect(underOthersHeading(linkUnder('Nuestras agencias'))).toBe(false);
    expect(underOthersHeading(linkUnder('Tiendas Cerámica Albar'))).toBe(false);
  });

  it('keeps the page-set site’s stockists others’ and its own shops its own', () => {
    const [c] = loadPageSet().filter((s) => s.id === 'stockists-press-es');
    const official = new Set(discover(c).accounts.filter((a) => a.official && !a.closed).map((a) => `${a.platform}:${a.handle}`));
    for (const other of ['instagram:tienda.jarahuelva', 'instagram:tienda.salinasalmeria', 'instagram:tienda.alfargranada']) expect(official.has(other), other).toBe(false);
    expect(official.has('instagram:albar.triana')).toBe(true);
  });
});
