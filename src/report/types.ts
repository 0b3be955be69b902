// The AuditReport: the one language-neutral JSON document every output format is rendered from. It holds ids and
// data (never rendered text), unrounded figures, and the view facts formatters read instead of recomputing.
import type { Account, Note, PageError, PageKind, SourceStatus } from '../snapshot/types.js';
import type { RuleResult } from '../rules/types.js';
import type { Band, CategoryScore, Grade, StatusCounts } from '../scoring/types.js';
import type { SocialSummary } from '../computed/types.js';

export type { Band, CategoryScore, Grade, StatusCounts } from '../scoring/types.js';
export type { SocialAccountSummary, SocialSummary, ResponseBucket } from '../computed/types.js';
export { RESPONSE_BUCKETS } from '../computed/types.js';
export type { Note };

/** Bumped whenever a consumer would have to read the report differently (2: ids + data, no rendered text). */
export const REPORT_SCHEMA_VERSION = 2;

/** A page the audit could not read, for the "what could not be checked" part of reports. */
export interface FailedPage {
  url: string;
  depth: number;
  error: PageError;
}

export interface AuditReport {
  schemaVersion: number;
  tool: { name: string; version: string };
  target: { url: string; domain: string; brandName: string };
  generatedAt: string;
  /** When the snapshot behind the report was collected. */
  collectedAt: string;
  /** The rule set's id, its title as its author wrote it, and where it came from. */
  ruleSet: { id: string; title: string; source: string };
  /** 0..100 with one decimal; null when nothing could be scored. */
  score: number | null;
  grade: Grade | null;
  band: Band | null;
  /** Rules per status. */
  counts: StatusCounts;
  categories: CategoryScore[];
  rules: RuleResult[];
  accounts: Account[];
  site: {
    /** False for a social-only audit (an export, a brand file without `website:`): the website was not audited. */
    audited?: false;
    pagesCrawled: number;
    pagesFailed: number;
    truncated: boolean;
    maxPages: number | null;
    supportPages: { url: string; depth: number; kinds: PageKind[] }[];
    failedPages: FailedPage[];
    errors: PageError[];
  };
  sources: SourceStatus[];
  /** Present when social accounts were read (the social audit); absent for a website-only audit. */
  social?: SocialSummary;
  /**
   * The CI gates of the run that wrote the report (--fail-under, --assert and a rule set's `assert:`, --baseline),
   * attached by the CLI after scoring; absent when none was set. They never change the scores above.
   */
  gates?: GateResults;
}

/** What a gate checks: the overall score floor, one assertion, or a comparison with the baseline. */
export type GateKind = 'fail-under' | 'assert' | 'baseline-score' | 'baseline-category' | 'baseline-rule';

/** One gate, checked: ids and data like the rules, worded by the formatters from `gates.<messageId>`. */
export interface GateCheck {
  kind: GateKind;
  /**
   * A stable, language-neutral name: `fail-under`, the assertion as written (`rule:site-https=pass`),
   * `baseline:score`, `baseline:category:<id>` or `baseline:rule:<id>`.
   */
  name: string;
  ok: boolean;
  messageId: string;
  /** Scores on the 0..100 scale with one decimal (as compared); rule levels are pass, warn, fail, na, error. */
  data: Record<string, string | number | null>;
}

/** Every gate of a run and whether all hold (the exit status: 1 when not). */
export interface GateResults {
  ok: boolean;
  checks: GateCheck[];
  /** The report compared against with --baseline. */
  baseline?: { collectedAt: string; score: number | null };
}
