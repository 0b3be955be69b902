// Faults written by code rather than files: answers that depend on the request (a cursor that changes on every page,
// an error body that echoes the request URL, a Retry-After date relative to now) or that are too large to keep as
// fixtures (a page with 100,000 links, 10,000 nested elements, a thread 5,000 replies deep). A fault route names one
// with `generate` and passes it `params` (strings); see fault-routes.ts.
import type { RequestContext } from '../../src/demo/fixture-server.js';
import { send } from '../../src/demo/fixture-server.js';

export type Generator = (ctx: RequestContext, params: Record<string, string>) => void | Promise<void>;

const DAY = 86_400_000;

/** An ISO date `days` days before the request (fractions allowed): inside a 30-day audit window for small values. */
function daysAgo(ctx: RequestContext, days: number): string {
  return new Date(ctx.now.getTime() - days * DAY).toISOString();
}

function json(ctx: RequestContext, status: number, value: unknown, headers: Record<string, string> = {}): void {
  send(ctx.req, ctx.res, status, JSON.stringify(value), { 'content-type': 'application/json; charset=utf-8', ...headers });
}

function html(ctx: RequestContext, body: string, status = 200): void {
  send(ctx.req, ctx.res, status, body, { 'content-type': 'text/html; charset=utf-8' });
}

/** The request as the server saw it, with its query string: what a careless API echoes back. */
function requestUrl(ctx: RequestContext): string {
  return `http://${ctx.host}:${ctx.port}${ctx.req.url ?? '/'}`;
}

/** A page number carried by a cursor such as `c17` (0 when absent or unreadable). */
function pageOf(cursor: string | null): number {
  const n = Number(/(\d+)$/.exec(cursor ?? '')?.[1] ?? 0);
  return Number.isSafeInteger(n) ? n : 0;
}

// The demo brand's ids (fixtures/social/README.md): generated pages speak for the account the audit reads.
const BRAND_DID = 'did:plc:mx4exempl3brand7q2k5zaaa';
const MASTODON_BRAND_ID = '109512345678900001';

function bskyPost(ctx: RequestContext, id: string, did: string, handle: string, days: number, text: string): unknown {
  return {
    uri: `at://${did}/app.bsky.feed.post/${id}`,
    cid: `cid-${id}`,
    author: { did, handle },
    record: { $type: 'app.bsky.feed.post', text, createdAt: daysAgo(ctx, days) },
    replyCount: 0,
    repostCount: 0,
    likeCount: 0,
    indexedAt: daysAgo(ctx, days),
  };
}

/**
 * `app.bsky.feed.getAuthorFeed` that never ends: every page offers a new cursor (with `cursor: fixed`, the same one
 * every time). `mode` says what the pages hold: `repeat` the same two brand posts, `empty` nothing, `fans` new posts by
 * other accounts (never counted against --max-posts), `fresh` new brand posts every page.
 */
const endlessBlueskyFeed: Generator = (ctx, { mode = 'repeat', cursor: kind = 'new' }) => {
  const page = pageOf(ctx.query.get('cursor')) + (kind === 'fixed' && ctx.query.get('cursor') ? 1 : 0);
  const cursor = kind === 'fixed' ? 'always-the-same' : `c${page + 1}`;
  let feed: unknown[] = [];
  if (mode === 'repeat') feed = [1, 2].map((i) => ({ post: bskyPost(ctx, `same${i}`, BRAND_DID, 'maisonexemple.bsky.social', 1 + i / 10, `Nouveauté ${i}`) }));
  if (mode === 'fans') feed = [1, 2].map((i) => ({ post: bskyPost(ctx, `fan${page}-${i}`, `did:plc:fan${page}x${i}`, `fan${page}.test`, 1, 'Salut') }));
  if (mode === 'fresh') feed = [1, 2].map((i) => ({ post: bskyPost(ctx, `new${page}-${i}`, BRAND_DID, 'maisonexemple.bsky.social', 1, `Message ${page}.${i}`) }));
  json(ctx, 200, { cursor, feed });
};

/** `app.bsky.feed.getPostThread` whose root has a chain of replies `depth` levels deep (alternating fan and brand). */
const deepBlueskyThread: Generator = (ctx, { depth = '5000' }) => {
  const levels = Number(depth);
  const root = ctx.query.get('uri') ?? `at://${BRAND_DID}/app.bsky.feed.post/root`;
  // Built from the bottom up, so building it needs no recursion either.
  let node: Record<string, unknown> | undefined;
  for (let i = levels; i >= 1; i--) {
    const fan = i % 2 === 1;
    const post = bskyPost(ctx, `r${i}`, fan ? 'did:plc:fanindeep' : BRAND_DID, fan ? 'fan.test' : 'maisonexemple.bsky.social', 0.5, fan ? `Question ${i} ?` : `Réponse ${i}`);
    const parent = i === 1 ? root : `at://${i % 2 === 0 ? 'did:plc:fanindeep' : BRAND_DID}/app.bsky.feed.post/r${i - 1}`;
    (post as { record: Record<string, unknown> }).record.reply = { root: { uri: root, cid: 'cid-root' }, parent: { uri: parent, cid: 'cid' } };
    node = { $type: 'app.bsky.feed.defs#threadViewPost', post, replies: node ? [node] : [] };
  }
  const rootPost = bskyPost(ctx, 'root', BRAND_DID, 'maisonexemple.bsky.social', 1, 'Un fil très long');
  (rootPost as { replyCount: number }).replyCount = levels;
  // JSON.stringify recurses: for a very deep thread the text is assembled by hand.
  const open: string[] = [];
  const close: string[] = [];
  let at: Record<string, unknown> | undefined = node;
  while (at) {
    const { replies, ...rest } = at as { replies: Record<string, unknown>[] };
    open.push(`${JSON.stringify(rest).slice(0, -1)},"replies":[`);
    close.push(']}');
    at = replies[0];
  }
  const threadText = `{"$type":"app.bsky.feed.defs#threadViewPost","post":${JSON.stringify(rootPost)},"replies":[${open.join('')}${close.reverse().join('')}]}`;
  send(ctx.req, ctx.res, 200, `{"thread":${threadText}}`, { 'content-type': 'application/json; charset=utf-8' });
};

function mastodonStatus(ctx: RequestContext, id: string, accountId: string, days: number, text: string): unknown {
  return {
    id,
    created_at: daysAgo(ctx, days),
    in_reply_to_id: null,
    in_reply_to_account_id: null,
    content: `<p>${text}</p>`,
    replies_count: 0,
    reblogs_count: 0,
    favourites_count: 0,
    url: `https://mastodon.social/@maisonexemple/${id}`,
    account: { id: accountId, acct: accountId === MASTODON_BRAND_ID ? 'maisonexemple' : 'fan', username: accountId === MASTODON_BRAND_ID ? 'maisonexemple' : 'fan' },
  };
}

/** `/api/v1/accounts/:id/statuses` whose Link header always offers a next page (`max_id` changing), pages as above. */
const endlessMastodonStatuses: Generator = (ctx, { mode = 'repeat' }) => {
  const page = pageOf(ctx.query.get('max_id'));
  const next = `<http://${ctx.host}:${ctx.port}${ctx.path}?limit=40&max_id=${page + 1}>; rel="next"`;
  let statuses: unknown[] = [];
  if (mode === 'repeat') statuses = [mastodonStatus(ctx, '900', MASTODON_BRAND_ID, 1, 'Nouveauté')];
  if (mode === 'fans') statuses = [mastodonStatus(ctx, `7${page}`, '2', 1, 'Bonjour')];
  if (mode === 'fresh') statuses = [mastodonStatus(ctx, `8${page}`, MASTODON_BRAND_ID, 1, `Message ${page}`)];
  json(ctx, 200, statuses, { link: next });
};

/** YouTube `commentThreads` (or `comments`) whose nextPageToken changes on every page; `mode` repeat or empty. */
const endlessYoutubeComments: Generator = (ctx, { mode = 'empty' }) => {
  const page = pageOf(ctx.query.get('pageToken'));
  const items =
    mode === 'repeat'
      ? [
          {
            snippet: {
              topLevelComment: {
                id: 'samecomment',
                snippet: { authorDisplayName: '@fan', authorChannelId: { value: 'UCfanfanfanfanfanfanfan1' }, textOriginal: 'Encore ?', publishedAt: daysAgo(ctx, 1) },
              },
              totalReplyCount: 0,
            },
          },
        ]
      : [];
  json(ctx, 200, { kind: 'youtube#commentThreadListResponse', nextPageToken: `t${page + 1}`, items });
};

/**
 * An API answer that quotes the request URL, query string and key included, as Google's API does for some errors.
 * `shape`: `json` a 400 with Google's error object; `broken` a 200 whose JSON is cut off right after the URL, so the
 * parse error quotes the text around the failure; `comment` a 200 whose comment text quotes it.
 */
const echoRequest: Generator = (ctx, { shape = 'json' }) => {
  const url = requestUrl(ctx);
  if (shape === 'comment') {
    // A 200 whose content quotes the request: the comment's text and author name carry the key into the data read.
    const snippet = { authorDisplayName: `@bot ${url}`, authorChannelId: { value: 'UCechoechoechoechoecho01' }, textOriginal: `Vu sur ${url} ?`, publishedAt: daysAgo(ctx, 1) };
    json(ctx, 200, { kind: 'youtube#commentThreadListResponse', items: [{ snippet: { topLevelComment: { id: 'echo1', snippet }, totalReplyCount: 0 } }] });
    return;
  }
  if (shape === 'broken') {
    send(ctx.req, ctx.res, 200, `{"kind":"youtube#commentThreadListResponse","debug":"${url}" "items":[`, { 'content-type': 'application/json; charset=utf-8' });
    return;
  }
  json(ctx, 400, { error: { code: 400, message: `Request ${url} is invalid`, errors: [{ message: `Bad request: ${url}`, domain: 'global', reason: 'badRequest' }] } });
};

/** An HTML page linking `count` URLs no other page links (each page's links are new), all on the site. */
const manyLinks: Generator = (ctx, { count = '100000' }) => {
  const n = Number(count);
  const stem = ctx.path.replace(/[^a-z0-9]+/gi, '-');
  const parts: string[] = ['<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Catalogue sans fin</title></head><body><ul>'];
  for (let i = 0; i < n; i++) parts.push(`<li><a href="/p${stem}-${i}">${i}</a></li>`);
  parts.push('</ul></body></html>');
  html(ctx, parts.join('\n'));
};

/** An HTML page whose content sits `depth` elements deep (a contact link and e-mail at the bottom). */
const deepNesting: Generator = (ctx, { depth = '10000', title = 'Page profonde' }) => {
  const n = Number(depth);
  const body = `<p>Écrivez-nous : <a href="mailto:contact@maison-exemple.test">contact@maison-exemple.test</a> · <a href="/contact">Contact</a></p>`;
  html(ctx, `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${title}</title></head><body>${'<div>'.repeat(n)}${body}${'</div>'.repeat(n)}</body></html>`);
};

/**
 * A page that is slow to analyse but quick to serve: `rows` table rows of text and links (a few MB of HTML that
 * parses into hundreds of thousands of nodes).
 */
const heavyPage: Generator = (ctx, { rows = '40000' }) => {
  const n = Number(rows);
  const parts = ['<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Tarifs</title></head><body><table>'];
  for (let i = 0; i < n; i++) parts.push(`<tr><td><b>Réf ${i}</b></td><td><i>lot</i> de <span>${i % 97}</span></td><td><a href="#r${i}">voir</a></td></tr>`);
  parts.push('</table></body></html>');
  html(ctx, parts.join(''));
};

/** A 429 (or `status`) whose Retry-After is an HTTP date `seconds` from now. */
const retryAfterDate: Generator = (ctx, { seconds = '86400', status = '429' }) => {
  const when = new Date(Date.now() + Number(seconds) * 1000).toUTCString();
  send(ctx.req, ctx.res, Number(status), 'Too many requests\n', { 'content-type': 'text/plain; charset=utf-8', 'retry-after': when });
};

/** Accepts the request and never answers (until the client leaves or the server closes). */
const hang: Generator = (ctx) =>
  new Promise<void>((done) => {
    ctx.res.once('close', () => done());
  });

/** A Graph API time (`2026-01-02T03:04:05+0000`) `days` days before the request (negative: after it). */
function graphTime(ctx: RequestContext, days: number): string {
  return daysAgo(ctx, days).replace(/\.\d+Z$/, '+0000');
}

/**
 * A Graph API list (a Page's posts, a media's comments…) that never ends: every page's `paging.next` is the same path
 * with a new `after` cursor on the server's own origin. `mode`: `future` new posts dated after the audit window (new
 * items that never count), `empty` no item, `repeat` the same two posts every page.
 */
const endlessGraphList: Generator = (ctx, { mode = 'future' }) => {
  const page = pageOf(ctx.query.get('after'));
  const next = new URLSearchParams(ctx.query);
  next.set('after', `g${page + 1}`);
  const post = (id: string, days: number) => ({ id, message: `Publication ${id}`, created_time: graphTime(ctx, days), from: { id: '100000000000999', name: 'Quelqu’un' } });
  let data: unknown[] = [];
  if (mode === 'future') data = [1, 2].map((i) => post(`104857600000001_9${page}0${i}`, -2));
  if (mode === 'repeat') data = [1, 2].map((i) => post(`104857600000001_80${i}`, 1));
  json(ctx, 200, { data, paging: { cursors: { after: `g${page + 1}` }, next: `http://${ctx.host}:${ctx.port}${ctx.path}?${next}` } });
};

/**
 * An X API v2 timeline that never ends: every page has a new `next_token` (with `token: fixed`, the same one). `mode`:
 * `future` new posts dated after the audit window, `empty` no post, `repeat` the same two posts every page.
 */
const endlessXTimeline: Generator = (ctx, { mode = 'future', token = 'new' }) => {
  const page = pageOf(ctx.query.get('pagination_token'));
  const tweet = (id: string, days: number) => ({ id, text: `Nouveauté ${id}`, created_at: daysAgo(ctx, days), conversation_id: id, public_metrics: { like_count: 0, reply_count: 0, retweet_count: 0, quote_count: 0 } });
  let data: unknown[] = [];
  if (mode === 'future') data = [1, 2].map((i) => tweet(`19000000000${page}0${i}`, -2));
  if (mode === 'repeat') data = [1, 2].map((i) => tweet(`1800000000000${i}`, 1));
  json(ctx, 200, { data, meta: { result_count: data.length, next_token: token === 'fixed' ? 'always-the-same' : `x${page + 1}` } });
};

/**
 * A Graph API list whose one post, in the audit window, quotes what the request carried: its URL and its
 * Authorization header, token included (a misbehaving mirror, or a page that pastes what it received).
 */
const echoToken: Generator = (ctx) => {
  const said = `${requestUrl(ctx)} ${String(ctx.req.headers.authorization ?? '')}`;
  json(ctx, 200, { data: [{ id: '104857600000001_7001', message: `Reçu : ${said}`, created_time: graphTime(ctx, 1), from: { id: '100000000000998', name: said } }] });
};

export const GENERATORS: Record<string, Generator> = {
  'endless-bluesky-feed': endlessBlueskyFeed,
  'deep-bluesky-thread': deepBlueskyThread,
  'endless-mastodon-statuses': endlessMastodonStatuses,
  'endless-youtube-comments': endlessYoutubeComments,
  'echo-request': echoRequest,
  'endless-graph-list': endlessGraphList,
  'endless-x-timeline': endlessXTimeline,
  'echo-token': echoToken,
  'many-links': manyLinks,
  'deep-nesting': deepNesting,
  'heavy-page': heavyPage,
  'retry-after-date': retryAfterDate,
  hang,
};

export { BRAND_DID, MASTODON_BRAND_ID };
