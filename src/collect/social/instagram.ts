// Instagram professional account source (Graph API, with the Page token or INSTAGRAM_ACCESS_TOKEN): the account's
// profile, its media over the window, the comments under each and their replies (Instagram nests one level: a reply
// to a reply is attached to the top-level comment), into one Conversation. Shapes follow REFERENCE.md.
import type { Note, Post } from '../../snapshot/types.js';
import { note } from '../codes.js';
import { conversation, type ConversationFields, count, describeFailure, type Failure, isNotAfterWindow, plainText, textLinks, windowPosition } from './common.js';
import { graphTime } from './facebook.js';
import { GraphFailure, GraphReader, graphStatus, pageKeys, type GraphList } from './graph.js';
import { isObject } from './token-api.js';
import { findToken, isFound, scrubConversation } from './tokens.js';
import { missingTokenConversation } from './token-sources.js';
import type { SocialCollector, SourceContext } from './types.js';

// The media and comments edges return at most 50 items a page.
const PAGE_SIZE = 50;

const PROFILE_FIELDS = 'id,username,name,biography,website,followers_count,media_count';
const MEDIA_FIELDS = 'id,caption,timestamp,permalink,media_type,like_count,comments_count';
const REPLY_FIELDS = 'id,text,timestamp,username,like_count,from{id,username},parent_id';
const COMMENT_FIELDS = `id,text,timestamp,username,like_count,from{id,username},replies{${REPLY_FIELDS}}`;
const IG_ACCOUNT = 'instagram_business_account{id,username}';

interface IgComment {
  id?: string;
  text?: string;
  timestamp?: string;
  username?: string;
  like_count?: number;
  from?: { id?: string; username?: string };
  parent_id?: string;
  replies?: GraphList<IgComment>;
}

interface IgMedia {
  id?: string;
  caption?: string;
  timestamp?: string;
  permalink?: string;
  media_type?: string;
  like_count?: number;
  comments_count?: number;
}

interface IgUser {
  id?: string;
  username?: string;
  name?: string;
  biography?: string;
  website?: string;
  followers_count?: number;
  media_count?: number;
}

interface Reader {
  ctx: SourceContext;
  graph: GraphReader;
  igId: string;
  username: string;
  posts: Post[];
  hiddenAuthors: number;
  capped: boolean;
}

const lower = (s: unknown): string => (typeof s === 'string' ? s.toLowerCase() : '');

/** The `instagram_business_account` of a Page or of the token's accounts, when it is the account asked for. */
function matching(node: unknown, username: string): string | undefined {
  const ig = isObject(node) ? node.instagram_business_account : undefined;
  if (!isObject(ig) || typeof ig.id !== 'string') return undefined;
  // Without a username to compare, the Page's own account is taken as the brand's.
  return ig.username === undefined || lower(ig.username) === username ? ig.id : undefined;
}

/**
 * The Instagram user id of the account: through the brand's Facebook Page (`/{page}?fields=instagram_business_account`),
 * then the token's own node (a Page token's `/me`), then the token's Pages (`/me/accounts`, a user token). A token
 * failure stops the search; anything else (a Page token asked for `accounts`, a missing field) tries the next way.
 */
async function findIgUser(graph: GraphReader, ctx: SourceContext, username: string): Promise<string | undefined> {
  const pages = (ctx.accounts ?? []).filter((a) => a.platform === 'facebook').map((a) => a.handle);
  const tries: { url: string; endpoint: string; list: boolean }[] = [
    ...pages.map((p) => ({ url: graph.url(encodeURIComponent(p), { fields: IG_ACCOUNT }), endpoint: '/{page}?fields=instagram_business_account', list: false })),
    { url: graph.url('me', { fields: IG_ACCOUNT }), endpoint: '/me?fields=instagram_business_account', list: false },
    { url: graph.url('me/accounts', { fields: IG_ACCOUNT, limit: '100' }), endpoint: '/me/accounts', list: true },
  ];
  for (const t of tries) {
    try {
      let page: GraphList<unknown> | undefined = await graph.get<GraphList<unknown>>(t.url, t.endpoint);
      if (!t.list) {
        const id = matching(page, username);
        if (id) return id;
        continue;
      }
      // A user token may manage many Pages: follow the list, a few pages at most.
      for (let n = 0; page && n < 10; n++) {
        for (const item of Array.isArray(page.data) ? page.data : []) {
          const id = matching(item, username);
          if (id) return id;
        }
        const next = graph.next(page);
        page = next ? await graph.get<GraphList<unknown>>(next, t.endpoint) : undefined;
      }
    } catch (err) {
      if (err instanceof GraphFailure && (err.kind === 'token' || err.kind === 'throttled')) throw err;
    }
  }
  return undefined;
}

/** A comment or reply as a Post: the brand's when written by the account, unknown when the API names no author. */
function commentPost(c: IgComment, parent: string, media: Post, r: Reader): Post | undefined {
  const createdAt = graphTime(c.timestamp);
  if (typeof c.id !== 'string' || !createdAt || !isNotAfterWindow(createdAt, r.ctx.window)) return undefined;
  const fromId = isObject(c.from) && typeof c.from.id === 'string' ? c.from.id : undefined;
  const name = typeof c.username === 'string' ? c.username : typeof c.from?.username === 'string' ? c.from.username : undefined;
  const known = fromId !== undefined || name !== undefined;
  if (!known) r.hiddenAuthors++;
  const brand = fromId === r.igId || (name !== undefined && name.toLowerCase() === r.username);
  return {
    id: c.id,
    // Instagram gives comments no address of their own: the post's is where a reader finds them.
    url: media.url,
    platform: 'instagram',
    author: { id: fromId ?? name ?? '', handle: brand ? r.username : (name ?? ''), role: !known ? 'unknown' : brand ? 'brand' : 'fan' },
    createdAt,
    text: plainText(c.text),
    replyTo: parent,
    root: media.id,
    metrics: { likes: count(c.like_count), replies: 0, reposts: 0 },
  };
}

/** Every item of a Graph list from `first` on, at most maxPosts; a list cut there marks the account capped. */
async function readList<T>(r: Reader, first: GraphList<T> | undefined, endpoint: string): Promise<T[]> {
  const { items, capped } = await r.graph.readList(first, endpoint, r.ctx.maxPosts);
  if (capped) r.capped = true;
  return items;
}

async function readComments(r: Reader, media: Post): Promise<void> {
  const first = await r.graph.get<GraphList<IgComment>>(
    r.graph.url(`${encodeURIComponent(media.id)}/comments`, { fields: COMMENT_FIELDS, limit: String(PAGE_SIZE) }),
    '/{ig-media-id}/comments',
  );
  for (const c of await readList(r, first, '/{ig-media-id}/comments')) {
    const post = commentPost(c, media.id, media, r);
    if (!post) continue;
    r.posts.push(post);
    const replies = await readList(r, c.replies, '/{ig-comment-id}/replies');
    for (const reply of replies) {
      const p = commentPost(reply, post.id, media, r);
      if (p) r.posts.push(p);
    }
    post.metrics.replies = replies.length;
  }
}

function mediaPost(m: IgMedia, r: Reader): Post | undefined {
  const createdAt = graphTime(m.timestamp);
  if (typeof m.id !== 'string' || !createdAt) return undefined;
  return {
    id: m.id,
    url: typeof m.permalink === 'string' && m.permalink ? m.permalink : `https://www.instagram.com/${encodeURIComponent(r.username)}/`,
    platform: 'instagram',
    author: { id: r.igId, handle: r.username, role: 'brand' },
    createdAt,
    text: plainText(m.caption),
    root: m.id,
    metrics: { likes: count(m.like_count), replies: count(m.comments_count), reposts: 0 },
    ...(m.media_type === 'VIDEO' || m.media_type === 'REELS' ? { kind: 'video' as const } : {}),
  };
}

/** Media newest first back to the window start (at most maxPosts), each with its comments when it has some. */
async function readMedia(r: Reader): Promise<boolean> {
  let url: string | undefined = r.graph.url(`${encodeURIComponent(r.igId)}/media`, { fields: MEDIA_FIELDS, limit: String(PAGE_SIZE) });
  let kept = 0;
  const pager = r.graph.pager('/{ig-user-id}/media');
  while (url) {
    const refused = pager.before();
    if (refused) {
      r.graph.stopped(refused);
      break;
    }
    const page: GraphList<IgMedia> = await r.graph.get<GraphList<IgMedia>>(url, '/{ig-user-id}/media');
    let reachedOld = false;
    for (const item of Array.isArray(page.data) ? page.data : []) {
      if (!isObject(item)) continue;
      const position = windowPosition(graphTime(item.timestamp), r.ctx.window);
      if (position === 'before') reachedOld = true;
      if (position !== 'inside') continue;
      if (kept >= r.ctx.maxPosts) return true;
      const post = mediaPost(item, r);
      if (!post) continue;
      kept++;
      r.posts.push(post);
      if (count(item.comments_count) > 0) await readComments(r, post);
    }
    if (reachedOld) break;
    // Bounded: a cursor that changes on every page, with empty or repeated pages, stops at its first repeat.
    const next = r.graph.next(page);
    const verdict = pager.after(pageKeys(page), next);
    if (!verdict.next) r.graph.stopped(verdict.note);
    url = verdict.next ? next : undefined;
  }
  return false;
}

/**
 * Reads an Instagram professional account with INSTAGRAM_ACCESS_TOKEN, else the Facebook token (or the variables a
 * brand file names), from `BRAND_AUDIT_GRAPH_API`. The account is found through the brand's Facebook Page or the
 * token's own Pages; when the token reaches no professional account of that name the account is `auth-required`
 * with a note saying how to connect it. Never throws for what the API answers.
 */
export const collectInstagram: SocialCollector = async (target, ctx) => {
  const found = findToken('instagram', ctx);
  if (!isFound(found)) return missingTokenConversation(target, 'instagram', found, ctx);
  const graph = new GraphReader(ctx, 'instagram', found);
  const done = (fields: ConversationFields) => scrubConversation(conversation(target, 'instagram', ctx.window, fields), found.token);
  const username = target.handle.toLowerCase();

  // 1. The account's id, then its profile.
  let user: IgUser;
  try {
    const igId = await findIgUser(graph, ctx, username);
    if (!igId) {
      return done({ status: 'auth-required', notes: [note('instagram.no-business-account', { handle: username, variable: found.variable }), ...graph.notes] });
    }
    user = await graph.get<IgUser>(graph.url(encodeURIComponent(igId), { fields: PROFILE_FIELDS }), '/{ig-user-id}');
    if (typeof user.id !== 'string') user = { ...user, id: igId };
  } catch (err) {
    const failure = describeFailure(err, '/{ig-user-id}');
    return done({ status: failure.status, notes: [failure.note, ...graph.notes] });
  }

  const r: Reader = { ctx, graph, igId: user.id!, username, posts: [], hiddenAuthors: 0, capped: false };
  const notes: Note[] = [];
  let failure: Failure | undefined;
  let partial = false;
  // 2. Media and comments.
  try {
    if (await readMedia(r)) {
      notes.push(note('social.max-posts', { maxPosts: ctx.maxPosts }));
      partial = true;
    }
  } catch (err) {
    failure = describeFailure(err);
  }
  if (r.capped) {
    notes.push(note('social.max-comments', { maxPosts: ctx.maxPosts }));
    partial = true;
  }
  if (r.hiddenAuthors > 0) notes.push(note('instagram.authors-hidden', { count: r.hiddenAuthors }));

  const links = new Set<string>([...textLinks(user.website), ...textLinks(user.biography)]);
  const brandTimes = r.posts.filter((p) => p.author.role === 'brand').map((p) => p.createdAt).sort();
  return done({
    status: graphStatus(failure, r.posts.length, partial || graph.partial),
    notes: [...(failure ? [failure.note] : []), ...graph.notes, ...notes],
    brandId: user.id,
    profile: {
      exists: true,
      ...(user.name ? { displayName: plainText(user.name) } : {}),
      ...(typeof user.followers_count === 'number' ? { followers: count(user.followers_count) } : {}),
      ...(typeof user.media_count === 'number' ? { posts: count(user.media_count) } : {}),
      ...(brandTimes.length > 0 ? { lastPostAt: brandTimes.at(-1) } : {}),
      ...(user.biography ? { bio: plainText(user.biography) } : {}),
      links: [...links],
    },
    posts: r.posts,
  });
};
