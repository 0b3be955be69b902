// A grid of the brand's places under a heading naming them in the first person ("Fürdőink", "Unsere Bäder", "Naše
// bazény a lázně", "Nos magasins"): own-places-heading.ts, read by run-branch.ts. Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { elementsUnder } from '../../../src/collect/site/dom.js';
import { ownBranchReader } from '../../../src/collect/site/run-branch.js';
import { headedPlaceCard, placesHeadedGrids } from '../../../src/collect/site/own-places-heading.js';

const PAGE = 'https://www.termalvar.test/';

function card(title: string, line: string, href: string): string {
  return `<article class="card"><h3>${title}</h3><p>${line}</p><ul><li><a href="${href}">Facebook</a></li></ul></article>`;
}

function page(heading: string, cards: string): string {
  return `<html><body><header><a href="/">Termálvár</a></header><main><section><h2>${heading}</h2><div class="grid">${cards}</div></section></main></body></html>`;
}

const GRID =
  card('Rózsakert Strand', 'Ligetes strand versenymedencével.', 'https://www.facebook.com/profile.php?id=100012345678901') +
  card('Hallenbad Nord', 'Ganzjährig geöffnet.', 'https://www.facebook.com/hallenbadnord') +
  card('Petra Lenz', 'Leiterin der Badeaufsicht.', 'https://www.facebook.com/petra.lenz') +
  card('Kavárna U Bazénu', 'Kavárnu provozuje nezávislý nájemce.', 'https://www.facebook.com/kavarnaubazenu') +
  card('Saunaclub Nord', 'Ein eigenständiger Verein.', 'https://www.facebook.com/saunaclubnord');

/** What the reader says of the link to `href` on `html`. */
function read(html: string, href: string): 'card' | 'page' | null {
  const doc = parseDocument(html);
  const link = elementsUnder(doc, (el) => el.name === 'a' && el.attribs.href === href)[0] as Element;
  return ownBranchReader(doc, PAGE)(link);
}

describe('placesHeadedGrids', () => {
  it('finds the grid under a first-person heading of places, in several languages', () => {
    for (const heading of ['Fürdőink', 'Unsere Bäder', 'Naše bazény a lázně', 'Nos magasins', 'Our hotels', 'Nuestras tiendas', 'Uimahallimme']) {
      expect(placesHeadedGrids(parseDocument(page(heading, GRID))).size, heading).toBe(1);
    }
  });

  it('leaves headings naming no places of the brand, or people', () => {
    for (const heading of ['Partnereink', 'Our team', 'Unsere Partner', 'Nos ambassadeurs', 'Bäder in der Region', 'Our hotels are the best places to stay in town']) {
      expect(placesHeadedGrids(parseDocument(page(heading, GRID))).size, heading).toBe(0);
    }
  });
});

describe('ownBranchReader under such a heading', () => {
  it("reads the places' cards as the brand's, titles shaped like names included when they hold a kind of place", () => {
    const html = page('Fürdőink', GRID);
    expect(read(html, 'https://www.facebook.com/profile.php?id=100012345678901')).toBe('card');
    expect(read(html, 'https://www.facebook.com/hallenbadnord')).toBe('card');
  });

  it("leaves a person's card, a tenant's and a club's in the same grid", () => {
    const html = page('Unsere Bäder', GRID);
    expect(read(html, 'https://www.facebook.com/petra.lenz')).toBe(null);
    expect(read(html, 'https://www.facebook.com/kavarnaubazenu')).toBe(null);
    expect(read(html, 'https://www.facebook.com/saunaclubnord')).toBe(null);
  });

  it('leaves the same grid under a heading that is not the brand’s places', () => {
    expect(read(page('Bäder in der Region', GRID), 'https://www.facebook.com/hallenbadnord')).toBe(null);
  });
});

describe('headedPlaceCard', () => {
  it('needs a kind of place only where the title is shaped like a name', () => {
    expect(headedPlaceCard('Krytý bazén Sever', 'kryty bazen sever')).toBe(true);
    expect(headedPlaceCard('Aranyhíd Gyógyfürdő', 'aranyhid gyogyfurdo')).toBe(true);
    expect(headedPlaceCard('Tomáš Kříž', 'tomas kriz trener plavani')).toBe(false);
  });
});
