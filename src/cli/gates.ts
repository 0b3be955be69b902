// CI gates: --fail-under, the --assert checks (parsed in config/asserts.ts) and the baseline, evaluated on a report.
// The CLI prints each failure on stderr and exits 1; formatters never gate.
import type { AuditReport } from '../report/types.js';
import type { RuleStatus } from '../rules/types.js';
import { compareReports } from '../compare/diff.js';
import { LEVELS, type Assertion } from '../config/asserts.js';

export interface GateOptions {
  /** --fail-under: the overall score must be at least this. */
  failUnder?: number;
  asserts: Assertion[];
  /** A previous report of the same brand: any rule regression (pass > warn > fail) fails the gate. */
  baseline?: AuditReport;
  /** With a baseline: the overall score may drop by at most this many points. Ignored without a baseline. */
  maxDrop?: number;
}

export interface GateResult {
  ok: boolean;
  /** One line per failed check, for stderr. */
  failures: string[];
}

/** Scores as people read them: at most one decimal, no trailing zero (62.5, 70). */
const round1 = (n: number): number => Math.round(n * 10) / 10;
const fmt = (n: number): string => String(round1(n));

function check(report: AuditReport, a: Assertion): string | null {
  switch (a.kind) {
    case 'score':
      if (report.score == null) return `the overall score could not be computed (no rule could be scored), so it cannot meet ${fmt(a.min)}`;
      return report.score < a.min ? `overall score ${fmt(report.score)} is below ${fmt(a.min)}` : null;
    case 'category': {
      const category = report.categories.find((c) => c.id === a.id);
      if (!category) return `category ${a.id} is not in the report (check ${a.spec})`;
      if (category.score == null) return `category ${a.id} could not be scored (every rule was n/a or error), so it cannot meet ${fmt(a.min)}`;
      return category.score < a.min ? `category ${a.id} scored ${fmt(category.score)}, below ${fmt(a.min)}` : null;
    }
    case 'rule-score':
    case 'rule-status': {
      const rule = report.rules.find((r) => r.id === a.id);
      if (!rule) return `rule ${a.id} is not in the report (check ${a.spec})`;
      const wanted = a.kind === 'rule-status' ? `be at least ${a.status}` : `meet ${fmt(a.min)}`;
      if (rule.status === 'na' || rule.status === 'error' || rule.score == null) {
        return `rule ${a.id} could not be scored (${rule.status}), so it cannot ${wanted}`;
      }
      if (a.kind === 'rule-status') {
        const rank = (s: RuleStatus): number => (LEVELS as readonly string[]).indexOf(s);
        return rank(rule.status) > rank(a.status) ? `rule ${a.id} is ${rule.status}, below ${a.status}` : null;
      }
      // Rounded as the reports show it, so 0.29 (28.999… in floating point) meets 29.
      const score = Math.round(rule.score * 1000) / 10;
      return score < a.min ? `rule ${a.id} scored ${fmt(score)}, below ${fmt(a.min)}` : null;
    }
  }
}

/** Checks against the baseline: rule regressions always, the overall score drop when `maxDrop` is set. */
function baselineFailures(report: AuditReport, baseline: AuditReport, maxDrop: number | undefined): string[] {
  const diff = compareReports(baseline, report);
  const failures = diff.rules
    .filter((r) => diff.regressions.includes(r.id))
    .map((r) => `rule ${r.id} went from ${r.before} to ${r.after}`);
  if (maxDrop !== undefined && baseline.score != null) {
    if (report.score == null) failures.push(`the overall score could not be computed (the baseline scored ${fmt(baseline.score)})`);
    else {
      // Both scores have one decimal: rounding the difference keeps 55.1 → 50.1 a drop of exactly 5.
      const drop = round1(baseline.score - report.score);
      if (drop > maxDrop) failures.push(`score dropped ${fmt(drop)} points since the baseline (max ${fmt(maxDrop)})`);
    }
  }
  return failures;
}

/**
 * Evaluates every gate on a report: `failUnder`, each assertion, and against `baseline` the rule regressions and
 * (with `maxDrop`) the score drop. A category or rule that could not be scored fails any assertion on it. Returns
 * ok and one human-readable line per failure, in that order.
 */
export function evaluateGates(report: AuditReport, opts: GateOptions): GateResult {
  const failures: string[] = [];
  if (opts.failUnder !== undefined) {
    if (report.score == null) failures.push(`the overall score could not be computed, so it cannot meet --fail-under ${fmt(opts.failUnder)}`);
    else if (report.score < opts.failUnder) failures.push(`score ${fmt(report.score)} is below --fail-under ${fmt(opts.failUnder)}`);
  }
  for (const a of opts.asserts) {
    const failure = check(report, a);
    if (failure) failures.push(failure);
  }
  if (opts.baseline) failures.push(...baselineFailures(report, opts.baseline, opts.maxDrop));
  return { ok: failures.length === 0, failures };
}
