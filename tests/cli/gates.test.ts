// Tests of the CI gates: --fail-under, --assert checks, baseline regressions and score drop, evaluated on a report.
import { describe, expect, it } from 'vitest';
import { evaluateGates } from '../../src/cli/gates.js';
import { parseAssert } from '../../src/config/asserts.js';
import type { AuditReport } from '../../src/report/types.js';
import { sampleReport } from '../report/sample-report.js';

const gates = (report: AuditReport, ...specs: string[]) => evaluateGates(report, { asserts: specs.map(parseAssert) });

describe('evaluateGates', () => {
  it('passes when every check holds', () => {
    const result = gates(sampleReport(), 'score=55', 'category:presence=80', 'rule:accounts-consistent=warn', 'rule:accounts-consistent=50');
    expect(result).toEqual({ ok: true, failures: [] });
    expect(evaluateGates(sampleReport(), { failUnder: 55.1, asserts: [] }).ok).toBe(true);
  });

  it('explains each failed check in one line', () => {
    const report = sampleReport();
    report.categories[1].score = 62.5;
    const result = evaluateGates(report, {
      failUnder: 60,
      asserts: ['score=70', 'category:support=70', 'rule:support-links-to-social=pass', 'rule:accounts-consistent=pass', 'rule:accounts-consistent=75'].map(parseAssert),
    });
    expect(result.ok).toBe(false);
    expect(result.failures).toEqual([
      'score 55.1 is below --fail-under 60',
      'overall score 55.1 is below 70',
      'category support scored 62.5, below 70',
      'rule support-links-to-social is fail, below pass',
      'rule accounts-consistent is warn, below pass',
      'rule accounts-consistent scored 50, below 75',
    ]);
  });

  it('fails a check on something that could not be scored, and says so', () => {
    const report = sampleReport();
    report.categories[2].score = null;
    const result = gates(report, 'category:contact=10', 'rule:self-service=fail', 'rule:realtime-channel=0');
    expect(result.failures).toEqual([
      'category contact could not be scored (every rule was n/a or error), so it cannot meet 10',
      'rule self-service could not be scored (na), so it cannot be at least fail',
      'rule realtime-channel could not be scored (error), so it cannot meet 0',
    ]);
    const unscored = { ...sampleReport(), score: null, grade: null, band: null };
    expect(evaluateGates(unscored, { failUnder: 0, asserts: [parseAssert('score=0')] }).failures).toEqual([
      'the overall score could not be computed, so it cannot meet --fail-under 0',
      'the overall score could not be computed (no rule could be scored), so it cannot meet 0',
    ]);
  });

  it('fails a check on a category or rule the report does not have', () => {
    expect(gates(sampleReport(), 'category:reactivity=50', 'rule:no-such-rule=pass').failures).toEqual([
      'category reactivity is not in the report (check category:reactivity=50)',
      'rule no-such-rule is not in the report (check rule:no-such-rule=pass)',
    ]);
  });

  it('compares rule scores as the report shows them', () => {
    const report = sampleReport();
    report.rules[1].score = 0.29; // 28.999… in floating point
    expect(gates(report, 'rule:accounts-consistent=29').ok).toBe(true);
    expect(gates(report, 'rule:accounts-consistent=29.1').ok).toBe(false);
  });

  it('fails on rule regressions since the baseline, but not on improvements or n/a', () => {
    const baseline = sampleReport();
    const report = sampleReport();
    const byId = (r: AuditReport, id: string) => r.rules.find((x) => x.id === id)!;
    Object.assign(byId(report, 'site-https'), { status: 'fail', score: 0 });
    Object.assign(byId(report, 'official-accounts'), { status: 'warn', score: 0.5 });
    Object.assign(byId(report, 'legal-notice-privacy'), { status: 'pass', score: 1 });
    Object.assign(byId(report, 'response-time-promise'), { status: 'na', score: null });
    const result = evaluateGates(report, { asserts: [], baseline });
    expect(result.failures).toEqual([
      'rule official-accounts went from pass to warn',
      'rule site-https went from pass to fail',
    ]);
  });

  it('fails when the score dropped more than maxDrop since the baseline', () => {
    const baseline = { ...sampleReport(), score: 80 };
    const report = { ...sampleReport(), score: 67.6 };
    expect(evaluateGates(report, { asserts: [], baseline, maxDrop: 5 }).failures).toEqual([
      'score dropped 12.4 points since the baseline (max 5)',
    ]);
    // Without maxDrop only regressions count; a drop of exactly maxDrop is allowed (55.1 → 50.1 is 5, not 5.000…4).
    expect(evaluateGates(report, { asserts: [], baseline }).ok).toBe(true);
    expect(evaluateGates({ ...report, score: 50.1 }, { asserts: [], baseline: { ...baseline, score: 55.1 }, maxDrop: 5 }).ok).toBe(true);
    expect(evaluateGates({ ...report, score: null }, { asserts: [], baseline, maxDrop: 5 }).failures).toEqual([
      'the overall score could not be computed (the baseline scored 80)',
    ]);
    // maxDrop means nothing without a baseline.
    expect(evaluateGates(report, { asserts: [], maxDrop: 0 }).ok).toBe(true);
  });
});
