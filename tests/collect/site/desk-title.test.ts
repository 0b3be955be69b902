import { describe, expect, it } from 'vitest';
import { headsOfficeCard, titlesOffice } from '../../../src/collect/site/desk-title.js';
import { saysOwnUnit } from '../../../src/collect/site/own-unit.js';

describe('titlesOffice', () => {
  it('reads an office title just before the link in a contact list', () => {
    expect(titlesOffice({ snippet: '@cmu_admissions', context: 'Undergraduate Admissions @cmu_admissions' })).toBe(true);
    expect(titlesOffice({ snippet: '@goabroad', context: 'Studienberatung @beratung_x International Office @goabroad Telefon 030 1234567' })).toBe(true);
    expect(titlesOffice({ snippet: '@zmf', context: 'Zentrum für Materialforschung @zmf' })).toBe(true);
  });

  it('reads "Follow the <office> on <network>" in the link text', () => {
    expect(titlesOffice({ snippet: 'Follow the Press Office on X' })).toBe(true);
    expect(titlesOffice({ snippet: 'Folgen Sie der Pressestelle auf X' })).toBe(true);
    expect(titlesOffice({ snippet: 'Follow Tomasz on X' })).toBe(false);
  });

  it('leaves a person, a role and another body alone', () => {
    expect(titlesOffice({ snippet: '@priyadass_', context: 'Priya Dass, Head of Learning @priyadass_' })).toBe(false);
    expect(titlesOffice({ snippet: '@tomw', context: 'Tomasz Wren Press Officer @tomw' })).toBe(false);
    expect(titlesOffice({ snippet: '@infocoast', context: 'Tourist Information Office @infocoast' })).toBe(false);
    expect(titlesOffice({ snippet: 'Instagram', context: 'Press Office Hana Oyelaran Instagram' })).toBe(false);
    expect(titlesOffice({ snippet: '@mk', context: 'Dr. Mara Keller, Leiterin der Studienberatung @mk' })).toBe(false);
  });

  it('is not read where a partner heads the block', () => {
    expect(saysOwnUnit({ snippet: '@nshore_cc', context: 'Northshore Conservation Centre @nshore_cc', heading: 'Our partners' })).toBe(false);
    expect(saysOwnUnit({ snippet: '@bwm_visits', context: 'Visitor Services @bwm_visits', heading: 'Who to ask' })).toBe(true);
  });
});

describe('headsOfficeCard', () => {
  it("reads an office's title heading a card whose link is only a network's name", () => {
    expect(headsOfficeCard({ snippet: 'Facebook', heading: 'Fundbüro der TBB' })).toBe(true);
    expect(headsOfficeCard({ snippet: 'Instagram', heading: 'International Office' })).toBe(true);
  });

  it("reads nothing over a link with words of its own, nor under a person's or another body's title", () => {
    expect(headsOfficeCard({ snippet: 'Facebook GFT', heading: 'Fundbüro der TBB' })).toBe(false);
    expect(headsOfficeCard({ snippet: 'Instagram', heading: 'Tourist Office' })).toBe(false);
    expect(headsOfficeCard({ snippet: 'X', heading: 'Holger Brenneisen' })).toBe(false);
  });
});
