// Scoring: weighted means where na and error weigh 0, grades and bands.
import { describe, expect, it } from 'vitest';
import { computeScores, gradeOf, bandOf } from '../../src/scoring/score.js';
import type { RuleResult } from '../../src/rules/types.js';

const r = (id: string, category: string, status: RuleResult['status'], score: number | null, weight = 1): RuleResult => ({
  id,
  category,
  status,
  score,
  weight,
  title: id,
  message: '',
  messageId: 'x',
  data: {},
  evidence: [],
});

describe('computeScores', () => {
  it('weights rules within a category and categories overall', () => {
    const s = computeScores(
      [r('a', 'support', 'pass', 1, 3), r('b', 'support', 'fail', 0, 1), r('c', 'trust', 'warn', 0.5, 1)],
      { support: { weight: 3 }, trust: { weight: 1 } },
      'en',
    );
    expect(s.categories.find((c) => c.id === 'support')!.score).toBe(75);
    expect(s.categories.find((c) => c.id === 'trust')!.score).toBe(50);
    expect(s.score).toBe(68.8); // (75*3 + 50) / 4 = 68.75
    expect(s.grade).toBe('C');
    expect(s.band).toBe('average');
  });

  it('na and error never lower a score', () => {
    const s = computeScores([r('a', 'support', 'pass', 1), r('b', 'support', 'na', null, 5), r('c', 'support', 'error', null, 5)], {}, 'en');
    expect(s.score).toBe(100);
  });

  it('a category with only na is unscored and left out of the overall score', () => {
    const s = computeScores([r('a', 'support', 'fail', 0), r('b', 'trust', 'na', null)], { trust: { weight: 10 } }, 'fr');
    expect(s.categories.find((c) => c.id === 'trust')!.score).toBeNull();
    expect(s.categories.find((c) => c.id === 'support')!.title).toBe('Espace service client');
    expect(s.score).toBe(0);
    expect(s.grade).toBe('F');
  });

  it('nothing scorable gives null, not zero', () => {
    const s = computeScores([r('a', 'support', 'na', null)], {}, 'en');
    expect(s.score).toBeNull();
    expect(s.grade).toBeNull();
  });

  it('grades and bands follow the documented thresholds', () => {
    expect([95, 80, 61, 45, 30, 10].map(gradeOf)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect([90, 89.9, 50, 49.9].map(bandOf)).toEqual(['good', 'average', 'average', 'poor']);
  });
});
