// Saved Graph API and X API v2 responses (what Graph API Explorer or curl returns): one response, a JSON array of
// responses (pages), or responses one after the other (JSON lines, or appended by `curl >> file`). Read with the
// parsers a live connector uses (graph/parse.ts, x/parse.ts): one conversation per network the file holds.
import { basename } from 'node:path';
import { stat } from 'node:fs/promises';
import type { Conversation, Note, Platform } from '../../../snapshot/types.js';
import { note } from '../../codes.js';
import { dedupePosts } from '../common.js';
import { withRoots, type RootlessPost } from '../thread-roots.js';
import { facebookPosts, instagramPosts, pageIdOf, readGraphBody, type GraphBody, type GraphPosts } from '../graph/parse.js';
import { isBrandTweet, isXBody, readXPage, xPost, type XBrand, type XPage } from '../x/parse.js';
import { standIns } from '../x/stand-ins.js';
import { normHandle, normPlatform, profileUrl, resolveHandle, type LivePlatform } from './account.js';
import { MAX_EXPORT_POSTS, spanWindow, type ExportRead } from './conversation.js';
import type { DecodedExport } from './decode.js';
import { exportError } from './errors.js';
import type { JsonLines } from './json-lines.js';
import type { ReadExportOptions } from './options.js';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when a parsed JSON value is a saved Graph or X API response, or a list of them. */
export function isApiResponse(value: unknown): boolean {
  const one = (v: unknown): boolean => isXBody(v) || readGraphBody(v) !== undefined;
  return Array.isArray(value) ? value.length > 0 && value.every(one) : one(value);
}

/** One saved response and the line it starts on. */
export interface Saved {
  line: number;
  x?: XPage;
  graph?: GraphBody;
}

const WHAT = 'a Graph API or X API v2 response (a page of posts, comments, media or tweets, a Page, an account or a user)';

/** The responses of the file, each with its line; a value that is neither kind stops the read at its line. */
function savedResponses(file: string, values: readonly { value: unknown; line: number }[], lines: JsonLines): Saved[] {
  const out: Saved[] = [];
  for (const { value, line } of values) out.push(...savedOf(file, value, line, Array.isArray(value) ? (lines.items.get(value) ?? []) : [line]));
  return out;
}

/**
 * The responses of one value of the file (a response, or an array of them whose items start on `starts`); an item
 * that is neither kind stops the read at its line.
 */
export function savedOf(file: string, value: unknown, line: number, starts: readonly number[]): Saved[] {
  const out: Saved[] = [];
  const items = Array.isArray(value) ? value : [value];
  items.forEach((item, i) => {
    const at = starts[i] ?? line;
    if (isXBody(item)) out.push({ line: at, x: readXPage(item as Obj) });
    else {
      const graph = readGraphBody(item);
      if (!graph) throw exportError(file, at, `not ${WHAT}`);
      out.push({ line: at, graph });
    }
  });
  return out;
}

/** The newest MAX_EXPORT_POSTS posts, in the file's order. */
function newestPosts(posts: readonly RootlessPost[]): RootlessPost[] {
  const times = new Float64Array(posts.length);
  posts.forEach((p, i) => (times[i] = Date.parse(p.createdAt)));
  const order = Array.from(posts.keys()).sort((a, b) => times[b] - times[a] || a - b);
  const keep = new Uint8Array(posts.length);
  for (const i of order.slice(0, MAX_EXPORT_POSTS)) keep[i] = 1;
  return posts.filter((_, i) => keep[i] === 1);
}

/** A conversation of a dump, before the caller's window. */
function dumpConversation(
  platform: LivePlatform,
  handle: string,
  shownHandle: string,
  fields: { notes: Note[]; posts: RootlessPost[]; coverage?: Conversation['coverage']; brandId?: string; profile?: Conversation['profile']; partial: boolean },
  mtime: Date,
): Conversation {
  const posts = dedupePosts(withRoots(fields.posts));
  return {
    platform,
    handle,
    url: profileUrl(platform, shownHandle),
    source: 'export',
    status: fields.partial ? 'partial' : 'ok',
    notes: fields.notes,
    ...(fields.brandId ? { brandId: fields.brandId } : {}),
    ...(fields.coverage ? { coverage: fields.coverage } : {}),
    window: spanWindow(posts, mtime),
    ...(fields.profile ? { profile: fields.profile } : {}),
    posts,
  };
}

/** Notes common to the networks: what was read, left out, and whether comments are missing or authorless. */
function readNotes(file: string, read: GraphPosts | { posts: unknown[]; skipped: number }, errors: number[], platform: Platform): Note[] {
  const notes: Note[] = [note('export.read', { file: basename(file), count: read.posts.length })];
  for (const line of errors) notes.push(note('export.api-error', { line, platform }));
  if (read.skipped > 0) notes.push(note('export.skipped-items', { count: read.skipped }));
  if ('morePages' in read && read.morePages > 0) notes.push(note('export.more-comments', { count: read.morePages }));
  if ('unknownAuthors' in read && read.unknownAuthors > 0) notes.push(note('export.no-author', { count: read.unknownAuthors }));
  return notes;
}

/** The user the X responses are about: the user lookup's, else the caller's account found among the authors. */
function xBrand(file: string, saved: readonly Saved[], account: string | undefined): XBrand {
  const lookups = saved.flatMap((s) => (s.x?.user ? [{ user: s.x.user, line: s.line }] : []));
  const users = [...lookups.map((l) => l.user), ...saved.flatMap((s) => s.x?.users ?? [])];
  if (account !== undefined && normHandle(account) !== '') {
    const asked = normHandle(account);
    const ids = new Set(lookups.map((l) => l.user.id));
    if (lookups.length > 0 && !lookups.some((l) => normHandle(l.user.username) === asked) && ids.size === 1) {
      resolveHandle(lookups[0].user.username, account, file, lookups[0].line);
    }
    const found = users.find((u) => normHandle(u.username) === asked);
    return { ...(found ? { id: found.id } : {}), username: found?.username ?? account.trim().replace(/^@/, '') };
  }
  const ids = new Set(lookups.map((l) => l.user.id));
  if (ids.size === 1) return { id: lookups[0].user.id, username: lookups[0].user.username };
  if (ids.size > 1) throw exportError(file, lookups[1].line, 'the file looks up several users: give the account to audit (--export-account, or account: in the brand file)');
  throw exportError(
    file,
    saved[0]?.line ?? 1,
    "cannot tell the brand's account: include the user lookup response (GET /2/users/by/username/NAME) or give the account (--export-account, or account: in the brand file)",
  );
}

/** The X conversation of the saved responses. */
function readX(file: string, saved: readonly Saved[], opts: ReadExportOptions, mtime: Date): Conversation {
  const pages = saved.flatMap((s) => (s.x ? [s.x] : []));
  const brand = xBrand(file, saved, opts.account);
  const users = [...pages.flatMap((p) => (p.user ? [p.user] : [])), ...pages.flatMap((p) => p.users)];
  const usernames = new Map(users.map((u) => [u.id, u.username]));
  if (brand.id === undefined) {
    // Without the brand's id, its username among the authors names it.
    const id = users.find((u) => normHandle(u.username) === normHandle(brand.username))?.id;
    if (id) brand.id = id;
  }
  const data = pages.flatMap((p) => p.tweets);
  // Posts a page includes (the ones replied to or quoted) without an author cannot be told from the brand's: left out.
  const included = pages.flatMap((p) => p.includedTweets).filter((t) => t.author_id !== undefined);
  let skipped = pages.reduce((n, p) => n + p.skipped, 0);
  let posts: RootlessPost[] = [];
  for (const tweet of [...data, ...included]) {
    const post = xPost(tweet, brand, usernames);
    if (post) posts.push(post);
    else skipped++;
  }
  // Beyond the cap, the newest posts are kept, in the file's order.
  const total = posts.length;
  const capped = total > MAX_EXPORT_POSTS;
  if (capped) posts = newestPosts(posts);
  const fansRead = data.some((t) => !isBrandTweet(t, brand, usernames));
  const errors = saved.filter((s) => s.x && s.x.errors.length > 0 && s.x.tweets.length === 0 && !s.x.user && s.x.users.length === 0).map((s) => s.line);
  const notes = readNotes(file, { posts: data, skipped }, errors, 'x');
  if (capped) notes.splice(1, 0, note('limits.export-posts', { kept: posts.length, total }));
  let coverage: Conversation['coverage'];
  if (!fansRead) {
    // A timeline alone: the posts the brand answered stand in, timed by their ids.
    coverage = 'brand-posts';
    const byId = new Map(posts.map((p) => [p.id, p]));
    const replies = data.flatMap((t) => {
      const parent = t.referenced_tweets?.find((r) => r?.type === 'replied_to');
      const post = byId.get(t.id);
      if (!parent || !post || post.author.role !== 'brand') return [];
      const userId = t.in_reply_to_user_id;
      const username = userId !== undefined ? usernames.get(userId) : undefined;
      return [{ reply: post, to: { id: parent.id, ...(userId ? { userId } : {}), ...(username ? { username } : {}) } }];
    });
    const answered = standIns(replies, new Set(byId.keys()), (to) => (brand.id !== undefined && to.userId === brand.id) || (to.username !== undefined && normHandle(to.username) === normHandle(brand.username)));
    for (const p of answered.posts) posts.push(p);
    const said = [note('export.brand-posts', { count: answered.posts.length })];
    if (answered.untimed > 0) said.push(note('export.untimed-replies', { count: answered.untimed }));
    notes.splice(1, 0, ...said);
  }
  const lookup = users.find((u) => u.id === brand.id);
  const m = lookup?.public_metrics;
  const profile: Conversation['profile'] | undefined = lookup
    ? {
        exists: true,
        ...(lookup.name ? { displayName: lookup.name } : {}),
        ...(typeof m?.followers_count === 'number' ? { followers: m.followers_count } : {}),
        ...(typeof m?.tweet_count === 'number' ? { posts: m.tweet_count } : {}),
        ...(lookup.created_at ? { createdAt: lookup.created_at } : {}),
        ...(lookup.description ? { bio: lookup.description } : {}),
      }
    : undefined;
  return dumpConversation('x', normHandle(brand.username), brand.username, { notes, posts, coverage, brandId: brand.id, profile, partial: errors.length > 0 || capped }, mtime);
}

/** The Page the Facebook responses are about: its own response, else the id prefix its posts share. */
function facebookPage(file: string, saved: readonly Saved[], items: readonly Obj[], account: string | undefined): { id: string; handle: string; shown: string; name?: string; followers?: number } {
  const page = saved.flatMap((s) => (s.graph?.kind === 'facebook-page' ? [s.graph.page] : []))[0];
  let id = page?.id;
  if (!id) {
    // Page posts ("PAGEID_POSTID") carry their comments, shares or type; comments read on their own do not.
    const postLike = items.filter((i) => isObject(i.comments) || isObject(i.shares) || 'status_type' in i);
    const counts = new Map<string, number>();
    for (const item of postLike.length > 0 ? postLike : items) {
      const prefix = typeof item.id === 'string' ? pageIdOf(item.id) : undefined;
      if (prefix) counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
    }
    id = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  }
  if (!id) throw exportError(file, saved[0]?.line ?? 1, "cannot tell the Page: include the Page's own response (GET /{page}?fields=id,name,username) or its posts (GET /{page}/posts)");
  const shown = page?.username ?? (account?.trim().replace(/^@/, '') || id);
  const handle = page?.username ? resolveHandle(page.username, account, file, saved[0]?.line ?? 1) : normHandle(shown);
  return { id, handle, shown, ...(page?.name ? { name: page.name } : {}), ...(page?.followers !== undefined ? { followers: page.followers } : {}) };
}

/** The Instagram account the responses are about: its own response, else its media's owner, else the caller's. */
function instagramAccount(file: string, saved: readonly Saved[], items: readonly Obj[], account: string | undefined): { id: string; handle: string; shown: string; name?: string; followers?: number } {
  const user = saved.flatMap((s) => (s.graph?.kind === 'instagram-user' ? [s.graph.user] : []))[0];
  const media = items.find((i) => 'media_type' in i || 'caption' in i || 'permalink' in i);
  const owner = media && isObject(media.owner) && typeof media.owner.id === 'string' ? media.owner.id : undefined;
  const mediaUser = media && typeof media.username === 'string' ? media.username : undefined;
  const fromFile = user?.username ?? mediaUser;
  const asked = account?.trim().replace(/^@/, '');
  if (!fromFile && !asked) {
    throw exportError(file, saved[0]?.line ?? 1, "cannot tell the Instagram account: include its own response (GET /{ig-user-id}?fields=id,username) or give the account (--export-account)");
  }
  const handle = resolveHandle(fromFile, account, file, saved[0]?.line ?? 1);
  const shown = fromFile ?? asked!;
  return { id: user?.id ?? owner ?? '', handle, shown, ...(user?.name ? { name: user.name } : {}), ...(user?.followers !== undefined ? { followers: user.followers } : {}) };
}

/** The Facebook or Instagram conversation of the saved responses. */
function readGraph(file: string, saved: readonly Saved[], platform: 'facebook' | 'instagram', errors: number[], opts: ReadExportOptions, mtime: Date): Conversation {
  const kind = platform === 'facebook' ? 'facebook-items' : 'instagram-items';
  const items = saved.flatMap((s) => (s.graph?.kind === kind ? s.graph.items : []));
  const account = platform === 'facebook' ? facebookPage(file, saved, items, opts.account) : instagramAccount(file, saved, items, opts.account);
  const read = platform === 'facebook' ? facebookPosts(items, { id: account.id, handle: account.shown }) : instagramPosts(items, { id: account.id, handle: account.shown });
  const notes = readNotes(file, read, errors, platform);
  const profile: Conversation['profile'] | undefined =
    account.name !== undefined || account.followers !== undefined
      ? { exists: true, ...(account.name ? { displayName: account.name } : {}), ...(account.followers !== undefined ? { followers: account.followers } : {}) }
      : undefined;
  return dumpConversation(
    platform,
    account.handle,
    account.shown,
    {
      notes,
      posts: read.posts,
      ...(read.unknownAuthors > 0 ? { coverage: 'unknown-authors' as const } : {}),
      ...(account.id ? { brandId: account.id } : {}),
      profile,
      partial: errors.length > 0,
    },
    mtime,
  );
}

/**
 * Reads saved API responses: one conversation per network present (X, Facebook, Instagram), or the caller's
 * platform alone. Error responses saved among the pages are noted (`export.api-error`) and make the conversation
 * partial. Throws a usage error naming file and line for a value that is no API response, a file of errors only, or
 * an account the responses do not name.
 */
export async function readApiDump(
  file: string,
  decoded: DecodedExport,
  { values, lines }: { values: { value: unknown; line: number }[]; lines: JsonLines },
  opts: ReadExportOptions,
): Promise<ExportRead> {
  const bad = [...decoded.badLines].sort((a, b) => a - b)[0];
  if (bad !== undefined) throw exportError(file, bad, `bytes that are not valid ${decoded.encoding} (give the file's encoding)`);
  return readSaved(file, savedResponses(file, values, lines), opts);
}

/** Reads the saved responses of a file (its undecodable bytes were refused): see readApiDump. */
export async function readSaved(file: string, saved: readonly Saved[], opts: ReadExportOptions): Promise<ExportRead> {
  const mtime = (await stat(file)).mtime;
  const has = {
    x: saved.some((s) => s.x && (s.x.tweets.length > 0 || s.x.user || s.x.users.length > 0)),
    facebook: saved.some((s) => s.graph?.kind === 'facebook-items' || s.graph?.kind === 'facebook-page'),
    instagram: saved.some((s) => s.graph?.kind === 'instagram-items' || s.graph?.kind === 'instagram-user'),
  };
  let platforms = (['x', 'facebook', 'instagram'] as const).filter((p) => has[p]);
  if (opts.platform !== undefined && opts.platform.trim() !== '') {
    const asked = normPlatform(opts.platform);
    if (!asked || !(platforms as readonly string[]).includes(asked)) {
      throw exportError(file, 1, `the file holds no ${opts.platform} responses (it holds ${platforms.join(', ') || 'none'})`);
    }
    platforms = platforms.filter((p) => p === asked);
  }
  if (platforms.length === 0) {
    throw exportError(file, 1, 'the file holds only API errors, no data (save the responses of successful requests)');
  }
  // A Graph error does not say which network it came from: it goes with Instagram when the file holds only that.
  const graphErrors = saved.filter((s) => s.graph?.kind === 'error').map((s) => s.line);
  const conversations = platforms.map((platform) => {
    if (platform === 'x') return readX(file, saved, opts, mtime);
    const errors = platform === 'facebook' || !has.facebook ? graphErrors : [];
    return readGraph(file, saved, platform, errors, opts, mtime);
  });
  return { conversations, problems: [] };
}
