// CI gates: --fail-under, the --assert checks (parsed in config/asserts.ts) and the baseline (with the --max-drop
// tolerances of config/tolerances.ts), evaluated on a report into language-neutral GateResults (ids + data). The CLI
// attaches them to the report before rendering (JUnit, the GitHub summary), prints each failure and exits 1;
// formatters never gate. Lighthouse CI is the model: assertions per score, category and rule, a baseline that also
// fails on lost coverage, and tolerances for figures that wobble from one run to the next.
import { ConfigError } from '../errors.js';
import type { AuditReport, GateCheck, GateResults } from '../report/types.js';
import type { RuleSet } from '../config/rule-set.js';
import { isJudged as judged, isRegression } from '../compare/diff.js';
import { LEVELS, type Assertion } from '../config/asserts.js';
import type { Tolerances } from '../config/tolerances.js';

export interface GateOptions {
  /** --fail-under: the overall score must be at least this. */
  failUnder?: number;
  asserts: Assertion[];
  /** A previous report of the same brand and rule set (checked by checkBaselineMatches). */
  baseline?: AuditReport;
  /** With a baseline: how far the overall score, categories and rules may drop. Ignored without a baseline. */
  tolerances?: Tolerances;
  /** With a baseline: a rule that was scored and is now n/a, error or gone does not fail the gate. */
  allowCoverageLoss?: boolean;
}

/** Scores as people read them and as the gates compare them: one decimal. */
const round1 = (n: number): number => Math.round(n * 10) / 10;
/** A rule's 0..1 score on the report's 0..100 scale, as the reports show it (0.29, 28.999… in floating point, is 29). */
const percent = (score: number | null | undefined): number | null => (score == null ? null : Math.round(score * 1000) / 10);
/** A drop between two one-decimal scores, rounded so that 55.1 → 50.1 is exactly 5. */
const dropOf = (before: number, after: number): number => round1(before - after);

function check(kind: GateCheck['kind'], name: string, ok: boolean, messageId: string, data: GateCheck['data']): GateCheck {
  return { kind, name, ok, messageId, data };
}

function failUnderCheck(report: AuditReport, min: number): GateCheck {
  if (report.score == null) return check('fail-under', 'fail-under', false, 'failUnder.notScored', { min });
  const ok = report.score >= min;
  return check('fail-under', 'fail-under', ok, ok ? 'failUnder.pass' : 'failUnder.fail', { score: report.score, min });
}

function assertCheck(report: AuditReport, a: Assertion): GateCheck {
  const done = (ok: boolean, messageId: string, data: GateCheck['data']): GateCheck =>
    check('assert', a.spec, ok, `assert.${messageId}`, { spec: a.spec, ...data });
  switch (a.kind) {
    case 'score': {
      if (report.score == null) return done(false, 'score.notScored', { min: a.min });
      const ok = report.score >= a.min;
      return done(ok, ok ? 'score.pass' : 'score.fail', { score: report.score, min: a.min });
    }
    case 'category': {
      const category = report.categories.find((c) => c.id === a.id);
      if (!category) return done(false, 'category.missing', { id: a.id });
      if (category.score == null) return done(false, 'category.notScored', { id: a.id, min: a.min });
      const ok = category.score >= a.min;
      return done(ok, ok ? 'category.pass' : 'category.fail', { id: a.id, score: category.score, min: a.min });
    }
    case 'rule-score':
    case 'rule-status': {
      const which = a.kind === 'rule-status' ? 'ruleStatus' : 'ruleScore';
      const wanted: GateCheck['data'] = a.kind === 'rule-status' ? { wantedLevel: a.status } : { min: a.min };
      const rule = report.rules.find((r) => r.id === a.id);
      if (!rule) return done(false, `${which}.missing`, { id: a.id });
      if (!judged(rule.status, rule.score)) return done(false, `${which}.notScored`, { id: a.id, level: rule.status, ...wanted });
      if (a.kind === 'rule-status') {
        const rank = (s: string): number => (LEVELS as readonly string[]).indexOf(s);
        const ok = rank(rule.status) <= rank(a.status);
        return done(ok, ok ? 'ruleStatus.pass' : 'ruleStatus.fail', { id: a.id, level: rule.status, wantedLevel: a.status });
      }
      const score = percent(rule.score)!;
      const ok = score >= a.min;
      return done(ok, ok ? 'ruleScore.pass' : 'ruleScore.fail', { id: a.id, score, min: a.min });
    }
  }
}

function baselineScoreCheck(report: AuditReport, baseline: AuditReport, max: number): GateCheck {
  const name = 'baseline:score';
  if (baseline.score == null) return check('baseline-score', name, true, 'baseline.score.noBaselineScore', { after: report.score, max });
  if (report.score == null) return check('baseline-score', name, false, 'baseline.score.notScored', { before: baseline.score, max });
  const drop = dropOf(baseline.score, report.score);
  const ok = drop <= max;
  return check('baseline-score', name, ok, ok ? 'baseline.score.pass' : 'baseline.score.fail', { before: baseline.score, after: report.score, drop, max });
}

function baselineCategoryCheck(report: AuditReport, baseline: AuditReport, id: string, max: number, allowCoverageLoss: boolean): GateCheck {
  const name = `baseline:category:${id}`;
  const before = baseline.categories.find((c) => c.id === id)?.score ?? null;
  const after = report.categories.find((c) => c.id === id)?.score ?? null;
  if (before == null) return check('baseline-category', name, true, 'baseline.category.noBaselineScore', { id, after, max });
  if (after == null) return check('baseline-category', name, allowCoverageLoss, 'baseline.category.notScored', { id, before, max });
  const drop = dropOf(before, after);
  const ok = drop <= max;
  return check('baseline-category', name, ok, ok ? 'baseline.category.pass' : 'baseline.category.fail', { id, before, after, drop, max });
}

/**
 * One rule that the baseline judged: gone or no longer judged is lost coverage; with a tolerance (its own, else its
 * category's) only a score drop beyond it fails; without one, any status worse in pass > warn > fail fails.
 */
function baselineRuleCheck(report: AuditReport, b: AuditReport['rules'][number], tolerances: Tolerances, allowCoverageLoss: boolean): GateCheck {
  const name = `baseline:rule:${b.id}`;
  const a = report.rules.find((r) => r.id === b.id);
  const before = percent(b.score)!;
  if (!a) return check('baseline-rule', name, allowCoverageLoss, 'baseline.rule.missing', { id: b.id, beforeLevel: b.status, before });
  if (!judged(a.status, a.score)) {
    return check('baseline-rule', name, allowCoverageLoss, 'baseline.rule.coverageLost', { id: b.id, beforeLevel: b.status, afterLevel: a.status });
  }
  const after = percent(a.score)!;
  const tolerance = tolerances.rules[b.id] ?? tolerances.categories[a.category];
  const data = { id: b.id, beforeLevel: b.status, afterLevel: a.status, before, after };
  if (tolerance !== undefined) {
    const drop = dropOf(before, after);
    if (drop > tolerance) return check('baseline-rule', name, false, 'baseline.rule.dropped', { ...data, drop, max: tolerance });
    const messageId = isRegression(b.status, a.status) ? 'baseline.rule.withinTolerance' : 'baseline.rule.pass';
    return check('baseline-rule', name, true, messageId, { ...data, drop: Math.max(0, drop), max: tolerance });
  }
  if (isRegression(b.status, a.status)) return check('baseline-rule', name, false, 'baseline.rule.regressed', data);
  return check('baseline-rule', name, true, 'baseline.rule.pass', data);
}

function baselineChecks(report: AuditReport, baseline: AuditReport, tolerances: Tolerances, allowCoverageLoss: boolean): GateCheck[] {
  const checks: GateCheck[] = [];
  if (tolerances.score !== undefined) checks.push(baselineScoreCheck(report, baseline, tolerances.score));
  for (const [id, max] of Object.entries(tolerances.categories)) checks.push(baselineCategoryCheck(report, baseline, id, max, allowCoverageLoss));
  for (const rule of baseline.rules) {
    if (judged(rule.status, rule.score)) checks.push(baselineRuleCheck(report, rule, tolerances, allowCoverageLoss));
  }
  return checks;
}

/**
 * Evaluates every gate on a report, in this order: `failUnder`, each assertion, then against `baseline` the overall
 * score drop (with `tolerances.score`), each category with a tolerance, and each rule the baseline judged (a rule
 * that was n/a or error there has nothing to keep). A category or rule that could not be scored fails any
 * assertion on it. Every gate is reported, held or not: JUnit shows one test case per gate.
 */
export function evaluateGates(report: AuditReport, opts: GateOptions): GateResults {
  const checks: GateCheck[] = [];
  if (opts.failUnder !== undefined) checks.push(failUnderCheck(report, opts.failUnder));
  for (const a of opts.asserts) checks.push(assertCheck(report, a));
  if (opts.baseline) {
    const tolerances = opts.tolerances ?? { rules: {}, categories: {} };
    checks.push(...baselineChecks(report, opts.baseline, tolerances, !!opts.allowCoverageLoss));
  }
  return {
    ok: checks.every((c) => c.ok),
    checks,
    ...(opts.baseline ? { baseline: { collectedAt: opts.baseline.collectedAt, score: opts.baseline.score } } : {}),
  };
}

/** Whether any gate is set: without one the report carries no gates section. */
export function hasGates(opts: GateOptions): boolean {
  return opts.failUnder !== undefined || opts.asserts.length > 0 || opts.baseline !== undefined;
}

/**
 * Refuses (exit 2) a baseline scored with another rule set: its rules, weights and options differ, so a drop would
 * say nothing about the brand. Checked before any network work.
 */
export function checkBaselineRuleSet(baseline: AuditReport, ruleSet: RuleSet, file: string): void {
  if (baseline.ruleSet.id !== ruleSet.id) {
    throw new ConfigError(
      `the baseline was scored with rule set "${baseline.ruleSet.id}", this audit uses "${ruleSet.id}": give a baseline of the same rule set, or drop --baseline once to start a new one`,
      file,
    );
  }
}

/** Refuses (exit 2) a baseline of another brand (another registrable domain): comparing them would gate nothing real. */
export function checkBaselineBrand(baseline: AuditReport, report: AuditReport, file: string): void {
  if (baseline.target.domain !== report.target.domain) {
    throw new ConfigError(
      `the baseline is a report of ${baseline.target.domain || 'another brand'}, this audit is of ${report.target.domain}: give a baseline of the same brand, or drop --baseline once to start a new one`,
      file,
    );
  }
}
