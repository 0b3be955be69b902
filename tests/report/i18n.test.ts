// Tests for the formatters' catalogues (locales/<lang>/report.json and terms/*.json): every coded value has its word
// in every language, the chrome follows the quality bar (ICU plurals, Intl for dates and numbers, French
// typography), and messages render as the terminal uses them. Parity of keys and placeholders across languages is
// checked for all catalogues in tests/locale/catalogues.test.ts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/locale/catalogue.js';
import { translator } from '../../src/locale/translator.js';
import { RESPONSE_BUCKETS } from '../../src/report/types.js';
import { PLATFORMS } from '../../src/snapshot/types.js';
import { SEVERITY } from '../../src/scoring/score.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'audit-report.schema.json'), 'utf8'));
const LANGS = ['en', 'fr'] as const;

/** The values each terms kind the formatters render must cover (from the types, through the report schema). */
const TERMS: Record<string, readonly string[]> = {
  platform: [...PLATFORMS, 'discourse'],
  placement: schema.$defs.account.properties.evidence.items.properties.placement.enum,
  status: schema.$defs.socialAccountSummary.properties.status.enum,
  band: ['good', 'average', 'poor'],
  bucket: RESPONSE_BUCKETS,
  kind: schema.$defs.pageKind.enum,
};

/** The formatters' own entries of a catalogue: report chrome and the terms kinds above. */
function own(lang: (typeof LANGS)[number]): [string, string][] {
  return [...loadCatalogue(lang)].filter(([key]) => key.startsWith('report.') || Object.keys(TERMS).some((k) => key.startsWith(`terms.${k}.`)));
}

describe('terms', () => {
  it.each(LANGS)('%s has a word for every value of every kind, and no word for an unknown value', (lang) => {
    const catalogue = loadCatalogue(lang);
    for (const [kind, values] of Object.entries(TERMS)) {
      const keys = [...catalogue.keys()].filter((k) => k.startsWith(`terms.${kind}.`)).map((k) => k.slice(`terms.${kind}.`.length));
      expect(keys.sort(), kind).toEqual([...values].sort());
    }
  });

  it('words coded values per language, and keeps proper names', () => {
    const [en, fr] = [translator('en'), translator('fr')];
    expect(en.term('status', 'auth-required')).toBe('needs an access token');
    expect(fr.term('status', 'auth-required')).toBe('jeton d’accès nécessaire');
    expect(fr.term('placement', 'follow-block')).toBe('bloc «\u202fsuivez-nous\u202f»');
    expect(fr.term('band', 'poor')).toBe('faible');
    expect(fr.term('bucket', '1-3d')).toBe('1–3 jours');
    expect(fr.term('kind', 'legal-notice')).toBe('mentions légales');
    expect([en.term('platform', 'youtube'), fr.term('platform', 'youtube')]).toEqual(['YouTube', 'YouTube']);
    // A value no catalogue knows is shown as it is.
    expect(en.term('platform', 'friendster')).toBe('friendster');
  });
});

describe('report.json', () => {
  it.each(LANGS)('%s has a label for every rule status', (lang) => {
    const catalogue = loadCatalogue(lang);
    expect(Object.keys(SEVERITY).filter((s) => !catalogue.has(`report.status.${s}`))).toEqual([]);
  });

  it('has no date, month or number keys: Intl formats those', () => {
    const keys = LANGS.flatMap((lang) => [...loadCatalogue(lang).keys()]).filter((k) => k.startsWith('report.'));
    expect(keys.filter((k) => /^report\.(date|number|duration)\./.test(k))).toEqual([]);
  });

  it.each(LANGS)('%s writes plurals with ICU, never "(s)", and leaves no {{old}} placeholder', (lang) => {
    for (const [key, text] of own(lang)) {
      expect(text, key).not.toMatch(/\(s\)|\(aux\)|\{\{/);
    }
  });

  it('writes French with typographic apostrophes and narrow no-break spaces before : ; ? ! and inside « »', () => {
    for (const [key, text] of own('fr')) {
      const literal = text.replace(/\{[^{}]*\}/g, '');
      expect(literal, key).not.toContain("'");
      expect(text, key).not.toMatch(/ [:;?!»]/);
      expect(text, key).not.toMatch(/« /);
    }
  });

  it('renders the terminal chrome with plurals, numbers and percentages the language’s way', () => {
    const [en, fr] = [translator('en'), translator('fr')];
    expect(en.t('report.terminal.findingCounts', { count: 1, points: 1 })).toBe('1 finding, worth up to 1 point.');
    expect(en.t('report.terminal.findingCounts', { count: 3, points: 4.5 })).toBe('3 findings, worth up to 4.5 points.');
    expect(fr.t('report.terminal.findingCounts', { count: 1, points: 1.5 })).toBe('1 constat, qui vaut jusqu’à 1,5 point.');
    const row = { posts: 1234, questions: 1, unanswered: 1, ratio: 1 / 3, medianMinutes: 125 };
    expect(en.t('report.social.row', row)).toBe('1,234 posts read · 1 question · 1 unanswered (33%) · median response 2 hr 5 min');
    // Intl puts no-break spaces (which ones depends on the ICU data) in French numbers, percentages and units.
    const frRow = fr.t('report.social.row', row);
    expect(frRow.replace(/[\u00a0\u202f]/g, ' ')).toBe('1 234 messages lus · 1 question · 1 sans réponse (33 %) · délai médian 2 h 5 min');
    expect(frRow).toMatch(/^1[\u00a0\u202f]234 .*\(33[\u00a0\u202f]%\).* 2[\u00a0\u202f]h 5[\u00a0\u202f]min$/);
    expect(en.t('report.social.row', { ...row, medianMinutes: null })).toMatch(/median response —$/);
    expect(en.t('report.findings.gain', { points: 1 })).toBe('up to 1 point to gain');
    expect(fr.t('report.findings.gain', { points: 1.5 })).toBe('jusqu’à 1,5 point à gagner');
    expect(en.t('report.findings.gain', { points: 33.3 })).toBe('up to 33.3 points to gain');
    expect(en.t('report.unchecked.sameReason', { count: 2, titles: ['A', 'B'] })).toBe('2 rules: A and B');
    expect(fr.t('report.unchecked.sameReason', { count: 3, titles: ['A', 'B', 'C'] })).toBe('3 règles\u202f: A, B et C');
    expect(fr.t('report.header.pagesWithFailures', { crawled: 1200, failed: 1 })).toMatch(/^1[\u00a0\u202f]200 \(1 illisible\)$/);
    expect(en.t('report.score.value', { score: 55.1 })).toBe('55.1/100');
    expect(fr.t('report.score.value', { score: 55.1 })).toBe('55,1/100');
  });

  it('keeps scraped text given as data out of the catalogue’s hands', () => {
    const en = translator('en');
    // ICU syntax and markup in data are text, not message syntax.
    expect(en.t('report.findings.snippet', { snippet: '{count, plural, one {x}} <b>' })).toBe('“{count, plural, one {x}} <b>”');
  });
});
