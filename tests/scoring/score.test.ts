// Scoring: weighted means where na and error weigh 0, grades and bands.
import { describe, expect, it } from 'vitest';
import { computeScores, gradeOf, bandOf } from '../../src/scoring/score.js';
import type { RuleRun } from '../../src/rules/types.js';

const r = (id: string, category: string, status: RuleRun['status'], score: number | null, weight = 1): RuleRun => ({
  id,
  category,
  status,
  score,
  weight,
  messageId: 'x',
  data: {},
  evidence: [],
});

describe('computeScores', () => {
  it('weights rules within a category and categories overall', () => {
    const s = computeScores(
      [r('a', 'support', 'pass', 1, 3), r('b', 'support', 'fail', 0, 1), r('c', 'trust', 'warn', 0.5, 1)],
      { support: { weight: 3 }, trust: { weight: 1 } },
    );
    expect(s.categories.find((c) => c.id === 'support')!.score).toBe(75);
    expect(s.categories.find((c) => c.id === 'trust')!.score).toBe(50);
    expect(s.score).toBe(68.8); // (75*3 + 50) / 4 = 68.75
    expect(s.grade).toBe('C');
    expect(s.band).toBe('average');
  });

  it('na and error never lower a score', () => {
    const s = computeScores([r('a', 'support', 'pass', 1), r('b', 'support', 'na', null, 5), r('c', 'support', 'error', null, 5)], {});
    expect(s.score).toBe(100);
  });

  it('a category with only na is unscored and left out of the overall score', () => {
    const s = computeScores([r('a', 'support', 'fail', 0), r('b', 'trust', 'na', null)], { trust: { weight: 10 } });
    expect(s.categories.find((c) => c.id === 'trust')!.score).toBeNull();
    expect(s.score).toBe(0);
    expect(s.grade).toBe('F');
  });

  it('nothing scorable gives null, not zero', () => {
    const s = computeScores([r('a', 'support', 'na', null)], {});
    expect(s.score).toBeNull();
    expect(s.grade).toBeNull();
  });

  it('carries the view facts formatters read: bands, counts, severity and points to gain', () => {
    const s = computeScores(
      [r('a', 'support', 'pass', 1, 3), r('b', 'support', 'fail', 0, 1), r('c', 'trust', 'warn', 0.5, 1), r('d', 'trust', 'na', null, 2)],
      { support: { weight: 3 }, trust: { weight: 1 } },
    );
    const support = s.categories.find((c) => c.id === 'support')!;
    expect(support.band).toBe('average');
    expect(support.counts).toEqual({ pass: 1, warn: 0, fail: 1, na: 0, error: 0 });
    expect(s.counts).toEqual({ pass: 1, warn: 1, fail: 1, na: 1, error: 0 });
    const byId = Object.fromEntries(s.rules.map((x) => [x.id, x]));
    expect([byId.a.severity, byId.b.severity, byId.c.severity, byId.d.severity]).toEqual([4, 0, 2, 3]);
    // b: 100 × (1 − 0) × 1/4 of support × 3/4 of the overall weight = 18.75 points; c: 100 × 0.5 × 1/1 × 1/4 = 12.5.
    expect(byId.b.gain).toBeCloseTo(18.75, 10);
    expect(byId.c.gain).toBeCloseTo(12.5, 10);
    expect(byId.a.gain).toBe(0);
    expect(byId.d.gain).toBe(0);
    // Fixing b really adds its gain: support goes 75 → 100, overall 68.75 → 87.5.
    const fixed = computeScores(
      [r('a', 'support', 'pass', 1, 3), r('b', 'support', 'pass', 1, 1), r('c', 'trust', 'warn', 0.5, 1), r('d', 'trust', 'na', null, 2)],
      { support: { weight: 3 }, trust: { weight: 1 } },
    );
    expect(fixed.score! - 68.75).toBeCloseTo(byId.b.gain, 0);
  });

  it('grades and bands follow the documented thresholds', () => {
    expect([95, 80, 61, 45, 30, 10].map(gradeOf)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect([90, 89.9, 50, 49.9].map(bandOf)).toEqual(['good', 'average', 'average', 'poor']);
  });
});
