// Shared reading of the social audit's conversations: usable accounts, fans' questions and complaints, the brand's
// answers and publications, response-time buckets and weeks. The social summary and the social rules count with
// these same functions, so a report's per-account figures and the rules' verdicts always count the same posts.
import type { BrandSnapshot, Conversation, ConversationStatus, Post } from '../snapshot/types.js';
import type { ResponseBucket } from './types.js';
import { createPostReadings, type PostReadings } from './post-readings.js';
import { firstBrandReply, firstHiddenReply, indexThreads, minutesBetween, parentOf, timeOf, type ThreadIndex } from './threads.js';
import { escapeRegExp } from '../escape-regexp.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/**
 * Questions younger than this at collection time are not judged yet: a brand cannot be blamed for a question
 * asked minutes before the audit. 24 h is the delay 47% of consumers expect (CMO Council / Lithium).
 */
export const DEFAULT_GRACE_HOURS = 24;

/** Statuses whose posts can be measured; `partial` data is kept and labelled, never thrown away. */
const USABLE: readonly ConversationStatus[] = ['ok', 'partial'];

/** A fan's post checked for a brand answer: the brand's first reply in its subtree and how long it took. */
export interface AnswerCheck {
  conversation: Conversation;
  post: Post;
  reply?: Post;
  /** Minutes from the post to the brand's first reply; undefined when unanswered. */
  minutes?: number;
  /**
   * True when a reply whose author the platform hid comes before any reply of the brand: it may have been the
   * brand's, so whether (and when) the post was answered is unknown. Such a post is neither answered nor unanswered.
   */
  undetermined?: true;
}

/** "platform:handle", the way rules and reports name a social account. */
export function accountName(conv: { platform: string; handle: string }): string {
  return `${conv.platform}:${conv.handle}`;
}

/** True when a conversation with this status has posts that can be measured (ok or partial). */
export function isUsableStatus(status: ConversationStatus): boolean {
  return USABLE.includes(status);
}

/** True when the conversation's posts can be measured (status ok or partial). */
export function isUsable(conv: Pick<Conversation, 'status'>): boolean {
  return isUsableStatus(conv.status);
}

/** Conversations with usable data, in snapshot order. */
export function usableConversations(snapshot: BrandSnapshot): Conversation[] {
  return (snapshot.conversations ?? []).filter(isUsable);
}

/** The audit window in days: the longest window of the usable conversations, else the brand file's. */
export function windowDays(snapshot: BrandSnapshot, usable: readonly Pick<Conversation, 'window'>[]): number | null {
  if (usable.length > 0) return Math.max(...usable.map((c) => c.window.days));
  return snapshot.brand?.windowDays ?? null;
}

/**
 * True when the post was published inside the conversation's window. Collectors may return older thread roots, and
 * exports keep the replies after a past window's end (the answers to its last questions): neither is counted.
 */
export function inWindow(post: Post, conv: Pick<Conversation, 'window'>): boolean {
  const t = timeOf(post);
  return t >= Date.parse(conv.window.from) && t <= Date.parse(conv.window.to);
}

/**
 * True when every fans' post addressed to the brand was read, answered or not, so unanswered ones can be counted
 * (not an archive or a timeline of the brand's own posts, and authors known).
 */
export function unansweredCountable(conv: Pick<Conversation, 'coverage'>): boolean {
  return conv.coverage === undefined;
}

/** True when the brand's replies can be told from fans' posts (the source said who wrote each comment). */
export function repliesKnown(conv: Pick<Conversation, 'coverage'>): boolean {
  return conv.coverage !== 'unknown-authors';
}

/**
 * The time questions are judged at: the collection, or the end of an export's data when earlier (a question asked
 * just before a file was exported had no time to be answered in it).
 */
function judgedAt(conv: Pick<Conversation, 'dataUntil'>, collectedAt: string): number {
  const collected = Date.parse(collectedAt);
  const until = conv.dataUntil === undefined ? Number.NaN : Date.parse(conv.dataUntil);
  return Number.isFinite(until) ? Math.min(collected, until) : collected;
}

/**
 * Whether a text tags the account: `@handle` as a whole word, case-insensitive (`@maisonexemple`, not
 * `@maisonexemple_fan`). A Mastodon account `name@server` is tagged as `@name@server` or, from its own server, `@name`.
 */
export function tagsAccount(text: string, account: Pick<Conversation, 'platform' | 'handle'>): boolean {
  return tagPattern(account)?.test(text) ?? false;
}

/** Each account's tag pattern, made once: it is tested on every fan reply of the account's conversation. */
const tagPatterns = new Map<string, RegExp | null>();

function tagPattern(account: Pick<Conversation, 'platform' | 'handle'>): RegExp | null {
  const key = `${account.platform} ${account.handle}`;
  let tag = tagPatterns.get(key);
  if (tag === undefined) {
    const handle = account.handle.replace(/^@/, '').toLowerCase();
    const forms = [handle];
    if (account.platform === 'mastodon' && handle.includes('@')) forms.push(handle.slice(0, handle.indexOf('@')));
    // Not global: test() keeps no position from one text to the next.
    tag = handle === '' ? null : new RegExp(`(?<![\\p{L}\\p{N}_@.])@(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_@-]|\\.[\\p{L}\\p{N}])`, 'iu');
    tagPatterns.set(key, tag);
  }
  return tag;
}

/**
 * True when a fan's post is addressed to the brand: a thread of its own on the brand's space, a reply to the
 * brand, a reply to a post that was not read (a mention), or a reply to another fan that tags the brand's handle
 * (on X a tag is how one addresses a brand). A fan answering another fan without tagging the brand is talking to the
 * community; that counts for fan-interaction, not as a question the brand left unanswered.
 */
export function addressedToBrand(post: Post, index: ThreadIndex, account?: Pick<Conversation, 'platform' | 'handle'>): boolean {
  if (post.replyTo === undefined || post.replyTo === post.id) return true;
  const parent = parentOf(post, index);
  if (parent === undefined || parent.author.role === 'brand') return true;
  return account !== undefined && tagsAccount(post.text, account);
}

/**
 * Fans' posts addressed to the brand, inside the window and older than the grace period at collection time,
 * that pass `test` (question, complaint…). Reposts carry someone else's text and are left out.
 */
export function fanPostsToBrand(
  conv: Conversation,
  collectedAt: string,
  graceHours: number,
  test: (post: Post) => boolean,
): Post[] {
  const index = indexThreads(conv.posts);
  const cutoff = judgedAt(conv, collectedAt) - graceHours * HOUR_MS;
  return [...index.byId.values()].filter(
    (p) =>
      p.author.role === 'fan' &&
      !p.repostOf &&
      inWindow(p, conv) &&
      timeOf(p) <= cutoff &&
      addressedToBrand(p, index, conv) &&
      test(p),
  );
}

/**
 * Fans' questions to the brand, old enough to judge (see fanPostsToBrand); detection handles fr, en, de and es. Pass
 * the audit's readings so that each post is read once whatever asks about it.
 * From the brand's own posts alone (coverage `brand-posts`) the fans' posts it answered are known by id and time, not
 * text: each counts as a request, answered by definition (no grace period needed). Without authors, none is known.
 */
export function fanQuestions(conv: Conversation, collectedAt: string, graceHours: number, readings: PostReadings = createPostReadings()): Post[] {
  if (!repliesKnown(conv)) return [];
  if (conv.coverage === 'brand-posts') {
    const index = indexThreads(conv.posts);
    return fanPostsToBrand(conv, collectedAt, 0, () => true).filter((p) => firstBrandReply(p, index) !== undefined);
  }
  return fanPostsToBrand(conv, collectedAt, graceHours, (post) => readings.of(post).question);
}

/** Fans' complaints to the brand, old enough to judge; none where fans' texts or authors are not all known. */
export function fanComplaints(conv: Conversation, collectedAt: string, graceHours: number, readings: PostReadings = createPostReadings()): Post[] {
  if (!unansweredCountable(conv)) return [];
  return fanPostsToBrand(conv, collectedAt, graceHours, (post) => readings.of(post).complaint);
}

/**
 * For each post, the brand's first reply anywhere in its subtree and the delay in minutes; `undetermined` when a
 * reply of unknown author comes first (nothing is guessed: such a post is left out of answered and unanswered alike).
 */
export function checkAnswers(conv: Conversation, posts: readonly Post[]): AnswerCheck[] {
  const index = indexThreads(conv.posts);
  return posts.map((post) => {
    const reply = firstBrandReply(post, index);
    const hidden = firstHiddenReply(post, index);
    if (hidden && (!reply || timeOf(hidden) <= timeOf(reply))) return { conversation: conv, post, undetermined: true };
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
