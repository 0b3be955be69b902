// Category and overall scores: weighted means where na and error weigh 0 (DESIGN.md "Scoring").
import type { RuleResult } from '../rules/types.js';
import type { Band, CategoryScore, Grade } from '../report/types.js';
import { CATEGORIES } from '../rules/categories.js';
import type { Lang } from '../rules/runner.js';

export interface Scores {
  score: number | null;
  grade: Grade | null;
  band: Band | null;
  categories: CategoryScore[];
}

/**
 * Computes category scores (0–100) from rule scores and weights, then the overall score from category weights.
 * A category whose rules are all na/error has a null score and does not count in the overall score.
 */
export function computeScores(results: RuleResult[], categoryWeights: Record<string, { weight: number }>, lang: Lang): Scores {
  const categories: CategoryScore[] = [];
  const known = CATEGORIES.map((c) => c.id);
  const ids = [...known, ...new Set(results.map((r) => r.category).filter((c) => !known.includes(c)))];
  for (const id of ids) {
    const rules = results.filter((r) => r.category === id);
    if (rules.length === 0) continue;
    const meta = CATEGORIES.find((c) => c.id === id);
    categories.push({
      id,
      title: meta ? meta.title[lang] : id,
      score: weightedMean(rules.map((r) => [r.score, r.weight])),
      weight: categoryWeights[id]?.weight ?? 1,
      rules: rules.map((r) => r.id),
    });
  }
  const overall = weightedMean(categories.map((c) => [c.score === null ? null : c.score / 100, c.weight]));
  return { score: overall, grade: overall === null ? null : gradeOf(overall), band: overall === null ? null : bandOf(overall), categories };
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
