// Shared reading of the social audit's conversations: usable accounts, fans' questions and complaints, the brand's
// answers and publications, response-time buckets and weeks. Used by the social rules and the report summary alike,
// so a report's per-account figures and the rules' verdicts always count the same posts.
import type { BrandSnapshot, Conversation, ConversationStatus, Post } from '../../snapshot/types.js';
import type { ResponseBucket } from '../../computed/types.js';
import type { Evidence, Localized, RuleOutcome } from '../types.js';
import { isComplaint, isQuestion } from '../../text/index.js';
import { limitEvidence, urlEvidence } from './evidence.js';
import { notApplicable } from './outcome.js';
import { firstBrandReply, indexThreads, minutesBetween, parentOf, timeOf, type ThreadIndex } from './threads.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Questions younger than this at collection time are not judged yet: a brand cannot be blamed for a question
 * asked minutes before the audit. 24 h is the delay 47% of consumers expect (CMO Council / Lithium).
 */
export const DEFAULT_GRACE_HOURS = 24;

/** Statuses whose posts can be measured; `partial` data is kept and labelled, never thrown away. */
const USABLE: readonly ConversationStatus[] = ['ok', 'partial'];

/** An account that gave no usable data, as rules list it in their data. */
export interface SkippedAccount {
  account: string;
  status: ConversationStatus;
  message: string | null;
}

/** A fan's post checked for a brand answer: the brand's first reply in its subtree and how long it took. */
export interface AnswerCheck {
  conversation: Conversation;
  post: Post;
  reply?: Post;
  /** Minutes from the post to the brand's first reply; undefined when unanswered. */
  minutes?: number;
}

/** "platform:handle", the way rules and reports name a social account. */
export function accountName(conv: Pick<Conversation, 'platform' | 'handle'>): string {
  return `${conv.platform}:${conv.handle}`;
}

/** True when the conversation's posts can be measured (status ok or partial). */
export function isUsable(conv: Conversation): boolean {
  return USABLE.includes(conv.status);
}

/** Conversations with usable data, in snapshot order. */
export function usableConversations(snapshot: BrandSnapshot): Conversation[] {
  return (snapshot.conversations ?? []).filter(isUsable);
}

/** Conversations that gave nothing to measure, with their status and message, for a rule's `skipped` data. */
export function skippedAccounts(snapshot: BrandSnapshot): SkippedAccount[] {
  return (snapshot.conversations ?? [])
    .filter((c) => !isUsable(c))
    .map((c) => ({ account: accountName(c), status: c.status, message: c.message ?? null }));
}

/** The audit window in days: the longest window of the usable conversations, else the brand file's. */
export function windowDays(snapshot: BrandSnapshot, usable: readonly Conversation[]): number | null {
  if (usable.length > 0) return Math.max(...usable.map((c) => c.window.days));
  return snapshot.brand?.windowDays ?? null;
}

/** The skipped accounts in a few words: "facebook:maison (no-source: no public data, no export)". */
export function describeSkipped(skipped: readonly SkippedAccount[]): string {
  if (skipped.length === 0) return 'none';
  return skipped.map((s) => `${s.account} (${s.status}${s.message ? `: ${s.message}` : ''})`).join('; ');
}

/** The message every conversation rule shows when no account could be read (placeholder: unreadable). */
export const NO_USABLE_DATA_MESSAGE: Localized = {
  en: 'No social account could be read: {{unreadable}}.',
  fr: "Aucun compte social n'a pu être lu : {{unreadable}}.",
};

/** The `too-few-posts` message of the rules that judge a share of the brand's own posts. */
export const TOO_FEW_POSTS_MESSAGE: Localized = {
  en: 'Only {{posts}} brand post(s) over {{windowDays}} days: too few to judge.',
  fr: 'Seulement {{posts}} publication(s) de la marque en {{windowDays}} jours : trop peu pour juger.',
};

/**
 * The `na` outcome of a conversation rule when no account had usable data: the rule's empty `data` plus
 * `unreadable` (the reasons, for the message) and one evidence entry per account saying why it was not read.
 */
export function noUsableData(snapshot: BrandSnapshot, data: Record<string, unknown>): RuleOutcome {
  const skipped = skippedAccounts(snapshot);
  const evidence = (snapshot.conversations ?? []).map((c) =>
    urlEvidence(c.url, {
      en: `${accountName(c)}: ${c.status}${c.message ? ` — ${c.message}` : ''}`,
      fr: `${accountName(c)} : ${c.status}${c.message ? ` — ${c.message}` : ''}`,
    }),
  );
  return notApplicable('no-usable-data', { ...data, skipped, unreadable: describeSkipped(skipped) }, limitEvidence(evidence));
}

/** True when the post was published inside the conversation's window (collectors may return older thread roots). */
export function inWindow(post: Post, conv: Conversation): boolean {
  return timeOf(post) >= Date.parse(conv.window.from);
}

/**
 * True when a fan's post is addressed to the brand: a thread of its own on the brand's space, a reply to the
 * brand, or a reply to a post that was not read (a mention). A fan answering another fan is talking to the
 * community; that counts for fan-interaction, not as a question the brand left unanswered.
 */
export function addressedToBrand(post: Post, index: ThreadIndex): boolean {
  if (post.replyTo === undefined || post.replyTo === post.id) return true;
  const parent = parentOf(post, index);
  return parent === undefined || parent.author.role === 'brand';
}

/**
 * Fans' posts addressed to the brand, inside the window and older than the grace period at collection time,
 * that pass `test` (question, complaint…). Reposts carry someone else's text and are left out.
 */
export function fanPostsToBrand(
  conv: Conversation,
  collectedAt: string,
  graceHours: number,
  test: (text: string) => boolean,
): Post[] {
  const index = indexThreads(conv.posts);
  const cutoff = Date.parse(collectedAt) - graceHours * HOUR_MS;
  return [...index.byId.values()].filter(
    (p) =>
      p.author.role === 'fan' &&
      !p.repostOf &&
      inWindow(p, conv) &&
      timeOf(p) <= cutoff &&
      addressedToBrand(p, index) &&
      test(p.text),
  );
}

/** Fans' questions to the brand, old enough to judge (see fanPostsToBrand); detection handles fr, en, de and es. */
export function fanQuestions(conv: Conversation, collectedAt: string, graceHours: number): Post[] {
  return fanPostsToBrand(conv, collectedAt, graceHours, (text) => isQuestion(text));
}

/** Fans' complaints to the brand, old enough to judge. */
export function fanComplaints(conv: Conversation, collectedAt: string, graceHours: number): Post[] {
  return fanPostsToBrand(conv, collectedAt, graceHours, (text) => isComplaint(text));
}

/** For each post, the brand's first reply anywhere in its subtree and the delay in minutes. */
export function checkAnswers(conv: Conversation, posts: readonly Post[]): AnswerCheck[] {
  const index = indexThreads(conv.posts);
  return posts.map((post) => {
    const reply = firstBrandReply(post, index);
    return reply ? { conversation: conv, post, reply, minutes: minutesBetween(post, reply) } : { conversation: conv, post };
  });
}

/**
 * The brand's publications in the window: its own posts, uploads and reposts, but not its replies (replies are
 * reactivity, not publishing).
 */
export function brandPublications(conv: Conversation): Post[] {
  return dedupe(conv.posts).filter((p) => p.author.role === 'brand' && p.replyTo === undefined && inWindow(p, conv));
}

/** The brand's publications that carry its own words: no reposts, no empty texts. Content rules read these. */
export function brandOwnPosts(conv: Conversation): Post[] {
  return brandPublications(conv).filter((p) => !p.repostOf && p.text.trim() !== '');
}

/** The brand's replies in the window (posts answering someone). */
export function brandReplies(conv: Conversation): Post[] {
  return dedupe(conv.posts).filter((p) => p.author.role === 'brand' && p.replyTo !== undefined && inWindow(p, conv));
}

function dedupe(posts: readonly Post[]): Post[] {
  return [...indexThreads(posts).byId.values()];
}

/**
 * The response-time bucket of a delay. Edges are inclusive, so a reply at exactly 60 min is "within the hour"
 * (CMO Council / Lithium: 19% expect a reply within the hour; 47% within 24 h).
 */
export function responseBucket(minutes: number): ResponseBucket {
  if (minutes <= 60) return 'under-1h';
  if (minutes <= 4 * 60) return '1-4h';
  if (minutes <= 24 * 60) return '4-24h';
  if (minutes <= 3 * 24 * 60) return '1-3d';
  return 'over-3d';
}

/** The Monday (UTC) starting the week of `time`, as yyyy-mm-dd. */
export function weekStart(time: number): string {
  const day = new Date(time);
  const sinceMonday = (day.getUTCDay() + 6) % 7;
  const monday = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) - sinceMonday * DAY_MS;
  return new Date(monday).toISOString().slice(0, 10);
}

/** Every Monday-started week that overlaps the window, oldest first. */
export function windowWeeks(window: { from: string; to: string }): string[] {
  const from = Date.parse(window.from);
  const to = Date.parse(window.to);
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from) return [];
  const weeks: string[] = [];
  for (let t = Date.parse(weekStart(from)); t <= to; t += 7 * DAY_MS) weeks.push(new Date(t).toISOString().slice(0, 10));
  return weeks;
}

/** Whole days from `time` to collection (negative clock skew counts as 0). */
export function daysBefore(collectedAt: string, time: number): number {
  return Math.max(0, Math.floor((Date.parse(collectedAt) - time) / DAY_MS));
}

/** The URL of a post, or its account's when the platform gave none. */
export function postUrl(post: Post, conv: Conversation): string {
  return post.url ?? conv.url;
}

/**
 * Evidence for a post: its URL and "yyyy-mm-dd @author: text" as seen. With a prefix (the rule's own remark, e.g.
 * "answered after 3 h"), the whole line becomes a note in each report language.
 */
export function postEvidence(post: Post, conv: Conversation, prefix?: Localized): Evidence {
  const seen = `${post.createdAt.slice(0, 10)} @${post.author.handle}: ${post.text}`;
  if (!prefix) return urlEvidence(postUrl(post, conv), seen);
  return urlEvidence(postUrl(post, conv), { en: `${prefix.en} — ${seen}`, fr: `${prefix.fr} — ${seen}` });
}

/** Evidence pointing at an account, with the rule's own remark in each language. */
export function accountEvidence(conv: Conversation, note: Localized): Evidence {
  return urlEvidence(conv.url, { en: `${accountName(conv)}: ${note.en}`, fr: `${accountName(conv)} : ${note.fr}` });
}

/** A delay in words for evidence, in each report language: "45 min", "3 h 20 min", "2 d 4 h" / "2 j 4 h". */
export function formatDelay(minutes: number): Localized {
  if (minutes < 60) return { en: `${minutes} min`, fr: `${minutes} min` };
  if (minutes < 24 * 60) {
    const text = `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
    return { en: text, fr: text };
  }
  const hours = Math.floor(minutes / 60);
  const rest = hours % 24 ? ` ${hours % 24} h` : '';
  return { en: `${Math.floor(hours / 24)} d${rest}`, fr: `${Math.floor(hours / 24)} j${rest}` };
}
