// Mastodon source: the brand's account on its own server (lookup, statuses over the window paged with the Link
// header, the context of posts with replies), read anonymously through the public REST API (REFERENCE.md).
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
  htmlLinks,
  htmlToText,
  isInWindow,
  isNotAfterWindow,
  linkHeaderUrl,
  plainText,
  SourceFailure,
  toIso,
  unexpected,
  windowPosition,
} from './common.js';
import type { SocialCollector, SocialTarget, SourceContext } from './types.js';
import { Pager } from './budget.js';

// The statuses endpoint serves at most 40 per page (Mastodon API docs).
const PAGE_SIZE = 40;
// Contexts fetched at once; the HTTP layer's per-host limit is the real bound.
const CONTEXT_CONCURRENCY = 4;

interface MastodonAccount {
  id: string;
  username?: string;
  acct?: string;
  display_name?: string;
  note?: string;
  url?: string;
  followers_count?: number;
  statuses_count?: number;
  created_at?: string;
  last_status_at?: string | null;
  fields?: { name?: string; value?: string }[];
}

interface MastodonStatus {
  id: string;
  uri?: string;
  url?: string | null;
  created_at: string;
  in_reply_to_id?: string | null;
  in_reply_to_account_id?: string | null;
  content?: string;
  spoiler_text?: string;
  replies_count?: number;
  reblogs_count?: number;
  favourites_count?: number;
  account: { id: string; acct?: string; username?: string };
  reblog?: MastodonStatus | null;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isStatus(v: unknown): v is MastodonStatus {
  return (
    isObject(v) &&
    typeof v.id === 'string' &&
    typeof v.created_at === 'string' &&
    isObject(v.account) &&
    typeof v.account.id === 'string'
  );
}

/** Server host and user name of a Mastodon target: from `name@server`, else from `https://server/@name`. */
export function mastodonAccountOf(target: Pick<SocialTarget, 'handle' | 'url'>): { name: string; server: string } | undefined {
  const handle = target.handle.replace(/^@/, '');
  const at = handle.indexOf('@');
  if (at > 0 && at < handle.length - 1) return { name: handle.slice(0, at), server: handle.slice(at + 1).toLowerCase() };
  try {
    const url = new URL(target.url);
    const name = /^\/@([^/@]+)/.exec(url.pathname)?.[1];
    return name ? { name: handle || decodeURIComponent(name), server: url.host.toLowerCase() } : undefined;
  } catch {
    return undefined;
  }
}

/** `name@server` for an account: local accounts' `acct` has no server part (lower-cased; Mastodon names ignore case). */
function fullHandle(account: MastodonStatus['account'], server: string): string {
  const acct = account.acct ?? account.username ?? account.id;
  return (acct.includes('@') ? acct : `${acct}@${server}`).toLowerCase();
}

/** A status as a Post; `root` is provisional (its parent, or itself) until its context gives the thread's first post. */
function toPost(status: MastodonStatus, brandId: string, server: string): Post | undefined {
  const createdAt = toIso(status.created_at);
  if (!createdAt) return undefined;
  const warning = plainText(status.spoiler_text);
  const body = htmlToText(status.content);
  const parent = typeof status.in_reply_to_id === 'string' && status.in_reply_to_id ? status.in_reply_to_id : undefined;
  const url = status.url ?? status.uri;
  return {
    id: status.id,
    ...(url ? { url } : {}),
    platform: 'mastodon',
    author: { id: status.account.id, handle: fullHandle(status.account, server), role: status.account.id === brandId ? 'brand' : 'fan' },
    createdAt,
    // A content warning is part of what readers see first.
    text: warning && body ? `${warning} — ${body}` : warning || body,
    ...(parent ? { replyTo: parent } : {}),
    root: parent ?? status.id,
    metrics: { likes: count(status.favourites_count), replies: count(status.replies_count), reposts: count(status.reblogs_count) },
  };
}

/** The brand boosting someone else's status: an item of its own, pointing at the original (recognition of fans). */
function toBoost(status: MastodonStatus, original: MastodonStatus, brandId: string, server: string): Post | undefined {
  const createdAt = toIso(status.created_at);
  if (!createdAt) return undefined;
  const url = original.url ?? original.uri;
  return {
    id: status.id,
    ...(url ? { url } : {}),
    platform: 'mastodon',
    author: { id: brandId, handle: fullHandle(status.account, server), role: 'brand' },
    createdAt,
    text: htmlToText(original.content),
    root: status.id,
    metrics: { likes: 0, replies: 0, reposts: 0 },
    repostOf: { id: original.id, handle: fullHandle(original.account, server), role: original.account.id === brandId ? 'brand' : 'fan' },
  };
}

/**
 * Reads a Mastodon account anonymously from its own server (or `BRAND_AUDIT_MASTODON_API`, which replaces every
 * server's origin): lookup, statuses back to the window start (at most `ctx.maxPosts`), and the context of every
 * status with replies or that answers someone. A server that wants a sign-in is reported as `auth-required`.
 */
export const collectMastodon: SocialCollector = async (target, ctx) => {
  const done = (fields: ConversationFields) => conversation(target, 'mastodon', ctx.window, fields);
  const who = mastodonAccountOf(target);
  if (!who) return done({ status: 'error', notes: [note('mastodon.bad-address', { url: target.url })] });
  const { name, server } = who;
  const origin = apiBase(ctx.env, 'BRAND_AUDIT_MASTODON_API', `https://${server}`);
  const originOf = (u: string): string => new URL(u).origin;
  /** The server wants a sign-in for its API: said of the server, not of one endpoint. */
  const signIn = (endpoint: string, err: unknown): Failure => ({
    status: 'auth-required',
    note: note('mastodon.sign-in', { server, endpoint, status: (err instanceof SourceFailure ? err.httpStatus : undefined) ?? 401 }),
  });

  // 1. Lookup: the account id tells the brand's replies from fans'.
  let account: MastodonAccount;
  try {
    const { data } = await fetchApi<MastodonAccount>(
      ctx,
      `${origin}/api/v1/accounts/lookup?${new URLSearchParams({ acct: name }).toString()}`,
      '/api/v1/accounts/lookup',
    );
    if (typeof data.id !== 'string') throw unexpected('/api/v1/accounts/lookup');
    account = data;
  } catch (err) {
    const f = describeFailure(err);
    const http = err instanceof SourceFailure ? err.httpStatus : undefined;
    if (f.status === 'not-found') return done({ status: 'not-found', notes: [note('mastodon.no-account', { name, server, status: http ?? 404 })] });
    const failure = f.status === 'auth-required' ? signIn('/api/v1/accounts/lookup', err) : f;
    return done({ status: failure.status, notes: [failure.note] });
  }
  const brandId = account.id;

  const posts = new Map<string, Post>();
  const contextOf = new Set<string>();
  let failure: Failure | undefined;
  const notes: Note[] = [];
  let brandItems = 0;

  // 2. Statuses, newest first, following Link rel="next" until the window start, the last page, or --max-posts.
  const statusesEndpoint = '/api/v1/accounts/:id/statuses';
  let next: string | undefined = `${origin}/api/v1/accounts/${encodeURIComponent(brandId)}/statuses?limit=${PAGE_SIZE}&exclude_reblogs=false`;
  const budget = budgetOf(ctx);
  const pager = new Pager(budget, statusesEndpoint);
  pages: while (next) {
    const refused = pager.before();
    if (refused) {
      notes.push(refused);
      break;
    }
    let page: MastodonStatus[];
    let link: string | undefined;
    let finalUrl: string;
    try {
      const res = await fetchApi<MastodonStatus[]>(ctx, next, statusesEndpoint);
      if (!Array.isArray(res.data)) throw unexpected(statusesEndpoint);
      page = res.data;
      link = res.headers.link;
      finalUrl = res.finalUrl;
    } catch (err) {
      const f = describeFailure(err);
      failure = f.status === 'auth-required' ? signIn(statusesEndpoint, err) : f;
      break;
    }
    let reachedOld = false;
    for (const status of page) {
      if (!isStatus(status)) continue;
      const position = windowPosition(status.created_at, ctx.window);
      if (position === 'before') reachedOld = true;
      if (position !== 'inside' || status.account.id !== brandId) continue;
      const original = isStatus(status.reblog) ? status.reblog : undefined;
      if (original && original.account.id === brandId) continue; // boosting itself recognises no one
      if (brandItems >= ctx.maxPosts) {
        notes.push(note('social.max-posts', { maxPosts: ctx.maxPosts }));
        break pages;
      }
      const post = original ? toBoost(status, original, brandId, server) : toPost(status, brandId, server);
      if (!post) continue;
      brandItems++;
      if (!posts.has(post.id)) posts.set(post.id, post);
      if (!original && (count(status.replies_count) > 0 || post.replyTo)) contextOf.add(status.id);
    }
    if (reachedOld) break;
    const candidate = linkHeaderUrl(link, 'next', finalUrl);
    if (page.length === 0 && !candidate) break;
    const verdict = pager.after(
      page.map((st) => (isStatus(st) ? st.id : '')),
      candidate,
    );
    if (!verdict.next) {
      if (verdict.note) notes.push(verdict.note);
      break;
    }
    const candidateOrigin = originOf(candidate!);
    if (candidateOrigin === originOf(origin)) next = candidate!;
    else if (new URL(candidate!).host.toLowerCase() === server) {
      // A mirror (BRAND_AUDIT_MASTODON_API) passes on the server's own Link: same server, read through the mirror.
      const moved = new URL(candidate!);
      next = `${origin}${moved.pathname}${moved.search}`;
    } else {
      notes.push(note('mastodon.foreign-next-page', { origin: candidateOrigin }));
      break;
    }
  }
  const stopped = notes.length > 0;

  // 3. Contexts: replies under the brand's statuses, and the conversation the brand's replies answer.
  let gone = 0;
  const limit = pLimit(CONTEXT_CONCURRENCY);
  await Promise.all(
    [...contextOf].map((id) =>
      limit(async () => {
        if (failure?.status === 'rate-limited' || failure?.status === 'auth-required' || budget.stop()) return;
        const endpoint = '/api/v1/statuses/:id/context';
        let ancestors: unknown[];
        let descendants: unknown[];
        try {
          const { data } = await fetchApi<{ ancestors?: unknown; descendants?: unknown }>(
            ctx,
            `${origin}/api/v1/statuses/${encodeURIComponent(id)}/context`,
            endpoint,
          );
          if (!Array.isArray(data.ancestors) || !Array.isArray(data.descendants)) {
            throw unexpected(endpoint);
          }
          ({ ancestors, descendants } = data as { ancestors: unknown[]; descendants: unknown[] });
        } catch (err) {
          const described = describeFailure(err);
          if (described.status === 'not-found') return void gone++; // deleted since the listing: nothing to add
          const f = described.status === 'auth-required' ? signIn(endpoint, err) : described;
          // The first failure is reported, unless a later one is a rate limit (which also stops the rest).
          if (!failure || f.status === 'rate-limited') failure = f;
          return;
        }
        mergeContext(id, ancestors.filter(isStatus), descendants.filter(isStatus), posts, ctx, brandId, server);
      }),
    ),
  );

  // Time spent or an interruption while contexts were read: said once, and the account is partial.
  const spent = budget.stop();
  const spentNoted = spent && (failure?.note.code === spent.code || notes.some((n) => n.code === spent.code));
  if (spent && !spentNoted) notes.push(spent);
  return done({
    status: failure?.status ?? (stopped || spent ? 'partial' : 'ok'),
    notes: [
      ...(failure ? [failure.note] : []),
      ...notes,
      ...(gone ? [note('mastodon.statuses-gone', { count: gone })] : []),
    ],
    brandId,
    profile: {
      exists: true,
      ...(account.display_name ? { displayName: plainText(account.display_name) } : {}),
      ...(typeof account.followers_count === 'number' ? { followers: count(account.followers_count) } : {}),
      ...(typeof account.statuses_count === 'number' ? { posts: count(account.statuses_count) } : {}),
      ...(toIso(account.created_at) ? { createdAt: toIso(account.created_at) } : {}),
      // Mastodon gives last_status_at as a date (no time) since 3.1; toIso reads it as midnight UTC.
      ...(toIso(account.last_status_at) ? { lastPostAt: toIso(account.last_status_at) } : {}),
      ...(account.note ? { bio: htmlToText(account.note) } : {}),
      links: [...new Set([...htmlLinks(account.note), ...profileFields(account.fields).flatMap((f) => htmlLinks(f.value))])],
    },
    posts: [...posts.values()],
  });
};

/** The profile fields of an account that are shaped as the API documents (a list of `{ name, value }`); others are ignored. */
function profileFields(fields: unknown): { value: string }[] {
  if (!Array.isArray(fields)) return [];
  return fields.filter((f): f is { value: string } => isObject(f) && typeof f.value === 'string');
}

/**
 * Adds a status's context to `posts`. Ancestors come root first, so the thread's root is the first ancestor (or the
 * status itself). A status is kept when it lies in the window, or when it answers a kept status and is not after the
 * window end; every kept status of the thread gets the thread's root.
 */
function mergeContext(
  id: string,
  ancestors: MastodonStatus[],
  descendants: MastodonStatus[],
  posts: Map<string, Post>,
  ctx: SourceContext,
  brandId: string,
  server: string,
): void {
  const self = posts.get(id);
  const root = ancestors[0]?.id ?? self?.replyTo ?? id;
  const kept = new Set<string>(posts.has(id) ? [id] : []);
  const add = (status: MastodonStatus): void => {
    const parentKept = typeof status.in_reply_to_id === 'string' && kept.has(status.in_reply_to_id);
    const inside = isInWindow(status.created_at, ctx.window) || (parentKept && isNotAfterWindow(status.created_at, ctx.window));
    if (!inside) return;
    const post = posts.get(status.id) ?? toPost(status, brandId, server);
    if (!post) return;
    post.root = root;
    posts.set(post.id, post);
    kept.add(post.id);
  };
  for (const a of ancestors) add(a);
  if (self) self.root = root;
  // Descendants come depth-first; by date, every parent is seen before its replies.
  for (const d of [...descendants].sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at))) add(d);
}
