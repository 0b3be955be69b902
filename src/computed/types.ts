// Artifacts derived once from a snapshot with the rule set's options, read by rules and the report alike.
import type { ConversationCoverage, ConversationStatus, Note } from '../snapshot/types.js';
import type { PostReadings } from './post-readings.js';

/** Response-time buckets, in report order (CMO Council / Facebook badge thresholds fall on their edges). */
export const RESPONSE_BUCKETS = ['under-1h', '1-4h', '4-24h', '1-3d', 'over-3d'] as const;
export type ResponseBucket = (typeof RESPONSE_BUCKETS)[number];

/** A fan's question as the summary keeps it: its text (whitespace collapsed, at most 280 characters), link and author. */
export interface SocialQuestion {
  text: string;
  /** The post's own URL; absent when the platform gave none (link to the account instead). */
  url?: string;
  createdAt: string;
  /** The fan's handle, without @. */
  author: string;
}

/** What the social audit measured on one account; figures unrounded (formatters round). */
export interface SocialAccountSummary {
  platform: string;
  handle: string;
  url: string;
  source: string;
  status: ConversationStatus;
  /**
   * Set when the source could not see all of the fans' side: `brand-posts` (an archive: `questions` are the fans'
   * posts the brand answered, known by id and time; unanswered ones cannot be counted, `unansweredRatio` is null),
   * `unknown-authors` (the brand's replies cannot be told: nothing about answers is measured).
   */
  coverage?: ConversationCoverage;
  /** What the collector said about this account (codes + data, rendered by the formatters). */
  notes: Note[];
  window: { from: string; to: string; days: number };
  postsRead: number;
  brandPosts: number;
  fanPosts: number;
  /** Fans' questions old enough to judge (outside the grace period). */
  questions: number;
  unanswered: number;
  /**
   * Fans' questions left out of `questions` because a reply whose author the platform hid (a Facebook comment
   * without `from`) came before any reply of the brand: answered or not is unknown, and nothing is guessed.
   */
  undetermined: number;
  /** unanswered ÷ questions, null when there was no question. */
  unansweredRatio: number | null;
  medianResponseMinutes: number | null;
  /** Minutes from each answered question to the brand's first reply, shortest first (one per answered question). */
  responseMinutes: number[];
  /** Answered questions per response-time bucket, every bucket present (count 0 when empty). */
  responseBuckets: { bucket: ResponseBucket; count: number }[];
  /** Brand posts per week (weeks start on Monday, yyyy-mm-dd), every week of the window present. */
  cadence: { week: string; posts: number }[];
  /** The unanswered questions themselves, newest first (at most 20). */
  unansweredQuestions: SocialQuestion[];
  /** The answered questions with the brand's delay, slowest reply first (at most 20). */
  answeredQuestions: (SocialQuestion & { replyMinutes: number })[];
}

/**
 * The social summary: per account, counted with the rule set's grace period. The unanswered-questions and
 * response-time rules read their counts from it, so the report's table and those rules always agree.
 */
export interface SocialSummary {
  /** Questions younger than this at collection were not judged (unanswered-questions' graceHours). */
  graceHours: number;
  accounts: SocialAccountSummary[];
}

/** Every computed artifact; the pipeline builds them once per audit. */
export interface ComputedArtifacts {
  social: SocialSummary;
  /** Each post's language, question and complaint verdicts, read once for the audit and shared by summary and rules. */
  posts: PostReadings;
}
