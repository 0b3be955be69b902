// Tests for the report message catalogue and the locale-aware number and date formatting.
import { describe, expect, it } from 'vitest';
import { CATALOGUES, formatDate, formatNumber, t } from '../../src/report/i18n.js';

const placeholders = (s: string): string[] => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  it('have the same keys in every language', () => {
    expect(Object.keys(CATALOGUES.fr).sort()).toEqual(Object.keys(CATALOGUES.en).sort());
  });

  it('use the same placeholders for each key in every language, and no empty message', () => {
    for (const [key, en] of Object.entries(CATALOGUES.en)) {
      const fr = CATALOGUES.fr[key as keyof typeof CATALOGUES.fr];
      expect(placeholders(fr), key).toEqual(placeholders(en));
      expect(en.length, key).toBeGreaterThan(0);
      expect(fr.length, key).toBeGreaterThan(0);
    }
  });

  it('reads the status words without colour, in both languages', () => {
    expect(['pass', 'warn', 'fail', 'na', 'error'].map((s) => t('en', `status.${s}` as 'status.pass'))).toEqual([
      'PASS',
      'WARN',
      'FAIL',
      'N/A',
      'ERROR',
    ]);
    expect(['pass', 'warn', 'fail', 'na', 'error'].map((s) => t('fr', `status.${s}` as 'status.pass'))).toEqual([
      'OK',
      'À AMÉLIORER',
      'ÉCHEC',
      'N/A',
      'ERREUR',
    ]);
  });
});

describe('t', () => {
  it('substitutes {{vars}}', () => {
    expect(t('en', 'score.grade', { grade: 'B' })).toBe('Grade B');
    expect(t('fr', 'score.grade', { grade: 'B' })).toBe('Note B');
    expect(t('en', 'list.more', { count: 3 })).toBe('… and 3 more');
  });

  it('leaves a placeholder without a value visible', () => {
    expect(t('en', 'score.grade')).toBe('Grade {{grade}}');
  });
});

describe('formatNumber', () => {
  it('writes integers without decimals and one decimal otherwise', () => {
    expect(formatNumber('en', 80)).toBe('80');
    expect(formatNumber('en', 72.5)).toBe('72.5');
    expect(formatNumber('en', 72.46)).toBe('72.5');
    expect(formatNumber('en', 79.96)).toBe('80');
  });

  it('uses a comma decimal separator and narrow no-break space groups in French', () => {
    expect(formatNumber('fr', 72.5)).toBe('72,5');
    expect(formatNumber('fr', 1234567.89)).toBe('1\u202f234\u202f567,9');
    expect(formatNumber('en', 1234567.89)).toBe('1,234,567.9');
  });

  it('honours maxDecimals and drops a sign that rounds away', () => {
    expect(formatNumber('en', 66.666, 0)).toBe('67');
    expect(formatNumber('en', -0.04)).toBe('0');
    expect(formatNumber('fr', -2.25, 2)).toBe('-2,25');
  });
});

describe('formatDate', () => {
  it('formats in UTC with month names', () => {
    expect(formatDate('en', '2025-03-12T10:05:59Z')).toBe('12 March 2025, 10:05 UTC');
    expect(formatDate('fr', '2025-03-12T10:05:59Z')).toBe('12 mars 2025 à 10:05 UTC');
  });

  it('writes the first of the month as an ordinal in French', () => {
    expect(formatDate('fr', '2024-08-01T23:59:00+00:00')).toBe('1er août 2024 à 23:59 UTC');
    expect(formatDate('en', '2024-08-01T23:59:00+00:00')).toBe('1 August 2024, 23:59 UTC');
  });

  it('converts offsets to UTC', () => {
    expect(formatDate('en', '2025-01-01T01:30:00+02:00')).toBe('31 December 2024, 23:30 UTC');
  });

  it('returns an unparsable value unchanged', () => {
    expect(formatDate('en', 'yesterday')).toBe('yesterday');
  });
});
