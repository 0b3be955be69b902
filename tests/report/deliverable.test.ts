// The facts the deliverable states, read from the report: the action plan by points to gain, the strengths, the
// benchmarks beside findings (catalogue data checked against the rules and rendered from real reports), the
// methodology's sources, and the anchors the Markdown links to.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { actionPlan, shownPoints, strengths, totalPoints } from '../../src/report/document/plan.js';
import { benchmarkOf } from '../../src/report/document/benchmarks.js';
import { sourceRows, sourcesOf } from '../../src/report/document/coverage.js';
import { ruleAnchor } from '../../src/report/document/anchors.js';
import { headingAnchor } from '../../src/report/markdown/anchors.js';
import { translator } from '../../src/locale/translator.js';
import { loadCatalogue } from '../../src/locale/catalogue.js';
import { LANGS } from '../../src/locale/langs.js';
import { getRule, RULES } from '../../src/rules/index.js';
import { IntlMessageFormat } from 'intl-messageformat';
import type { AuditReport } from '../../src/report/types.js';

/** The parts of an intl-messageformat AST node these tests read (type 5 is a select). */
interface AstNode {
  type: number;
  value?: string;
  options?: Record<string, { value: AstNode[] }>;
}
import { sampleReport, sampleSocialReport } from './sample-report.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GOLDEN = path.join(ROOT, 'tests', 'golden');
const goldens = readdirSync(GOLDEN)
  .filter((f) => f.endsWith('.report.json'))
  .map((f) => JSON.parse(readFileSync(path.join(GOLDEN, f), 'utf8')) as AuditReport);
const en = translator('en');
const rule = (report: AuditReport, id: string) => report.rules.find((r) => r.id === id)!;

describe('action plan and strengths', () => {
  it('lists every failing or warning rule, the most points to gain first, whatever its status', () => {
    const report = sampleReport();
    expect(actionPlan(report).map((r) => r.id)).toEqual(['support-links-to-social', 'legal-notice-privacy', 'accounts-consistent']);
    // A warning worth more than a failure goes first: the plan is ordered by value.
    rule(report, 'accounts-consistent').gain = 40;
    expect(actionPlan(report).map((r) => r.id)[0]).toBe('accounts-consistent');
    // On equal gain, the failure before the warning.
    rule(report, 'accounts-consistent').gain = rule(report, 'legal-notice-privacy').gain;
    expect(actionPlan(report).map((r) => r.id).slice(1)).toEqual(['legal-notice-privacy', 'accounts-consistent']);
    expect(actionPlan(report).every((r) => r.status === 'fail' || r.status === 'warn')).toBe(true);
  });

  it('adds gains up exactly (the overall score is linear in rule scores) and rounds once for display', () => {
    const report = sampleReport();
    const plan = actionPlan(report);
    expect(totalPoints(plan)).toBe(shownPoints(plan.reduce((s, r) => s + r.gain, 0)));
    // Fixing every rule of the plan brings a report whose only other rules pass to the score they would give.
    expect(report.score! + plan.reduce((s, r) => s + r.gain, 0)).toBeCloseTo(100, 0);
  });

  it('names as strengths the passing rules that carry most of the score, one per category first', () => {
    const report = sampleReport();
    expect(strengths(report).map((r) => r.id)).toEqual(['official-accounts', 'response-time-promise', 'site-https']);
    expect(strengths(report, 1).map((r) => r.id)).toEqual(['official-accounts']);
    // Nothing passes: no strength.
    const none = { ...report, rules: report.rules.filter((r) => r.status !== 'pass') };
    expect(strengths(none)).toEqual([]);
    // A real report: three strengths from three categories.
    for (const golden of goldens) {
      const picked = strengths(golden);
      expect(picked.every((r) => r.status === 'pass')).toBe(true);
      if (picked.length === 3) expect(new Set(picked.map((r) => r.category)).size).toBe(3);
    }
  });
});

describe('benchmarks', () => {
  const catalogue = loadCatalogue('en');
  const ids = [...new Set([...catalogue.keys()].filter((k) => k.startsWith('benchmarks.')).map((k) => k.split('.')[1]))];

  it('rest on rules the tool has, each with a study, a figure, a source and a comparison', () => {
    expect(ids.length).toBeGreaterThanOrEqual(10);
    for (const id of ids) {
      expect(getRule(id), id).toBeDefined();
      for (const field of ['study', 'figure', 'source', 'yours']) expect(catalogue.get(`benchmarks.${id}.${field}`), `${id}.${field}`).toBeTruthy();
    }
  });

  it('compare on the rule’s own message ids only', () => {
    // The select keys of `finding` are message ids written with underscores (ICU keys cannot hold hyphens).
    const selectKeys = (nodes: AstNode[]): string[] =>
      nodes.flatMap((n) => [
        ...(n.type === 5 && n.value === 'finding' ? Object.keys(n.options ?? {}) : []),
        ...Object.values(n.options ?? {}).flatMap((o) => selectKeys(o.value)),
      ]);
    for (const lang of LANGS) {
      for (const [key, text] of loadCatalogue(lang)) {
        if (!key.startsWith('benchmarks.') || !key.endsWith('.yours')) continue;
        const id = key.split('.')[1];
        const messages = getRule(id)!.meta.messages.map((m) => m.replace(/-/g, '_'));
        const keys = selectKeys(new IntlMessageFormat(text, lang).getAst() as unknown as AstNode[]).filter((k) => k !== 'other');
        for (const k of keys) expect(messages, `${lang} ${key}: ${k}`).toContain(k);
      }
    }
  });

  it('render from every real report, in every language, with every value the comparison needs', () => {
    let rendered = 0;
    for (const report of [...goldens, sampleReport()]) {
      for (const lang of LANGS) {
        const tr = translator(lang);
        for (const r of report.rules) {
          const b = benchmarkOf(tr, r);
          if (!b) continue;
          rendered += 1;
          expect(b.line, `${lang} ${r.id} ${r.messageId}`).not.toMatch(/—\s*[.,)]|NaN|\{|\}/);
          expect(b.line).not.toContain('benchmarks.');
        }
      }
    }
    expect(rendered).toBeGreaterThan(40);
  });

  it('say how the brand compares, from the result, and are left out for rules not judged', () => {
    const report = sampleReport();
    expect(benchmarkOf(en, rule(report, 'support-links-to-social'))!.line).toBe(
      'Qualiweb 2013: only 2% of 50 top brands linked their customer-service area to their social networks — yours does not.',
    );
    const linked = { ...rule(report, 'support-links-to-social'), status: 'warn' as const, messageId: 'site-wide-only' };
    expect(benchmarkOf(en, linked)!.line).toContain('— yours does, but only through the site’s header, footer or menu.');
    expect(benchmarkOf(en, rule(report, 'support-links-to-social'))!.source).toBe(
      'Source: Qualiweb barometer 2013 (Cocédal Conseil with Stratégies), as reported by Relation Client Mag',
    );
    expect(benchmarkOf(en, rule(report, 'self-service'))).toBeUndefined(); // na
    expect(benchmarkOf(en, rule(report, 'accounts-consistent'))).toBeUndefined(); // no published figure
    const fr = translator('fr');
    expect(benchmarkOf(fr, rule(report, 'support-links-to-social'))!.line).toContain('— le vôtre ne le fait pas.');
  });

  it('cover the rules whose description rests on a published percentage', () => {
    // Every rule whose English description states a study's percentage shows it beside the finding — except where
    // the figure is only context for a convention (engagement, cross-posting) or for another rule's measure.
    const indirect = ['engagement-rate', 'cross-posting', 'support-account'];
    const cited = RULES.map((r) => r.meta.id).filter((id) => /\d\s?%/.test(en.t(`rules.${id}.description`)) && !indirect.includes(id));
    expect(cited.filter((id) => !ids.includes(id))).toEqual([]);
    // And the study a benchmark names is the one the rule's description cites, when it cites one.
    for (const id of cited) expect(en.t(`rules.${id}.description`), id).toContain(en.t(`benchmarks.${id}.study`).split(' ')[0].replace(/[“”]/g, ''));
  });
});

describe('methodology sources and anchors', () => {
  it('names every source for a reader, with the social accounts no source line names', () => {
    const report = sampleSocialReport();
    const rows = sourceRows(en, sourcesOf(report));
    expect(rows[0]).toEqual({ name: 'Website', ok: true, details: expect.any(String) });
    expect(rows.map((r) => r.name)).toContain('Bluesky @acme.bsky.social');
    expect(rows.map((r) => r.name)).toContain('YouTube @acme');
    expect(rows.find((r) => r.name === 'YouTube @acme')!.ok).toBe(false);
    expect(new Set(rows.map((r) => r.name)).size).toBe(rows.length);
  });

  it('makes anchors GitHub and the HTML agree on, whatever a rule id holds', () => {
    expect(headingAnchor('Executive summary')).toBe('#executive-summary');
    expect(headingAnchor('Synthèse')).toBe('#synthèse');
    expect(headingAnchor('FAIL · Support area’s links (social)')).toBe('#fail--support-areas-links-social');
    expect(ruleAnchor('support-links-to-social')).toBe('rule-support-links-to-social');
    expect(ruleAnchor('<b onclick="x">')).toBe('rule--b-onclick-x-');
  });
});
