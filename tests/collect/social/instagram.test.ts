// Tests of the Instagram source against undici's MockAgent serving the demo's Graph API stand-in
// (fixtures/sites/maison-exemple/graph-api.test; oracle: fixtures/social/README.md): finding the professional
// account, media and comments with their paging, hidden authors, tokens and errors.
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectInstagram } from '../../../src/collect/social/instagram.js';
import type { SocialTarget, SourceContext } from '../../../src/collect/social/types.js';
import { createHttpClient, type HttpClient } from '../../../src/http/client.js';
import type { Post } from '../../../src/snapshot/types.js';
import { serveStandIn, standInOrigin, type RecordedRequest } from '../../support/mock-stand-in.js';

const NOW = new Date('2026-10-08T12:00:00Z');
const DAY = 86_400_000;
const GRAPH = standInOrigin('graph-api.test');
const IG = '17841400000000001';
const FB_TOKEN = 'EAAfakeUnitTestPageToken0123456789SECRET';
const IG_TOKEN = 'IGQVfakeUnitTestInstagramToken0123456789SECRET';
const TARGET: SocialTarget = { platform: 'instagram', handle: 'maisonexemple', url: 'https://www.instagram.com/maisonexemple' };
const PAGE_TARGET: SocialTarget = { platform: 'facebook', handle: 'maisonexemple', url: 'https://www.facebook.com/maisonexemple' };
const JSON_HEADERS = { 'content-type': 'application/json; charset=utf-8' };

let agent: MockAgent;
let http: HttpClient;
let log: RecordedRequest[];
let waits: number[];

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  http = createHttpClient({ respectRobots: false, dispatcher: agent, retries: 0 });
  log = [];
  waits = [];
});

afterEach(async () => {
  await http.close();
  await agent.close();
});

function ctx(opts: { env?: NodeJS.ProcessEnv; accounts?: SocialTarget[]; maxPosts?: number } = {}): SourceContext {
  return {
    http,
    window: { from: new Date(NOW.getTime() - 30 * DAY), to: NOW, days: 30 },
    maxPosts: opts.maxPosts ?? 200,
    env: { BRAND_AUDIT_GRAPH_API: GRAPH, FACEBOOK_ACCESS_TOKEN: FB_TOKEN, ...opts.env },
    accounts: opts.accounts ?? [PAGE_TARGET, TARGET],
    sleep: async (ms) => void waits.push(ms),
  };
}

const serve = (): RecordedRequest[] => serveStandIn(agent, 'graph-api.test', NOW, log);

function answer(pathname: string, status: number, body: unknown, opts: { times?: number; query?: Record<string, string> } = {}): void {
  agent
    .get(GRAPH)
    .intercept({
      path: (p) => {
        const u = new URL(p, GRAPH);
        return u.pathname === pathname && Object.entries(opts.query ?? {}).every(([k, v]) => u.searchParams.get(k) === v);
      },
      method: 'GET',
    })
    .reply((req) => {
      log.push({ host: 'graph-api.test', path: req.path });
      return { statusCode: status, data: JSON.stringify(body), responseOptions: { headers: JSON_HEADERS } };
    })
    .times(opts.times ?? 1);
}

const graphError = (code: number, subcode?: number) => ({ error: { message: 'synthetic', type: 'OAuthException', code, ...(subcode ? { error_subcode: subcode } : {}) } });
const byText = (posts: Post[], start: string): Post | undefined => posts.find((p) => p.text.startsWith(start));
const paths = (): string[] => log.map((r) => new URL(r.path, GRAPH).pathname);

describe('collectInstagram: the demo account', () => {
  it('finds the account through the brand’s Facebook Page and maps media, comments and replies', async () => {
    serve();
    const conv = await collectInstagram(TARGET, ctx());
    expect(conv).toMatchObject({ platform: 'instagram', source: 'instagram', status: 'ok', brandId: IG });
    expect(conv.notes).toBeUndefined();
    expect(conv.profile).toEqual({
      exists: true,
      displayName: 'Maison Exemple',
      followers: 8640,
      posts: 412,
      // The brand's latest post or reply: its answer to Sam under the newest media.
      lastPostAt: '2026-10-05T13:25:00.000Z',
      bio: 'Linge de maison fabriqué en France 🇫🇷 Une question ? https://aide.maison-exemple.test/contact',
      links: ['https://www.maison-exemple.test/', 'https://aide.maison-exemple.test/contact'],
    });
    // 5 media in the window (not the one of d-35), 13 comments and replies.
    expect(conv.posts).toHaveLength(18);
    const reel = byText(conv.posts, 'Les coulisses de notre atelier')!;
    expect(reel).toMatchObject({ id: '17900000000000004', url: 'https://www.instagram.com/p/DemoIgM4cQ/', kind: 'video', author: { role: 'brand', handle: 'maisonexemple' }, metrics: { likes: 388, replies: 4, reposts: 0 } });
    const question = byText(conv.posts, 'Vous proposez des visites')!;
    expect(question).toMatchObject({ author: { id: '17841400000000204', handle: 'antoine_p', role: 'fan' }, replyTo: reel.id, root: reel.id, url: reel.url, createdAt: '2026-09-30T11:00:00.000Z' });
    // Antoine's replies come on two pages: a fan's, then the brand's.
    expect(conv.posts.filter((p) => p.replyTo === question.id).map((p) => [p.author.role, p.createdAt])).toEqual([
      ['fan', '2026-09-30T11:30:00.000Z'],
      ['brand', '2026-09-30T12:30:00.000Z'],
    ]);
    // The second page of the reel's comments.
    expect(byText(conv.posts, 'Et @maisonexemple, vous livrez en Suisse')).toMatchObject({ replyTo: reel.id, author: { role: 'fan' } });
  });

  it('asks for comments only where there are some, follows every nested page, and never sends the token in a URL', async () => {
    serve();
    await collectInstagram(TARGET, ctx());
    expect(paths()).toEqual([
      '/v21.0/maisonexemple',
      `/v21.0/${IG}`,
      `/v21.0/${IG}/media`,
      '/v21.0/17900000000000005/comments',
      '/v21.0/17900000000000004/comments',
      '/v21.0/17900000000000004/comments',
      '/v21.0/17850000000400002/replies',
      `/v21.0/${IG}/media`,
      '/v21.0/17900000000000002/comments',
      '/v21.0/17900000000000001/comments',
    ]);
    for (const r of log) {
      expect(r.path).not.toContain('access_token');
      expect(r.authorization).toBe(`Bearer ${FB_TOKEN}`);
    }
  });

  it('prefers INSTAGRAM_ACCESS_TOKEN, and finds the account among the token’s Pages without a Facebook account', async () => {
    answer('/v21.0/me', 400, graphError(100));
    answer('/v21.0/me/accounts', 200, {
      data: [
        { id: '1', instagram_business_account: { id: '17841499999999999', username: 'autre.marque' } },
        { id: '104857600000001', instagram_business_account: { id: IG, username: 'MaisonExemple' } },
      ],
    });
    serve();
    const conv = await collectInstagram(TARGET, ctx({ env: { INSTAGRAM_ACCESS_TOKEN: IG_TOKEN }, accounts: [TARGET] }));
    expect(conv.status).toBe('ok');
    expect(conv.brandId).toBe(IG);
    expect(new Set(log.map((r) => r.authorization).filter(Boolean))).toEqual(new Set([`Bearer ${IG_TOKEN}`]));
  });

  it('says when the token reaches no professional account of that name', async () => {
    answer('/v21.0/maisonexemple', 200, { id: '104857600000001' }, { query: { fields: 'instagram_business_account{id,username}' } });
    answer('/v21.0/me', 200, { id: '104857600000001', instagram_business_account: { id: '1789', username: 'someone.else' } });
    answer('/v21.0/me/accounts', 400, graphError(100));
    const conv = await collectInstagram(TARGET, ctx());
    expect(conv).toMatchObject({ status: 'auth-required', posts: [] });
    expect(conv.notes).toEqual([{ code: 'instagram.no-business-account', data: { handle: 'maisonexemple', variable: 'FACEBOOK_ACCESS_TOKEN' } }]);
  });
});

describe('collectInstagram: errors and hidden authors', () => {
  it('an expired token is the account’s error, naming the variable it came from', async () => {
    answer('/v21.0/maisonexemple', 400, graphError(190, 463));
    const conv = await collectInstagram(TARGET, ctx({ env: { INSTAGRAM_ACCESS_TOKEN: IG_TOKEN } }));
    expect(conv.status).toBe('error');
    expect(conv.notes).toEqual([{ code: 'instagram.token-expired', data: { variable: 'INSTAGRAM_ACCESS_TOKEN' } }]);
  });

  it('a missing permission on the comments is the account’s error', async () => {
    answer('/v21.0/17900000000000005/comments', 403, graphError(10));
    serve();
    const conv = await collectInstagram(TARGET, ctx());
    expect(conv.status).toBe('error');
    expect(conv.notes?.[0]).toEqual({ code: 'instagram.permission-missing', data: { variable: 'FACEBOOK_ACCESS_TOKEN', endpoint: '/{ig-media-id}/comments', apiCode: 10 } });
  });

  it('throttling that persists stops the reading with what was read (partial)', async () => {
    answer(`/v21.0/${IG}/media`, 400, graphError(4), { query: { after: 'QVFIUm1lZGlhMg' }, times: 2 });
    serve();
    const conv = await collectInstagram(TARGET, ctx());
    expect(conv.status).toBe('partial');
    expect(conv.notes?.[0]).toEqual({ code: 'graph.rate-limited', data: { platform: 'instagram', endpoint: '/{ig-user-id}/media', apiCode: 4 } });
    expect(byText(conv.posts, 'Nouvelle collection de coussins')).toBeDefined();
    expect(byText(conv.posts, 'Astuce du jour')).toBeUndefined();
  });

  it('a comment with neither username nor from has an unknown author, counted in a note', async () => {
    answer(`/v21.0/${IG}/media`, 200, {
      data: [{ id: 'm1', caption: 'Une photo', timestamp: '2026-10-07T09:00:00+0000', permalink: 'https://www.instagram.com/p/x/', comments_count: 2 }],
    });
    answer('/v21.0/m1/comments', 200, {
      data: [
        { id: 'c1', text: 'Vous livrez en Suisse ?', timestamp: '2026-10-07T10:00:00+0000', username: 'fan.one', replies: { data: [{ id: 'c2', text: 'Oui !', timestamp: '2026-10-07T10:10:00+0000', parent_id: 'c1' }] } },
      ],
    });
    serve();
    const conv = await collectInstagram(TARGET, ctx());
    expect(conv.notes).toEqual([{ code: 'instagram.authors-hidden', data: { count: 1 } }]);
    expect(conv.posts.find((p) => p.id === 'c2')).toMatchObject({ author: { role: 'unknown' }, replyTo: 'c1', root: 'm1' });
    expect(conv.posts.find((p) => p.id === 'c1')).toMatchObject({ author: { role: 'fan', handle: 'fan.one' } });
  });
});
