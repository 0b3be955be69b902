// Category and overall scores: weighted means where na and error weigh 0 (DESIGN.md "Scoring"), and the view
// facts every formatter reads (band, severity, points to gain, counts) so none of them recomputes a score.
import type { RuleResult, RuleRun, RuleStatus } from '../rules/types.js';
import type { Band, CategoryScore, Grade, StatusCounts } from './types.js';
import { CATEGORY_IDS } from '../rules/categories.js';

export interface Scores {
  /** 0..100 with one decimal; null when nothing could be scored. */
  score: number | null;
  grade: Grade | null;
  band: Band | null;
  categories: CategoryScore[];
  /** The runs with their view facts, in rule-set order. */
  rules: RuleResult[];
  counts: StatusCounts;
}

/** Findings first: the order formatters list statuses in. */
export const SEVERITY: Record<RuleStatus, number> = { fail: 0, error: 1, warn: 2, na: 3, pass: 4 };

/**
 * Computes category scores (0–100) from rule scores and weights, then the overall score from category weights.
 * A category whose rules are all na/error has a null score and does not count in the overall score.
 */
export function computeScores(runs: RuleRun[], categoryWeights: Record<string, { weight: number }>): Scores {
  const ids = [...CATEGORY_IDS, ...new Set(runs.map((r) => r.category).filter((c) => !CATEGORY_IDS.includes(c)))];
  const categories: CategoryScore[] = [];
  for (const id of ids) {
    const rules = runs.filter((r) => r.category === id);
    if (rules.length === 0) continue;
    const score = weightedMean(rules.map((r) => [r.score, r.weight]));
    categories.push({
      id,
      score,
      band: score === null ? null : bandOf(score),
      weight: categoryWeights[id]?.weight ?? 1,
      rules: rules.map((r) => r.id),
      counts: countStatuses(rules),
    });
  }
  const overall = weightedMean(categories.map((c) => [c.score === null ? null : c.score / 100, c.weight]));
  const scoredCategoryWeight = categories.reduce((sum, c) => sum + (c.score === null || c.weight <= 0 ? 0 : c.weight), 0);
  const rules = runs.map((run): RuleResult => {
    const category = categories.find((c) => c.id === run.category)!;
    return { ...run, severity: SEVERITY[run.status], gain: gainOf(run, runs, category, scoredCategoryWeight) };
  });
  return {
    score: overall,
    grade: overall === null ? null : gradeOf(overall),
    band: overall === null ? null : bandOf(overall),
    categories,
    rules,
    counts: countStatuses(runs),
  };
}

/**
 * Overall points (0..100) the rule would add if it scored 1: its missing score, weighted within its category,
 * then by the category's share of the overall weight. na and error rules gain nothing (they are not scored).
 */
function gainOf(run: RuleRun, runs: RuleRun[], category: CategoryScore, totalWeight: number): number {
  if (run.score === null || run.weight <= 0 || category.weight <= 0 || totalWeight <= 0) return 0;
  const inCategory = runs.filter((r) => r.category === run.category && r.score !== null && r.weight > 0);
  const categoryWeight = inCategory.reduce((sum, r) => sum + r.weight, 0);
  return (100 * (1 - run.score) * run.weight * category.weight) / (categoryWeight * totalWeight);
}

function countStatuses(runs: readonly { status: RuleStatus }[]): StatusCounts {
  const counts: StatusCounts = { pass: 0, warn: 0, fail: 0, na: 0, error: 0 };
  for (const r of runs) counts[r.status] += 1;
  return counts;
}

/** Weighted mean of 0..1 scores, as 0..100 with one decimal; null scores and zero weights are left out. */
function weightedMean(pairs: [number | null, number][]): number | null {
  let sum = 0;
  let weights = 0;
  for (const [score, weight] of pairs) {
    if (score === null || weight <= 0) continue;
    sum += score * weight;
    weights += weight;
  }
  return weights === 0 ? null : Math.round((sum / weights) * 1000) / 10;
}

/** Letter grades in steps of 15 points below 90, so an A means "good" in the colour bands too. */
export function gradeOf(score: number): Grade {
  if (score >= 90) return 'A';
  if (score >= 75) return 'B';
  if (score >= 60) return 'C';
  if (score >= 45) return 'D';
  if (score >= 30) return 'E';
  return 'F';
}

/** DESIGN.md bands: ≥ 90 good, ≥ 50 average, below poor. */
export function bandOf(score: number): Band {
  if (score >= 90) return 'good';
  if (score >= 50) return 'average';
  return 'poor';
}
