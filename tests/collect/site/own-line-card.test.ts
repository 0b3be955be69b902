// One of the brand's ranges on a card headed by its name, the card's text opening with "our … line / range"
// (own-line-card.ts). Synthetic cards written for these tests.
import { describe, expect, it } from 'vitest';
import { namesOwnLine } from '../../../src/collect/site/own-line-card.js';

const card = (heading: string, text: string) => ({ heading, context: `${heading} ${text}` });

describe('namesOwnLine', () => {
  it("reads a range's card in several languages, the handle its name and perhaps a word of the card", () => {
    expect(namesOwnLine(card('Blue Hour', 'Our single-origin green tea line. Blue Hour has its own home on Instagram: @bluehourgreentea.'), 'bluehourgreentea')).toBe(true);
    expect(namesOwnLine(card('Nuit Blanche', 'Notre gamme de chocolats blancs : @nuitblanche.chocolat'), 'nuitblanche.chocolat')).toBe(true);
    expect(namesOwnLine(card('Kakaoherz', 'Unsere vegane Linie aus Hafermilch: @kakaoherz_vegan'), 'kakaoherz_vegan')).toBe(true);
    expect(namesOwnLine({ heading: 'Sal de Roca', context: 'Nuestra línea de sales ahumadas. Sal de Roca en Instagram: @salderoca' }, 'salderoca')).toBe(true);
  });

  it('reads "a nossa linha", "vår … serie", "vores linje" and "nasza linia" (round 40)', () => {
    expect(namesOwnLine(card('Mar Salgado', 'A nossa linha de conservas de peixe. Siga a Mar Salgado no Instagram.'), 'mar.salgado')).toBe(true);
    expect(namesOwnLine(card('Fjellro', 'Vår økologiske serie av urtete. Følg Fjellro på Instagram.'), 'fjellro.urtete')).toBe(true);
    expect(namesOwnLine(card('Havgus', 'Vores linje af røget fisk fra Thy.'), 'havgus')).toBe(true);
    expect(namesOwnLine(card('Zimowy Sad', 'Nasza linia soków tłoczonych na zimno.'), 'zimowysad')).toBe(true);
  });

  it('reads "naša linija", "naše vlastní řada" in the South and West Slavic languages (round 41)', () => {
    expect(namesOwnLine({ heading: 'KV Outdoor', context: 'Naša lastna linija opreme – bunde in nahrbtniki.' }, 'kvoutdoor')).toBe(true);
    expect(namesOwnLine({ heading: 'KL Outdoor', context: 'Naše vlastní řada oblečení a batohů. Instagram' }, 'kloutdoor')).toBe(true);
    expect(namesOwnLine(card('ZP Bio', 'Naša linija organskih jogurta.'), 'zpbio')).toBe(true);
    expect(namesOwnLine(card('Trgovina Kvart', 'Naš partner prodaje našu liniju jogurta.'), 'trgovinakvart')).toBe(false);
  });

  it('reads a list item naming the line before a dash or a colon, under a heading of the page (round 41)', () => {
    const item = (context: string) => ({ heading: 'Our story', context });
    expect(namesOwnLine(item('Paddock Pantry – our own label since 2008. Instagram · TikTok'), 'paddockpantry')).toBe(true);
    expect(namesOwnLine(item('Bergkorn: unsere eigene Marke für Bio-Mehle seit 2010. Instagram'), 'bergkorn.bio')).toBe(true);
    expect(namesOwnLine(item('Harbour Honey — a Raglan beekeeper we have stocked since 2015. Instagram'), 'harbourhoney')).toBe(false);
    expect(namesOwnLine(item('Hofgut Ried: unser Partner für Dinkel, unsere Marke Bergkorn. Instagram'), 'hofgutried')).toBe(false);
    expect(namesOwnLine(item('Kiwi Crate — our own label since 2011.'), 'crate.kiwi')).toBe(false);
  });

  it("leaves a Nordic person's card and a partner's card beside a range's", () => {
    expect(namesOwnLine(card('Kari Moen', 'Vår brygger siden 2015. Hun deler oppskrifter på Instagram.'), 'karimoen')).toBe(false);
    expect(namesOwnLine(card('Sider fra Frosta', 'En samarbeidspartner som lager vår serie av eplesider.'), 'siderfrafrosta')).toBe(false);
  });

  it("leaves a person's card speaking of the brand's line further in, a partner's card, and a handle not spelling the name", () => {
    expect(namesOwnLine(card('Mia Tanaka', 'Rock climber. She helps design our harness line.'), 'miatanaka')).toBe(false);
    expect(namesOwnLine(card('Maison Durand', 'Notre partenaire confiseur, notre gamme de pâtes de fruits.'), 'maisondurand')).toBe(false);
    expect(namesOwnLine(card('Nuit Blanche', 'Notre gamme de chocolats blancs.'), 'blanchenuit')).toBe(false);
    expect(namesOwnLine(card('Nuit Blanche', 'Notre gamme de chocolats blancs.'), 'nuitblanche.paris.shop')).toBe(false);
  });
});
