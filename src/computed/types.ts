// Artifacts derived once from a snapshot with the rule set's options, read by rules and the report alike.
import type { BusinessHoursRecord, ConversationCoverage, ConversationStatus, Note } from '../snapshot/types.js';
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

/** Reply-time figures over a set of answered questions; null figures when none was answered. */
export interface ResponseStats {
  answered: number;
  medianMinutes: number | null;
  /** Share answered within 60 minutes (edge inclusive), null when none was answered. */
  withinHourShare: number | null;
  /** Share answered within 24 hours (edge inclusive), null when none was answered. */
  within24hShare: number | null;
}

/**
 * Reply times three ways, as social care tools report them: on the clock (all hours), counting only the time the
 * brand is open (business hours), and on the clock for the questions asked while it was closed (out of hours).
 * The last two are null when the brand's opening hours are not known.
 */
export interface ResponseTimes {
  allHours: ResponseStats;
  businessHours: ResponseStats | null;
  outOfHours: ResponseStats | null;
}

/** Which reply times a rule scores: on the clock, or counted only while the brand is open. */
export type ResponseClock = 'all' | 'business';

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
  /** Business-hours minutes of the same replies, shortest first; empty when opening hours are not known. */
  businessResponseMinutes: number[];
  /** All-hours minutes of the replies to questions asked out of hours, shortest first; empty without opening hours. */
  outOfHoursResponseMinutes: number[];
  /** The same replies' figures all hours, in business hours and for questions asked out of hours. */
  responseTimes: ResponseTimes;
  /** Answered questions per response-time bucket, every bucket present (count 0 when empty). */
  responseBuckets: { bucket: ResponseBucket; count: number }[];
  /** Brand posts per week (weeks start on Monday, yyyy-mm-dd), every week of the window present. */
  cadence: { week: string; posts: number }[];
  /** The unanswered questions themselves, newest first (at most 20). */
  unansweredQuestions: SocialQuestion[];
  /** The answered questions with the brand's delay, slowest reply first (at most 20). */
  answeredQuestions: AnsweredQuestion[];
}

/** An answered question with the brand's delay (all hours) and, when opening hours are known, in business hours. */
export interface AnsweredQuestion extends SocialQuestion {
  replyMinutes: number;
  /** Minutes counted only while the brand was open; absent when its hours are not known. */
  businessMinutes?: number;
  /** True when asked while the brand was closed; absent when its hours are not known. */
  outOfHours?: boolean;
}

/** Every answered question of one account, timed, for rules that check each reply (promise-kept). */
export interface TimedAnswers {
  platform: string;
  handle: string;
  url: string;
  answers: (AnsweredQuestion & { repliedAt: string })[];
}

/**
 * The social summary: per account, counted with the rule set's grace period. The unanswered-questions and
 * response-time rules read their counts from it, so the report's table and those rules always agree.
 */
export interface SocialSummary {
  /** Questions younger than this at collection were not judged (unanswered-questions' graceHours). */
  graceHours: number;
  /** The opening hours business-hours figures were counted with, and their source; null when not known. */
  businessHours: BusinessHoursRecord | null;
  accounts: SocialAccountSummary[];
}

/** Every computed artifact; the pipeline builds them once per audit. */
export interface ComputedArtifacts {
  social: SocialSummary;
  /** Each post's language, question and complaint verdicts, read once for the audit and shared by summary and rules. */
  posts: PostReadings;
  /** Every answered question with its delays (not in the report: the summary keeps the slowest 20 per account). */
  answers: TimedAnswers[];
}
