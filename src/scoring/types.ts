// Scores and the view facts formatters read (band, counts, grouping): computed once here, never by a formatter.
import type { RuleStatus } from '../rules/types.js';

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
/** Colour bands from DESIGN.md: ≥ 90 good, ≥ 50 average, below poor. */
export type Band = 'good' | 'average' | 'poor';

/** How many rules ended in each status. */
export type StatusCounts = Record<RuleStatus, number>;

export interface CategoryScore {
  id: string;
  /** 0..100 with one decimal, or null when every rule of the category was na or error. */
  score: number | null;
  band: Band | null;
  weight: number;
  /** Rule ids in this category, in report order. */
  rules: string[];
  counts: StatusCounts;
}
