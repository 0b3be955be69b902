// X API v2 response bodies (REFERENCE.md: users/by/username, users/:id/tweets, users/:id/mentions, tweets lookups)
// read into plain records, and X posts into the tool's Post. Pure functions: the saved-response reader uses them on
// files, a live connector on what it fetches.
import { parseIsoDateTime } from '../export/dates.js';
import { count, plainText } from '../common.js';
import type { RootlessPost } from '../thread-roots.js';

/** A post as X API v2 returns it (the tweet.fields REFERENCE.md asks for). */
export interface XTweet {
  id: string;
  text: string;
  created_at?: string;
  author_id?: string;
  conversation_id?: string;
  in_reply_to_user_id?: string;
  referenced_tweets?: { type: string; id: string }[];
  public_metrics?: { like_count?: number; reply_count?: number; retweet_count?: number; quote_count?: number };
}

/** A user as X API v2 returns it. */
export interface XUser {
  id: string;
  username: string;
  name?: string;
  description?: string;
  url?: string;
  created_at?: string;
  public_metrics?: { followers_count?: number; following_count?: number; tweet_count?: number };
}

/** An error object of a v2 body (`errors: [...]` beside partial data, or a whole error response). */
export interface XError {
  title?: string;
  detail?: string;
  type?: string;
  status?: number;
}

/** One X API v2 response body, read. */
export interface XPage {
  /** The posts of `data` (a list, or the one post of a lookup). */
  tweets: XTweet[];
  /** The user of a user lookup (`data` is a user). */
  user?: XUser;
  /** `includes.users`: the authors of the posts, when `expansions=author_id` was asked. */
  users: XUser[];
  /** `includes.tweets`: referenced posts, when `expansions=referenced_tweets.id` was asked. */
  includedTweets: XTweet[];
  /** `meta.next_token`: another page follows. */
  nextToken?: string;
  /** `errors`, or the problem of an error response (`{ title, detail, type, status }`). */
  errors: XError[];
  /** Items of `data` that are not posts (no string id or text): left out. */
  skipped: number;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isTweet = (v: unknown): v is XTweet => isObject(v) && typeof v.id === 'string' && typeof v.text === 'string';
const isUser = (v: unknown): v is XUser => isObject(v) && typeof v.id === 'string' && typeof v.username === 'string' && !('text' in v);

// v2 problem types are URLs under https://api.twitter.com/2/problems/ (or api.x.com).
const PROBLEM_TYPE = /^https:\/\/api\.(?:twitter|x)\.com\/2\/problems\//;

/** True when a parsed JSON body has the shape of an X API v2 response (data, includes, meta or v2 errors). */
export function isXBody(body: unknown): boolean {
  if (!isObject(body)) return false;
  const { data, meta, includes, errors } = body;
  if (isObject(meta) && ('result_count' in meta || 'next_token' in meta || 'newest_id' in meta)) return true;
  if (Array.isArray(data) && data.length > 0 && data.every((d) => isTweet(d) || isUser(d))) return true;
  if (isTweet(data) || isUser(data)) return true;
  if (isObject(includes) && (Array.isArray(includes.users) || Array.isArray(includes.tweets))) return true;
  const problems = Array.isArray(errors) ? errors : [body];
  return problems.some((e) => isObject(e) && typeof e.type === 'string' && PROBLEM_TYPE.test(e.type));
}

/** Reads an X API v2 body (check it with isXBody first): its posts, users, next page and errors. */
export function readXPage(body: Record<string, unknown>): XPage {
  const page: XPage = { tweets: [], users: [], includedTweets: [], errors: [], skipped: 0 };
  const data = body.data;
  if (Array.isArray(data)) {
    for (const item of data) {
      if (isTweet(item)) page.tweets.push(item);
      else if (isUser(item)) page.users.push(item);
      else page.skipped++;
    }
  } else if (isTweet(data)) {
    page.tweets.push(data);
  } else if (isUser(data)) {
    page.user = data;
  }
  if (isObject(body.includes)) {
    const { users, tweets } = body.includes;
    if (Array.isArray(users)) page.users.push(...users.filter(isUser));
    if (Array.isArray(tweets)) page.includedTweets.push(...tweets.filter(isTweet));
  }
  if (isObject(body.meta) && typeof body.meta.next_token === 'string') page.nextToken = body.meta.next_token;
  const errors = Array.isArray(body.errors) ? body.errors : typeof body.title === 'string' ? [body] : [];
  page.errors = errors.filter(isObject).map((e) => ({
    ...(typeof e.title === 'string' ? { title: e.title } : {}),
    ...(typeof e.detail === 'string' ? { detail: e.detail } : {}),
    ...(typeof e.type === 'string' ? { type: e.type } : {}),
    ...(typeof e.status === 'number' ? { status: e.status } : {}),
  }));
  return page;
}

/** The brand an X conversation is about: its user id when known, and its username. */
export interface XBrand {
  id?: string;
  username: string;
}

/**
 * X post text without the HTML escapes the API leaves in it (`&amp;`, `&lt;`, `&gt;`: X escapes these three and no
 * other), as plain one-line text.
 */
export function xText(text: string): string {
  return plainText(text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
}

/** The public URL of a post: under its author's username, or X's id-only form when the username is unknown. */
export function xPostUrl(id: string, username: string | undefined): string {
  return username ? `https://x.com/${username}/status/${id}` : `https://x.com/i/web/status/${id}`;
}

/** Whether a post is the brand's: by author id, by username, or (no author_id: a timeline page) by where it came from. */
export function isBrandTweet(tweet: XTweet, brand: XBrand, usernames: ReadonlyMap<string, string>): boolean {
  if (tweet.author_id === undefined) return true;
  if (brand.id !== undefined && tweet.author_id === brand.id) return true;
  return usernames.get(tweet.author_id)?.toLowerCase() === brand.username.toLowerCase();
}

/**
 * An X post as the tool's Post (its thread root is set later, over all the posts read), or undefined when its
 * `created_at` is missing or not a date. A post without `author_id` is the brand's: timeline pages (users/:id/tweets)
 * carry none unless asked, mentions pages always do. `usernames` maps user ids to usernames (`includes.users`).
 */
export function xPost(tweet: XTweet, brand: XBrand, usernames: ReadonlyMap<string, string>): RootlessPost | undefined {
  const createdAt = typeof tweet.created_at === 'string' ? parseIsoDateTime(tweet.created_at) : undefined;
  if (!createdAt) return undefined;
  const own = isBrandTweet(tweet, brand, usernames);
  const username = own ? brand.username : tweet.author_id !== undefined ? usernames.get(tweet.author_id) : undefined;
  const handle = username ?? tweet.author_id ?? '';
  const refs = Array.isArray(tweet.referenced_tweets) ? tweet.referenced_tweets : [];
  const parent = refs.find((r) => r?.type === 'replied_to' && typeof r.id === 'string');
  const retweet = refs.find((r) => r?.type === 'retweeted' && typeof r.id === 'string');
  const m = tweet.public_metrics ?? {};
  const post: RootlessPost = {
    id: tweet.id,
    url: xPostUrl(tweet.id, username),
    platform: 'x',
    author: { id: own ? (brand.id ?? brand.username.toLowerCase()) : (tweet.author_id ?? ''), handle, role: own ? 'brand' : 'fan' },
    createdAt,
    text: xText(tweet.text),
    metrics: { likes: count(m.like_count), replies: count(m.reply_count), reposts: count(m.retweet_count) + count(m.quote_count) },
    kind: 'post',
  };
  if (parent) post.replyTo = parent.id;
  if (retweet) {
    // A retweet's text starts "RT @name:": the only place v2 names the original's author without an expansion.
    const by = /^RT @(\w{1,15}):/.exec(tweet.text)?.[1] ?? '';
    post.repostOf = { id: retweet.id, handle: by, role: by.toLowerCase() === brand.username.toLowerCase() ? 'brand' : 'fan' };
  }
  return post;
}

