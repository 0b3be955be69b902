// The AuditReport: the one JSON document every output format is rendered from (formatters never re-score).
import type { Account, ConversationStatus, PageError, PageKind } from '../snapshot/types.js';
import type { RuleResult } from '../rules/types.js';

/** Bumped whenever a consumer would have to read the report differently. */
export const REPORT_SCHEMA_VERSION = 1;

export type Grade = 'A' | 'B' | 'C' | 'D' | 'E' | 'F';
/** Colour bands from DESIGN.md: ≥ 90 good, ≥ 50 average, below poor. */
export type Band = 'good' | 'average' | 'poor';

export interface CategoryScore {
  id: string;
  title: string;
  /** 0..100, or null when every rule of the category was na or error. */
  score: number | null;
  weight: number;
  /** Rule ids in this category, in report order. */
  rules: string[];
}

/** A page the audit could not read, for the "what could not be checked" part of reports. */
export interface FailedPage {
  url: string;
  depth: number;
  error: PageError;
}

/** Response-time buckets, in report order (CMO Council / Facebook badge thresholds fall on their edges). */
export const RESPONSE_BUCKETS = ['under-1h', '1-4h', '4-24h', '1-3d', 'over-3d'] as const;
export type ResponseBucket = (typeof RESPONSE_BUCKETS)[number];

/** What the social audit measured on one account; the reports show it per account. */
export interface SocialAccountSummary {
  platform: string;
  handle: string;
  url: string;
  source: string;
  status: ConversationStatus;
  message?: string;
  window: { from: string; to: string; days: number };
  postsRead: number;
  brandPosts: number;
  fanPosts: number;
  /** Fans' questions old enough to judge (outside the grace period). */
  questions: number;
  unanswered: number;
  /** unanswered ÷ questions, null when there was no question. */
  unansweredRatio: number | null;
  medianResponseMinutes: number | null;
  /** Answered questions per response-time bucket, every bucket present (count 0 when empty). */
  responseBuckets: { bucket: ResponseBucket; count: number }[];
  /** Brand posts per week (weeks start on Monday, yyyy-mm-dd), every week of the window present. */
  cadence: { week: string; posts: number }[];
  /** The unanswered questions themselves, newest first (at most 20). */
  unansweredQuestions: { text: string; url?: string; createdAt: string; author: string }[];
}

export interface AuditReport {
  schemaVersion: number;
  tool: { name: string; version: string };
  target: { url: string; domain: string; brandName: string };
  generatedAt: string;
  /** When the snapshot behind the report was collected. */
  collectedAt: string;
  lang: 'en' | 'fr';
  ruleSet: { id: string; title: string; source: string };
  /** 0..100, rounded to one decimal; null when nothing could be scored. */
  score: number | null;
  grade: Grade | null;
  band: Band | null;
  categories: CategoryScore[];
  rules: RuleResult[];
  accounts: Account[];
  site: {
    pagesCrawled: number;
    pagesFailed: number;
    truncated: boolean;
    supportPages: { url: string; depth: number; kinds: PageKind[] }[];
    failedPages: FailedPage[];
    errors: PageError[];
  };
  sources: { source: string; ok: boolean; message?: string }[];
  /** Present when social accounts were read (the social audit); absent for a website-only audit. */
  social?: { accounts: SocialAccountSummary[] };
}
