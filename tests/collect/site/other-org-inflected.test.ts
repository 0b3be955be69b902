// Another organisation said to stand apart in Hungarian, Finnish, Polish and Czech, languages that inflect the kind of
// organisation ("önálló közhasznú alapítványként", round 39's foundation) or put "independent" after it ("az alapítvány
// kuratóriuma független a fürdőtársaságtól"): src/collect/site/other-org.ts. The brand's own links and its own units
// in the same block stay the brand's. Synthetic sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { saysOtherOrg } from '../../../src/collect/site/other-org.js';

const read = (context: string, snippet: string, placement = 'body'): boolean => saysOtherOrg({ snippet, context, placement });

describe('saysOtherOrg in languages that inflect the kind of organisation', () => {
  it('reads "independent" before the kind, its ending inflected', () => {
    expect(read('A Tóparti Alapítvány önálló közhasznú alapítványként működik. Hírek: az alapítvány Facebook-oldala.', 'az alapítvány Facebook-oldala')).toBe(true);
    expect(read('Latusäätiö on itsenäinen säätiö, jolla on oma hallitus. Latujen kunto: säätiön Facebook-sivu.', 'säätiön Facebook-sivu')).toBe(true);
    expect(read('Szkoła to niezależna firma partnerska z własnymi instruktorami. Zapisy: Instagram szkoły.', 'Instagram szkoły')).toBe(true);
    expect(read('Samostatný spolek, který v bazénu trénuje děti. Facebook', 'Facebook')).toBe(true);
  });

  it('reads "independent" after the kind the link names', () => {
    expect(read('Az alapítvány kuratóriuma független a fürdőtársaságtól. Hírek és pályázatok: az alapítvány Facebook-oldala.', 'az alapítvány Facebook-oldala')).toBe(true);
  });

  it("leaves the brand's own links and units, no organisation said to stand apart", () => {
    expect(read('Saját borbárunk a belvárosban, a kóstolók az Instagramon: @borbar.', '@borbar')).toBe(false);
    expect(read('Oma rinneravintolamme kertoo päivän keitot Instagramissa: @ravintola.', '@ravintola')).toBe(false);
    // "Independent" said of a review, no kind of organisation named.
    expect(read('Független szakértők szerint a víz gyógyhatású. Kövessen minket a Facebookon.', 'Facebook')).toBe(false);
  });
});
