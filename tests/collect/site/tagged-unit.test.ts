// One of the brand's units on a card, its handle a short form of the brand's name (initials, a word, a word's
// consonants) and the unit's name, the card saying the unit is the brand's own or its title holding the brand's word
// (tagged-unit.ts). Synthetic cards written for these tests.
import { describe, expect, it } from 'vitest';
import { spellsTaggedUnit } from '../../../src/collect/site/tagged-unit.js';

const DISTILLERY = { domain: 'glenardle.test', brandName: 'Glen Ardle Distillery' };
const ESTATE = { domain: 'kandawela.test', brandName: 'Kandawela Estate' };
const card = (heading: string, context: string) => ({ heading, context: `${heading} ${context}` });

describe('spellsTaggedUnit', () => {
  it("reads the brand's initials, word or consonants before the unit's name on a card saying it is the brand's own", () => {
    expect(spellsTaggedUnit('gad_cooperage', card('Ardle Cooperage', 'Coopers at work from the gallery.'), DISTILLERY)).toBe(true);
    expect(spellsTaggedUnit('gadmaltings', card('The Maltings', 'Our own floor maltings, turned by hand.'), DISTILLERY)).toBe(true);
    expect(spellsTaggedUnit('knd_bungalow', card("The Planter's Bungalow", 'Our 1890s bungalow, run by the estate’s own team.'), ESTATE)).toBe(true);
    expect(spellsTaggedUnit('kandawela_factory', card('Visit the factory', 'Walk through our working factory.'), ESTATE)).toBe(true);
  });

  it("leaves a person's card, a card naming someone else, and a card that says nothing of the brand", () => {
    expect(spellsTaggedUnit('gad_morag', card('Morag Fraser', 'Our head distiller since 2009.'), DISTILLERY)).toBe(false);
    expect(spellsTaggedUnit('gad_anglers', card('Ardle Anglers', 'An independent association that fishes our water.'), DISTILLERY)).toBe(false);
    expect(spellsTaggedUnit('gad_bothy', card('The Bothy', 'Run by the Munro family since 1990, our neighbours.'), DISTILLERY)).toBe(false);
    expect(spellsTaggedUnit('gad_bothy', card('The Bothy', 'Self-catering above the burn.'), DISTILLERY)).toBe(false);
    expect(spellsTaggedUnit('gad_society', card('Ardle Heritage Society', 'Local history walks.'), DISTILLERY)).toBe(false);
  });

  it("leaves a title the handle spells from the brand's own word, unit-title.ts's to read", () => {
    expect(spellsTaggedUnit('ardle.mairi', card('Ardle Mairi — Tain', 'Mairi weaves tweed; her grandson films it.'), DISTILLERY)).toBe(false);
  });
});
