// Tests of the Mastodon source against undici's MockAgent serving the recorded-shape fixtures of
// fixtures/social/mastodon: field mapping, Link paging and window cut, --max-posts, contexts, failures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectMastodon, mastodonAccountOf } from '../../../src/collect/social/mastodon.js';
import type { SourceContext } from '../../../src/collect/social/types.js';
import { startFixtureServer } from '../../../src/demo/fixture-server.js';
import { createHttpClient, type HttpClient } from '../../../src/http/client.js';
import type { Post } from '../../../src/snapshot/types.js';

const DIR = new URL('../../../fixtures/social/mastodon/', import.meta.url);
const raw = (name: string): string => readFileSync(new URL(name, DIR), 'utf8');
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

const ORIGIN = 'https://mastodon.social';
const MIRROR = 'http://mastodon-mirror.test:8080';
const TARGET = { platform: 'mastodon' as const, handle: 'maisonexemple@mastodon.social', url: 'https://mastodon.social/@maisonexemple' };
const ID = '109876543210000001';
const NOW = new Date('2026-10-08T12:00:00Z');
const FIRST_PAGE = `/api/v1/accounts/${ID}/statuses?limit=40&exclude_reblogs=false`;
const SECOND_PAGE = `/api/v1/accounts/${ID}/statuses?limit=40&exclude_reblogs=false&max_id=113300000000000002`;
const THIRD_PAGE = `/api/v1/accounts/${ID}/statuses?limit=40&exclude_reblogs=false&max_id=113200000000000001`;

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

function context(opts: { days?: number; maxPosts?: number; env?: NodeJS.ProcessEnv } = {}): SourceContext {
  client = createHttpClient({ respectRobots: false, dispatcher: agent, maxRetryAfterMs: 0 });
  const days = opts.days ?? 30;
  return {
    http: client,
    window: { from: new Date(NOW.getTime() - days * 86_400_000), to: NOW, days },
    maxPosts: opts.maxPosts ?? 200,
    env: opts.env ?? {},
  };
}

function reply(origin: string, path: string, status: number, body: string, headers: Record<string, string> = {}, times = 1): void {
  agent.get(origin).intercept({ path }).reply(status, body, { headers: { ...JSON_HEADERS, ...headers } }).times(times);
}

const next = (origin: string, path: string): Record<string, string> => ({
  link: `<${origin}${path}>; rel="next", <${origin}/api/v1/accounts/${ID}/statuses?min_id=113300000000000005>; rel="prev"`,
});

/** Lookup, two pages of statuses (the second one's Link is never followed: it reaches the window start). */
function happyPath(origin = ORIGIN, linkOrigin = origin): void {
  reply(origin, '/api/v1/accounts/lookup?acct=maisonexemple', 200, raw('account.json'));
  reply(origin, FIRST_PAGE, 200, raw('statuses-page1.json'), next(linkOrigin, SECOND_PAGE));
  reply(origin, SECOND_PAGE, 200, raw('statuses-page2.json'), next(linkOrigin, THIRD_PAGE));
  reply(origin, '/api/v1/statuses/113300000000000005/context', 200, raw('context-s5.json'));
  reply(origin, '/api/v1/statuses/113300000000000003/context', 200, raw('context-s3.json'));
  reply(origin, '/api/v1/statuses/113300000000000001/context', 200, raw('context-s1.json'));
}

const byId = (posts: Post[], id: string): Post | undefined => posts.find((p) => p.id === id);

describe('mastodonAccountOf', () => {
  it('reads name and server from the handle or the profile URL', () => {
    expect(mastodonAccountOf(TARGET)).toEqual({ name: 'maisonexemple', server: 'mastodon.social' });
    expect(mastodonAccountOf({ handle: '', url: 'https://Piaille.test/@anne' })).toEqual({ name: 'anne', server: 'piaille.test' });
    expect(mastodonAccountOf({ handle: '@bruno@masto.test', url: '' })).toEqual({ name: 'bruno', server: 'masto.test' });
    expect(mastodonAccountOf({ handle: 'nobody', url: 'https://example.test/users' })).toBeUndefined();
  });
});

describe('collectMastodon: a full read', () => {
  it('maps the account and every status field', async () => {
    happyPath();
    const conv = await collectMastodon(TARGET, context());
    agent.assertNoPendingInterceptors();
    expect(conv).toMatchObject({ platform: 'mastodon', source: 'mastodon', status: 'ok', brandId: ID, handle: TARGET.handle });
    expect(conv.notes).toBeUndefined();
    expect(conv.profile).toEqual({
      exists: true,
      displayName: 'Maison Exemple',
      followers: 860,
      posts: 312,
      createdAt: '2023-01-15T00:00:00.000Z',
      lastPostAt: '2026-10-07T00:00:00.000Z',
      bio: 'Linge de maison fabriqué en France. Aide : https://aide.maison-exemple.test/contact #lin',
      links: ['https://aide.maison-exemple.test/contact', 'https://www.maison-exemple.test/'],
    });
    expect(byId(conv.posts, '113300000000000005')).toEqual({
      id: '113300000000000005',
      url: 'https://mastodon.social/@maisonexemple/113300000000000005',
      platform: 'mastodon',
      author: { id: ID, handle: 'maisonexemple@mastodon.social', role: 'brand' },
      createdAt: '2026-10-07T09:00:00.000Z',
      text: 'Nouveau : la lampe atelier en laiton & verre soufflé. Vos avis nous intéressent ! https://www.maison-exemple.test/produits/lampe-atelier-laiton',
      root: '113300000000000005',
      metrics: { likes: 31, replies: 5, reposts: 4 },
    });
    // A content warning leads the text; &#39; is decoded.
    expect(byId(conv.posts, '113300000000000002')?.text).toBe('Soldes — -20 % sur le linge de lit jusqu\'à dimanche.');
  });

  it('follows the Link header to page 2 and stops at the window start', async () => {
    happyPath();
    const conv = await collectMastodon(TARGET, context());
    const ids = conv.posts.map((p) => p.id);
    expect(ids).toContain('113300000000000001'); // page 2
    expect(ids).not.toContain('113200000000000001'); // 2026-09-01, before the window
    expect(conv.posts).toHaveLength(13);
    expect([...conv.posts.map((p) => p.createdAt)].sort()).toEqual(conv.posts.map((p) => p.createdAt));
  });

  it("records the brand's boost of a fan's status as repostOf, and skips boosts of itself", async () => {
    happyPath();
    const conv = await collectMastodon(TARGET, context());
    expect(conv.posts.filter((p) => p.repostOf)).toEqual([
      {
        id: '113300000000000004',
        url: 'https://masto.test/@chloe/113299000000000001',
        platform: 'mastodon',
        author: { id: ID, handle: 'maisonexemple@mastodon.social', role: 'brand' },
        createdAt: '2026-10-06T10:00:00.000Z',
        text: 'Mon coin lecture avec le plaid en lin 😍',
        root: '113300000000000004',
        metrics: { likes: 0, replies: 0, reposts: 0 },
        repostOf: { id: '113299000000000001', handle: 'chloe@masto.test', role: 'fan' },
      },
    ]);
    expect(byId(conv.posts, '113300000000000000')).toBeUndefined();
  });

  it('flattens contexts: nested replies, fans answering fans, control characters dropped, late replies dropped', async () => {
    happyPath();
    const conv = await collectMastodon(TARGET, context());
    const thread = conv.posts.filter((p) => p.root === '113300000000000005' && p.id !== '113300000000000005');
    expect(thread.map((p) => [p.author.handle, p.author.role, p.replyTo])).toEqual([
      ['anne@piaille.test', 'fan', '113300000000000005'],
      ['maisonexemple@mastodon.social', 'brand', '113300100000000001'],
      ['bruno@mastodon.social', 'fan', '113300100000000001'],
      ['chloe@masto.test', 'fan', '113300000000000005'],
      ['david@mastodon.social', 'fan', '113300100000000004'],
    ]);
    expect(byId(conv.posts, '113300100000000005')?.text).toBe('Pareil pour moi !');
    expect(byId(conv.posts, '113300100000000006')).toBeUndefined();
  });

  it("reads the ancestors of the brand's replies: the fan's question, and the thread's root for everyone", async () => {
    happyPath();
    const conv = await collectMastodon(TARGET, context());
    const question = '113298000000000001';
    expect(byId(conv.posts, question)).toMatchObject({
      author: { handle: 'anne@piaille.test', role: 'fan' },
      text: '@maisonexemple comment je fais pour être remboursé',
      root: question,
    });
    expect(byId(conv.posts, question)?.replyTo).toBeUndefined();
    expect(byId(conv.posts, '113300000000000003')).toMatchObject({ replyTo: question, root: question, author: { role: 'brand' } });
    expect(byId(conv.posts, '113300200000000001')).toMatchObject({ replyTo: '113300000000000003', root: question });
  });

  it('reads through BRAND_AUDIT_MASTODON_API, following Link headers that name the mirror', async () => {
    happyPath(MIRROR);
    const conv = await collectMastodon(TARGET, context({ env: { BRAND_AUDIT_MASTODON_API: MIRROR } }));
    agent.assertNoPendingInterceptors();
    expect([conv.status, conv.posts.length]).toEqual(['ok', 13]);
  });

  it("reads a mirror's pages when its Link headers still name the real server", async () => {
    happyPath(MIRROR, ORIGIN);
    const conv = await collectMastodon(TARGET, context({ env: { BRAND_AUDIT_MASTODON_API: MIRROR } }));
    agent.assertNoPendingInterceptors();
    expect([conv.status, conv.posts.length]).toEqual(['ok', 13]);
  });

  it('does not follow a Link to another origin', async () => {
    reply(ORIGIN, '/api/v1/accounts/lookup?acct=maisonexemple', 200, raw('account.json'));
    reply(ORIGIN, FIRST_PAGE, 200, raw('statuses-page1.json'), next('https://evil.test', SECOND_PAGE));
    reply(ORIGIN, '/api/v1/statuses/113300000000000005/context', 200, raw('context-s5.json'));
    reply(ORIGIN, '/api/v1/statuses/113300000000000003/context', 200, raw('context-s3.json'));
    const conv = await collectMastodon(TARGET, context());
    agent.assertNoPendingInterceptors();
    expect(conv.status).toBe('partial');
    expect(conv.notes).toEqual([{ code: 'mastodon.foreign-next-page', data: { origin: 'https://evil.test' } }]);
  });
});

describe('collectMastodon: bounds', () => {
  it('stops within page 1 when the window starts there', async () => {
    reply(ORIGIN, '/api/v1/accounts/lookup?acct=maisonexemple', 200, raw('account.json'));
    reply(ORIGIN, FIRST_PAGE, 200, raw('statuses-page1.json'), next(ORIGIN, SECOND_PAGE));
    reply(ORIGIN, '/api/v1/statuses/113300000000000005/context', 200, raw('context-s5.json'));
    reply(ORIGIN, '/api/v1/statuses/113300000000000003/context', 200, raw('context-s3.json'));
    // From 2026-10-02T12:00: S2 (10-01) is older, page 2 is never asked.
    const conv = await collectMastodon(TARGET, context({ days: 6 }));
    agent.assertNoPendingInterceptors();
    expect(conv.status).toBe('ok');
    expect(byId(conv.posts, '113300000000000002')).toBeUndefined();
  });

  it('stops at --max-posts with status partial', async () => {
    reply(ORIGIN, '/api/v1/accounts/lookup?acct=maisonexemple', 200, raw('account.json'));
    reply(ORIGIN, FIRST_PAGE, 200, raw('statuses-page1.json'), next(ORIGIN, SECOND_PAGE));
    reply(ORIGIN, '/api/v1/statuses/113300000000000005/context', 200, raw('context-s5.json'));
    const conv = await collectMastodon(TARGET, context({ maxPosts: 2 }));
    agent.assertNoPendingInterceptors();
    expect(conv.status).toBe('partial');
    expect(conv.notes).toEqual([{ code: 'social.max-posts', data: { maxPosts: 2 } }]);
    expect(conv.posts.filter((p) => p.author.role === 'brand' && p.root === p.id).map((p) => p.id)).toEqual([
      '113300000000000004',
      '113300000000000005',
    ]);
  });
});

describe('collectMastodon: failures', () => {
  it('reports an unknown account as not-found', async () => {
    reply(ORIGIN, '/api/v1/accounts/lookup?acct=maisonexemple', 404, raw('not-found.json'));
    const conv = await collectMastodon(TARGET, context());
    expect(conv).toMatchObject({
      status: 'not-found',
      notes: [{ code: 'mastodon.no-account', data: { name: 'maisonexemple', server: 'mastodon.social', status: 404 } }],
      posts: [],
    });
  });

  it('reports a server that requires sign-in as auth-required, never as an empty account', async () => {
    reply(ORIGIN, '/api/v1/accounts/lookup?acct=maisonexemple', 401, raw('unauthorized.json'));
    const conv = await collectMastodon(TARGET, context());
    expect(conv.status).toBe('auth-required');
    expect(conv.notes).toEqual([
      { code: 'mastodon.sign-in', data: { server: 'mastodon.social', endpoint: '/api/v1/accounts/lookup', status: 401 } },
    ]);
    expect(conv.profile).toBeUndefined();
  });

  it('reports auth-required when only the statuses need sign-in', async () => {
    reply(ORIGIN, '/api/v1/accounts/lookup?acct=maisonexemple', 200, raw('account.json'));
    reply(ORIGIN, FIRST_PAGE, 403, raw('unauthorized.json'));
    const conv = await collectMastodon(TARGET, context());
    expect(conv.status).toBe('auth-required');
    expect(conv.notes).toEqual([
      { code: 'mastodon.sign-in', data: { server: 'mastodon.social', endpoint: '/api/v1/accounts/:id/statuses', status: 403 } },
    ]);
    expect(conv.profile?.exists).toBe(true);
  });

  it('reports a final 429 as rate-limited and keeps page 1', async () => {
    reply(ORIGIN, '/api/v1/accounts/lookup?acct=maisonexemple', 200, raw('account.json'));
    reply(ORIGIN, FIRST_PAGE, 200, raw('statuses-page1.json'), next(ORIGIN, SECOND_PAGE));
    reply(ORIGIN, SECOND_PAGE, 429, raw('rate-limited.json'), { 'retry-after': '0' }, 3);
    const conv = await collectMastodon(TARGET, context());
    agent.assertNoPendingInterceptors();
    expect(conv.status).toBe('rate-limited');
    expect(conv.notes).toEqual([{ code: 'social.rate-limited', data: { endpoint: '/api/v1/accounts/:id/statuses', status: 429 } }]);
    expect(conv.posts.map((p) => p.id)).toEqual(['113300000000000002', '113300000000000003', '113300000000000004', '113300000000000005']);
  });

  it('reports malformed JSON as an error naming the endpoint', async () => {
    reply(ORIGIN, '/api/v1/accounts/lookup?acct=maisonexemple', 200, raw('account.json'));
    reply(ORIGIN, FIRST_PAGE, 200, raw('malformed-statuses.txt'));
    const conv = await collectMastodon(TARGET, context());
    expect(conv.status).toBe('error');
    expect(conv.notes).toEqual([{ code: 'social.request-failed', data: { endpoint: '/api/v1/accounts/:id/statuses', failure: 'bad-json' } }]);
  });

  it('reports a 500 on a context as an error, keeps the rest, and counts deleted statuses', async () => {
    reply(ORIGIN, '/api/v1/accounts/lookup?acct=maisonexemple', 200, raw('account.json'));
    reply(ORIGIN, FIRST_PAGE, 200, raw('statuses-page1.json'), next(ORIGIN, SECOND_PAGE));
    reply(ORIGIN, SECOND_PAGE, 200, raw('statuses-page2.json'));
    reply(ORIGIN, '/api/v1/statuses/113300000000000005/context', 500, raw('server-error.json'), {}, 3);
    reply(ORIGIN, '/api/v1/statuses/113300000000000003/context', 404, raw('not-found.json'));
    reply(ORIGIN, '/api/v1/statuses/113300000000000001/context', 200, raw('context-s1.json'));
    const conv = await collectMastodon(TARGET, context());
    agent.assertNoPendingInterceptors();
    expect(conv.status).toBe('error');
    expect(conv.notes).toEqual([
      { code: 'social.http-error', data: { endpoint: '/api/v1/statuses/:id/context', status: 500 } },
      { code: 'mastodon.statuses-gone', data: { count: 1 } },
    ]);
    expect(byId(conv.posts, '113300300000000001')).toBeDefined();
    expect(byId(conv.posts, '113300100000000001')).toBeUndefined();
  });

  it('reports a 500 on the lookup as an error', async () => {
    reply(ORIGIN, '/api/v1/accounts/lookup?acct=maisonexemple', 500, raw('server-error.json'), {}, 3);
    const conv = await collectMastodon(TARGET, context());
    agent.assertNoPendingInterceptors();
    expect(conv).toMatchObject({
      status: 'error',
      notes: [{ code: 'social.http-error', data: { endpoint: '/api/v1/accounts/lookup', status: 500 } }],
      posts: [],
    });
  });
});

describe('collectMastodon: the demo API through the real fixture server', () => {
  // The conversations fixtures/social/README.md documents: question → minutes to the brand's first reply (null:
  // unanswered), and the one question younger than 24 h.
  const QUESTIONS: [string, number | null][] = [
    ['Et pour les taches de vin, une astuce ?', 25],
    ['@maisonexemple vous livrez en Suisse', 360],
    ['Il faut réserver ?', 15],
    ['Quelle contenance exactement ?', null],
    ['comment je fais pour être remboursé si le colis arrive abîmé', 1140],
    ['@maisonexemple vous avez encore le plaid en lin moutarde ?', 40],
    ['Est-ce que vous faites des draps pour lit bébé', null],
  ];

  it('reads the documented conversations, both Link pages, the boost and the ancestors of replies', async () => {
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
      const conv = await collectMastodon(TARGET, ctx);
      expect(conv).toMatchObject({ status: 'ok', brandId: '109512345678900001', profile: { followers: 860, posts: 212 } });
      expect(conv.notes).toBeUndefined();
      expect(conv.profile?.links).toEqual(['https://aide.maison-exemple.test/contact', 'https://www.maison-exemple.test/']);
      expect(conv.posts).toHaveLength(39);
      expect(conv.posts.filter((p) => p.author.role === 'brand' && p.root === p.id && !p.repostOf)).toHaveLength(13);
      expect(conv.posts.filter((p) => p.repostOf).map((p) => p.repostOf?.handle)).toEqual(['sam@masto.test']);
      expect(conv.posts.some((p) => p.text.startsWith("C'est la rentrée"))).toBe(false); // d-40: before the window

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
      // Sam's mention is a fan's own post, read as the ancestor of the brand's reply: it roots its thread.
      const mention = conv.posts.find((p) => p.text.endsWith('plaid en lin moutarde ?'))!;
      expect(mention.root).toBe(mention.id);
      expect(conv.posts.filter((p) => p.root === mention.id).map((p) => p.author.role)).toEqual(['fan', 'brand']);
      const young = conv.posts.find((p) => p.text === 'Est-ce que vous faites des draps pour lit bébé')!;
      expect(to.getTime() - Date.parse(young.createdAt)).toBeLessThan(86_400_000);
    } finally {
      await http.close();
      await server.close();
    }
  });
});
