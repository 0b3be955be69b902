// What the deliverable recommends, read from the report's view facts: the action plan (every failing or warning
// rule, the most points to gain first), the strengths (the passing rules that carry the most of the overall score)
// and the figures the executive summary states. Nothing here scores: gains, statuses and weights come from the report.
import type { RuleResult } from '../../rules/types.js';
import type { AuditReport } from '../types.js';

/** Actions named in the executive summary. */
export const TOP_ACTIONS = 3;
/** Strengths named in the executive summary. */
export const TOP_STRENGTHS = 3;

/**
 * The action plan: every rule that failed or only partly passed, ordered by the points fixing it would add to the
 * overall score (the report's `gain`); on equal gain a failure comes before a warning, then the heavier rule.
 */
export function actionPlan(report: Pick<AuditReport, 'rules'>): RuleResult[] {
  return report.rules
    .filter((r) => r.status === 'fail' || r.status === 'warn')
    .sort((a, b) => b.gain - a.gain || a.severity - b.severity || b.weight - a.weight || a.id.localeCompare(b.id));
}

/** Points as the documents write them: one decimal (the report keeps the exact gain). */
export function shownPoints(gain: number): number {
  return Math.round(gain * 10) / 10;
}

/** The points of several rules together, rounded once (gains add up: the overall score is linear in rule scores). */
export function totalPoints(rules: readonly RuleResult[]): number {
  return shownPoints(rules.reduce((sum, r) => sum + r.gain, 0));
}

/**
 * The share of the overall score a rule carries when it passes: its weight within its category's scored rules,
 * times its category's weight. Used only to rank strengths; it mirrors how `gain` weighs a missing score.
 */
function carried(report: Pick<AuditReport, 'rules' | 'categories'>, rule: RuleResult): number {
  const category = report.categories.find((c) => c.id === rule.category);
  if (!category || category.score === null) return 0;
  const scored = report.rules.filter((r) => r.category === rule.category && r.score !== null && r.weight > 0);
  const total = scored.reduce((sum, r) => sum + r.weight, 0);
  return total > 0 ? (rule.weight / total) * category.weight : 0;
}

/**
 * The strengths: passing rules, those that carry the most of the overall score first, one per category before a
 * second from the same category (a summary that names three reactivity rules says less than one that spans three).
 */
export function strengths(report: Pick<AuditReport, 'rules' | 'categories'>, max = TOP_STRENGTHS): RuleResult[] {
  const ranked = report.rules
    .filter((r) => r.status === 'pass' && r.weight > 0)
    .map((rule, order) => ({ rule, order, weight: carried(report, rule) }))
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map((x) => x.rule);
  const picked: RuleResult[] = [];
  const categories = new Set<string>();
  for (const rule of ranked) {
    if (picked.length >= max) break;
    if (categories.has(rule.category)) continue;
    picked.push(rule);
    categories.add(rule.category);
  }
  for (const rule of ranked) {
    if (picked.length >= max) break;
    if (!picked.includes(rule)) picked.push(rule);
  }
  return picked;
}

/** How many rules were judged (pass, warn, fail) and how many could not be (na, error). */
export function judgedCounts(report: Pick<AuditReport, 'counts'>): { judged: number; unjudged: number } {
  const c = report.counts;
  return { judged: c.pass + c.warn + c.fail, unjudged: c.na + c.error };
}
