// Tests of the Bluesky source against undici's MockAgent serving the recorded-shape fixtures of fixtures/social/bluesky:
// field mapping, feed pagination and window cut, --max-posts, threads with deleted/blocked/nested replies, failures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectBluesky } from '../../../src/collect/social/bluesky.js';
import type { SourceContext } from '../../../src/collect/social/types.js';
import { startFixtureServer } from '../../../src/demo/fixture-server.js';
import { createHttpClient, type HttpClient, type HttpOptions } from '../../../src/http/client.js';
import type { Post } from '../../../src/snapshot/types.js';

const DIR = new URL('../../../fixtures/social/bluesky/', import.meta.url);
const raw = (name: string): string => readFileSync(new URL(name, DIR), 'utf8');
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

const API = 'https://public.api.bsky.app';
const MIRROR = 'http://bsky-mirror.test:8080';
const HANDLE = 'maisonexemple.bsky.social';
const DID = 'did:plc:mx7brandq4cz2exemple0001';
const TARGET = { platform: 'bluesky' as const, handle: HANDLE, url: `https://bsky.app/profile/${HANDLE}` };
const NOW = new Date('2026-10-08T12:00:00Z');
const uri = (did: string, rkey: string): string => `at://${did}/app.bsky.feed.post/${rkey}`;
const P3 = uri(DID, '3lbp3post0001');
const P1 = uri(DID, '3lbp1post0003');
const Q = uri('did:plc:anne4fan0000000000000001', '3lbqfanq0001');

let agent: MockAgent;
let client: HttpClient | undefined;

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
});

afterEach(async () => {
  await client?.close();
  client = undefined;
  await agent.close();
});

function context(opts: { days?: number; maxPosts?: number; env?: NodeJS.ProcessEnv; http?: HttpOptions } = {}): SourceContext {
  client = createHttpClient({ respectRobots: false, dispatcher: agent, maxRetryAfterMs: 0, ...opts.http });
  const days = opts.days ?? 30;
  return {
    http: client,
    window: { from: new Date(NOW.getTime() - days * 86_400_000), to: NOW, days },
    maxPosts: opts.maxPosts ?? 200,
    env: opts.env ?? {},
  };
}

/** A MockAgent path matcher: this XRPC method with exactly these params (others absent unless listed). */
function xrpc(method: string, params: Record<string, string | undefined>): (path: string) => boolean {
  return (path) => {
    const url = new URL(path, 'http://x');
    if (url.pathname !== `/xrpc/${method}`) return false;
    return Object.entries(params).every(([k, v]) => url.searchParams.get(k) === (v ?? null));
  };
}

function reply(origin: string, path: (p: string) => boolean, status: number, body: string, times = 1): void {
  agent.get(origin).intercept({ path }).reply(status, body, { headers: JSON_HEADERS }).times(times);
}

const FEED = { actor: DID, filter: 'posts_with_replies', limit: '100' };

/** The full happy path: profile, two feed pages, three threads. */
function happyPath(origin = API): void {
  reply(origin, xrpc('app.bsky.actor.getProfile', { actor: HANDLE }), 200, raw('profile.json'));
  reply(origin, xrpc('app.bsky.feed.getAuthorFeed', { ...FEED, cursor: undefined }), 200, raw('feed-page1.json'));
  reply(origin, xrpc('app.bsky.feed.getAuthorFeed', { ...FEED, cursor: '2026-10-01T09:00:00.000Z' }), 200, raw('feed-page2.json'));
  const thread = (u: string) => xrpc('app.bsky.feed.getPostThread', { uri: u, depth: '100', parentHeight: '0' });
  reply(origin, thread(P3), 200, raw('thread-p3.json'));
  reply(origin, thread(Q), 200, raw('thread-q.json'));
  reply(origin, thread(P1), 200, raw('thread-p1.json'));
}

const byId = (posts: Post[], id: string): Post | undefined => posts.find((p) => p.id === id);

describe('collectBluesky: a full read', () => {
  it('maps the profile and every post field', async () => {
    happyPath();
    const conv = await collectBluesky(TARGET, context());
    agent.assertNoPendingInterceptors();
    expect(conv).toMatchObject({
      platform: 'bluesky',
      handle: HANDLE,
      url: TARGET.url,
      source: 'bluesky',
      status: 'ok',
      brandId: DID,
      window: { from: '2026-09-08T12:00:00.000Z', to: '2026-10-08T12:00:00.000Z', days: 30 },
    });
    expect(conv.profile).toEqual({
      exists: true,
      displayName: 'Maison Exemple',
      followers: 1520,
      posts: 248,
      createdAt: '2024-02-14T10:00:00.000Z',
      lastPostAt: '2026-10-07T09:00:00.000Z',
      bio: 'Linge de maison et objets du quotidien, fabriqués en France. Une question ? https://aide.maison-exemple.test/contact ou www.maison-exemple.test.',
      links: ['https://aide.maison-exemple.test/contact', 'https://www.maison-exemple.test/'],
    });
    expect(byId(conv.posts, P3)).toEqual({
      id: P3,
      url: `https://bsky.app/profile/${HANDLE}/post/3lbp3post0001`,
      platform: 'bluesky',
      author: { id: DID, handle: HANDLE, role: 'brand' },
      createdAt: '2026-10-07T09:00:00.000Z',
      text: 'Nouvelle collection de plaids en lin lavé 🧺 Dites-nous quelle couleur vous préférez !',
      root: P3,
      metrics: { likes: 42, replies: 4, reposts: 5 },
    });
    const answer = byId(conv.posts, uri(DID, '3lbt3brand01'));
    expect(answer).toMatchObject({
      author: { id: DID, role: 'brand' },
      replyTo: uri('did:plc:anne4fan0000000000000001', '3lbt3anne001'),
      root: P3,
      createdAt: '2026-10-07T10:20:00.000Z',
    });
    const question = byId(conv.posts, uri('did:plc:anne4fan0000000000000001', '3lbt3anne001'));
    expect(question).toMatchObject({
      author: { id: 'did:plc:anne4fan0000000000000001', handle: 'anne-l.bsky.social', role: 'fan' },
      text: 'Est-ce que vous livrez en Belgique',
      replyTo: P3,
      root: P3,
      metrics: { likes: 0, replies: 2, reposts: 0 },
    });
  });

  it('reads both feed pages and stops at the window start (no third page asked)', async () => {
    happyPath();
    const conv = await collectBluesky(TARGET, context());
    const ids = conv.posts.map((p) => p.id);
    expect(ids).toContain(P1); // page 2
    expect(ids).not.toContain(uri(DID, '3lbp0post0004')); // 2026-09-01: before the window
    expect(conv.posts).toHaveLength(13);
    // Sorted oldest first, no duplicates (R1 is in the feed and in Anne's thread).
    const times = conv.posts.map((p) => p.createdAt);
    expect([...times].sort()).toEqual(times);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("records the brand's repost of a fan's photo as a repostOf item, and skips reposts of itself", async () => {
    happyPath();
    const conv = await collectBluesky(TARGET, context());
    const reposts = conv.posts.filter((p) => p.repostOf);
    expect(reposts).toEqual([
      {
        id: `at://${DID}/app.bsky.feed.repost/3lbrepost0001`,
        url: 'https://bsky.app/profile/chloe-deco.bsky.social/post/3lbphoto00001',
        platform: 'bluesky',
        author: { id: DID, handle: HANDLE, role: 'brand' },
        createdAt: '2026-10-06T10:00:00.000Z',
        text: 'Mon salon avec le coussin velours côtelé 😍',
        root: `at://${DID}/app.bsky.feed.repost/3lbrepost0001`,
        metrics: { likes: 0, replies: 0, reposts: 0 },
        repostOf: { id: uri('did:plc:chloe6fan000000000000003', '3lbphoto00001'), handle: 'chloe-deco.bsky.social', role: 'fan' },
      },
    ]);
    // The fan's original is not a post of the conversation, and the brand's self-repost left no trace.
    expect(byId(conv.posts, uri('did:plc:chloe6fan000000000000003', '3lbphoto00001'))).toBeUndefined();
    expect(conv.posts.some((p) => p.id.includes('3lbpXpost0005'))).toBe(false);
  });

  it('flattens threads: nested replies, deleted and blocked posts counted, replies after the window end dropped', async () => {
    happyPath();
    const conv = await collectBluesky(TARGET, context());
    const thread = conv.posts.filter((p) => p.root === P3 && p.id !== P3);
    expect(thread.map((p) => [p.author.handle, p.replyTo?.split('/').pop()])).toEqual([
      ['anne-l.bsky.social', '3lbp3post0001'],
      ['maisonexemple.bsky.social', '3lbt3anne001'],
      ['bruno.bsky.social', '3lbt3anne001'], // fan answering a fan
      ['chloe-deco.bsky.social', '3lbp3post0001'],
      ['did:plc:david7fan000000000000004', '3lbt3chloe01'], // reply to a reply; handle.invalid → DID
    ]);
    expect(byId(conv.posts, uri('did:plc:david7fan000000000000004', '3lbt3david01'))?.url).toBe(
      'https://bsky.app/profile/did:plc:david7fan000000000000004/post/3lbt3david01',
    );
    expect(conv.posts.some((p) => p.id.endsWith('3lbt3late001'))).toBe(false);
    expect(conv.notes).toEqual([
      { code: 'bluesky.deleted-skipped', data: { count: 1 } },
      { code: 'bluesky.blocked-skipped', data: { count: 1 } },
    ]);
  });

  it("fetches the root thread of the brand's replies, giving the fan's question it answered", async () => {
    happyPath();
    const conv = await collectBluesky(TARGET, context());
    expect(byId(conv.posts, Q)).toMatchObject({
      author: { handle: 'anne-l.bsky.social', role: 'fan' },
      text: '@maisonexemple.bsky.social comment je fais pour être remboursé',
      root: Q,
    });
    expect(byId(conv.posts, uri(DID, '3lbr1reply001'))).toMatchObject({ replyTo: Q, root: Q, author: { role: 'brand' } });
  });

  it('keeps a reply to a kept post whatever its (client-set) date, up to the window end', async () => {
    // record.createdAt is written by the poster's app: Bruno's clock is a year late, yet he answers a kept post.
    const thread = JSON.parse(raw('thread-p3.json')) as { thread: { replies: { post: { record: { createdAt: string } } }[] } };
    const skewed = JSON.parse(JSON.stringify(thread)) as typeof thread;
    const anne = skewed.thread.replies[0] as unknown as { replies: { post: { uri: string; record: { createdAt: string } } }[] };
    anne.replies[1].post.record.createdAt = '2025-10-07T11:00:00.000Z';
    reply(API, xrpc('app.bsky.actor.getProfile', { actor: HANDLE }), 200, raw('profile.json'));
    reply(API, xrpc('app.bsky.feed.getAuthorFeed', { ...FEED, cursor: undefined }), 200, raw('feed-page1.json'));
    reply(API, xrpc('app.bsky.feed.getPostThread', { uri: P3, depth: '100', parentHeight: '0' }), 200, JSON.stringify(skewed));
    const conv = await collectBluesky(TARGET, context({ days: 3 }));
    expect(byId(conv.posts, anne.replies[1].post.uri)).toMatchObject({ createdAt: '2025-10-07T11:00:00.000Z', author: { role: 'fan' } });
  });

  it('reads through BRAND_AUDIT_BLUESKY_API', async () => {
    happyPath(MIRROR);
    const conv = await collectBluesky(TARGET, context({ env: { BRAND_AUDIT_BLUESKY_API: `${MIRROR}/` } }));
    expect(conv.status).toBe('ok');
    expect(conv.posts).toHaveLength(13);
  });
});

describe('collectBluesky: bounds', () => {
  it('stops at the window start within the first page (page 2 never asked)', async () => {
    reply(API, xrpc('app.bsky.actor.getProfile', { actor: HANDLE }), 200, raw('profile.json'));
    reply(API, xrpc('app.bsky.feed.getAuthorFeed', { ...FEED, cursor: undefined }), 200, raw('feed-page1.json'));
    reply(API, xrpc('app.bsky.feed.getPostThread', { uri: P3, depth: '100', parentHeight: '0' }), 200, raw('thread-p3.json'));
    // Window from 2026-10-05T12:00: R1 (10-05 08:45) is older, so the feed ends there.
    const conv = await collectBluesky(TARGET, context({ days: 3 }));
    agent.assertNoPendingInterceptors();
    expect(conv.status).toBe('ok');
    expect(conv.posts.filter((p) => p.author.role === 'brand').map((p) => p.id.split('/').pop())).toEqual([
      '3lbrepost0001',
      '3lbp3post0001',
      '3lbt3brand01',
    ]);
  });

  it('stops at --max-posts with status partial and says so', async () => {
    reply(API, xrpc('app.bsky.actor.getProfile', { actor: HANDLE }), 200, raw('profile.json'));
    reply(API, xrpc('app.bsky.feed.getAuthorFeed', { ...FEED, cursor: undefined }), 200, raw('feed-page1.json'));
    reply(API, xrpc('app.bsky.feed.getPostThread', { uri: P3, depth: '100', parentHeight: '0' }), 200, raw('thread-p3.json'));
    const conv = await collectBluesky(TARGET, context({ maxPosts: 2 }));
    agent.assertNoPendingInterceptors();
    expect(conv.status).toBe('partial');
    expect(conv.notes?.[0]).toEqual({ code: 'social.max-posts', data: { maxPosts: 2 } });
    expect(conv.posts.some((p) => p.id === uri(DID, '3lbr1reply001'))).toBe(false);
    expect(conv.posts.some((p) => p.repostOf)).toBe(true);
  });
});

describe('collectBluesky: failures', () => {
  it('reports a missing profile as not-found', async () => {
    reply(API, xrpc('app.bsky.actor.getProfile', { actor: HANDLE }), 400, raw('profile-not-found.json'));
    const conv = await collectBluesky(TARGET, context());
    expect(conv).toMatchObject({
      status: 'not-found',
      notes: [{ code: 'bluesky.no-account', data: { actor: HANDLE, apiError: 'NotFound' } }],
      posts: [],
    });
    expect(conv.profile).toBeUndefined();
  });

  it('names a taken-down account by the error name the API gives', async () => {
    const body = JSON.stringify({ error: 'AccountTakedown', message: 'Account has been suspended (Takedown)' });
    reply(API, xrpc('app.bsky.actor.getProfile', { actor: HANDLE }), 400, body);
    const conv = await collectBluesky(TARGET, context());
    expect(conv.notes).toEqual([{ code: 'bluesky.no-account', data: { actor: HANDLE, apiError: 'AccountTakedown' } }]);
  });

  it("keeps the API's error name, never its message (the server's words), in the note", async () => {
    const body = JSON.stringify({ error: 'InvalidRequest', message: 'Error: actor must be a valid did or a handle' });
    reply(API, xrpc('app.bsky.actor.getProfile', { actor: HANDLE }), 400, body);
    const conv = await collectBluesky(TARGET, context());
    expect(conv).toMatchObject({
      status: 'error',
      notes: [{ code: 'social.http-error', data: { endpoint: 'app.bsky.actor.getProfile', status: 400, apiError: 'InvalidRequest' } }],
    });
    expect(JSON.stringify(conv)).not.toContain('must be a valid');
  });

  it('reports a final 429 on the profile as rate-limited', async () => {
    agent
      .get(API)
      .intercept({ path: xrpc('app.bsky.actor.getProfile', { actor: HANDLE }) })
      .reply(429, raw('rate-limited.json'), { headers: { ...JSON_HEADERS, 'retry-after': '0' } })
      .times(3);
    const conv = await collectBluesky(TARGET, context());
    agent.assertNoPendingInterceptors();
    expect(conv.status).toBe('rate-limited');
    // Retries spent, the HTTP layer keeps the status and drops the body: the status is all there is to say.
    expect(conv.notes).toEqual([{ code: 'social.rate-limited', data: { endpoint: 'app.bsky.actor.getProfile', status: 429 } }]);
  });

  it('keeps what was read when the feed is rate-limited on page 2', async () => {
    reply(API, xrpc('app.bsky.actor.getProfile', { actor: HANDLE }), 200, raw('profile.json'));
    reply(API, xrpc('app.bsky.feed.getAuthorFeed', { ...FEED, cursor: undefined }), 200, raw('feed-page1.json'));
    agent
      .get(API)
      .intercept({ path: xrpc('app.bsky.feed.getAuthorFeed', { ...FEED, cursor: '2026-10-01T09:00:00.000Z' }) })
      .reply(429, raw('rate-limited.json'), { headers: { ...JSON_HEADERS, 'retry-after': '0' } })
      .times(3);
    // A rate limit stops the thread requests too: none is set up, so one would fail the test with a network error.
    const conv = await collectBluesky(TARGET, context());
    agent.assertNoPendingInterceptors();
    expect(conv.status).toBe('rate-limited');
    expect(conv.notes).toEqual([{ code: 'social.rate-limited', data: { endpoint: 'app.bsky.feed.getAuthorFeed', status: 429 } }]);
    expect(conv.posts.map((p) => p.id.split('/').pop()).sort()).toEqual(['3lbp2post0002', '3lbp3post0001', '3lbr1reply001', '3lbrepost0001']);
    expect(conv.profile?.followers).toBe(1520);
  });

  it('reports malformed JSON as an error naming the endpoint', async () => {
    reply(API, xrpc('app.bsky.actor.getProfile', { actor: HANDLE }), 200, raw('profile.json'));
    reply(API, xrpc('app.bsky.feed.getAuthorFeed', { ...FEED, cursor: undefined }), 200, raw('malformed-feed.txt'));
    const conv = await collectBluesky(TARGET, context());
    expect(conv.status).toBe('error');
    expect(conv.notes).toEqual([{ code: 'social.request-failed', data: { endpoint: 'app.bsky.feed.getAuthorFeed', failure: 'bad-json' } }]);
    expect(conv.posts).toEqual([]);
    expect(conv.profile?.exists).toBe(true);
  });

  it('reports a 500 on a thread as an error but keeps the feed and the other threads', async () => {
    reply(API, xrpc('app.bsky.actor.getProfile', { actor: HANDLE }), 200, raw('profile.json'));
    reply(API, xrpc('app.bsky.feed.getAuthorFeed', { ...FEED, cursor: undefined }), 200, raw('feed-page1.json'));
    reply(API, xrpc('app.bsky.feed.getAuthorFeed', { ...FEED, cursor: '2026-10-01T09:00:00.000Z' }), 200, raw('feed-page2.json'));
    const thread = (u: string) => xrpc('app.bsky.feed.getPostThread', { uri: u, depth: '100', parentHeight: '0' });
    reply(API, thread(P3), 500, raw('server-error.json'), 3);
    reply(API, thread(Q), 400, raw('thread-not-found.json'));
    reply(API, thread(P1), 200, raw('thread-p1.json'));
    const conv = await collectBluesky(TARGET, context());
    agent.assertNoPendingInterceptors();
    expect(conv.status).toBe('error');
    expect(conv.notes).toEqual([
      { code: 'social.http-error', data: { endpoint: 'app.bsky.feed.getPostThread', status: 500 } },
      { code: 'bluesky.threads-gone', data: { count: 1 } },
    ]);
    expect(byId(conv.posts, P3)).toBeDefined();
    expect(byId(conv.posts, uri(DID, '3lbt1brand01'))).toBeDefined();
    expect(conv.posts.some((p) => p.root === P3 && p.id !== P3)).toBe(false);
  });

  it('reports a 500 on the profile as an error', async () => {
    reply(API, xrpc('app.bsky.actor.getProfile', { actor: HANDLE }), 500, raw('server-error.json'), 3);
    const conv = await collectBluesky(TARGET, context());
    agent.assertNoPendingInterceptors();
    expect(conv).toMatchObject({ status: 'error', posts: [] });
    // The HTTP layer retried the 500s and dropped the last body: the status is all there is to say.
    expect(conv.notes).toEqual([{ code: 'social.http-error', data: { endpoint: 'app.bsky.actor.getProfile', status: 500 } }]);
  });
});

describe('collectBluesky: the demo API through the real fixture server', () => {
  // The conversations fixtures/social/README.md documents: question → minutes to the brand's first reply (null:
  // unanswered), and the one question younger than 24 h.
  const QUESTIONS: [string, number | null][] = [
    ['On peut le mettre au sèche-linge ?', 45],
    ['Est-ce que vous livrez en Belgique', 240],
    ["Le code ne marche pas sur le panier, c'est normal ?", 20],
    ['comment je fais pour être remboursé', 1320],
    ['Elle passe au lave-vaisselle ?', null],
    ['Vous faites des draps en percale ?', 100],
    ['Vous ouvrez une boutique à Bordeaux un jour ?', null],
    ['Est-ce que le plaid existe en grand format', null],
    ['@maisonexemple.bsky.social bonjour, vous avez des housses de couette en 240x220 ?', 12],
    ["@maisonexemple.bsky.social comment je fais pour être remboursé d'un article arrivé abîmé", 50],
  ];

  it('reads the documented conversations, both feed pages, the repost and the skipped thread items', async () => {
    const server = await startFixtureServer({ root: fileURLToPath(new URL('../../../fixtures/sites/', import.meta.url)) });
    const http = createHttpClient({ resolve: server.resolve, retries: 0 });
    try {
      const to = new Date();
      const ctx: SourceContext = {
        http,
        window: { from: new Date(to.getTime() - 30 * 86_400_000), to, days: 30 },
        maxPosts: 200,
        env: { BRAND_AUDIT_BLUESKY_API: server.origin('bsky-api.test'), BRAND_AUDIT_MASTODON_API: server.origin('mastodon-api.test') },
      };
      const conv = await collectBluesky(TARGET, ctx);
      expect(conv).toMatchObject({ status: 'ok', brandId: 'did:plc:mx4exempl3brand7q2k5zaaa', profile: { followers: 1240, posts: 186 } });
      expect(conv.notes).toEqual([
        { code: 'bluesky.deleted-skipped', data: { count: 1 } },
        { code: 'bluesky.blocked-skipped', data: { count: 1 } },
      ]);
      expect(conv.profile?.links).toEqual(['https://aide.maison-exemple.test/contact']);
      expect(conv.posts).toHaveLength(48);
      const brandRoots = conv.posts.filter((p) => p.author.role === 'brand' && p.root === p.id && !p.repostOf);
      expect(brandRoots).toHaveLength(14);
      expect(conv.posts.filter((p) => p.repostOf).map((p) => p.repostOf?.handle)).toEqual(['lea-deco.bsky.social']);
      expect(conv.posts.some((p) => p.text.startsWith("C'est la rentrée"))).toBe(false); // d-45: before the window

      for (const [text, minutes] of QUESTIONS) {
        const question = conv.posts.find((p) => p.text === text);
        expect(question, text).toBeDefined();
        expect(question?.author.role).toBe('fan');
        const inSubtree = (p: Post): boolean => {
          for (let cur: Post | undefined = p; cur?.replyTo; cur = conv.posts.find((x) => x.id === cur?.replyTo)) {
            if (cur.replyTo === question?.id) return true;
          }
          return false;
        };
        const replies = conv.posts.filter((p) => p.author.role === 'brand' && inSubtree(p)).map((p) => Date.parse(p.createdAt));
        const first = replies.length ? (Math.min(...replies) - Date.parse(question!.createdAt)) / 60_000 : null;
        expect(first, text).toBe(minutes);
      }
      const young = conv.posts.find((p) => p.text === 'Est-ce que le plaid existe en grand format')!;
      expect(to.getTime() - Date.parse(young.createdAt)).toBeLessThan(86_400_000);
      expect(to.getTime() - Date.parse(young.createdAt)).toBeGreaterThanOrEqual(0);
    } finally {
      await http.close();
      await server.close();
    }
  });
});
