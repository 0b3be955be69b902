// The portfolio summary a barometer renders: the ranking, distributions and shares computed from many AuditReports
// (portfolio/aggregate.ts), language-neutral like the reports themselves (ids, codes and unrounded figures).
import type { Band, Grade, StatusCounts } from '../../scoring/types.js';

export const PORTFOLIO_SCHEMA_VERSION = 1;

/** The figures of one brand a spreadsheet sorts on. Null when the audit could not measure it. */
export interface KeyFigures {
  /** Fans' questions left unanswered ÷ questions (unanswered-questions). */
  unansweredRatio: number | null;
  /** Median minutes to the brand's first reply (response-time). */
  medianResponseMinutes: number | null;
  /** Contact channels found on the site (contact-channels). */
  channels: number | null;
  /** Clicks from the home page to the nearest support page (support-reachable). */
  supportDepth: number | null;
}

export interface BrandRow {
  /** 1-based place in the ranking; brands with equal scores share a place. Null when the brand has no score. */
  rank: number | null;
  id: string;
  name: string;
  domain: string;
  url: string;
  sector?: string;
  score: number | null;
  grade: Grade | null;
  band: Band | null;
  /** Category id → score (0..100, null when not scored). */
  categories: Record<string, number | null>;
  figures: KeyFigures;
  counts: StatusCounts;
}

export interface FailedBrand {
  id: string;
  name?: string;
  website?: string;
  sector?: string;
  code: 'config' | 'target' | 'internal';
  message: string;
}

/** How the brands did on one rule; `share` = pass ÷ assessed (brands where the rule was pass, warn or fail). */
export interface RuleShare {
  id: string;
  category: string;
  counts: StatusCounts;
  assessed: number;
  share: number | null;
  /** The benchmark comparing this rule with a published figure, when a study measured the same thing. */
  benchmark?: string;
}

/** A figure the studies published, beside the same measure on this portfolio. */
export interface Benchmark {
  id: string;
  rule: string;
  /** share: a share of brands; ratio: a pooled ratio (e.g. all questions); mean: an average count. */
  unit: 'share' | 'ratio' | 'mean';
  measured: number | null;
  /** How many brands the measure is over. */
  brands: number;
  published: number;
  /** How many brands (or pages) the study looked at, when it said. */
  publishedOf?: number;
  /** Source id: its citation is in the catalogue (barometer.sources.<id>) and its year in `year`. */
  source: string;
  study: string;
  /** The study's year, when the source gives it. */
  year?: number;
}

export interface Bucket {
  from: number;
  to: number;
  count: number;
}

export interface SectorSummary {
  sector: string;
  brands: number;
  medianScore: number | null;
  /** Category id → median score of the sector's brands. */
  categories: Record<string, number | null>;
  /** The ids of the sector's brands, best first. */
  ranking: string[];
}

export interface PortfolioSummary {
  schemaVersion: number;
  tool: { name: string; version: string };
  title?: string;
  ruleSet: { id: string; title: string; hash: string };
  brands: { total: number; audited: number; failed: number };
  /** Median of the brands' overall scores. */
  medianScore: number | null;
  ranking: BrandRow[];
  failures: FailedBrand[];
  /** Ten buckets of ten points: 0–10, …, 90–100 (100 falls in the last). */
  distribution: Bucket[];
  categories: { id: string; median: number | null; brands: number }[];
  sectors: SectorSummary[];
  rules: RuleShare[];
  benchmarks: Benchmark[];
}
