// Bluesky source: the brand's profile, its author feed over the window and the threads under its posts, read from
// the public AppView (no account), into one Conversation. Field names follow the app.bsky lexicons (REFERENCE.md).
import pLimit from 'p-limit';
import type { Note, Post } from '../../snapshot/types.js';
import { note } from '../codes.js';
import {
  apiBase,
  budgetOf,
  conversation,
  type ConversationFields,
  count,
  describeFailure,
  type Failure,
  fetchApi,
  isInWindow,
  isNotAfterWindow,
  plainText,
  SourceFailure,
  textLinks,
  toIso,
  unexpected,
  windowPosition,
} from './common.js';
import type { SocialCollector, SourceContext } from './types.js';
import { Pager } from './budget.js';

export const BLUESKY_DEFAULT_API = 'https://public.api.bsky.app';

// getAuthorFeed accepts limit 1..100: the largest page means the fewest requests.
const FEED_PAGE = 100;
// getPostThread accepts depth 0..1000 (default 6); 100 levels keeps any real conversation whole without asking
// for the maximum. parentHeight 0: we always ask for a thread's root, which has no parent.
const THREAD_DEPTH = 100;
// Threads fetched at once; the HTTP layer's per-host limit (4 by default) is the real bound.
const THREAD_CONCURRENCY = 4;

const THREAD_VIEW = 'app.bsky.feed.defs#threadViewPost';
const NOT_FOUND = 'app.bsky.feed.defs#notFoundPost';
const BLOCKED = 'app.bsky.feed.defs#blockedPost';
const REASON_REPOST = 'app.bsky.feed.defs#reasonRepost';
const REASON_PIN = 'app.bsky.feed.defs#reasonPin';

interface StrongRef {
  uri: string;
  cid?: string;
}

interface ProfileView {
  did: string;
  handle: string;
  displayName?: string;
  description?: string;
  followersCount?: number;
  followsCount?: number;
  postsCount?: number;
  createdAt?: string;
}

interface PostView {
  uri: string;
  cid?: string;
  author: { did: string; handle: string; displayName?: string };
  record: { $type?: string; text?: string; createdAt?: string; reply?: { root: StrongRef; parent: StrongRef } };
  replyCount?: number;
  repostCount?: number;
  likeCount?: number;
  quoteCount?: number;
  indexedAt?: string;
}

interface FeedViewPost {
  post: PostView;
  reason?: { $type?: string; by?: { did: string; handle: string }; indexedAt?: string; uri?: string };
}

interface AuthorFeed {
  cursor?: string;
  feed: FeedViewPost[];
}

interface ThreadNode {
  $type?: string;
  uri?: string;
  notFound?: boolean;
  blocked?: boolean;
  post?: PostView;
  replies?: ThreadNode[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A PostView with the fields a Post needs; anything else is skipped as malformed. */
function isPostView(v: unknown): v is PostView {
  if (!isObject(v) || typeof v.uri !== 'string' || !v.uri.startsWith('at://')) return false;
  const author = v.author;
  return isObject(author) && typeof author.did === 'string' && typeof author.handle === 'string' && isObject(v.record);
}

/** The handle to show (and put in URLs): Bluesky reports `handle.invalid` when a handle no longer verifies. */
function shownHandle(author: { did: string; handle: string }): string {
  return author.handle && author.handle !== 'handle.invalid' ? author.handle.toLowerCase() : author.did;
}

/** `https://bsky.app/profile/<handle>/post/<rkey>`: the web address of an at://did/app.bsky.feed.post/rkey URI. */
export function blueskyPostUrl(post: Pick<PostView, 'uri' | 'author'>): string {
  const rkey = post.uri.split('/').pop() ?? '';
  return `https://bsky.app/profile/${shownHandle(post.author)}/post/${rkey}`;
}

/** A PostView as a Post; `role` is brand when the author's DID is the brand's. */
function toPost(view: PostView, brandDid: string): Post | undefined {
  const createdAt = toIso(view.record.createdAt) ?? toIso(view.indexedAt);
  if (!createdAt) return undefined;
  const reply = view.record.reply;
  const parent = isObject(reply) && isObject(reply.parent) && typeof reply.parent.uri === 'string' ? reply.parent.uri : undefined;
  const root = isObject(reply) && isObject(reply.root) && typeof reply.root.uri === 'string' ? reply.root.uri : undefined;
  return {
    id: view.uri,
    url: blueskyPostUrl(view),
    platform: 'bluesky',
    author: { id: view.author.did, handle: shownHandle(view.author), role: view.author.did === brandDid ? 'brand' : 'fan' },
    createdAt,
    text: plainText(view.record.text),
    ...(parent ? { replyTo: parent } : {}),
    root: root ?? parent ?? view.uri,
    metrics: { likes: count(view.likeCount), replies: count(view.replyCount), reposts: count(view.repostCount) },
  };
}

/** The brand reposting someone else's post: an item of its own, pointing at the original (recognition of fans). */
function toRepost(item: FeedViewPost, brand: ProfileView): Post | undefined {
  const when = toIso(item.reason?.indexedAt) ?? toIso(item.post.indexedAt);
  if (!when) return undefined;
  const id = typeof item.reason?.uri === 'string' && item.reason.uri ? item.reason.uri : `${item.post.uri}#repost-by-${brand.did}`;
  return {
    id,
    url: blueskyPostUrl(item.post),
    platform: 'bluesky',
    author: { id: brand.did, handle: shownHandle(brand), role: 'brand' },
    createdAt: when,
    text: plainText(item.post.record.text),
    root: id,
    metrics: { likes: 0, replies: 0, reposts: 0 },
    repostOf: { id: item.post.uri, handle: shownHandle(item.post.author), role: item.post.author.did === brand.did ? 'brand' : 'fan' },
  };
}

/**
 * Bluesky answers 400 `{ error, message }` for most failures; these mean the account does not exist (any more). The
 * answer is the error name to keep (AccountTakedown, AccountDeactivated, NotFound), or undefined when the account
 * may exist.
 */
function profileMissing(err: unknown): string | undefined {
  if (!(err instanceof SourceFailure) || err.httpStatus !== 400 || !isObject(err.body)) return undefined;
  const { error, message } = err.body;
  if (error === 'AccountTakedown' || error === 'AccountDeactivated' || error === 'NotFound') return error;
  return error === 'InvalidRequest' && /not found|unable to resolve/i.test(String(message ?? '')) ? 'NotFound' : undefined;
}

/**
 * The error name of a Bluesky error body (`InvalidRequest`, `RateLimitExceeded`…), kept in a failure note's data: a
 * name, never the body's `message` (the server's words). Anything not shaped like a name is dropped.
 */
function apiErrorName(err: unknown): string | undefined {
  if (!(err instanceof SourceFailure) || !isObject(err.body)) return undefined;
  const { error } = err.body;
  return typeof error === 'string' && /^[A-Za-z][A-Za-z0-9]{0,63}$/.test(error) ? error : undefined;
}

/** A failure's note with the API's error name added to its data, when the body gave one. */
function withApiError(failure: Failure, err: unknown): Failure {
  const apiError = apiErrorName(err);
  return apiError ? { ...failure, note: { ...failure.note, data: { ...failure.note.data, apiError } } } : failure;
}

interface Tally {
  notFound: number;
  blocked: number;
  malformed: number;
  /** Replies nested deeper than THREAD_DEPTH, which the API was not asked for. */
  tooDeep: number;
}

/**
 * Walks a thread depth-first into `out`, with a stack rather than recursion: a server may send a thread nested
 * thousands deep. A post is kept when it lies in the window, or when it answers a kept post and is not after the
 * window end (a late reply to a question still shows whether it was answered). Levels below THREAD_DEPTH (what was
 * asked for) are not read: they are counted in `tally.tooDeep`.
 */
function flattenThread(root: unknown, ctx: SourceContext, brandDid: string, out: Post[], tally: Tally): void {
  const stack: { node: unknown; parentKept: boolean; depth: number }[] = [{ node: root, parentKept: false, depth: 0 }];
  while (stack.length > 0) {
    const { node, parentKept, depth } = stack.pop()!;
    if (!isObject(node)) continue;
    const n = node as ThreadNode;
    if (n.$type === NOT_FOUND || n.notFound === true) {
      tally.notFound++;
      continue;
    }
    if (n.$type === BLOCKED || n.blocked === true) {
      tally.blocked++;
      continue;
    }
    if ((n.$type !== undefined && n.$type !== THREAD_VIEW) || !isPostView(n.post)) {
      tally.malformed++;
      continue;
    }
    if (depth > THREAD_DEPTH) {
      tally.tooDeep++;
      continue;
    }
    const post = toPost(n.post, brandDid);
    if (!post) {
      tally.malformed++;
      continue;
    }
    const kept = isInWindow(post.createdAt, ctx.window) || (parentKept && isNotAfterWindow(post.createdAt, ctx.window));
    if (kept) out.push(post);
    const replies = Array.isArray(n.replies) ? n.replies : [];
    // Pushed last-first, so replies are walked in the order the API gave them.
    for (let i = replies.length - 1; i >= 0; i--) stack.push({ node: replies[i], parentKept: kept, depth: depth + 1 });
  }
}

/**
 * Reads a Bluesky account from the public AppView (`BRAND_AUDIT_BLUESKY_API`, default https://public.api.bsky.app):
 * profile, author feed back to the window start (at most `ctx.maxPosts` brand posts and reposts), and the thread of
 * every brand post with replies and of every thread the brand replied in. Never throws for what the API answers.
 */
export const collectBluesky: SocialCollector = async (target, ctx) => {
  const base = apiBase(ctx.env, 'BRAND_AUDIT_BLUESKY_API', BLUESKY_DEFAULT_API);
  const xrpc = (method: string, params: Record<string, string>): string =>
    `${base}/xrpc/${method}?${new URLSearchParams(params).toString()}`;
  const actor = target.handle || decodeURIComponent(/\/profile\/([^/?#]+)/.exec(target.url)?.[1] ?? '');
  const done = (fields: ConversationFields) => conversation(target, 'bluesky', ctx.window, fields);

  // 1. Profile: who the brand is (its DID tells its replies from fans') and its audience.
  let profile: ProfileView;
  try {
    const { data } = await fetchApi<ProfileView>(ctx, xrpc('app.bsky.actor.getProfile', { actor }), 'app.bsky.actor.getProfile');
    if (typeof data.did !== 'string' || typeof data.handle !== 'string') throw unexpected('app.bsky.actor.getProfile');
    profile = data;
  } catch (err) {
    const missing = profileMissing(err);
    if (missing) return done({ status: 'not-found', notes: [note('bluesky.no-account', { actor, apiError: missing })] });
    const failure = withApiError(describeFailure(err), err);
    return done({ status: failure.status, notes: [failure.note] });
  }
  const brandDid = profile.did;

  const posts: Post[] = [];
  const threadRoots = new Set<string>();
  let failure: Failure | undefined;
  let stoppedAt: Note | undefined;
  let lastPostAt: string | undefined;
  let brandItems = 0;

  // 2. Author feed, newest first, until the window start, the cursor ends, --max-posts, or the pager stops it.
  const budget = budgetOf(ctx);
  const pager = new Pager(budget, 'app.bsky.feed.getAuthorFeed');
  let cursor: string | undefined;
  feed: for (;;) {
    const params: Record<string, string> = { actor: brandDid, filter: 'posts_with_replies', limit: String(FEED_PAGE) };
    if (cursor) params.cursor = cursor;
    const refused = pager.before();
    if (refused) {
      stoppedAt = refused;
      break;
    }
    let page: AuthorFeed;
    try {
      page = (await fetchApi<AuthorFeed>(ctx, xrpc('app.bsky.feed.getAuthorFeed', params), 'app.bsky.feed.getAuthorFeed')).data;
      if (!Array.isArray(page.feed)) throw unexpected('app.bsky.feed.getAuthorFeed');
    } catch (err) {
      failure = withApiError(describeFailure(err), err);
      break;
    }
    let reachedOld = false;
    for (const item of page.feed) {
      if (!isObject(item) || !isPostView(item.post)) continue;
      const reason = isObject(item.reason) ? item.reason.$type : undefined;
      const isRepost = reason === REASON_REPOST;
      const when = isRepost ? (item.reason?.indexedAt ?? item.post.indexedAt) : item.post.record.createdAt;
      if (!isRepost && item.post.author.did === brandDid) {
        const iso = toIso(when);
        if (iso && (!lastPostAt || iso > lastPostAt) && isNotAfterWindow(iso, ctx.window)) lastPostAt = iso;
      }
      const position = windowPosition(when, ctx.window);
      // A pinned post sits on top whatever its age: it does not mean the feed reached the window start.
      if (position === 'before' && reason !== REASON_PIN) reachedOld = true;
      if (position !== 'inside') continue;
      if (isRepost && item.post.author.did === brandDid) continue; // the brand boosting itself recognises no one
      if (!isRepost && item.post.author.did !== brandDid) continue;
      if (brandItems >= ctx.maxPosts) {
        stoppedAt = note('social.max-posts', { maxPosts: ctx.maxPosts });
        break feed;
      }
      const post = isRepost ? toRepost(item, profile) : toPost(item.post, brandDid);
      if (!post) continue;
      brandItems++;
      posts.push(post);
      if (isRepost) continue;
      const rootUri = item.post.record.reply?.root?.uri;
      if (typeof rootUri === 'string' && rootUri) threadRoots.add(rootUri);
      else if (count(item.post.replyCount) > 0) threadRoots.add(item.post.uri);
    }
    if (reachedOld || (page.feed.length === 0 && !page.cursor)) break;
    const keys = page.feed.map((item) => (isObject(item) && isObject(item.post) ? `${String(item.post.uri)}|${isObject(item.reason) ? String(item.reason.uri ?? item.reason.indexedAt ?? item.reason.$type) : ''}` : ''));
    const verdict = pager.after(keys, typeof page.cursor === 'string' ? page.cursor : undefined);
    if (!verdict.next) {
      if (verdict.note) stoppedAt = verdict.note;
      break;
    }
    cursor = page.cursor;
  }

  // 3. Threads: every reply (and reply to a reply) under the brand's posts and under the posts it answered.
  const tally: Tally = { notFound: 0, blocked: 0, malformed: 0, tooDeep: 0 };
  const missingThreads: string[] = [];
  const limit = pLimit(THREAD_CONCURRENCY);
  await Promise.all(
    [...threadRoots].map((uri) =>
      limit(async () => {
        if (failure?.status === 'rate-limited' || budget.stop()) return; // more requests would only be refused too
        const url = xrpc('app.bsky.feed.getPostThread', { uri, depth: String(THREAD_DEPTH), parentHeight: '0' });
        try {
          const { data } = await fetchApi<{ thread?: unknown }>(ctx, url, 'app.bsky.feed.getPostThread');
          flattenThread(data.thread, ctx, brandDid, posts, tally);
        } catch (err) {
          // A deleted root answers 400 NotFound: the other threads are still worth reading.
          if (err instanceof SourceFailure && err.httpStatus === 400 && isObject(err.body) && err.body.error === 'NotFound') {
            missingThreads.push(uri);
            return;
          }
          // The first failure is reported, unless a later one is a rate limit (which also stops the remaining threads).
          const f = withApiError(describeFailure(err), err);
          if (!failure || f.status === 'rate-limited') failure = f;
        }
      }),
    ),
  );

  // Time spent or an interruption while threads were read: said once, and the account is partial.
  const spent = budget.stop();
  if (spent && !stoppedAt && failure?.note.code !== spent.code) stoppedAt = spent;
  const notes: Note[] = [];
  if (failure) notes.push(failure.note);
  if (stoppedAt) notes.push(stoppedAt);
  if (tally.tooDeep) notes.push(note('limits.thread-depth', { count: tally.tooDeep, depth: THREAD_DEPTH }));
  if (tally.notFound) notes.push(note('bluesky.deleted-skipped', { count: tally.notFound }));
  if (tally.blocked) notes.push(note('bluesky.blocked-skipped', { count: tally.blocked }));
  if (tally.malformed) notes.push(note('bluesky.malformed-skipped', { count: tally.malformed }));
  if (missingThreads.length) notes.push(note('bluesky.threads-gone', { count: missingThreads.length }));
  return done({
    status: failure?.status ?? (stoppedAt ? 'partial' : 'ok'),
    notes,
    brandId: brandDid,
    profile: {
      exists: true,
      ...(profile.displayName ? { displayName: plainText(profile.displayName) } : {}),
      ...(typeof profile.followersCount === 'number' ? { followers: count(profile.followersCount) } : {}),
      ...(typeof profile.postsCount === 'number' ? { posts: count(profile.postsCount) } : {}),
      ...(toIso(profile.createdAt) ? { createdAt: toIso(profile.createdAt) } : {}),
      ...(lastPostAt ? { lastPostAt } : {}),
      ...(profile.description ? { bio: plainText(profile.description) } : {}),
      links: textLinks(profile.description),
    },
    posts,
  });
};
