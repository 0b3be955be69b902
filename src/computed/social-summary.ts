// Computed artifact: the per-account social summary (what was read on each account and how the brand answered
// there), counted once with the rule set's grace period and read by rules and formatters alike.
import type { BrandSnapshot, BusinessHoursRecord, Conversation, Post } from '../snapshot/types.js';
import {
  RESPONSE_BUCKETS,
  type AnsweredQuestion,
  type ResponseStats,
  type SocialAccountSummary,
  type SocialQuestion,
  type SocialSummary,
  type TimedAnswers,
} from './types.js';
import { businessMinutesBetween, hasOpenTime, isOpenAt } from './business-hours.js';
import {
  DEFAULT_GRACE_HOURS,
  brandPublications,
  checkAnswers,
  fanQuestions,
  isUsable,
  responseBucket,
  unansweredCountable,
  weekStart,
  windowWeeks,
} from './conversations.js';
import { median, timeOf } from './threads.js';
import { createPostReadings, type PostReadings } from './post-readings.js';

/**
 * Reports list the latest unanswered (and the slowest answered) questions; more than this is a data dump, not a
 * finding. Rules show at most 10 of them as evidence, so 20 per account always covers the rules' newest or slowest.
 */
const QUESTIONS_SHOWN = 20;

/** Question texts are shown in tables; longer ones are cut like rule snippets. */
const TEXT_MAX = 280;

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > TEXT_MAX ? `${flat.slice(0, TEXT_MAX - 1)}…` : flat;
}

/** A question as the summary keeps it. */
function question(post: Post): SocialQuestion {
  return { text: shorten(post.text), ...(post.url ? { url: post.url } : {}), createdAt: post.createdAt, author: post.author.handle };
}

/** Median and shares within 1 h and 24 h (edges inclusive) of a set of delays in minutes. */
export function responseStats(delays: readonly number[]): ResponseStats {
  if (delays.length === 0) return { answered: 0, medianMinutes: null, withinHourShare: null, within24hShare: null };
  const share = (limit: number): number => delays.filter((m) => m <= limit).length / delays.length;
  return { answered: delays.length, medianMinutes: median([...delays]), withinHourShare: share(60), within24hShare: share(24 * 60) };
}

/** The opening hours figures are counted with: the snapshot's, when they name at least one open interval. */
export function usableHours(snapshot: BrandSnapshot): BusinessHoursRecord | null {
  const hours = snapshot.businessHours;
  return hours && hasOpenTime(hours) ? hours : null;
}

const ascending = (a: number, b: number): number => a - b;

/** What one conversation shows; a conversation that could not be read keeps its status and measures nothing. */
function summarize(conv: Conversation, collectedAt: string, graceHours: number, readings: PostReadings, hours: BusinessHoursRecord | null): { summary: SocialAccountSummary; timed: TimedAnswers } {
  const base = {
    platform: conv.platform,
    handle: conv.handle,
    url: conv.url,
    source: conv.source,
    status: conv.status,
    ...(conv.coverage ? { coverage: conv.coverage } : {}),
    notes: conv.notes ?? [],
    window: { ...conv.window },
  };
  const buckets = new Map(RESPONSE_BUCKETS.map((b) => [b, 0]));
  if (!isUsable(conv)) {
    // No weeks listed: zeros for an account nobody could read would look like a measured silence.
    const summary: SocialAccountSummary = {
      ...base,
      postsRead: 0,
      brandPosts: 0,
      fanPosts: 0,
      questions: 0,
      unanswered: 0,
      undetermined: 0,
      unansweredRatio: null,
      medianResponseMinutes: null,
      responseMinutes: [],
      businessResponseMinutes: [],
      outOfHoursResponseMinutes: [],
      responseTimes: { allHours: responseStats([]), businessHours: hours ? responseStats([]) : null, outOfHours: hours ? responseStats([]) : null },
      responseBuckets: RESPONSE_BUCKETS.map((bucket) => ({ bucket, count: 0 })),
      cadence: [],
      unansweredQuestions: [],
      answeredQuestions: [],
    };
    return { summary, timed: { platform: conv.platform, handle: conv.handle, url: conv.url, answers: [] } };
  }

  const all = checkAnswers(conv, fanQuestions(conv, collectedAt, graceHours, readings));
  // Questions whose answer is unknown (a reply's author hidden) are set apart, never counted either way.
  const checks = all.filter((c) => !c.undetermined);
  const delays = checks.flatMap((c) => (c.minutes === undefined ? [] : [c.minutes]));
  for (const minutes of delays) {
    const bucket = responseBucket(minutes);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + 1);
  }
  const missed = checks.filter((c) => !c.reply).sort((a, b) => timeOf(b.post) - timeOf(a.post));
  // Slowest first (ties keep thread order): the waits a customer would complain about.
  const answered = checks.filter((c) => c.minutes !== undefined).sort((a, b) => b.minutes! - a.minutes!);
  const timedAnswers = answered.map(({ post, reply, minutes }) => {
    const q: AnsweredQuestion & { repliedAt: string } = { ...question(post), replyMinutes: minutes!, repliedAt: reply!.createdAt };
    if (hours) {
      q.businessMinutes = businessMinutesBetween(timeOf(post), timeOf(reply!), hours);
      q.outOfHours = !isOpenAt(timeOf(post), hours);
    }
    return q;
  });
  const businessDelays = timedAnswers.flatMap((q) => (q.businessMinutes === undefined ? [] : [q.businessMinutes])).sort(ascending);
  const outOfHoursDelays = timedAnswers.flatMap((q) => (q.outOfHours ? [q.replyMinutes] : [])).sort(ascending);
  const perWeek = new Map(windowWeeks(conv.window).map((w) => [w, 0]));
  for (const post of brandPublications(conv)) {
    const week = weekStart(timeOf(post));
    if (perWeek.has(week)) perWeek.set(week, perWeek.get(week)! + 1);
  }
  const medianMinutes = median(delays);
  const summary: SocialAccountSummary = {
    ...base,
    postsRead: conv.posts.length,
    brandPosts: conv.posts.filter((p) => p.author.role === 'brand').length,
    fanPosts: conv.posts.filter((p) => p.author.role === 'fan').length,
    questions: checks.length,
    unanswered: missed.length,
    undetermined: all.length - checks.length,
    // Unanswered posts are not in an archive's data: no ratio rather than a measured 0%.
    unansweredRatio: checks.length === 0 || !unansweredCountable(conv) ? null : missed.length / checks.length,
    medianResponseMinutes: medianMinutes,
    responseMinutes: [...delays].sort(ascending),
    businessResponseMinutes: businessDelays,
    outOfHoursResponseMinutes: outOfHoursDelays,
    responseTimes: {
      allHours: responseStats(delays),
      businessHours: hours ? responseStats(businessDelays) : null,
      outOfHours: hours ? responseStats(outOfHoursDelays) : null,
    },
    responseBuckets: RESPONSE_BUCKETS.map((bucket) => ({ bucket, count: buckets.get(bucket) ?? 0 })),
    cadence: [...perWeek].map(([week, posts]) => ({ week, posts })),
    unansweredQuestions: missed.slice(0, QUESTIONS_SHOWN).map(({ post }) => question(post)),
    answeredQuestions: timedAnswers.slice(0, QUESTIONS_SHOWN).map(({ repliedAt: _repliedAt, ...q }) => q),
  };
  return { summary, timed: { platform: conv.platform, handle: conv.handle, url: conv.url, answers: timedAnswers } };
}

/**
 * One summary per conversation of the snapshot, in snapshot order, failed ones included (status and notes,
 * nothing measured). Questions are counted exactly as the unanswered-questions and response-time rules count
 * them: fans' questions to the brand, in the window, older than `graceHours` at collection. Cadence counts the
 * brand's publications (posts, uploads, reposts; not replies) per Monday-started week of the window.
 */
export function computeSocialSummary(snapshot: BrandSnapshot, graceHours = DEFAULT_GRACE_HOURS, readings: PostReadings = createPostReadings()): SocialSummary {
  return computeSocial(snapshot, graceHours, readings).social;
}

/**
 * The social summary and every answered question timed (all hours and, when the brand's opening hours are known, in
 * business hours): both counted in one pass, so the report's figures and promise-kept's verdict read the same replies.
 */
export function computeSocial(
  snapshot: BrandSnapshot,
  graceHours = DEFAULT_GRACE_HOURS,
  readings: PostReadings = createPostReadings(),
): { social: SocialSummary; answers: TimedAnswers[] } {
  const hours = usableHours(snapshot);
  const parts = (snapshot.conversations ?? []).map((conv) => summarize(conv, snapshot.collectedAt, graceHours, readings, hours));
  return {
    social: { graceHours, businessHours: hours, accounts: parts.map((p) => p.summary) },
    answers: parts.map((p) => p.timed),
  };
}
