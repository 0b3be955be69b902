// Compares two audit reports of a brand (a baseline and a new run): score and category deltas, changed rules,
// regressions and official accounts gained or lost. Language-neutral like the reports (ids, statuses, figures);
// src/report/compare-text.ts renders a diff, the CLI's gates judge regressions and lost coverage as it does.
import type { AuditReport } from '../report/types.js';
import type { RuleStatus } from '../rules/types.js';

/** Every score in a diff is on the 0..100 scale (rule scores included), rounded to one decimal. */
export interface ReportDiff {
  target: { brandName: string; domain: string };
  collectedAt: { before: string; after: string };
  score: { before: number | null; after: number | null; delta: number | null };
  /** Every category of either report (the newer report's order first); its title is the catalogue's. */
  categories: { id: string; before: number | null; after: number | null; delta: number | null }[];
  /** Rules whose status or score changed, and rules present in only one of the reports (null on the other side). */
  rules: {
    id: string;
    before: RuleStatus | null;
    after: RuleStatus | null;
    beforeScore: number | null;
    afterScore: number | null;
  }[];
  /** Ids of rules whose status got worse in the order pass > warn > fail. */
  regressions: string[];
  /** Ids of rules that were judged before (pass, warn or fail, with a score) and are now na, error or absent. */
  coverageLost: string[];
  /** Official accounts as "platform:handle", sorted. */
  accountsAdded: string[];
  accountsLost: string[];
}

/**
 * Ranks of the statuses that say how well a rule is met. na and error say the rule could not be judged, so a
 * change to or from them is shown but is not a regression: it says nothing about the brand getting worse.
 */
const RANK: Partial<Record<RuleStatus, number>> = { pass: 2, warn: 1, fail: 0 };

/** True when `after` is a worse status than `before` in the order pass > warn > fail. */
export function isRegression(before: RuleStatus | null, after: RuleStatus | null): boolean {
  const b = before == null ? undefined : RANK[before];
  const a = after == null ? undefined : RANK[after];
  return a !== undefined && b !== undefined && a < b;
}

/** Whether a rule was judged: a status on the pass > warn > fail scale with a score (na and error were not). */
export function isJudged(status: RuleStatus | null | undefined, score: number | null | undefined): boolean {
  return status != null && RANK[status] !== undefined && score != null;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;
const delta = (before: number | null, after: number | null): number | null =>
  before == null || after == null ? null : round1(after - before);
/** A rule's 0..1 score on the report's 0..100 scale. */
const percent = (score: number | null | undefined): number | null => (score == null ? null : Math.round(score * 1000) / 10);

function officialAccounts(report: AuditReport): Set<string> {
  return new Set(report.accounts.filter((a) => a.official && !a.closed).map((a) => `${a.platform}:${a.handle}`));
}

/**
 * Compares a baseline report (`before`) with a new one (`after`): overall and category scores with their deltas,
 * the rules that changed, the regressions (a status worse in pass > warn > fail) and the official accounts gained
 * or lost. Nothing is re-scored: everything comes from the two reports as they are.
 */
export function compareReports(before: AuditReport, after: AuditReport): ReportDiff {
  const categoryIds = [...new Set([...after.categories, ...before.categories].map((c) => c.id))];
  const categories = categoryIds.map((id) => {
    const bs = before.categories.find((c) => c.id === id)?.score ?? null;
    const as = after.categories.find((c) => c.id === id)?.score ?? null;
    return { id, before: bs, after: as, delta: delta(bs, as) };
  });

  const ruleIds = [...new Set([...after.rules, ...before.rules].map((r) => r.id))];
  const rules: ReportDiff['rules'] = [];
  for (const id of ruleIds) {
    const b = before.rules.find((r) => r.id === id);
    const a = after.rules.find((r) => r.id === id);
    const entry = {
      id,
      before: b?.status ?? null,
      after: a?.status ?? null,
      beforeScore: percent(b?.score),
      afterScore: percent(a?.score),
    };
    if (!a || !b || entry.before !== entry.after || entry.beforeScore !== entry.afterScore) rules.push(entry);
  }

  const was = officialAccounts(before);
  const now = officialAccounts(after);
  return {
    target: { brandName: after.target.brandName, domain: after.target.domain },
    collectedAt: { before: before.collectedAt, after: after.collectedAt },
    score: { before: before.score, after: after.score, delta: delta(before.score, after.score) },
    categories,
    rules,
    regressions: rules.filter((r) => isRegression(r.before, r.after)).map((r) => r.id),
    // Not a regression of the brand, but the gate can no longer see what it checked (a rule turned off, a page lost).
    coverageLost: rules.filter((r) => isJudged(r.before, r.beforeScore) && !isJudged(r.after, r.afterScore)).map((r) => r.id),
    accountsAdded: [...now].filter((k) => !was.has(k)).sort(),
    accountsLost: [...was].filter((k) => !now.has(k)).sort(),
  };
}
