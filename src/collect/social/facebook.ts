// Facebook Page source (Graph API, with the user's Page token): the Page's profile, its posts over the window, every
// comment and reply under them (each nested list followed through its own `paging.next`), and visitors' posts on
// the Page with their comments, into one Conversation. Field names follow REFERENCE.md field for field.
import type { Note, Post } from '../../snapshot/types.js';
import { note } from '../codes.js';
import { conversation, type ConversationFields, count, describeFailure, type Failure, isNotAfterWindow, plainText, textLinks, toIso, windowPosition } from './common.js';
import { GraphFailure, GraphReader, graphStatus, pageKeys, type GraphList as GraphListPage } from './graph.js';
import { isObject } from './token-api.js';
import { findToken, isFound, scrubConversation } from './tokens.js';
import { missingTokenConversation } from './token-sources.js';
import type { SocialCollector, SourceContext } from './types.js';

// The Graph API's largest page for these edges: the fewest requests.
const PAGE_SIZE = 100;

const PROFILE_FIELDS = 'id,name,username,link,fan_count,followers_count,about,website,emails,phone';
const COMMENT_FIELDS = 'id,message,created_time,permalink_url,from{id,name},like_count';
/** A comment with its replies (comments of a comment: Facebook nests one level only). */
const THREAD_FIELDS = `${COMMENT_FIELDS},comment_count,comments.limit(${PAGE_SIZE}){${COMMENT_FIELDS}}`;
const POST_FIELDS =
  `id,message,created_time,permalink_url,shares,reactions.limit(0).summary(true),` +
  `comments.limit(${PAGE_SIZE}).summary(true){${THREAD_FIELDS}}`;
const VISITOR_FIELDS = `id,message,created_time,permalink_url,from{id,name},reactions.limit(0).summary(true),comments.limit(${PAGE_SIZE}).summary(true){${THREAD_FIELDS}}`;

interface GraphList<T> extends GraphListPage<T> {
  summary?: { total_count?: number };
}

interface GraphComment {
  id?: string;
  message?: string;
  created_time?: string;
  permalink_url?: string;
  from?: { id?: string; name?: string };
  like_count?: number;
  comment_count?: number;
  comments?: GraphList<GraphComment>;
}

interface GraphPost {
  id?: string;
  message?: string;
  created_time?: string;
  permalink_url?: string;
  from?: { id?: string; name?: string };
  shares?: { count?: number };
  reactions?: { summary?: { total_count?: number } };
  comments?: GraphList<GraphComment>;
}

interface GraphPage {
  id?: string;
  name?: string;
  username?: string;
  link?: string;
  fan_count?: number;
  followers_count?: number;
  about?: string;
  website?: string;
  emails?: string[];
  phone?: string;
}

/** Graph dates are ISO 8601 with `+0000` (no colon); read explicitly rather than trusting every engine's parser. */
export function graphTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return toIso(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
}

/** The Page's own address for a post or comment when the API gave no permalink. */
function fallbackUrl(id: string, parentUrl?: string): string {
  const underscore = id.indexOf('_');
  if (parentUrl && underscore > 0) return `${parentUrl}${parentUrl.includes('?') ? '&' : '?'}comment_id=${encodeURIComponent(id.slice(underscore + 1))}`;
  return `https://www.facebook.com/${encodeURIComponent(id)}`;
}

/** What a read gathers besides the posts. */
interface Tally {
  hiddenAuthors: number;
  capped: boolean;
}

interface Reader {
  ctx: SourceContext;
  graph: GraphReader;
  pageId: string;
  handle: string;
  posts: Post[];
  tally: Tally;
}

/**
 * A comment as a Post. The brand's comments are those written as the Page; a comment without `from` (the token
 * cannot see who wrote it) has an unknown author: never counted as the brand's nor as a fan's.
 */
function commentPost(c: GraphComment, parent: string, root: string, rootUrl: string, r: Reader): Post | undefined {
  const createdAt = graphTime(c.created_time);
  if (typeof c.id !== 'string' || !createdAt || !isNotAfterWindow(createdAt, r.ctx.window)) return undefined;
  const fromId = isObject(c.from) && typeof c.from.id === 'string' ? c.from.id : undefined;
  if (!fromId) r.tally.hiddenAuthors++;
  const role = fromId === undefined ? 'unknown' : fromId === r.pageId ? 'brand' : 'fan';
  return {
    id: c.id,
    url: typeof c.permalink_url === 'string' && c.permalink_url ? c.permalink_url : fallbackUrl(c.id, rootUrl),
    platform: 'facebook',
    author: { id: fromId ?? '', handle: role === 'brand' ? r.handle : plainText(c.from?.name), role },
    createdAt,
    text: plainText(c.message),
    replyTo: parent,
    root,
    metrics: { likes: count(c.like_count), replies: count(c.comment_count), reposts: 0 },
  };
}

/** Every item of a Graph list, at most maxPosts; a list cut there marks the account capped. */
async function readList<T>(r: Reader, first: GraphList<T> | undefined, endpoint: string): Promise<T[]> {
  const { items, capped } = await r.graph.readList(first, endpoint, r.ctx.maxPosts);
  if (capped) r.tally.capped = true;
  return items;
}

/** The comments under a post or visitor post, and the replies under each, every nested page followed. */
async function readComments(r: Reader, rootId: string, rootUrl: string, comments: GraphList<GraphComment> | undefined): Promise<void> {
  const top = await readList(r, comments, '/{post-id}/comments');
  for (const c of top) {
    const post = commentPost(c, rootId, rootId, rootUrl, r);
    if (!post) continue;
    r.posts.push(post);
    const replies = await readList(r, c.comments, '/{comment-id}/comments');
    for (const reply of replies) {
      const p = commentPost(reply, post.id, rootId, rootUrl, r);
      if (p) r.posts.push(p);
    }
    post.metrics.replies = Math.max(post.metrics.replies, replies.length);
  }
}

/** A post of the Page (`brand`) or of a visitor (`fan`) as a Post. */
function rootPost(p: GraphPost, role: 'brand' | 'fan', r: Reader): Post | undefined {
  const createdAt = graphTime(p.created_time);
  if (typeof p.id !== 'string' || !createdAt) return undefined;
  const fromId = isObject(p.from) && typeof p.from.id === 'string' ? p.from.id : undefined;
  return {
    id: p.id,
    url: typeof p.permalink_url === 'string' && p.permalink_url ? p.permalink_url : fallbackUrl(p.id),
    platform: 'facebook',
    author: role === 'brand' ? { id: r.pageId, handle: r.handle, role } : { id: fromId ?? '', handle: plainText(p.from?.name), role },
    createdAt,
    text: plainText(p.message),
    root: p.id,
    metrics: {
      likes: count(p.reactions?.summary?.total_count),
      replies: count(p.comments?.summary?.total_count),
      reposts: count(p.shares?.count),
    },
  };
}

/**
 * Reads a feed edge (`posts` or `visitor_posts`) newest first over the window: each post, then its comments.
 * Returns how many posts were kept and whether --max-posts stopped it.
 */
async function readFeed(r: Reader, edge: 'posts' | 'visitor_posts', role: 'brand' | 'fan'): Promise<{ kept: number; stopped: boolean }> {
  const { window } = r.ctx;
  const fields = edge === 'posts' ? POST_FIELDS : VISITOR_FIELDS;
  const endpoint = `/{page-id}/${edge}`;
  let url: string | undefined = r.graph.url(`${encodeURIComponent(r.pageId)}/${edge}`, {
    fields,
    limit: String(PAGE_SIZE),
    since: String(Math.floor(window.from.getTime() / 1000)),
    until: String(Math.ceil(window.to.getTime() / 1000)),
  });
  let kept = 0;
  const pager = r.graph.pager(endpoint);
  while (url) {
    const refused = pager.before();
    if (refused) {
      r.graph.stopped(refused);
      break;
    }
    const page: GraphList<GraphPost> = await r.graph.get<GraphList<GraphPost>>(url, endpoint);
    let reachedOld = false;
    for (const item of Array.isArray(page.data) ? page.data : []) {
      if (!isObject(item)) continue;
      const position = windowPosition(graphTime(item.created_time), window);
      if (position === 'before') reachedOld = true;
      if (position !== 'inside') continue;
      if (kept >= r.ctx.maxPosts) return { kept, stopped: true };
      const post = rootPost(item, role, r);
      if (!post) continue;
      kept++;
      r.posts.push(post);
      await readComments(r, post.id, post.url!, isObject(item.comments) ? (item.comments as GraphList<GraphComment>) : undefined);
    }
    if (reachedOld) break;
    // Bounded: a cursor that changes on every page, with empty or repeated pages, stops at its first repeat.
    const next = r.graph.next(page);
    const verdict = pager.after(pageKeys(page), next);
    if (!verdict.next) r.graph.stopped(verdict.note);
    url = verdict.next ? next : undefined;
  }
  return { kept, stopped: false };
}

function profileOf(page: GraphPage, lastPostAt: string | undefined): NonNullable<ConversationFields['profile']> {
  const links = new Set<string>();
  for (const site of typeof page.website === 'string' ? page.website.split(/\s+/) : []) for (const l of textLinks(site.includes('://') || site.startsWith('www.') ? site : `https://${site}`)) links.add(l);
  for (const l of textLinks(page.about)) links.add(l);
  for (const email of Array.isArray(page.emails) ? page.emails : []) if (typeof email === 'string' && email.includes('@')) links.add(`mailto:${email.trim()}`);
  if (typeof page.phone === 'string' && /\d/.test(page.phone)) links.add(`tel:${page.phone.replace(/[^\d+]/g, '')}`);
  const followers = typeof page.followers_count === 'number' ? page.followers_count : page.fan_count;
  return {
    exists: true,
    ...(page.name ? { displayName: plainText(page.name) } : {}),
    ...(typeof followers === 'number' ? { followers: count(followers) } : {}),
    ...(lastPostAt ? { lastPostAt } : {}),
    ...(page.about ? { bio: plainText(page.about) } : {}),
    links: [...links],
  };
}

/**
 * Reads a Facebook Page with the token of FACEBOOK_ACCESS_TOKEN (or the variable the brand file names), from
 * `BRAND_AUDIT_GRAPH_API` (default https://graph.facebook.com). A token or permission problem on the Page or its
 * posts is the account's `error` with a note saying what to do; visitors' posts that cannot be read only make the
 * account `partial`. Never throws for what the API answers.
 */
export const collectFacebook: SocialCollector = async (target, ctx) => {
  const found = findToken('facebook', ctx);
  if (!isFound(found)) return missingTokenConversation(target, 'facebook', found, ctx);
  const graph = new GraphReader(ctx, 'facebook', found);
  const done = (fields: ConversationFields) => scrubConversation(conversation(target, 'facebook', ctx.window, fields), found.token);
  const handle = target.handle;

  // 1. The Page: its id tells the brand's comments from fans'; followers, about, website and contacts for the profile.
  let page: GraphPage;
  try {
    page = await graph.get<GraphPage>(graph.url(encodeURIComponent(handle), { fields: PROFILE_FIELDS }), '/{page}');
    if (typeof page.id !== 'string') throw new GraphFailure('error', note('social.unexpected-response', { endpoint: '/{page}' }), 'other');
  } catch (err) {
    const failure = describeFailure(err, '/{page}');
    const profile = failure.status === 'not-found' ? { exists: false } : undefined;
    return done({ status: failure.status, notes: [failure.note, ...graph.notes], ...(profile ? { profile } : {}) });
  }

  const r: Reader = { ctx, graph, pageId: page.id, handle, posts: [], tally: { hiddenAuthors: 0, capped: false } };
  const notes: Note[] = [];
  let failure: Failure | undefined;
  let partial = false;

  // 2. The Page's posts and everything under them.
  try {
    const { stopped } = await readFeed(r, 'posts', 'brand');
    if (stopped) {
      notes.push(note('social.max-posts', { maxPosts: ctx.maxPosts }));
      partial = true;
    }
  } catch (err) {
    failure = describeFailure(err);
  }

  // 3. Visitors' posts: fans addressing the Page on its own space. Needs more permissions than the posts; without
  // them the rest still stands, marked partial.
  if (!failure) {
    try {
      const { stopped } = await readFeed(r, 'visitor_posts', 'fan');
      if (stopped) partial = true;
    } catch (err) {
      const f = describeFailure(err);
      if (err instanceof GraphFailure && err.kind === 'token') failure = f;
      else {
        notes.push(f.note);
        partial = true;
      }
    }
  }

  if (r.tally.capped) {
    notes.push(note('social.max-comments', { maxPosts: ctx.maxPosts }));
    partial = true;
  }
  if (r.tally.hiddenAuthors > 0) notes.push(note('facebook.authors-hidden', { count: r.tally.hiddenAuthors }));
  const brandTimes = r.posts.filter((p) => p.author.role === 'brand').map((p) => p.createdAt).sort();
  return done({
    status: graphStatus(failure, r.posts.length, partial || graph.partial),
    notes: [...(failure ? [failure.note] : []), ...graph.notes, ...notes],
    brandId: page.id,
    profile: profileOf(page, brandTimes.at(-1)),
    posts: r.posts,
  });
};
