import { describe, expect, it } from 'vitest';
import { brandTags } from '../../../src/collect/site/brand-words.js';
import { spellsUnitTitle } from '../../../src/collect/site/unit-title.js';

const corran = { domain: 'corranisles.test', brandName: 'Corran Isles Hotels' };

describe('brandTags', () => {
  it('spells the brand from its first word on, each word whole or by its initial', () => {
    const tags = brandTags('Corran Isles Hotels');
    expect(tags).toEqual(expect.arrayContaining(['ci', 'cih', 'corran', 'corranisles']));
    expect(brandTags('MPK Wrzosów')).toContain('mpkw');
    expect(brandTags('Médiathèques de Rocheval')).toContain('mdr');
  });
});

describe('spellsUnitTitle', () => {
  it('reads a card titled by a hotel, a spa or an office, its kind dropped or the brand tagged on', () => {
    expect(spellsUnitTitle('tobarbay.ci', { heading: 'Tobar Bay Hotel', context: 'Tobar Bay Hotel Twenty-two rooms on the harbour front.' }, corran)).toBe(true);
    expect(spellsUnitTitle('selkiespacorran', { heading: 'Selkie Spa', context: 'Selkie Spa Sauna and seaweed baths.' }, corran)).toBe(true);
    expect(spellsUnitTitle('lostpropertyci', { heading: 'Lost Property Office', context: 'Lost Property Office Found items are posted every morning.' }, corran)).toBe(true);
  });

  it('leaves a person tagged with the brand and a hotel someone else runs', () => {
    expect(spellsUnitTitle('ailsagrant.ci', { heading: 'Ailsa Grant', context: 'Ailsa Grant Head chef at Tobar Bay.' }, corran)).toBe(false);
    expect(
      spellsUnitTitle('heronhouse.hotel', { heading: 'Heron House Hotel', context: 'Heron House Hotel Independently owned and run by the MacKinnon family.' }, corran),
    ).toBe(false);
  });
});

describe('spellsUnitTitle on a staff card whose role opens with a kind of unit', () => {
  const lido = { domain: 'harrowgatelido.test', brandName: 'Harrowgate Lido' };
  it('reads the kind of unit before a role as the person\'s department, not the title', () => {
    expect(spellsUnitTitle('marenholt', { heading: 'Maren Holt', context: 'Maren Holt Academy Manager & Head Coach maren.holt@harrowgatelido.test X' }, lido)).toBe(false);
    expect(spellsUnitTitle('owenpryce', { heading: 'Owen Pryce', context: 'Owen Pryce Spa Director Instagram' }, lido)).toBe(false);
    expect(spellsUnitTitle('sinaroth', { heading: 'Sina Roth', context: 'Sina Roth Restaurant-Chefin Instagram' }, lido)).toBe(false);
    expect(spellsUnitTitle('jonasalbrecht', { heading: 'Jonas Albrecht', context: 'Jonas Albrecht Akademie-Leiter und Cheftrainer X' }, lido)).toBe(false);
  });

  it('still reads a unit whose handle drops its kind, its line going on with what it offers', () => {
    expect(spellsUnitTitle('pebbleterrace', { heading: 'Pebble Terrace Café', context: 'Pebble Terrace Café Breakfast and lunch on the sun deck, 8 till 4' }, lido)).toBe(true);
    expect(spellsUnitTitle('tobarbay.ci', { heading: 'Tobar Bay Hotel', context: 'Tobar Bay Hotel Twenty-two rooms on the harbour front.' }, corran)).toBe(true);
  });
});

describe('brandTags on a long name', () => {
  it('builds its forms from the first four words only', () => {
    const tags = brandTags('Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda My Ny Xi Omikron Pi Rho Sigma');
    expect(tags.length).toBeLessThan(40);
    expect(tags).toContain('abgd');
    expect(tags).not.toContain('abgde');
  });
});
