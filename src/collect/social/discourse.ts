// Discourse source: a brand community's public JSON (latest topics, then each topic's posts) — fans' questions as
// topics, staff answers as the brand's replies, and which topics got an accepted answer.
import pLimit from 'p-limit';
import { HttpError } from '../../http/errors.js';
import type { Note, Post } from '../../snapshot/types.js';
import { note } from '../codes.js';
import {
  apiBase,
  budgetOf,
  conversation,
  count,
  describeFailure,
  htmlToText,
  httpNote,
  isBeforeWindow,
  isInWindow,
  isNotAfterWindow,
  plainText,
  SourceFailure,
  statusForHttp,
  stopIfSpent,
  toIso,
  unexpected,
} from './common.js';
import { Pager } from './budget.js';
import type { SocialCollector, SourceContext } from './types.js';

/** A topic of `/latest.json` (`topic_list.topics[]`). */
export interface DiscourseTopic {
  id: number;
  title?: string;
  slug?: string;
  posts_count?: number;
  reply_count?: number;
  created_at?: string;
  last_posted_at?: string | null;
  bumped_at?: string;
  pinned?: boolean;
  pinned_globally?: boolean;
  has_accepted_answer?: boolean;
}

/** A post of `/t/{id}.json` (`post_stream.posts[]`). */
export interface DiscoursePost {
  id: number;
  username?: string;
  created_at?: string;
  cooked?: string;
  post_number?: number;
  reply_to_post_number?: number | null;
  /** 1 regular, 2 moderator action, 3 small action ("closed this topic"), 4 whisper (staff only). */
  post_type?: number;
  staff?: boolean;
  moderator?: boolean;
  admin?: boolean;
  /** Likes are the action with id 2. */
  actions_summary?: { id?: number; count?: number }[];
  like_count?: number;
}

interface LatestJson {
  topic_list?: { topics?: DiscourseTopic[]; more_topics_url?: string };
}
interface TopicJson {
  id?: number;
  title?: string;
  slug?: string;
  post_stream?: { posts?: DiscoursePost[]; stream?: number[] };
}

// Discourse serves a topic's posts 20 at a time (its chunk size); the rest are fetched by id in chunks as large.
const POST_CHUNK = 20;
// Topics read in parallel: under the HTTP layer's per-host limit (4), leaving room for other sources.
const TOPIC_CONCURRENCY = 3;

/**
 * GETs a Discourse JSON endpoint. Besides the common mapping (403 → auth-required, 404 → not-found…), a redirect to
 * the sign-in page (what a `login required` community answers) is auth-required rather than malformed JSON.
 */
async function getJson<T>(ctx: SourceContext, url: string, endpoint: string): Promise<T> {
  const toLogin = (finalUrl: string): boolean => /\/(login|session\/sso)(\/|$)/.test(new URL(finalUrl).pathname);
  const signIn = new SourceFailure('auth-required', note('discourse.sign-in', { endpoint }));
  const budget = budgetOf(ctx);
  let res;
  try {
    stopIfSpent(budget);
    res = await ctx.http.fetchJson<T>(url, { signal: budget.signal });
  } catch (err) {
    stopIfSpent(budget);
    if (err instanceof HttpError && err.code === 'bad-json' && toLogin(err.url)) throw signIn;
    const failure = describeFailure(err, endpoint);
    throw new SourceFailure(failure.status, failure.note);
  }
  if (res.status < 200 || res.status >= 300) {
    throw new SourceFailure(statusForHttp(res.status), httpNote(endpoint, res.status, res.headers), { httpStatus: res.status });
  }
  if (toLogin(res.finalUrl)) throw signIn;
  if (typeof res.data !== 'object' || res.data === null) throw unexpected(endpoint);
  return res.data;
}

/** The community's base URL: the target URL without trailing slash, its origin replaced by the override if set. */
export function communityBase(targetUrl: string, env: NodeJS.ProcessEnv): string {
  const url = new URL(targetUrl);
  const path = url.pathname.replace(/\/+$/, '');
  const origin = env.BRAND_AUDIT_DISCOURSE_API?.trim() ? apiBase(env, 'BRAND_AUDIT_DISCOURSE_API', url.origin) : url.origin;
  return `${origin}${path}`;
}

/** When a topic last had a post (what `/latest` is ordered by). */
function activityOf(t: DiscourseTopic): string | undefined {
  return toIso(t.last_posted_at ?? t.bumped_at ?? t.created_at);
}

/** The page number `more_topics_url` asks for (`/latest?page=2`), if any. */
function nextPage(more: string | undefined, base: string): number | undefined {
  if (!more) return undefined;
  try {
    const page = Number(new URL(more, `${base}/`).searchParams.get('page'));
    return Number.isInteger(page) && page > 0 ? page : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Lists the topics with activity in the window, newest first, following `more_topics_url` while the pages still
 * reach into the window (pinned topics, which open the first page whatever their age, do not end the walk).
 */
async function listTopics(ctx: SourceContext, base: string, notes: Note[]): Promise<{ topics: DiscourseTopic[]; lastActivity?: string; partial: boolean }> {
  const topics: DiscourseTopic[] = [];
  const seen = new Set<number>();
  let lastActivity: string | undefined;
  let partial = false;
  const pager = new Pager(budgetOf(ctx), '/latest.json');
  for (let page = 0; ; ) {
    const endpoint = page === 0 ? '/latest.json' : `/latest.json?page=${page}`;
    const refused = pager.before();
    if (refused) {
      notes.push(refused);
      return { topics, lastActivity, partial: true };
    }
    let data: LatestJson;
    try {
      data = await getJson<LatestJson>(ctx, page === 0 ? `${base}/latest.json` : `${base}/latest.json?page=${page}`, endpoint);
    } catch (err) {
      if (page === 0) throw err;
      notes.push(describeFailure(err).note);
      return { topics, lastActivity, partial: true };
    }
    const list = data.topic_list?.topics;
    if (!Array.isArray(list)) throw unexpected(endpoint);
    let fresh = 0;
    let reachedOlder = false;
    for (const topic of list) {
      if (typeof topic?.id !== 'number' || seen.has(topic.id)) continue;
      seen.add(topic.id);
      fresh++;
      const activity = activityOf(topic);
      const pinned = topic.pinned === true || topic.pinned_globally === true;
      if (activity && !pinned && (!lastActivity || activity > lastActivity)) lastActivity = activity;
      if (isInWindow(activity, ctx.window)) {
        if (topics.length >= ctx.maxPosts) {
          notes.push(note('discourse.max-topics', { maxPosts: ctx.maxPosts }));
          return { topics, lastActivity, partial: true };
        }
        topics.push(topic);
      } else if (!pinned && isBeforeWindow(activity, ctx.window)) {
        reachedOlder = true;
      }
    }
    const next = nextPage(data.topic_list?.more_topics_url, base);
    // A page that adds nothing new, or a next page that goes backwards, would loop forever.
    if (fresh === 0 || reachedOlder || next === undefined || next <= page) return { topics, lastActivity, partial };
    page = next;
  }
}

/** Reads every post of a topic: the first chunk from `/t/{id}.json`, the rest by id from `/t/{id}/posts.json`. */
async function readTopic(ctx: SourceContext, base: string, topic: DiscourseTopic): Promise<{ json: TopicJson; posts: DiscoursePost[] }> {
  const json = await getJson<TopicJson>(ctx, `${base}/t/${topic.id}.json`, `/t/${topic.id}.json`);
  const posts = Array.isArray(json.post_stream?.posts) ? [...json.post_stream.posts] : [];
  const have = new Set(posts.map((p) => p.id));
  const missing = (json.post_stream?.stream ?? []).filter((id) => typeof id === 'number' && !have.has(id));
  const budget = Math.max(0, ctx.maxPosts - posts.length);
  const wanted = missing.slice(0, budget);
  for (let i = 0; i < wanted.length; i += POST_CHUNK) {
    const query = wanted.slice(i, i + POST_CHUNK).map((id) => `post_ids[]=${id}`).join('&');
    const more = await getJson<TopicJson>(ctx, `${base}/t/${topic.id}/posts.json?${query}`, `/t/${topic.id}/posts.json`);
    for (const p of more.post_stream?.posts ?? []) if (!have.has(p.id)) posts.push(p);
  }
  return { json, posts };
}

/** Turns one topic's posts into Posts: the opener is the thread's root (kind 'topic'), staff posts are the brand's. */
export function topicPosts(topic: DiscourseTopic, json: TopicJson, raw: DiscoursePost[], base: string, window: SourceContext['window']): Post[] {
  // Small actions ("closed this topic") and whispers (invisible to the public) are not conversation.
  const visible = raw
    .filter((p) => typeof p?.id === 'number' && (p.post_type === undefined || p.post_type === 1 || p.post_type === 2))
    .sort((a, b) => (a.post_number ?? 0) - (b.post_number ?? 0));
  const first = visible[0];
  if (!first) return [];
  const byNumber = new Map(visible.map((p) => [p.post_number, String(p.id)]));
  const slug = json.slug ?? topic.slug ?? 'topic';
  const title = json.title ?? topic.title ?? '';
  const posts: Post[] = [];
  for (const p of visible) {
    const createdAt = toIso(p.created_at);
    if (!createdAt || !isNotAfterWindow(createdAt, window)) continue;
    const isFirst = p === first;
    const staff = p.staff === true || p.moderator === true || p.admin === true;
    const likes = p.actions_summary?.find((a) => a?.id === 2)?.count ?? p.like_count;
    const post: Post = {
      id: String(p.id),
      url: `${base}/t/${encodeURIComponent(slug)}/${topic.id}${isFirst ? '' : `/${p.post_number}`}`,
      platform: 'discourse',
      author: { id: p.username ?? '', handle: p.username ?? '', role: staff ? 'brand' : 'fan' },
      createdAt,
      text: isFirst ? plainText(`${title} ${htmlToText(p.cooked)}`) : htmlToText(p.cooked),
      root: String(first.id),
      metrics: { likes: count(likes), replies: 0, reposts: 0 },
      kind: isFirst ? 'topic' : 'post',
    };
    if (!isFirst) post.replyTo = (p.reply_to_post_number != null ? byNumber.get(p.reply_to_post_number) : undefined) ?? String(first.id);
    posts.push(post);
  }
  const replies = new Map<string, number>();
  for (const p of posts) if (p.replyTo) replies.set(p.replyTo, (replies.get(p.replyTo) ?? 0) + 1);
  for (const p of posts) p.metrics.replies = replies.get(p.id) ?? 0;
  return posts;
}

/**
 * Reads a Discourse community (target url = the community's base URL; BRAND_AUDIT_DISCOURSE_API replaces its
 * origin): the topics with activity in the window from `/latest.json` (bounded by maxPosts topics), then each
 * topic's posts. The message counts the topics and those with an accepted answer (Discourse Solved).
 */
export const collectDiscourse: SocialCollector = async (target, ctx) => {
  let base: string;
  try {
    base = communityBase(target.url, ctx.env);
  } catch {
    return conversation(target, 'discourse', ctx.window, { status: 'error', notes: [note('discourse.bad-url', { url: target.url })] });
  }
  const notes: Note[] = [];
  let listed;
  try {
    listed = await listTopics(ctx, base, notes);
  } catch (err) {
    const failure = describeFailure(err);
    return conversation(target, 'discourse', ctx.window, {
      status: failure.status,
      notes: [failure.note],
      ...(failure.status === 'not-found' ? { profile: { exists: false } } : {}),
    });
  }
  const limit = pLimit(TOPIC_CONCURRENCY);
  const failed: { topic: number; note: Note }[] = [];
  const results = await Promise.all(
    listed.topics.map((topic) =>
      limit(async () => {
        try {
          const { json, posts } = await readTopic(ctx, base, topic);
          return { topic, posts: topicPosts(topic, json, posts, base, ctx.window) };
        } catch (err) {
          failed.push({ topic: topic.id, note: describeFailure(err).note });
          return { topic, posts: [] as Post[] };
        }
      }),
    ),
  );
  const read = results.filter((r) => r.posts.length > 0);
  const accepted = read.filter((r) => r.topic.has_accepted_answer === true).length;
  if (failed.length > 0) {
    // The first failure by topic id stands for the rest (the order topics finish in is not stable).
    const first = failed.reduce((a, b) => (b.topic < a.topic ? b : a));
    notes.push(note('discourse.topics-failed', { count: failed.length }), first.note);
  }
  const profile: NonNullable<ReturnType<typeof conversation>['profile']> = { exists: true };
  if (listed.lastActivity) profile.lastPostAt = listed.lastActivity;
  return conversation(target, 'discourse', ctx.window, {
    status: listed.partial || failed.length > 0 ? 'partial' : 'ok',
    notes: [note('discourse.topics', { count: read.length, accepted }), ...notes],
    profile,
    posts: results.flatMap((r) => r.posts),
  });
};
