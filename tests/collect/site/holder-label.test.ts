// Partner bodies whose account links name their holder (holder-label.ts): read on single links and on the page-set site
// written for the class, whose near misses — the shop's kids' club and workshop labelled the same way — stay the shop's.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { discover } from '../../../src/collect/site/accuracy.js';
import { labelNamesOtherHolder } from '../../../src/collect/site/holder-label.js';
import { loadPageSet } from '../../../scripts/page-set.mjs';

function link(html: string): Element {
  return parseDocument(html).children[0] as Element;
}

describe('links naming their holder', () => {
  it('reads a foundation, a charity or an association named beside the network, or as the whole text', () => {
    expect(labelNamesOtherHolder(link('<a href="#" aria-label="Фонд Крила в Instagram">Instagram</a>'), 'lastivka')).toBe(true);
    expect(labelNamesOtherHolder(link('<a href="#"><span class="visually-hidden">Facebook de la Fundación Rayo</span></a>'), 'qoripaqo')).toBe(true);
    expect(labelNamesOtherHolder(link('<a href="#" aria-label="Greenway Riders Foundation on Instagram">Instagram</a>'), 'velmora')).toBe(true);
    expect(labelNamesOtherHolder(link('<a href="#" aria-label="Radsportverband Nord auf Instagram">Instagram</a>'), 'velmora')).toBe(true);
  });

  it("leaves the brand's own name, a foundation or a club carrying it, any club, and a unit named without a name", () => {
    expect(labelNamesOtherHolder(link('<a href="#"><span class="visually-hidden">Facebook de la Fundación Qori Paqo</span></a>'), 'qoripaqo')).toBe(false);
    expect(labelNamesOtherHolder(link('<a href="#">Hillcrest Cycling Club</a>'), 'velmora')).toBe(false);
    expect(labelNamesOtherHolder(link('<a href="#">Facebookpagina van de club</a>'), 'kasseiwerk')).toBe(false);
    expect(labelNamesOtherHolder(link('<a href="#" aria-label="Velmora Cycles on Instagram">Instagram</a>'), 'velmora')).toBe(false);
    expect(labelNamesOtherHolder(link('<a href="#" aria-label="Velmora Kids Club on Instagram">Instagram</a>'), 'velmora')).toBe(false);
    expect(labelNamesOtherHolder(link('<a href="#" aria-label="Follow the foundation on Instagram">Instagram</a>'), 'velmora')).toBe(false);
    expect(labelNamesOtherHolder(link('<a href="#">Federación de Bodegas</a>'), 'federaciondebodegas')).toBe(false);
    expect(labelNamesOtherHolder(link('<a href="#">Instagram</a>'), 'velmora')).toBe(false);
  });

  it('gets the page-set site written for this class right', () => {
    const [c] = loadPageSet().filter((s) => s.id === 'holder-labels-en');
    const official = discover(c).accounts.filter((a) => a.official && !a.closed).map((a) => `${a.platform}:${a.handle}`).sort();
    expect(official).toEqual([...c.official].sort());
  });
});
