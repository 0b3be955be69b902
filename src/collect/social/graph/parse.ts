// Meta Graph API response bodies (REFERENCE.md: a Page and its posts with nested comments, visitor posts, an Instagram
// professional account, its media and their comments and replies) read into the tool's Post. Pure functions: the
// saved-response reader uses them on files, a live connector on what it fetches.
import type { Post } from '../../../snapshot/types.js';
import { parseIsoDateTime } from '../export/dates.js';
import { count, plainText } from '../common.js';
import type { RootlessPost } from '../thread-roots.js';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** A Graph error body: `{ error: { message, type, code, error_subcode, fbtrace_id } }`. */
export interface GraphError {
  message?: string;
  type?: string;
  code?: number;
  subcode?: number;
}

/** What one Graph body is. */
export type GraphBody =
  | { kind: 'error'; error: GraphError }
  | { kind: 'facebook-page'; page: { id: string; name?: string; username?: string; link?: string; followers?: number } }
  | { kind: 'instagram-user'; user: { id: string; username?: string; name?: string; followers?: number } }
  | { kind: 'facebook-items'; items: Obj[]; next?: string }
  | { kind: 'instagram-items'; items: Obj[]; next?: string };

// Fields only one network's objects have (REFERENCE.md's field lists): they tell a Page from an Instagram account.
const PAGE_FIELDS = ['fan_count', 'link', 'about', 'emails', 'phone', 'category', 'instagram_business_account'];
const IG_USER_FIELDS = ['biography', 'media_count', 'ig_id', 'profile_picture_url'];

/** The `paging.next` URL of a list (or of a nested edge), when another page follows. */
export function nextPage(list: unknown): string | undefined {
  return isObject(list) && isObject(list.paging) ? str(list.paging.next) : undefined;
}

/**
 * What a parsed JSON body is as a Graph API response, or undefined when it is not one: an error, a Page, an Instagram
 * account, or a list (`data`) of Facebook posts and comments (`created_time`) or Instagram media and comments
 * (`timestamp`). An empty list counts as Facebook's (the network is then named by the caller or other pages).
 */
export function readGraphBody(body: unknown): GraphBody | undefined {
  if (!isObject(body)) return undefined;
  if (isObject(body.error) && ('fbtrace_id' in body.error || typeof body.error.code === 'number')) {
    const e = body.error;
    return {
      kind: 'error',
      error: {
        ...(typeof e.message === 'string' ? { message: e.message } : {}),
        ...(typeof e.type === 'string' ? { type: e.type } : {}),
        ...(typeof e.code === 'number' ? { code: e.code } : {}),
        ...(typeof e.error_subcode === 'number' ? { subcode: e.error_subcode } : {}),
      },
    };
  }
  if (Array.isArray(body.data)) {
    const items = body.data.filter(isObject);
    const facebook = items.some((i) => 'created_time' in i);
    const instagram = items.some((i) => 'timestamp' in i);
    // A list of one network's items; X lists have `text` and `created_at` instead, and no `paging`.
    if (facebook && !instagram) return { kind: 'facebook-items', items, ...withNext(body) };
    if (instagram && !facebook) return { kind: 'instagram-items', items, ...withNext(body) };
    if (items.length === 0 && body.data.length === 0 && isObject(body.paging)) return { kind: 'facebook-items', items, ...withNext(body) };
    return undefined;
  }
  const id = str(body.id);
  if (!id || 'data' in body) return undefined;
  if (IG_USER_FIELDS.some((f) => f in body)) {
    return {
      kind: 'instagram-user',
      user: { id, ...pick(body, ['username', 'name']), ...(typeof body.followers_count === 'number' ? { followers: body.followers_count } : {}) },
    };
  }
  if (PAGE_FIELDS.some((f) => f in body)) {
    const followers = typeof body.followers_count === 'number' ? body.followers_count : typeof body.fan_count === 'number' ? body.fan_count : undefined;
    return { kind: 'facebook-page', page: { id, ...pick(body, ['name', 'username', 'link']), ...(followers !== undefined ? { followers } : {}) } };
  }
  return undefined;
}

function withNext(body: Obj): { next?: string } {
  const next = nextPage(body);
  return next ? { next } : {};
}

function pick(body: Obj, keys: string[]): Record<string, string> {
  return Object.fromEntries(keys.flatMap((k) => (str(body[k]) ? [[k, body[k] as string]] : [])));
}

/** What reading Graph items gave: posts, and what could not be read or known. */
export interface GraphPosts {
  posts: RootlessPost[];
  /** Comments whose author the API did not give (no `from`: a token without Page moderation rights). */
  unknownAuthors: number;
  /** Items left out: no id, or no date the API format allows. */
  skipped: number;
  /** Nested comment lists with a `paging.next` (more comments than the saved response holds). */
  morePages: number;
}

/** The account a Graph conversation is about. */
export interface GraphAccount {
  /** Page id or Instagram user id. */
  id: string;
  /** Handle shown in reports (the Page's username, the Instagram username). */
  handle: string;
}

function total(list: unknown): number | undefined {
  return isObject(list) && isObject(list.summary) && typeof list.summary.total_count === 'number' ? list.summary.total_count : undefined;
}

function listItems(list: unknown): Obj[] {
  return isObject(list) && Array.isArray(list.data) ? list.data.filter(isObject) : [];
}

/** The id prefix of a Page post ("PAGEID_POSTID" → PAGEID), or undefined for an id without one. */
export function pageIdOf(postId: string): string | undefined {
  const m = /^(\d+)_\d+$/.exec(postId);
  return m ? m[1] : undefined;
}

/**
 * Facebook posts and comments as Posts, nested comments and replies included (each answering the item it is
 * nested in, or its `parent`). An item is a Page post when its id starts with the Page's id ("PAGEID_POSTID"): a
 * post without `from` is then the Page's, one with `from` is a visitor post when another wrote it. Any other item is
 * a comment: without `from`, its author is unknown and counted, never guessed. A comment read on its own (a saved
 * `/{post-id}/comments` page) answers its `parent`, else the Page post its id names ("POSTID_COMMENTID").
 */
export function facebookPosts(items: readonly Obj[], page: GraphAccount): GraphPosts {
  const out: GraphPosts = { posts: [], unknownAuthors: 0, skipped: 0, morePages: 0 };
  const visit = (item: Obj, nestedIn: string | undefined): void => {
    const id = str(item.id);
    const createdAt = typeof item.created_time === 'string' ? parseIsoDateTime(item.created_time) : undefined;
    if (!id || !createdAt) {
      out.skipped++;
      return;
    }
    const isPagePost = nestedIn === undefined && pageIdOf(id) === page.id;
    const from = isObject(item.from) ? item.from : undefined;
    const fromId = str(from?.id);
    let author: Post['author'];
    if (fromId) author = fromId === page.id ? brandAuthor(page) : { id: fromId, handle: str(from?.name) ?? fromId, role: 'fan' };
    else if (isPagePost) author = brandAuthor(page);
    else {
      out.unknownAuthors++;
      author = { id: '', handle: '', role: 'fan' };
    }
    const parent = isObject(item.parent) ? str(item.parent.id) : undefined;
    const ownPost = /^(\d+)_\d+$/.exec(id)?.[1];
    const replyTo = parent ?? nestedIn ?? (isPagePost || !ownPost ? undefined : `${page.id}_${ownPost}`);
    const comments = item.comments;
    const nested = listItems(comments);
    const reactions = total(item.reactions) ?? total(item.likes) ?? (typeof item.like_count === 'number' ? item.like_count : undefined);
    const post: RootlessPost = {
      id,
      url: str(item.permalink_url) ?? (isPagePost ? `https://www.facebook.com/${id}` : undefined),
      platform: 'facebook',
      author,
      createdAt,
      text: plainText(str(item.message) ?? ''),
      metrics: {
        likes: count(reactions),
        replies: count(total(comments) ?? (typeof item.comment_count === 'number' ? item.comment_count : nested.length)),
        reposts: isObject(item.shares) ? count(item.shares.count) : 0,
      },
      kind: 'post',
    };
    if (post.url === undefined) delete post.url;
    if (replyTo !== undefined && replyTo !== id) post.replyTo = replyTo;
    out.posts.push(post);
    if (nextPage(comments)) out.morePages++;
    for (const child of nested) visit(child, id);
  };
  for (const item of items) visit(item, undefined);
  return out;
}

/**
 * Instagram media and comments as Posts: media are the account's; comments nested under a media answer it, replies
 * nested under a comment answer that comment (Instagram attaches a reply to a reply to the top-level comment). A
 * comment is the brand's when its `from.id` or `username` is the account's; without either its author is unknown.
 * A comment read on its own answers its `parent_id`, else its `media.id`.
 */
export function instagramPosts(items: readonly Obj[], account: GraphAccount): GraphPosts {
  const out: GraphPosts = { posts: [], unknownAuthors: 0, skipped: 0, morePages: 0 };
  const visit = (item: Obj, nestedIn: string | undefined): void => {
    const id = str(item.id);
    const createdAt = typeof item.timestamp === 'string' ? parseIsoDateTime(item.timestamp) : undefined;
    if (!id || !createdAt) {
      out.skipped++;
      return;
    }
    const isMedia = 'media_type' in item || 'caption' in item || 'permalink' in item || 'media_url' in item || 'comments_count' in item;
    const from = isObject(item.from) ? item.from : undefined;
    const username = str(from?.username) ?? str(item.username);
    const fromId = str(from?.id);
    let author: Post['author'];
    if (isMedia || fromId === account.id || (username !== undefined && username.toLowerCase() === account.handle.toLowerCase())) {
      author = brandAuthor(account);
    } else if (username || fromId) {
      author = { id: fromId ?? username!.toLowerCase(), handle: username ?? fromId!, role: 'fan' };
    } else {
      out.unknownAuthors++;
      author = { id: '', handle: '', role: 'fan' };
    }
    const replyTo = nestedIn ?? str(item.parent_id) ?? (isObject(item.media) ? str(item.media.id) : undefined);
    const edge = isMedia ? item.comments : item.replies;
    const nested = listItems(edge);
    const post: RootlessPost = {
      id,
      url: str(item.permalink),
      platform: 'instagram',
      author,
      createdAt,
      text: plainText(str(isMedia ? item.caption : item.text) ?? ''),
      metrics: {
        likes: count(item.like_count),
        replies: count(typeof item.comments_count === 'number' ? item.comments_count : nested.length),
        reposts: 0,
      },
      kind: 'post',
    };
    if (post.url === undefined) delete post.url;
    if (replyTo !== undefined && replyTo !== id && !isMedia) post.replyTo = replyTo;
    out.posts.push(post);
    if (nextPage(edge)) out.morePages++;
    for (const child of nested) visit(child, id);
  };
  for (const item of items) visit(item, undefined);
  return out;
}

function brandAuthor(account: GraphAccount): Post['author'] {
  return { id: account.id, handle: account.handle, role: 'brand' };
}
