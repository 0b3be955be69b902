// Rule-side helpers of the social rules: the accounts a rule could not read, the `na` outcome when none could be,
// and evidence for posts and accounts. Counting (usable accounts, questions, answers, publications) lives in
// computed/conversations.ts and computed/threads.ts, shared with the social summary.
import type { BrandSnapshot, Conversation, ConversationCoverage, ConversationStatus, Post } from '../../snapshot/types.js';
import type { SocialQuestion } from '../../computed/types.js';
import type { Evidence, EvidenceNote, RuleOutcome } from '../types.js';
import { accountName, isUsable } from '../../computed/conversations.js';
import { limitEvidence, urlEvidence } from './evidence.js';
import { notApplicable } from './outcome.js';

/** An account as evidence names and links it: a conversation or its social summary. */
export type AccountRef = { platform: string; handle: string; url: string };

/** An account that gave no usable data, as rules list it in their `skipped` data (why: the summary's notes). */
export interface SkippedAccount {
  account: string;
  status: ConversationStatus;
}

/** The message of every conversation rule when no account could be read (rules/_common.json). */
export const NO_USABLE_DATA = 'no-usable-data';
/** Its evidence note: one per account, with the account's status code. */
export const ACCOUNT_UNREADABLE = 'account-unreadable';
/** The ids a rule using noUsableData declares in its meta.messages. */
export const NO_USABLE_DATA_MESSAGES = [NO_USABLE_DATA, ACCOUNT_UNREADABLE] as const;
/** The `too-few-posts` message of the rules that judge a share of the brand's own posts (rules/_common.json). */
export const TOO_FEW_POSTS = 'too-few-posts';
/** Account notes (rules/_common.json): how many posts, or brand posts, were read on an account over its window. */
export const POSTS_READ = 'posts-read';
export const BRAND_POSTS_READ = 'brand-posts-read';
/** Post notes (rules/_common.json): a fan's post the brand never answered, or answered after a delay. */
export const NO_REPLY = 'no-reply';
export const ANSWERED_AFTER = 'answered-after';
/** Evidence note for an answered question when opening hours are known: its delay all hours and in business hours. */
export const ANSWERED_AFTER_HOURS = 'answered-after-hours';

/**
 * The message of the answer rules when fans' posts could not be judged because the platform hid who replied (a
 * Facebook comment without `from`) and too few others remain (rules/_common.json); nothing is guessed.
 */
export const AUTHORS_UNKNOWN = 'authors-unknown';
/** Its account note: how many fans' posts of one account were left unjudged for that reason. */
export const AUTHORS_HIDDEN = 'authors-hidden';
/** The ids a rule judging the brand's answers declares for hidden authors. */
export const AUTHORS_MESSAGES = [AUTHORS_UNKNOWN, AUTHORS_HIDDEN] as const;

/** The account note "N fans' posts not judged: the platform did not say who replied". */
export function authorsHiddenEvidence(conv: AccountRef, count: number): Evidence {
  return accountEvidence(conv, AUTHORS_HIDDEN, { count });
}

/** Conversations that gave nothing to measure, with their status, for a rule's `skipped` data. */
export function skippedAccounts(snapshot: BrandSnapshot): SkippedAccount[] {
  return (snapshot.conversations ?? []).filter((c) => !isUsable(c)).map((c) => ({ account: accountName(c), status: c.status }));
}

/**
 * The `na` outcome of a conversation rule when no account had usable data: the rule's empty `data` plus
 * `skipped` and `unreadable` (the account names, for the message), and one evidence entry per account giving its
 * status (the collector's notes on why are in the social summary).
 */
export function noUsableData(snapshot: BrandSnapshot, data: Record<string, unknown>): RuleOutcome {
  const skipped = skippedAccounts(snapshot);
  const evidence = (snapshot.conversations ?? []).map((c) =>
    urlEvidence(c.url, undefined, { id: ACCOUNT_UNREADABLE, data: { account: accountName(c), status: c.status } }),
  );
  return notApplicable(NO_USABLE_DATA, { ...data, skipped, unreadable: skipped.map((s) => s.account) }, limitEvidence(evidence));
}

/** A post as seen: "yyyy-mm-dd @author: text" (evidence snippets never translate what was posted). */
export function postSnippet(createdAt: string, author: string, text: string): string {
  return `${createdAt.slice(0, 10)} @${author}: ${text}`;
}

/** Evidence for a post: its URL (its account's when the platform gave none), what was posted, and the rule's note. */
export function postEvidence(post: Post, conv: Pick<Conversation, 'url'>, note?: EvidenceNote): Evidence {
  return urlEvidence(post.url ?? conv.url, postSnippet(post.createdAt, post.author.handle, post.text), note);
}

/** Evidence for a question kept by the social summary, like postEvidence. */
export function questionEvidence(question: SocialQuestion, account: { url: string }, note?: EvidenceNote): Evidence {
  return urlEvidence(question.url ?? account.url, postSnippet(question.createdAt, question.author, question.text), note);
}

/** Evidence pointing at an account, with the rule's note about it (its data gets `account`: "platform:handle"). */
export function accountEvidence(
  conv: AccountRef,
  id: string,
  data: Record<string, unknown> = {},
): Evidence {
  return urlEvidence(conv.url, undefined, { id, data: { account: accountName(conv), ...data } });
}

/** The account note "N posts read over D days", for rules whose sample is too small to judge. */
export function postsReadEvidence(conv: AccountRef & { window: { days: number } }, posts: number): Evidence {
  return accountEvidence(conv, POSTS_READ, { posts, days: conv.window.days });
}

/** The account note "N brand posts read over D days", for the rules that judge the brand's own posts. */
export function brandPostsReadEvidence(conv: AccountRef & { window: { days: number } }, posts: number): Evidence {
  return accountEvidence(conv, BRAND_POSTS_READ, { posts, days: conv.window.days });
}

/**
 * Messages (rules/_common.json) of a conversation rule when the accounts read cannot measure what it judges: they
 * hold the brand's own posts alone (an X archive, a saved timeline), or their comments have no known author.
 */
export const NOT_MEASURABLE_ARCHIVE = 'not-measurable-archive';
export const NOT_MEASURABLE_AUTHORS = 'not-measurable-authors';
/** The ids a rule using notMeasurable declares in its meta.messages. */
export const NOT_MEASURABLE_MESSAGES = [NOT_MEASURABLE_ARCHIVE, NOT_MEASURABLE_AUTHORS] as const;

type Covered = AccountRef & { coverage?: ConversationCoverage };

/** The accounts that can measure what a rule judges (`can`), and the names of those that cannot. */
function measurable<T extends Covered>(accounts: readonly T[], can: (account: T) => boolean): { measured: T[]; unmeasured: string[] } {
  return { measured: accounts.filter(can), unmeasured: accounts.filter((a) => !can(a)).map(accountName) };
}

/** The accounts a conversation rule judges, or its `na` outcome when there are none (measuredAccounts). */
export type MeasuredAccounts<T> = { na: RuleOutcome } | { na?: undefined; measured: T[]; unmeasured: string[] };

/**
 * The opening every conversation rule shares, so each says "not applicable" the same way: no account read
 * (noUsableData), or none of those read able to measure what the rule judges (notMeasurable, with the accounts
 * skipped); otherwise the accounts that can (`can`) and the names of those that cannot. `empty` is the rule's data
 * when it has nothing to judge.
 */
export function measuredAccounts<T extends Covered>(
  snapshot: BrandSnapshot,
  read: readonly T[],
  can: (account: T) => boolean,
  empty: Record<string, unknown>,
): MeasuredAccounts<T> {
  if (read.length === 0) return { na: noUsableData(snapshot, empty) };
  const { measured, unmeasured } = measurable(read, can);
  if (measured.length === 0) return { na: notMeasurable(read, { ...empty, skipped: skippedAccounts(snapshot) }) };
  return { measured, unmeasured };
}

/**
 * The `na` outcome when accounts were read but none can measure what the rule judges: "not measurable from an
 * archive" when none of them read fans' posts beyond those the brand answered, else "authors unknown". `data` is the
 * rule's empty data; `unmeasured` (the account names, for the message) is added, with one evidence entry per account.
 */
function notMeasurable(accounts: readonly Covered[], data: Record<string, unknown>): RuleOutcome {
  const messageId = accounts.every((a) => a.coverage === 'brand-posts') ? NOT_MEASURABLE_ARCHIVE : NOT_MEASURABLE_AUTHORS;
  const unmeasured = accounts.map(accountName);
  return notApplicable(messageId, { ...data, unmeasured }, limitEvidence(accounts.map((a) => urlEvidence(a.url))));
}
