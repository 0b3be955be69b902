// Computed artifact: the per-account social summary (what was read on each account and how the brand answered
// there), counted once with the rule set's grace period and read by rules and formatters alike.
import type { BrandSnapshot, Conversation, Post } from '../snapshot/types.js';
import { RESPONSE_BUCKETS, type SocialAccountSummary, type SocialQuestion, type SocialSummary } from './types.js';
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

/** What one conversation shows; a conversation that could not be read keeps its status and measures nothing. */
function summarize(conv: Conversation, collectedAt: string, graceHours: number, readings: PostReadings): SocialAccountSummary {
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
    return {
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
      responseBuckets: RESPONSE_BUCKETS.map((bucket) => ({ bucket, count: 0 })),
      cadence: [],
      unansweredQuestions: [],
      answeredQuestions: [],
    };
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
  const perWeek = new Map(windowWeeks(conv.window).map((w) => [w, 0]));
  for (const post of brandPublications(conv)) {
    const week = weekStart(timeOf(post));
    if (perWeek.has(week)) perWeek.set(week, perWeek.get(week)! + 1);
  }
  const medianMinutes = median(delays);
  return {
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
    responseMinutes: [...delays].sort((a, b) => a - b),
    responseBuckets: RESPONSE_BUCKETS.map((bucket) => ({ bucket, count: buckets.get(bucket) ?? 0 })),
    cadence: [...perWeek].map(([week, posts]) => ({ week, posts })),
    unansweredQuestions: missed.slice(0, QUESTIONS_SHOWN).map(({ post }) => question(post)),
    answeredQuestions: answered.slice(0, QUESTIONS_SHOWN).map(({ post, minutes }) => ({ ...question(post), replyMinutes: minutes! })),
  };
}

/**
 * One summary per conversation of the snapshot, in snapshot order, failed ones included (status and notes,
 * nothing measured). Questions are counted exactly as the unanswered-questions and response-time rules count
 * them: fans' questions to the brand, in the window, older than `graceHours` at collection. Cadence counts the
 * brand's publications (posts, uploads, reposts; not replies) per Monday-started week of the window.
 */
export function computeSocialSummary(snapshot: BrandSnapshot, graceHours = DEFAULT_GRACE_HOURS, readings: PostReadings = createPostReadings()): SocialSummary {
  return { graceHours, accounts: (snapshot.conversations ?? []).map((conv) => summarize(conv, snapshot.collectedAt, graceHours, readings)) };
}
