// X source (API v2, with the user's bearer token): the account by its username, its own posts and replies over the
// window (timeline), and the fans' posts addressed to it (mentions), into one Conversation. A brand reply is a post
// of the timeline whose `referenced_tweets` has `replied_to` = the fan's post; the thread is `conversation_id`.
import type { Note, Post } from '../../snapshot/types.js';
import { note } from '../codes.js';
import { Pager } from './budget.js';
import { apiBase, budgetOf, conversation, type ConversationFields, count, describeFailure, type Failure, plainText, SourceFailure, toIso, windowPosition } from './common.js';
import { getWithToken, isObject, pause } from './token-api.js';
import { findToken, isFound, scrubConversation, type FoundToken } from './tokens.js';
import { missingTokenConversation } from './token-sources.js';
import type { SocialCollector, SourceContext } from './types.js';

export const X_DEFAULT_API = 'https://api.x.com';

// The timeline endpoints' largest page.
const PAGE_SIZE = 100;
/** A rate limit that resets within this is waited for; a later reset stops the source with what was read. */
export const MAX_RESET_WAIT_MS = 60_000;
/** Waits for a reset are capped per source, so a server that keeps answering 429 cannot hold the audit. */
const MAX_WAITS = 3;
/**
 * X refuses an `end_time` less than 10 seconds before the request. Every request of an audit comes after its
 * collection time (the window's end), so the window's end less 10 seconds is always accepted.
 */
const END_TIME_MARGIN_MS = 10_000;

const TWEET_FIELDS = 'created_at,conversation_id,in_reply_to_user_id,referenced_tweets,public_metrics,lang,author_id';
const USER_FIELDS = 'description,public_metrics,created_at,url,entities';

interface XTweet {
  id?: string;
  text?: string;
  author_id?: string;
  created_at?: string;
  conversation_id?: string;
  in_reply_to_user_id?: string;
  referenced_tweets?: { type?: string; id?: string }[];
  public_metrics?: { like_count?: number; reply_count?: number; retweet_count?: number; quote_count?: number };
}

interface XUser {
  id?: string;
  name?: string;
  username?: string;
  description?: string;
  created_at?: string;
  url?: string;
  entities?: { url?: { urls?: { expanded_url?: string }[] }; description?: { urls?: { expanded_url?: string }[] } };
  public_metrics?: { followers_count?: number; tweet_count?: number };
}

interface XPage {
  data?: XTweet[];
  includes?: { users?: XUser[] };
  meta?: { result_count?: number; next_token?: string };
  errors?: unknown[];
}

/** X escapes &, < and > in post texts (and only those). */
function decodeText(text: unknown): string {
  return plainText(typeof text === 'string' ? text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') : '');
}

/** RFC 3339 to the second, as X wants its times. */
const xTime = (ms: number): string => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.000Z$/, 'Z');

interface Reader {
  ctx: SourceContext;
  base: string;
  token: FoundToken;
  notes: Note[];
  waits: number;
  /** A listing stopped before its end (page budget, repeated cursor, a page adding nothing): the data is partial. */
  partial: boolean;
}

/**
 * GETs one X endpoint. 401 is the token, 403 the plan or app's access, 429 a rate limit: waited for when it resets
 * within a minute (`x-rate-limit-reset`, epoch seconds), else the source stops with what it read.
 */
async function get<T>(r: Reader, url: string, endpoint: string): Promise<T> {
  for (;;) {
    const res = await getWithToken<T>(r.ctx, url, r.token.token, endpoint);
    if (res.status >= 200 && res.status < 300) {
      if (!isObject(res.data)) throw new SourceFailure('error', note('social.unexpected-response', { endpoint }));
      return res.data;
    }
    const variable = r.token.variable;
    if (res.status === 401) throw new SourceFailure('error', note('x.token-invalid', { variable }), { httpStatus: 401 });
    if (res.status === 403) throw new SourceFailure('error', note('x.access-denied', { variable, endpoint }), { httpStatus: 403 });
    if (res.status === 429) {
      const reset = Number(res.headers['x-rate-limit-reset']);
      const wait = Number.isFinite(reset) && reset > 0 ? reset * 1000 - Date.now() : Number.POSITIVE_INFINITY;
      if (wait <= MAX_RESET_WAIT_MS && r.waits < MAX_WAITS) {
        r.waits++;
        // One second past the reset: X's clock and ours may differ by a little.
        await pause(r.ctx, Math.max(0, wait) + 1000);
        continue;
      }
      // Minutes until X lets the token read again (a duration in every language), unknown without the header.
      const resetMinutes = Number.isFinite(wait) ? Math.max(1, Math.ceil(wait / 60_000)) : null;
      throw new SourceFailure('rate-limited', note('x.rate-limited', { endpoint, resetMinutes }), { httpStatus: 429 });
    }
    if (res.status === 404) throw new SourceFailure('not-found', note('social.not-found', { endpoint, status: 404 }), { httpStatus: 404 });
    throw new SourceFailure('error', note('social.http-error', { endpoint, status: res.status }), { httpStatus: res.status });
  }
}

function postOf(t: XTweet, brandId: string, brandHandle: string, users: Map<string, string>): Post | undefined {
  const createdAt = toIso(t.created_at);
  if (typeof t.id !== 'string' || !createdAt) return undefined;
  const authorId = typeof t.author_id === 'string' ? t.author_id : brandId;
  const brand = authorId === brandId;
  const handle = brand ? brandHandle : (users.get(authorId) ?? authorId);
  const repliedTo = (Array.isArray(t.referenced_tweets) ? t.referenced_tweets : []).find((ref) => ref?.type === 'replied_to' && typeof ref.id === 'string')?.id;
  const m = t.public_metrics ?? {};
  return {
    id: t.id,
    url: `https://x.com/${encodeURIComponent(handle)}/status/${t.id}`,
    platform: 'x',
    author: { id: authorId, handle, role: brand ? 'brand' : 'fan' },
    createdAt,
    text: decodeText(t.text),
    ...(repliedTo ? { replyTo: repliedTo } : {}),
    root: typeof t.conversation_id === 'string' && t.conversation_id ? t.conversation_id : (repliedTo ?? t.id),
    metrics: { likes: count(m.like_count), replies: count(m.reply_count), reposts: count(m.retweet_count) + count(m.quote_count) },
  };
}

/**
 * Pages through a timeline endpoint (newest first) inside the window: every post of `keep`, at most maxPosts.
 * Returns whether --max-posts stopped it; posts are added to `out` as they come, so a failure keeps what was read.
 */
async function readTimeline(
  r: Reader,
  path: string,
  endpoint: string,
  extra: Record<string, string>,
  toPost: (t: XTweet, users: Map<string, string>) => Post | undefined,
  out: Post[],
): Promise<boolean> {
  const { window } = r.ctx;
  const params: Record<string, string> = {
    max_results: String(PAGE_SIZE),
    start_time: xTime(window.from.getTime()),
    end_time: xTime(window.to.getTime() - END_TIME_MARGIN_MS),
    'tweet.fields': TWEET_FIELDS,
    ...extra,
  };
  const pager = new Pager(budgetOf(r.ctx), endpoint);
  const stop = (reason: Note | undefined): false => {
    if (reason) {
      r.partial = true;
      if (!r.notes.some((n) => n.code === reason.code)) r.notes.push(reason);
    }
    return false;
  };
  let kept = 0;
  let nextToken: string | undefined;
  for (;;) {
    const refused = pager.before();
    if (refused) return stop(refused);
    const query = new URLSearchParams(nextToken ? { ...params, pagination_token: nextToken } : params);
    const page = await get<XPage>(r, `${r.base}${path}?${query}`, endpoint);
    if (Array.isArray(page.errors) && page.errors.length > 0 && !r.notes.some((n) => n.code === 'x.partial-errors')) {
      r.notes.push(note('x.partial-errors', { endpoint, count: page.errors.length }));
    }
    const users = new Map<string, string>();
    for (const u of page.includes?.users ?? []) if (typeof u?.id === 'string' && typeof u.username === 'string') users.set(u.id, u.username);
    let reachedOld = false;
    for (const t of Array.isArray(page.data) ? page.data : []) {
      const position = windowPosition(t?.created_at, window);
      if (position === 'before') reachedOld = true;
      if (position !== 'inside') continue;
      const post = toPost(t, users);
      if (!post) continue;
      if (kept >= r.ctx.maxPosts) return true;
      kept++;
      out.push(post);
    }
    if (reachedOld) return false;
    // Bounded: a next_token that changes on every page, with empty or repeated pages, stops at once.
    nextToken = typeof page.meta?.next_token === 'string' ? page.meta.next_token : undefined;
    const verdict = pager.after(
      (Array.isArray(page.data) ? page.data : []).map((t) => (typeof t?.id === 'string' ? t.id : '')),
      nextToken,
    );
    if (!verdict.next) return stop(verdict.note);
  }
}

function linksOf(user: XUser): string[] {
  const out = new Set<string>();
  for (const list of [user.entities?.url?.urls, user.entities?.description?.urls]) {
    for (const u of Array.isArray(list) ? list : []) if (typeof u?.expanded_url === 'string' && /^https?:\/\//.test(u.expanded_url)) out.add(u.expanded_url);
  }
  if (out.size === 0 && typeof user.url === 'string' && /^https?:\/\//.test(user.url)) out.add(user.url);
  return [...out];
}

/**
 * Reads an X account with X_BEARER_TOKEN (or TWITTER_BEARER_TOKEN, or the variable the brand file names) from
 * `BRAND_AUDIT_X_API` (default https://api.x.com): the user, its timeline (posts and replies, no reposts) and its
 * mentions over the window. A rate limit stops the source with what it read (`partial`); a token or access problem
 * is the account's `error` with a note saying what to do. Never throws for what the API answers.
 */
export const collectX: SocialCollector = async (target, ctx) => {
  const found = findToken('x', ctx);
  if (!isFound(found)) return missingTokenConversation(target, 'x', found, ctx);
  const r: Reader = { ctx, base: `${apiBase(ctx.env, 'BRAND_AUDIT_X_API', X_DEFAULT_API)}/2`, token: found, notes: [], waits: 0, partial: false };
  const done = (fields: ConversationFields) => scrubConversation(conversation(target, 'x', ctx.window, fields), found.token);
  const username = target.handle.replace(/^@/, '');

  // 1. The user: its id tells the brand's posts from fans'.
  let user: XUser;
  const userEndpoint = '/2/users/by/username/:username';
  try {
    const answer = await get<{ data?: XUser; errors?: unknown[] }>(
      r,
      `${r.base}/users/by/username/${encodeURIComponent(username)}?${new URLSearchParams({ 'user.fields': USER_FIELDS })}`,
      userEndpoint,
    );
    // An unknown username is a 200 with `errors` and no `data`.
    if (!isObject(answer.data) || typeof answer.data.id !== 'string') {
      return done({ status: 'not-found', notes: [note('x.no-account', { username })], profile: { exists: false } });
    }
    user = answer.data;
  } catch (err) {
    const failure = describeFailure(err, userEndpoint);
    return done({ status: failure.status, notes: [failure.note] });
  }
  const brandId = user.id!;
  const brandHandle = typeof user.username === 'string' ? user.username : username;

  const posts: Post[] = [];
  const notes: Note[] = [];
  let failure: Failure | undefined;
  let capped = false;
  // 2. The brand's own posts and replies, then 3. the fans' posts addressed to it.
  try {
    capped = await readTimeline(r, `/users/${encodeURIComponent(brandId)}/tweets`, '/2/users/:id/tweets', { exclude: 'retweets' }, (t) => postOf({ ...t, author_id: brandId }, brandId, brandHandle, new Map()), posts);
    const fans = await readTimeline(
      r,
      `/users/${encodeURIComponent(brandId)}/mentions`,
      '/2/users/:id/mentions',
      { expansions: 'author_id', 'user.fields': 'username' },
      // The brand mentioning itself is already in its timeline.
      (t, users) => (t.author_id === brandId ? undefined : postOf(t, brandId, brandHandle, users)),
      posts,
    );
    capped = capped || fans;
  } catch (err) {
    failure = describeFailure(err);
  }
  if (capped) notes.push(note('social.max-posts', { maxPosts: ctx.maxPosts }));

  const brandTimes = posts.filter((p) => p.author.role === 'brand').map((p) => p.createdAt).sort();
  const status: Failure['status'] = failure
    ? failure.status === 'rate-limited' && posts.length > 0
      ? 'partial'
      : failure.status
    : capped || r.partial
      ? 'partial'
      : 'ok';
  return done({
    status,
    notes: [...(failure ? [failure.note] : []), ...r.notes, ...notes],
    brandId,
    profile: {
      exists: true,
      ...(user.name ? { displayName: plainText(user.name) } : {}),
      ...(typeof user.public_metrics?.followers_count === 'number' ? { followers: count(user.public_metrics.followers_count) } : {}),
      ...(typeof user.public_metrics?.tweet_count === 'number' ? { posts: count(user.public_metrics.tweet_count) } : {}),
      ...(toIso(user.created_at) ? { createdAt: toIso(user.created_at) } : {}),
      ...(brandTimes.length > 0 ? { lastPostAt: brandTimes.at(-1) } : {}),
      ...(user.description ? { bio: decodeText(user.description) } : {}),
      links: linksOf(user),
    },
    posts,
  });
};
