// Tests of the CI gates: --fail-under, --assert checks, and against a baseline the score drop, per-category and
// per-rule tolerances, regressions and lost coverage; every gate reported as data (name, ok, message id + data).
import { describe, expect, it } from 'vitest';
import { checkBaselineBrand, checkBaselineRuleSet, evaluateGates, hasGates, type GateOptions } from '../../src/cli/gates.js';
import { parseAssert } from '../../src/config/asserts.js';
import { parseTolerances } from '../../src/config/tolerances.js';
import { loadRuleSet } from '../../src/config/rule-set.js';
import { translator } from '../../src/locale/translator.js';
import { failedGates, gateMessage } from '../../src/report/gates.js';
import type { AuditReport, GateResults } from '../../src/report/types.js';
import { sampleReport } from '../report/sample-report.js';

const en = translator('en');
/** The failed gates as the CLI prints them on stderr. */
const failures = (result: GateResults): string[] => failedGates(result).map((c) => gateMessage(en, c));
const evaluate = (report: AuditReport, opts: Partial<GateOptions>) => evaluateGates(report, { asserts: [], ...opts });
const gates = (report: AuditReport, ...specs: string[]) => evaluate(report, { asserts: specs.map(parseAssert) });
const byId = (r: AuditReport, id: string) => r.rules.find((x) => x.id === id)!;
/** --max-drop values as the CLI parses them. */
const tolerances = (...specs: string[]) => parseTolerances(specs);

describe('evaluateGates: --fail-under and --assert', () => {
  it('passes when every check holds, and reports each check held', () => {
    const result = gates(sampleReport(), 'score=55', 'category:presence=80', 'rule:accounts-consistent=warn', 'rule:accounts-consistent=50');
    expect(result.ok).toBe(true);
    expect(result.checks.map((c) => [c.kind, c.name, c.ok, c.messageId])).toEqual([
      ['assert', 'score=55', true, 'assert.score.pass'],
      ['assert', 'category:presence=80', true, 'assert.category.pass'],
      ['assert', 'rule:accounts-consistent=warn', true, 'assert.ruleStatus.pass'],
      ['assert', 'rule:accounts-consistent=50', true, 'assert.ruleScore.pass'],
    ]);
    expect(evaluate(sampleReport(), { failUnder: 55.1 }).checks).toEqual([
      { kind: 'fail-under', name: 'fail-under', ok: true, messageId: 'failUnder.pass', data: { score: 55.1, min: 55.1 } },
    ]);
  });

  it('explains each failed check in one line', () => {
    const report = sampleReport();
    report.categories[1].score = 62.5;
    const result = evaluate(report, {
      failUnder: 60,
      asserts: ['score=70', 'category:support=70', 'rule:support-links-to-social=pass', 'rule:accounts-consistent=pass', 'rule:accounts-consistent=75'].map(parseAssert),
    });
    expect(result.ok).toBe(false);
    expect(failures(result)).toEqual([
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
    expect(failures(gates(report, 'category:contact=10', 'rule:self-service=fail', 'rule:realtime-channel=0'))).toEqual([
      'category contact could not be scored (every rule was n/a or error), so it cannot meet 10',
      'rule self-service could not be scored (n/a), so it cannot be at least fail',
      'rule realtime-channel could not be scored (error), so it cannot meet 0',
    ]);
    const unscored = { ...sampleReport(), score: null, grade: null, band: null };
    expect(failures(evaluate(unscored, { failUnder: 0, asserts: [parseAssert('score=0')] }))).toEqual([
      'the overall score could not be computed, so it cannot meet --fail-under 0',
      'the overall score could not be computed (no rule could be scored), so it cannot meet 0',
    ]);
  });

  it('still fails, rather than passes, a check on a rule or category missing from the report', () => {
    // The CLI refuses such checks before auditing (exit 2); a report from elsewhere must not pass them silently.
    expect(failures(gates(sampleReport(), 'category:reactivity=50', 'rule:no-such-rule=pass'))).toEqual([
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

  it('words every gate in the language asked for, with the level words of the catalogue', () => {
    const result = gates(sampleReport(), 'rule:support-links-to-social=pass');
    expect(gateMessage(translator('fr'), result.checks[0])).toBe('la règle support-links-to-social est « échec », en dessous de « OK »');
    expect(gateMessage(translator('de'), result.checks[0])).toBe('Regel support-links-to-social ist „nicht erfüllt“, schlechter als „erfüllt“');
  });
});

describe('evaluateGates: --baseline', () => {
  it('checks the score and every rule the baseline judged; an identical report holds them all', () => {
    const result = evaluate(sampleReport(), { baseline: sampleReport(), tolerances: tolerances() });
    expect(result.ok).toBe(true);
    expect(result.baseline).toEqual({ collectedAt: sampleReport().collectedAt, score: 55.1 });
    // na and error rules of the baseline (self-service, realtime-channel) had nothing to keep: no gate for them.
    expect(result.checks.map((c) => c.name)).toEqual([
      'baseline:score',
      'baseline:rule:official-accounts',
      'baseline:rule:accounts-consistent',
      'baseline:rule:support-links-to-social',
      'baseline:rule:response-time-promise',
      'baseline:rule:legal-notice-privacy',
      'baseline:rule:site-https',
    ]);
  });

  it('fails on rule regressions since the baseline, but not on improvements', () => {
    const report = sampleReport();
    Object.assign(byId(report, 'site-https'), { status: 'fail', score: 0 });
    Object.assign(byId(report, 'official-accounts'), { status: 'warn', score: 0.5 });
    Object.assign(byId(report, 'legal-notice-privacy'), { status: 'pass', score: 1 });
    expect(failures(evaluate(report, { baseline: sampleReport() }))).toEqual([
      'rule official-accounts went from pass to warn',
      'rule site-https went from pass to fail',
    ]);
  });

  it('fails when a rule that scored becomes n/a or error, or disappears, unless coverage loss is allowed', () => {
    const report = sampleReport();
    Object.assign(byId(report, 'response-time-promise'), { status: 'na', score: null });
    Object.assign(byId(report, 'site-https'), { status: 'error', score: null });
    report.rules = report.rules.filter((r) => r.id !== 'legal-notice-privacy');
    const lost = evaluate(report, { baseline: sampleReport() });
    expect(failures(lost)).toEqual([
      'rule response-time-promise was pass in the baseline and is n/a now: coverage lost (--allow-coverage-loss accepts it)',
      'rule legal-notice-privacy was fail in the baseline and is no longer in the report: coverage lost (--allow-coverage-loss accepts it)',
      'rule site-https was pass in the baseline and is error now: coverage lost (--allow-coverage-loss accepts it)',
    ]);
    expect(failedGates(lost).map((c) => c.messageId)).toEqual(['baseline.rule.coverageLost', 'baseline.rule.missing', 'baseline.rule.coverageLost']);
    const allowed = evaluate(report, { baseline: sampleReport(), allowCoverageLoss: true });
    expect(allowed.ok).toBe(true);
    expect(allowed.checks.filter((c) => c.messageId === 'baseline.rule.coverageLost')).toHaveLength(2);
  });

  it('fails when the score dropped more than the tolerance since the baseline', () => {
    const baseline = { ...sampleReport(), score: 80 };
    const report = { ...sampleReport(), score: 67.6 };
    expect(failures(evaluate(report, { baseline, tolerances: tolerances('5') }))).toEqual([
      'score dropped 12.4 points since the baseline, from 80 to 67.6 (max 5)',
    ]);
    // With no overall tolerance only rules count; a drop of exactly the tolerance is allowed (55.1 → 50.1 is 5, not 5.000…4).
    expect(evaluate(report, { baseline }).ok).toBe(true);
    expect(evaluate({ ...report, score: 50.1 }, { baseline: { ...baseline, score: 55.1 }, tolerances: tolerances() }).ok).toBe(true);
    expect(failures(evaluate({ ...report, score: null }, { baseline, tolerances: tolerances() }))).toEqual([
      'the overall score could not be computed (the baseline scored 80)',
    ]);
    // Tolerances mean nothing without a baseline.
    expect(evaluate(report, { tolerances: tolerances('0') }).checks).toEqual([]);
  });

  it('lets a rule with its own tolerance wobble across a status threshold, and fails it beyond', () => {
    const report = sampleReport();
    Object.assign(byId(report, 'official-accounts'), { status: 'warn', score: 0.92 });
    const within = evaluate(report, { baseline: sampleReport(), tolerances: tolerances('rule:official-accounts=10') });
    expect(within.ok).toBe(true);
    expect(within.checks.find((c) => c.name === 'baseline:rule:official-accounts')).toMatchObject({
      ok: true,
      messageId: 'baseline.rule.withinTolerance',
      data: { id: 'official-accounts', beforeLevel: 'pass', afterLevel: 'warn', before: 100, after: 92, drop: 8, max: 10 },
    });
    Object.assign(byId(report, 'official-accounts'), { score: 0.85 });
    expect(failures(evaluate(report, { baseline: sampleReport(), tolerances: tolerances('rule:official-accounts=10') }))).toEqual([
      "rule official-accounts scored 85, 15 points below the baseline's 100 (max 10)",
    ]);
  });

  it('applies a category tolerance to the category score and to its rules without their own', () => {
    const report = sampleReport();
    Object.assign(byId(report, 'accounts-consistent'), { status: 'fail', score: 0.45 });
    report.categories[0].score = 80;
    const result = evaluate(report, { baseline: sampleReport(), tolerances: tolerances('category:presence=10') });
    expect(result.ok).toBe(true);
    expect(result.checks.find((c) => c.name === 'baseline:category:presence')).toMatchObject({ ok: true, data: { before: 87.5, after: 80, drop: 7.5, max: 10 } });
    expect(result.checks.find((c) => c.name === 'baseline:rule:accounts-consistent')).toMatchObject({ ok: true, messageId: 'baseline.rule.withinTolerance' });
    // A rule's own tolerance wins over its category's.
    const strict = evaluate(report, { baseline: sampleReport(), tolerances: tolerances('category:presence=10', 'rule:accounts-consistent=2') });
    expect(failures(strict)).toEqual(["rule accounts-consistent scored 45, 5 points below the baseline's 50 (max 2)"]);
    report.categories[0].score = 70;
    expect(failures(evaluate(report, { baseline: sampleReport(), tolerances: tolerances('category:presence=10') }))).toEqual([
      'category presence dropped 17.5 points since the baseline, from 87.5 to 70 (max 10)',
    ]);
  });

  it('says whether any gate is set', () => {
    expect(hasGates({ asserts: [] })).toBe(false);
    expect(hasGates({ asserts: [], failUnder: 0 })).toBe(true);
    expect(hasGates({ asserts: [], baseline: sampleReport() })).toBe(true);
  });
});

describe('baseline identity', () => {
  it('refuses a baseline of another rule set or another brand, naming the file', () => {
    const baseline = sampleReport();
    expect(() => checkBaselineRuleSet(baseline, loadRuleSet('strict'), 'last.json')).toThrow(
      /^last\.json: the baseline was scored with rule set "default", this audit uses "strict"/,
    );
    const other = { ...sampleReport(), target: { ...sampleReport().target, domain: 'other.example' } };
    expect(() => checkBaselineBrand(baseline, other, 'last.json')).toThrow(/^last\.json: the baseline is a report of acme\.example, this audit is of other\.example/);
    expect(() => checkBaselineBrand(baseline, sampleReport(), 'last.json')).not.toThrow();
  });
});
