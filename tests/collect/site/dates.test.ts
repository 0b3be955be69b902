// findLastUpdated: every label and date format, day-first numeric dates, and dates that are not update dates.
import { describe, expect, it } from 'vitest';
import { findLastUpdated } from '../../../src/collect/site/dates.js';

describe('findLastUpdated', () => {
  it.each([
    ['Dernière mise à jour : 12 mars 2025', '2025-03-12'],
    ['Mis à jour le 03/01/2024', '2024-01-03'],
    ['Mise à jour le 1er février 2024', '2024-02-01'],
    ['CGV en vigueur au 1er janvier 2023', '2023-01-01'],
    ['Version du 15/09/2022', '2022-09-15'],
    ['Last updated: January 5, 2025', '2025-01-05'],
    ['Last updated 5 January 2025', '2025-01-05'],
    ['Updated 2025-01-05', '2025-01-05'],
    ['Effective date: 01/05/2025', '2025-01-05'],
    ['Last modified: 25/12/2024', '2024-12-25'],
    ['Stand: 01.02.2024', '2024-02-01'],
    ['Zuletzt aktualisiert am 3. März 2024', '2024-03-03'],
    ['Stand: Februar 2024', '2024-02-01'],
    ['Última actualización: 5 de enero de 2025', '2025-01-05'],
    ['Actualizado el 07/08/2023', '2023-08-07'],
    ['Fecha de actualización: 2023-11-30', '2023-11-30'],
    ['Mise à jour : 05-06-24', '2024-06-05'],
  ])('%s → %s', (text, iso) => {
    expect(findLastUpdated(text)).toBe(iso);
  });

  it('finds the label anywhere in the page text', () => {
    expect(findLastUpdated('Conditions générales de vente\nArticle 1 …\nDernière mise à jour : 2 avril 2024\n© 2025 Brand')).toBe('2024-04-02');
  });

  it.each([
    'Publié le 12 mars 2025', // a publication date, not an update
    '© 2025 Brand',
    'Offre valable jusqu’au 31/12/2025',
    'Dernière mise à jour : 31/02/2024', // no such day
    'Last updated: soon',
    '',
  ])('undefined for "%s"', (text) => {
    expect(findLastUpdated(text)).toBeUndefined();
  });
});
