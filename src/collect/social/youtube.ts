// YouTube source: the channel's public Atom feed (uploads, dates, likes) for cadence and recency, and — only when
// the user supplies a Data API key in YOUTUBE_API_KEY — the comment threads under each video in the window.
import { load } from 'cheerio/slim';
import type { Conversation, Note, Post } from '../../snapshot/types.js';
import { note } from '../codes.js';
import {
  apiBase,
  budgetOf,
  conversation,
  count,
  describeFailure,
  fetchApi,
  httpNote,
  isInWindow,
  isNotAfterWindow,
  plainText,
  SourceFailure,
  statusForHttp,
  stopIfSpent,
  textLinks,
  toIso,
} from './common.js';
import type { SocialCollector, SocialTarget, SourceContext } from './types.js';
import { Pager } from './budget.js';

// Channel ids are case-sensitive: UC + 22 base64url characters.
const CHANNEL_ID = /^UC[A-Za-z0-9_-]{22}$/;
const CHANNEL_ID_IN_TEXT = /UC[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])/;
// The public feed lists a channel's latest 15 uploads: more cannot be read without the Data API.
const FEED_SIZE = 15;

/** Where a channel URL points: its id when the URL carries one, else the page path that names it. */
export interface ChannelRef {
  channelId?: string;
  /** Path of the channel page on the YouTube origin: `/@name`, `/user/NAME`, `/c/NAME`, `/NAME` or `/channel/UC…`. */
  path: string;
}

/** Reads a channel URL (`youtube.com/@name`, `/channel/UC…`, `/user/…`, `/c/…`, legacy `/NAME`); null otherwise. */
export function channelRef(raw: string): ChannelRef | null {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return null;
  }
  let segs: string[];
  try {
    segs = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  } catch {
    return null; // malformed percent-encoding
  }
  const [a, b] = segs;
  if (!a) return null;
  if (a === 'channel') return b && CHANNEL_ID.test(b) ? { channelId: b, path: `/channel/${b}` } : null;
  if (a.startsWith('@')) return a.length > 1 ? { path: `/${encodeURIComponent(a).replace(/^%40/, '@')}` } : null;
  if (a === 'user' || a === 'c') return b ? { path: `/${a}/${encodeURIComponent(b)}` } : null;
  if (['watch', 'embed', 'shorts', 'playlist', 'results', 'feed', 'feeds'].includes(a)) return null;
  return { path: `/${encodeURIComponent(a)}` };
}

/** What the channel page tells: the channel id and the "about" text (bio) with the links in it. */
export interface ChannelPage {
  channelId?: string;
  displayName?: string;
  bio?: string;
  links?: string[];
}

/**
 * Reads the channel id from a channel page: `<meta itemprop="channelId|identifier">`, the canonical or og:url link
 * to `/channel/UC…`, then the page owner's `"externalId"` in the embedded JSON, then the first `"channelId"`
 * (least reliable: recommended channels appear there too). Also reads the name and description for the profile.
 */
export function parseChannelPage(html: string): ChannelPage {
  const $ = load(html);
  const fromMeta = [$('meta[itemprop="channelId"]').attr('content'), $('meta[itemprop="identifier"]').attr('content')].find(
    (v) => v !== undefined && CHANNEL_ID.test(v.trim()),
  );
  const fromLink = [$('link[rel="canonical"]').attr('href'), $('meta[property="og:url"]').attr('content')]
    .map((href) => /\/channel\/(UC[A-Za-z0-9_-]{22})(?![A-Za-z0-9_-])/.exec(href ?? '')?.[1])
    .find(Boolean);
  const fromJson = [/"externalId"\s*:\s*"(UC[A-Za-z0-9_-]{22})"/, /"channelId"\s*:\s*"(UC[A-Za-z0-9_-]{22})"/]
    .map((re) => re.exec(html)?.[1])
    .find(Boolean);
  const page: ChannelPage = {};
  const id = fromMeta?.trim() ?? fromLink ?? fromJson;
  if (id) page.channelId = id;
  const name = plainText($('meta[property="og:title"]').attr('content') ?? $('title').first().text().replace(/\s*-\s*YouTube\s*$/, ''));
  if (name) page.displayName = name;
  const bio = plainText($('meta[property="og:description"]').attr('content') ?? $('meta[name="description"]').attr('content'));
  if (bio) {
    page.bio = bio;
    const links = textLinks(bio);
    if (links.length > 0) page.links = links;
  }
  return page;
}

/** One upload read from the feed. */
export interface FeedVideo {
  videoId: string;
  published: string;
  title: string;
  description: string;
  url?: string;
  likes: number;
  views?: number;
}

export interface ChannelFeed {
  channelId?: string;
  title?: string;
  published?: string;
  videos: FeedVideo[];
  /** Entries without a video id or a publication date. */
  skipped: number;
}

/** Parses the channel's Atom feed with cheerio in XML mode; throws when the text holds no Atom `<feed>`. */
export function parseChannelFeed(xml: string): ChannelFeed {
  const $ = load(xml, { xml: true });
  const feed = $('feed').first();
  if (feed.length === 0) throw new Error('not an Atom feed (no <feed> element)');
  const out: ChannelFeed = { videos: [], skipped: 0 };
  const channelId = feed.children('yt\\:channelId').first().text().trim();
  if (CHANNEL_ID.test(channelId)) out.channelId = channelId;
  const title = plainText(feed.children('title').first().text());
  if (title) out.title = title;
  const published = toIso(feed.children('published').first().text().trim());
  if (published) out.published = published;
  feed.children('entry').each((_, el) => {
    const entry = $(el);
    const videoId = entry.children('yt\\:videoId').first().text().trim();
    const date = toIso(entry.children('published').first().text().trim());
    if (!videoId || !date) {
      out.skipped++;
      return;
    }
    const group = entry.children('media\\:group').first();
    const community = group.children('media\\:community').first();
    const video: FeedVideo = {
      videoId,
      published: date,
      title: plainText(entry.children('title').first().text()),
      description: plainText(group.children('media\\:description').first().text()),
      likes: count(Number(community.children('media\\:starRating').attr('count'))),
    };
    const href = entry.children('link[rel="alternate"]').attr('href');
    if (href && /^https?:\/\//.test(href)) video.url = href;
    const views = community.children('media\\:statistics').attr('views');
    if (views !== undefined && /^\d+$/.test(views)) video.views = Number(views);
    out.videos.push(video);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Comments (Data API v3, needs a key)

interface ApiComment {
  id?: string;
  snippet?: {
    authorDisplayName?: string;
    authorChannelId?: { value?: string };
    textOriginal?: string;
    textDisplay?: string;
    publishedAt?: string;
    likeCount?: number;
    parentId?: string;
  };
}
interface ApiThread {
  snippet?: { topLevelComment?: ApiComment; totalReplyCount?: number };
  replies?: { comments?: ApiComment[] };
}
interface ApiList<T> {
  items?: T[];
  nextPageToken?: string;
}

/** The reason Google's API gave for an error (`error.errors[0].reason`), e.g. commentsDisabled, quotaExceeded. */
function apiReason(body: unknown): string | undefined {
  const errors = (body as { error?: { errors?: { reason?: unknown }[] } } | undefined)?.error?.errors;
  const reason = Array.isArray(errors) ? errors[0]?.reason : undefined;
  return typeof reason === 'string' ? reason : undefined;
}

interface CommentReader {
  ctx: SourceContext;
  base: string;
  key: string;
  channelId: string;
}

/** Removes the API key (raw and URL-encoded) from a text, so it never reaches a snapshot, log or report. */
function redact(text: string, key: string): string {
  let out = text;
  for (const form of new Set([key, encodeURIComponent(key)])) out = out.split(form).join('[key]');
  return out;
}

/**
 * A note with the API key removed from every text in its data. Notes hold endpoint names and codes, never URLs, so
 * the key has no way in; this is the belt to those braces.
 */
function redactNote(n: Note, key: string): Note {
  if (!n.data) return n;
  const data = Object.fromEntries(Object.entries(n.data).map(([k, v]) => [k, typeof v === 'string' ? redact(v, key) : v]));
  return { ...n, data };
}

/** Google's reason codes are camelCase names (quotaExceeded, commentsDisabled); anything else is not kept. */
const REASON = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

async function dataApi<T>(reader: CommentReader, path: string, params: Record<string, string>, extra: Record<string, string>): Promise<T> {
  const query = new URLSearchParams({ ...params, key: reader.key });
  const endpoint = `youtube/v3/${path}`;
  try {
    // keepOrigin: the key is in the query string, so a redirect must never carry it to another host.
    return (await fetchApi<T>(reader.ctx, `${reader.base}/youtube/v3/${path}?${query}`, endpoint, { keepOrigin: true })).data;
  } catch (err) {
    const failure = describeFailure(err, endpoint);
    const reason = err instanceof SourceFailure ? apiReason(err.body) : undefined;
    const apiError = reason && REASON.test(reason) ? { apiError: reason } : {};
    const withData: Note = { ...failure.note, data: { ...failure.note.data, ...extra, ...apiError } };
    // The body is reduced to Google's reason code: callers branch on it (commentsDisabled), and the full body could
    // echo the request, key included.
    throw new SourceFailure(failure.status, redactNote(withData, reader.key), {
      ...(err instanceof SourceFailure && err.httpStatus !== undefined ? { httpStatus: err.httpStatus } : {}),
      ...(reason !== undefined ? { body: reason } : {}),
    });
  }
}

function commentPost(c: ApiComment, video: FeedVideo, parent: string, reader: CommentReader): Post | undefined {
  const s = c.snippet ?? {};
  const createdAt = toIso(s.publishedAt);
  if (!c.id || !createdAt || !isNotAfterWindow(createdAt, reader.ctx.window)) return undefined;
  const authorId = s.authorChannelId?.value ?? s.authorDisplayName ?? '';
  return {
    id: c.id,
    url: `https://www.youtube.com/watch?v=${encodeURIComponent(video.videoId)}&lc=${encodeURIComponent(c.id)}`,
    platform: 'youtube',
    author: {
      id: authorId,
      handle: (s.authorDisplayName ?? authorId).replace(/^@/, ''),
      role: authorId === reader.channelId ? 'brand' : 'fan',
    },
    createdAt,
    // textOriginal is only guaranteed to the comment's author; textDisplay is plain text since we ask textFormat=plainText.
    text: plainText(s.textOriginal ?? s.textDisplay),
    replyTo: parent,
    root: video.videoId,
    metrics: { likes: count(s.likeCount), replies: 0, reposts: 0 },
    kind: 'post',
  };
}

/**
 * Reads the comment threads of one video (top-level comments answer the video; replies answer their comment),
 * fetching the full reply list of a thread when commentThreads returned only part of it. Bounded by maxPosts threads.
 */
async function readComments(reader: CommentReader, video: FeedVideo): Promise<{ posts: Post[]; disabled: boolean; stopped?: Note }> {
  const posts: Post[] = [];
  let threads = 0;
  let pageToken: string | undefined;
  const pager = new Pager(budgetOf(reader.ctx), 'youtube/v3/commentThreads');
  do {
    const params: Record<string, string> = { part: 'snippet,replies', videoId: video.videoId, maxResults: '100', textFormat: 'plainText' };
    if (pageToken) params.pageToken = pageToken;
    const refused = pager.before();
    if (refused) return { posts, disabled: false, stopped: refused };
    let page: ApiList<ApiThread>;
    try {
      page = await dataApi<ApiList<ApiThread>>(reader, 'commentThreads', params, { video: video.videoId });
    } catch (err) {
      if (err instanceof SourceFailure && err.body === 'commentsDisabled') return { posts, disabled: true };
      throw err;
    }
    const items = Array.isArray(page.items) ? page.items : [];
    let stopped: Note | undefined;
    for (const thread of items) {
      const top = thread?.snippet?.topLevelComment;
      const post = top && commentPost(top, video, video.videoId, reader);
      if (!top?.id || !post) continue;
      threads++;
      let replies = Array.isArray(thread.replies?.comments) ? thread.replies.comments : [];
      const total = count(thread.snippet?.totalReplyCount);
      if (total > replies.length && !stopped) {
        const more = await readReplies(reader, top.id, replies);
        replies = more.comments;
        stopped = more.stopped;
      }
      const kept = replies.flatMap((r) => commentPost(r, video, r.snippet?.parentId ?? top.id!, reader) ?? []);
      post.metrics.replies = Math.max(total, kept.length);
      posts.push(post, ...kept);
    }
    if (stopped) return { posts, disabled: false, stopped };
    pageToken = typeof page.nextPageToken === 'string' ? page.nextPageToken : undefined;
    const verdict = pager.after(
      items.map((t) => String(t?.snippet?.topLevelComment?.id ?? '')),
      pageToken,
    );
    if (!verdict.next) return { posts, disabled: false, ...(verdict.note ? { stopped: verdict.note } : {}) };
  } while (threads < reader.ctx.maxPosts);
  return { posts, disabled: false };
}

/** All replies of a comment thread (`comments?parentId=`), bounded by maxPosts and the account's budget. */
async function readReplies(reader: CommentReader, parentId: string, first: ApiComment[]): Promise<{ comments: ApiComment[]; stopped?: Note }> {
  const all = new Map(first.filter((c) => c.id).map((c) => [c.id!, c]));
  let pageToken: string | undefined;
  const pager = new Pager(budgetOf(reader.ctx), 'youtube/v3/comments');
  do {
    const params: Record<string, string> = { part: 'snippet', parentId, maxResults: '100', textFormat: 'plainText' };
    if (pageToken) params.pageToken = pageToken;
    const refused = pager.before();
    if (refused) return { comments: [...all.values()], stopped: refused };
    const page = await dataApi<ApiList<ApiComment>>(reader, 'comments', params, { thread: parentId });
    const items = Array.isArray(page.items) ? page.items : [];
    for (const c of items) if (c?.id && !all.has(c.id)) all.set(c.id, c);
    pageToken = typeof page.nextPageToken === 'string' ? page.nextPageToken : undefined;
    const verdict = pager.after(
      items.map((c) => String(c?.id ?? '')),
      pageToken,
    );
    if (!verdict.next) return { comments: [...all.values()], ...(verdict.note ? { stopped: verdict.note } : {}) };
  } while (all.size < reader.ctx.maxPosts);
  return { comments: [...all.values()] };
}

// ---------------------------------------------------------------------------------------------------------------
// Collector

function videoPost(v: FeedVideo, channelId: string, target: SocialTarget): Post {
  const post: Post = {
    id: v.videoId,
    url: v.url ?? `https://www.youtube.com/watch?v=${encodeURIComponent(v.videoId)}`,
    platform: 'youtube',
    author: { id: channelId, handle: target.handle, role: 'brand' },
    createdAt: v.published,
    text: plainText(`${v.title} ${v.description}`),
    root: v.videoId,
    metrics: { likes: v.likes, replies: 0, reposts: 0 },
    kind: 'video',
  };
  return post;
}

/**
 * GETs a page or feed as text; a non-2xx answer becomes a SourceFailure naming `endpoint`. The channel feed is
 * a public feed meant for feed readers (`api`), which do not consult robots.txt; the channel page is a page.
 * A page robots.txt keeps us from also gets the `youtube.robots-hint` note (--ignore-robots reads it anyway).
 */
async function fetchBody(ctx: SourceContext, url: string, endpoint: string, api = false): Promise<string> {
  const budget = budgetOf(ctx);
  let res;
  try {
    stopIfSpent(budget);
    res = await ctx.http.fetchText(url, { api, signal: budget.signal });
  } catch (err) {
    stopIfSpent(budget);
    const failure = describeFailure(err, endpoint);
    throw new SourceFailure(failure.status, failure.note);
  }
  if (res.status < 200 || res.status >= 300) {
    throw new SourceFailure(statusForHttp(res.status), httpNote(endpoint, res.status, res.headers), { httpStatus: res.status });
  }
  return res.body ?? '';
}

/** The notes of a failure while reading the channel page or feed: the failure, then the --ignore-robots hint. */
function failureNotes(err: unknown): { status: Conversation['status']; notes: Note[] } {
  const failure = describeFailure(err);
  const robots = failure.note.code === 'social.request-failed' && failure.note.data?.failure === 'robots';
  return { status: failure.status, notes: robots ? [failure.note, note('youtube.robots-hint')] : [failure.note] };
}

/**
 * Reads a YouTube channel: the channel page (for the channel id when the URL does not carry it, and the bio), the
 * public Atom feed of its latest uploads (videos in the window become brand posts of kind 'video'), and, when
 * YOUTUBE_API_KEY is set, the comments under those videos. Base URLs: BRAND_AUDIT_YOUTUBE_API (site and feed),
 * BRAND_AUDIT_YOUTUBE_DATA_API (Data API). Without a key the Conversation is 'partial' and says comments need one.
 */
export const collectYoutube: SocialCollector = async (target, ctx) => {
  const base = apiBase(ctx.env, 'BRAND_AUDIT_YOUTUBE_API', 'https://www.youtube.com');
  const ref = channelRef(target.url) ?? (CHANNEL_ID.test(target.handle) ? { channelId: target.handle, path: `/channel/${target.handle}` } : null);
  if (!ref) {
    return conversation(target, 'youtube', ctx.window, { status: 'error', notes: [note('youtube.bad-url', { url: target.url })] });
  }
  const notes: Note[] = [];
  let page: ChannelPage = {};
  try {
    page = parseChannelPage(await fetchBody(ctx, `${base}${ref.path}`, ref.path));
  } catch (err) {
    const failure = failureNotes(err);
    // With the id in the URL the feed can still be read; the page only adds the bio.
    if (!ref.channelId) return conversation(target, 'youtube', ctx.window, { ...failure, profile: missing(failure.status) });
    notes.push(...failure.notes, note('youtube.no-description'));
  }
  const channelId = ref.channelId ?? page.channelId;
  if (!channelId) {
    // A consent or sign-in page instead of the channel, most likely.
    return conversation(target, 'youtube', ctx.window, { status: 'error', notes: [note('youtube.no-channel-id', { path: ref.path })] });
  }
  let feed: ChannelFeed;
  try {
    const xml = await fetchBody(ctx, `${base}/feeds/videos.xml?channel_id=${channelId}`, `/feeds/videos.xml?channel_id=${channelId}`, true);
    try {
      feed = parseChannelFeed(xml);
    } catch {
      throw new SourceFailure('error', note('youtube.malformed-feed', { channelId }));
    }
  } catch (err) {
    const failure = failureNotes(err);
    return conversation(target, 'youtube', ctx.window, { ...failure, brandId: channelId, profile: missing(failure.status) });
  }
  const inWindow = feed.videos
    .filter((v) => isInWindow(v.published, ctx.window))
    // Newest first: the feed's ISO timestamps, all of one format, compared by code units (the order localeCompare gave,
    // without loading ICU's collator, ~10 ms, for it).
    .sort((a, b) => (b.published < a.published ? -1 : b.published > a.published ? 1 : 0));
  const videos = inWindow.slice(0, ctx.maxPosts);
  let partial = false;
  if (inWindow.length > videos.length) {
    notes.push(note('social.max-posts', { maxPosts: ctx.maxPosts }));
    partial = true;
  }
  if (feed.skipped > 0) {
    notes.push(note('youtube.feed-skipped', { count: feed.skipped }));
    partial = true;
  }
  if (feed.videos.length >= FEED_SIZE && inWindow.length === feed.videos.length) {
    notes.push(note('youtube.feed-limit', { size: FEED_SIZE }));
    partial = true;
  }
  const posts = videos.map((v) => videoPost(v, channelId, target));
  const key = ctx.env.YOUTUBE_API_KEY?.trim();
  if (!key) {
    notes.push(note('youtube.no-api-key'));
    partial = true;
  } else {
    const reader: CommentReader = { ctx, key, channelId, base: apiBase(ctx.env, 'BRAND_AUDIT_YOUTUBE_DATA_API', 'https://www.googleapis.com') };
    let disabled = 0;
    try {
      for (const [i, video] of videos.entries()) {
        const { posts: comments, disabled: off, stopped } = await readComments(reader, video);
        if (off) disabled++;
        posts[i].metrics.replies = comments.filter((c) => c.replyTo === video.videoId).length;
        for (const comment of comments) posts.push(comment);
        if (stopped) {
          // A listing that would not end (or the account's budget) stops the comments here: the rest would cost the
          // same quota for nothing.
          notes.push(note('youtube.comments-partial'), stopped);
          partial = true;
          break;
        }
      }
    } catch (err) {
      notes.push(note('youtube.comments-partial'), redactNote(describeFailure(err).note, key));
      partial = true;
    }
    if (disabled > 0) notes.push(note('youtube.comments-disabled', { count: disabled }));
  }
  return conversation(target, 'youtube', ctx.window, {
    status: partial ? 'partial' : 'ok',
    notes: [note('youtube.videos', { count: videos.length }), ...notes],
    brandId: channelId,
    profile: profileOf(page, feed),
    posts,
  });
};

/** The profile of a channel that does not exist (its page or feed answered 404/410); none for other failures. */
function missing(status: Conversation['status']): Conversation['profile'] {
  return status === 'not-found' ? { exists: false } : undefined;
}

function profileOf(page: ChannelPage, feed: ChannelFeed | undefined): Conversation['profile'] {
  const profile: NonNullable<Conversation['profile']> = { exists: true };
  const name = page.displayName ?? feed?.title;
  if (name) profile.displayName = name;
  if (feed?.published) profile.createdAt = feed.published;
  const last = feed?.videos.map((v) => v.published).sort().at(-1);
  if (last) profile.lastPostAt = last;
  if (page.bio) profile.bio = page.bio;
  if (page.links) profile.links = page.links;
  return profile;
}
