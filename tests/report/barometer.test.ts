// The portfolio summary and the barometer formats: ranking, shares and benchmarks computed from result records; the
// JSON matches schema/portfolio-summary.schema.json; every language cites the studies; CSV cells stay inert.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import AjvModule from 'ajv';
import { PortfolioAggregator, median } from '../../src/portfolio/aggregate.js';
import { RESULT_FORMAT, type ResultRecord } from '../../src/portfolio/records.js';
import { renderPortfolio } from '../../src/report/barometer/index.js';
import { LANGS } from '../../src/locale/langs.js';
import type { AuditReport } from '../../src/report/types.js';
import { sampleReport, sampleSocialReport } from './sample-report.js';
import { ROOT } from '../e2e/run-cli.js';

const Ajv = AjvModule.default;

function record(id: string, report: AuditReport, sector?: string): ResultRecord {
  return { format: RESULT_FORMAT, id, origin: 'p.yaml:1', settings: 's', ruleSet: { id: 'default', hash: 'h' }, status: 'audited', report, ...(sector ? { sector } : {}) };
}

function portfolio() {
  const a = sampleReport();
  const b = { ...sampleSocialReport(), score: 40 };
  const c = { ...sampleReport(), score: 40, target: { ...sampleReport().target, brandName: '=HYPERLINK("http://evil")' } };
  const agg = new PortfolioAggregator('Retail');
  agg.add(record('acme', a, 'retail'));
  agg.add(record('beta', b, 'retail'));
  agg.add(record('gamma', { ...c, score: 12 }, 'food'));
  // A later record of the same brand replaces the earlier one.
  agg.add(record('gamma', c, 'food'));
  agg.add({ format: RESULT_FORMAT, id: 'down', origin: 'p.yaml:9', settings: 's', ruleSet: { id: 'default', hash: 'h' }, status: 'failed', brand: { name: 'Down', website: 'https://down.example/' }, error: { code: 'target', message: 'connection refused' } });
  return { summary: agg.summary(), a };
}

describe('portfolio summary', () => {
  it('ranks brands, sharing places on equal scores, and counts failures apart', () => {
    const { summary, a } = portfolio();
    expect(summary.brands).toEqual({ total: 4, audited: 3, failed: 1 });
    expect(summary.ranking.map((r) => [r.rank, r.id, r.score])).toEqual([
      [1, 'acme', a.score],
      [2, 'beta', 40],
      [2, 'gamma', 40],
    ]);
    expect(summary.sectors.map((s) => [s.sector, s.brands, s.ranking])).toEqual([
      ['food', 1, ['gamma']],
      ['retail', 2, ['acme', 'beta']],
    ]);
    expect(summary.distribution.reduce((n, b) => n + b.count, 0)).toBe(3);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });

  it('gives each rule its pass share and sets the published figures beside the portfolio’s', () => {
    const { summary } = portfolio();
    const links = summary.rules.find((r) => r.id === 'support-links-to-social')!;
    expect(links.share).toBe(links.counts.pass / links.assessed);
    expect(links.benchmark).toBe('support-links-to-social');
    const qualiweb = summary.benchmarks.find((b) => b.id === 'support-links-to-social')!;
    expect(qualiweb).toMatchObject({ published: 0.02, source: 'qualiweb-2013', study: 'Qualiweb', year: 2013 });
    expect(summary.benchmarks.map((b) => b.id)).toEqual(['support-links-to-social', 'facebook-presence', 'x-presence', 'unanswered-questions', 'chat', 'faq', 'contact-channels']);
  });

  it('matches the published JSON Schema', () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, 'schema', 'portfolio-summary.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);
    const json = JSON.parse(renderPortfolio(portfolio().summary, 'json', { lang: 'en' }));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('barometer formats', () => {
  it('cites the studies beside the portfolio’s figures in every language', () => {
    const { summary } = portfolio();
    const expected = { en: 'of 3 brands — Qualiweb 2013: 2%', fr: 'de 3 marques — Qualiweb 2013 : 2', de: 'von 3 Marken — Qualiweb 2013: 2', es: 'de 3 marcas — Qualiweb 2013: 2' };
    for (const lang of LANGS) {
      for (const format of ['html', 'markdown', 'terminal'] as const) {
        const text = renderPortfolio(summary, format, { lang, reportExt: 'html' });
        expect(text, `${lang} ${format}`).toContain(expected[lang]);
        expect(text).toContain('Socialbakers');
        expect(text).toContain('Eptica');
        expect(text).not.toContain('barometer.');
      }
    }
  });

  it('links each brand to its own report and escapes what brands are called', () => {
    const { summary } = portfolio();
    const html = renderPortfolio(summary, 'html', { lang: 'en', reportExt: 'html' });
    expect(html).toContain('<a href="acme/report.html">');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/<a href="(?!acme|beta|gamma)/);
    const markdown = renderPortfolio(summary, 'markdown', { lang: 'en', reportExt: 'md' });
    expect(markdown).toContain('](acme/report.md)');
  });

  it('writes one CSV row per brand with formula-like cells made inert', () => {
    const csv = renderPortfolio(portfolio().summary, 'csv', { lang: 'en' }).trim().split('\r\n');
    expect(csv).toHaveLength(5);
    const gamma = csv.find((l) => l.includes(',gamma,'))!;
    expect(gamma).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv.at(-1)).toMatch(/^,down,Down,https:\/\/down\.example\/,,failed:target,/);
  });
});
