// Tests of the Facebook Page source against undici's MockAgent serving the demo's Graph API stand-in
// (fixtures/sites/maison-exemple/graph-api.test, the oracle in fixtures/social/README.md): Page and posts, comments
// and replies with their own paging, visitors' posts, the window and --max-posts, token and permission errors,
// throttling, and where the token goes.
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectFacebook } from '../../../src/collect/social/facebook.js';
import { SLOW_DOWN_MS, THROTTLE_WAIT_MS } from '../../../src/collect/social/graph.js';
import type { SocialTarget, SourceContext } from '../../../src/collect/social/types.js';
import { createHttpClient, type HttpClient } from '../../../src/http/client.js';
import type { Post } from '../../../src/snapshot/types.js';
import { serveStandIn, standInOrigin, type RecordedRequest } from '../../support/mock-stand-in.js';

const NOW = new Date('2026-10-08T12:00:00Z');
const DAY = 86_400_000;
const GRAPH = standInOrigin('graph-api.test');
const PAGE = '104857600000001';
const TOKEN = 'EAAfakeUnitTestToken0123456789abcdefSECRET';
const TARGET: SocialTarget = { platform: 'facebook', handle: 'maisonexemple', url: 'https://www.facebook.com/maisonexemple' };
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

function ctx(opts: { days?: number; maxPosts?: number; env?: NodeJS.ProcessEnv; tokenVariables?: SourceContext['tokenVariables'] } = {}): SourceContext {
  const days = opts.days ?? 30;
  return {
    http,
    window: { from: new Date(NOW.getTime() - days * DAY), to: NOW, days },
    maxPosts: opts.maxPosts ?? 200,
    env: { BRAND_AUDIT_GRAPH_API: GRAPH, FACEBOOK_ACCESS_TOKEN: TOKEN, ...opts.env },
    ...(opts.tokenVariables ? { tokenVariables: opts.tokenVariables } : {}),
    sleep: async (ms) => void waits.push(ms),
  };
}

/** The stand-in answers everything not intercepted before. */
const serve = (): RecordedRequest[] => serveStandIn(agent, 'graph-api.test', NOW, log);

/** An answer to the first `times` requests for `pathname` (with `query` entries, when given), ahead of the stand-in. */
function answer(pathname: string, status: number, body: unknown, opts: { headers?: Record<string, string>; times?: number; query?: Record<string, string> } = {}): void {
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
      return { statusCode: status, data: JSON.stringify(body), responseOptions: { headers: { ...JSON_HEADERS, ...opts.headers } } };
    })
    .times(opts.times ?? 1);
}

const graphError = (code: number, subcode?: number) => ({
  error: { message: 'synthetic error', type: 'OAuthException', code, ...(subcode ? { error_subcode: subcode } : {}), fbtrace_id: 'AtestTrace' },
});

const byText = (posts: Post[], start: string): Post | undefined => posts.find((p) => p.text.startsWith(start));
const paths = (): string[] => log.map((r) => new URL(r.path, GRAPH).pathname);

describe('collectFacebook: the demo Page', () => {
  it('maps the Page, its posts, comments, replies and visitors’ posts', async () => {
    serve();
    const conv = await collectFacebook(TARGET, ctx());
    expect(conv).toMatchObject({ platform: 'facebook', source: 'facebook', status: 'ok', brandId: PAGE, handle: 'maisonexemple' });
    expect(conv.notes).toEqual([{ code: 'facebook.authors-hidden', data: { count: 1 } }]);
    expect(conv.profile).toEqual({
      exists: true,
      displayName: 'Maison Exemple',
      followers: 13210,
      lastPostAt: '2026-10-06T09:00:00.000Z',
      bio: 'Linge de maison et objets du quotidien, fabriqués en France. Service client du lundi au samedi : https://aide.maison-exemple.test/contact',
      links: ['https://www.maison-exemple.test/', 'https://aide.maison-exemple.test/contact', 'mailto:bonjour@maison-exemple.test', 'tel:+33199001234'],
    });
    // 5 Page posts in the window (the one of d-40 is not), 14 comments and replies, 3 visitors' posts and 2 comments.
    expect(conv.posts).toHaveLength(24);
    expect(conv.posts.filter((p) => p.replyTo === undefined).map((p) => p.author.role).sort()).toEqual(['brand', 'brand', 'brand', 'brand', 'brand', 'fan', 'fan', 'fan']);
    const post = byText(conv.posts, 'Nos 5 conseils')!;
    expect(post).toMatchObject({
      id: `${PAGE}_1223344556677002`,
      url: `https://www.facebook.com/${PAGE}/posts/1223344556677002/`,
      author: { id: PAGE, handle: 'maisonexemple', role: 'brand' },
      createdAt: '2026-09-18T09:00:00.000Z',
      root: post.id,
      metrics: { likes: 342, replies: 6, reposts: 41 },
    });
    const question = byText(conv.posts, 'Et pour les taches de vin')!;
    expect(question).toMatchObject({
      author: { id: '100000000000103', handle: 'Emma Petit', role: 'fan' },
      createdAt: '2026-09-18T10:00:00.000Z',
      replyTo: post.id,
      root: post.id,
      url: `https://www.facebook.com/${PAGE}/posts/1223344556677002/?comment_id=901234567800002`,
    });
    // Emma's replies come on two pages: a fan's, then the brand's.
    const replies = conv.posts.filter((p) => p.replyTo === question.id);
    expect(replies.map((p) => [p.author.role, p.createdAt])).toEqual([
      ['fan', '2026-09-18T10:20:00.000Z'],
      ['brand', '2026-09-18T11:15:00.000Z'],
    ]);
    // The comment of F2's second page, and its reply.
    expect(byText(conv.posts, 'Le plaid en lin existe')).toMatchObject({ replyTo: post.id, createdAt: '2026-09-19T08:00:00.000Z' });
    // A reply without `from`: neither the brand's nor a fan's.
    expect(byText(conv.posts, 'Bonjour Nina, oui')!.author).toEqual({ id: '', handle: '', role: 'unknown' });
    // A visitor's post is a fan's thread of its own.
    expect(byText(conv.posts, 'Vous ouvrez une boutique à Lille')).toMatchObject({ author: { role: 'fan', handle: 'Théo Girard' }, root: `${PAGE}_1334455667788002` });
  });

  it('follows each nested paging.next on the API host, without the access_token the links carry', async () => {
    serve();
    await collectFacebook(TARGET, ctx());
    expect(paths()).toEqual([
      '/v21.0/maisonexemple',
      `/v21.0/${PAGE}/posts`,
      `/v21.0/${PAGE}/posts`,
      `/v21.0/${PAGE}_1223344556677002/comments`,
      `/v21.0/1223344556677002_901234567800002/comments`,
      `/v21.0/${PAGE}/visitor_posts`,
    ]);
    // Posts stop at the window start: the third page is never asked for.
    expect(log.map((r) => r.path).filter((p) => p.includes('QVFIUnBvc3RzcDM'))).toEqual([]);
    for (const r of log) {
      expect(r.path).not.toContain('access_token');
      expect(r.authorization).toBe(`Bearer ${TOKEN}`);
    }
    // The window travels as since/until (epoch seconds).
    const first = new URL(log[1].path, GRAPH);
    expect(first.searchParams.get('since')).toBe(String((NOW.getTime() - 30 * DAY) / 1000));
    expect(first.searchParams.get('until')).toBe(String(NOW.getTime() / 1000));
  });

  it('keeps to a shorter window and to --max-posts, saying so', async () => {
    serve();
    // Ten days back from 2026-10-08 12:00: the posts of d-2 and d-6; d-12 ends the first page and the reading.
    const short = await collectFacebook(TARGET, ctx({ days: 10 }));
    expect(short.status).toBe('ok');
    expect(short.posts.filter((p) => p.author.role === 'brand' && p.replyTo === undefined)).toHaveLength(2);
    expect(paths().filter((p) => p.endsWith('/posts'))).toHaveLength(1);

    log.length = 0;
    const capped = await collectFacebook(TARGET, ctx({ maxPosts: 2 }));
    expect(capped.status).toBe('partial');
    expect(capped.notes).toContainEqual({ code: 'social.max-posts', data: { maxPosts: 2 } });
    expect(capped.posts.filter((p) => p.author.role === 'brand' && p.replyTo === undefined)).toHaveLength(2);
  });

  it('bounds the comments under a post by --max-posts too, saying so', async () => {
    const comment = (n: number) => ({ id: `1_${n}`, message: `Commentaire ${n}`, created_time: '2026-10-07T10:00:00+0000', from: { id: `9${n}`, name: `Fan ${n}` } });
    answer(`/v21.0/${PAGE}/posts`, 200, {
      data: [{ id: `${PAGE}_1`, message: 'Un message', created_time: '2026-10-07T09:00:00+0000', comments: { data: [comment(1), comment(2), comment(3)] } }],
    });
    answer(`/v21.0/${PAGE}/visitor_posts`, 200, { data: [] });
    serve();
    const conv = await collectFacebook(TARGET, ctx({ maxPosts: 2 }));
    expect(conv.status).toBe('partial');
    expect(conv.notes).toContainEqual({ code: 'social.max-comments', data: { maxPosts: 2 } });
    expect(conv.posts.map((p) => p.text)).toEqual(['Un message', 'Commentaire 1', 'Commentaire 2']);
  });

  it('reads with the variable a brand file names, and says which one is unset', async () => {
    serve();
    const conv = await collectFacebook(TARGET, ctx({ env: { FACEBOOK_ACCESS_TOKEN: undefined, ACME_FB_TOKEN: 'acme-token' }, tokenVariables: { facebook: 'ACME_FB_TOKEN' } }));
    expect(conv.status).toBe('ok');
    expect(new Set(log.map((r) => r.authorization))).toEqual(new Set(['Bearer acme-token']));

    const missing = await collectFacebook(TARGET, ctx({ env: { ACME_FB_TOKEN: '  ' }, tokenVariables: { facebook: 'ACME_FB_TOKEN' } }));
    expect(missing).toMatchObject({ status: 'no-source', source: 'none', posts: [] });
    expect(missing.notes).toEqual([{ code: 'social.token-unset', data: { platform: 'facebook', variable: 'ACME_FB_TOKEN' } }]);
    const none = await collectFacebook(TARGET, ctx({ env: { FACEBOOK_ACCESS_TOKEN: '' } }));
    expect(none.notes).toEqual([{ code: 'social.needs-token', data: { platform: 'facebook', variable: 'FACEBOOK_ACCESS_TOKEN' } }]);
  });
});

describe('collectFacebook: token and permission errors', () => {
  it('an expired token is the account’s error, with the variable to renew', async () => {
    answer('/v21.0/maisonexemple', 400, graphError(190, 463));
    const conv = await collectFacebook(TARGET, ctx());
    expect(conv).toMatchObject({ status: 'error', posts: [] });
    expect(conv.notes).toEqual([{ code: 'facebook.token-expired', data: { variable: 'FACEBOOK_ACCESS_TOKEN' } }]);
  });

  it('an invalid token (190 without the expiry subcode) is said as such', async () => {
    answer('/v21.0/maisonexemple', 400, graphError(190, 467));
    const conv = await collectFacebook(TARGET, ctx());
    expect(conv.notes).toEqual([{ code: 'facebook.token-invalid', data: { variable: 'FACEBOOK_ACCESS_TOKEN' } }]);
  });

  it('a missing permission on the posts is the account’s error', async () => {
    answer(`/v21.0/${PAGE}/posts`, 403, graphError(10));
    serve();
    const conv = await collectFacebook(TARGET, ctx());
    expect(conv.status).toBe('error');
    expect(conv.notes?.[0]).toEqual({ code: 'facebook.permission-missing', data: { variable: 'FACEBOOK_ACCESS_TOKEN', endpoint: '/{page-id}/posts', apiCode: 10 } });
  });

  it('a missing permission on visitors’ posts leaves the rest standing (partial)', async () => {
    answer(`/v21.0/${PAGE}/visitor_posts`, 400, graphError(200));
    serve();
    const partial = await collectFacebook(TARGET, ctx());
    expect(partial.status).toBe('partial');
    expect(partial.notes).toContainEqual({ code: 'facebook.permission-missing', data: { variable: 'FACEBOOK_ACCESS_TOKEN', endpoint: '/{page-id}/visitor_posts', apiCode: 200 } });
    expect(partial.posts.filter((p) => p.author.role === 'brand' && p.replyTo === undefined)).toHaveLength(5);
    expect(byText(partial.posts, 'Vous ouvrez une boutique')).toBeUndefined();
  });

  it('a Page that does not exist is not-found', async () => {
    answer('/v21.0/maisonexemple', 404, graphError(803));
    const conv = await collectFacebook(TARGET, ctx());
    expect(conv).toMatchObject({ status: 'not-found', profile: { exists: false } });
    expect(conv.notes).toEqual([{ code: 'graph.not-found', data: { platform: 'facebook', endpoint: '/{page}' } }]);
  });
});

describe('collectFacebook: malformed answers', () => {
  it('skips malformed entries', async () => {
    answer(`/v21.0/${PAGE}/posts`, 200, {
      data: [null, 'x', { id: `${PAGE}_1`, message: 'Un message', created_time: '2026-10-07T09:00:00+0000', comments: { data: [null, 7, { id: '1_1', message: 'Super', created_time: '2026-10-07T10:00:00+0000', from: { id: '9', name: 'Fan' } }] } }],
    });
    answer(`/v21.0/${PAGE}/visitor_posts`, 200, { data: 'nope' });
    serve();
    const conv = await collectFacebook(TARGET, ctx());
    expect(conv.status).toBe('ok');
    expect(conv.posts.map((p) => p.text)).toEqual(['Un message', 'Super']);
  });

  it('a body that is not JSON is the account’s error', async () => {
    agent.get(GRAPH).intercept({ path: (p) => p.startsWith('/v21.0/broken'), method: 'GET' }).reply(200, '{"id": ', { headers: JSON_HEADERS });
    const broken = await collectFacebook({ ...TARGET, handle: 'broken' }, ctx());
    expect(broken.status).toBe('error');
    expect(broken.notes?.[0]).toMatchObject({ code: 'social.request-failed', data: { endpoint: '/{page}', failure: 'bad-json' } });
  });
});

describe('collectFacebook: throttling', () => {
  it('waits once after a throttling error, then goes on', async () => {
    answer(`/v21.0/${PAGE}/posts`, 400, graphError(17), { query: { after: 'QVFIUnBvc3RzcDI' } });
    serve();
    const conv = await collectFacebook(TARGET, ctx());
    expect(conv.status).toBe('ok');
    expect(waits[0]).toBe(THROTTLE_WAIT_MS);
    // Once throttled, the following requests are spaced out.
    expect(waits.slice(1).every((w) => w === SLOW_DOWN_MS)).toBe(true);
    expect(conv.notes).toContainEqual({ code: 'graph.slowed-down', data: { platform: 'facebook', percent: 0 } });
    expect(conv.posts).toHaveLength(24);
  });

  it('stops with what it read when throttling persists (partial)', async () => {
    answer(`/v21.0/${PAGE}/posts`, 400, graphError(4), { query: { after: 'QVFIUnBvc3RzcDI' }, times: 2 });
    serve();
    const conv = await collectFacebook(TARGET, ctx());
    expect(conv.status).toBe('partial');
    expect(conv.notes?.[0]).toEqual({ code: 'graph.rate-limited', data: { platform: 'facebook', endpoint: '/{page-id}/posts', apiCode: 4 } });
    // Page 1 and its comments were kept; nothing was asked after the second refusal.
    expect(byText(conv.posts, 'Livraison offerte')).toBeDefined();
    expect(byText(conv.posts, 'Nos 5 conseils')).toBeUndefined();
    expect(paths().at(-1)).toBe(`/v21.0/${PAGE}/posts`);
  });

  it('stops at once when Meta says access comes back in more than a minute', async () => {
    const buc = JSON.stringify({ [PAGE]: [{ type: 'pages', call_count: 100, total_cputime: 20, total_time: 30, estimated_time_to_regain_access: 15 }] });
    answer(`/v21.0/${PAGE}/posts`, 400, graphError(32), { headers: { 'x-business-use-case-usage': buc } });
    serve();
    const stopped = await collectFacebook(TARGET, ctx());
    expect(waits).toEqual([]);
    expect(stopped.status).toBe('rate-limited');
    expect(stopped.notes?.[0]).toMatchObject({ code: 'graph.rate-limited', data: { apiCode: 32 } });
  });

  it('slows down when X-App-Usage passes 90%', async () => {
    answer('/v21.0/maisonexemple', 200, { id: PAGE, name: 'Maison Exemple' }, { headers: { 'x-app-usage': '{"call_count":92,"total_cputime":10,"total_time":12}' } });
    serve();
    const slowed = await collectFacebook(TARGET, ctx());
    expect(slowed.status).toBe('ok');
    expect(slowed.notes).toContainEqual({ code: 'graph.slowed-down', data: { platform: 'facebook', percent: 92 } });
    expect(waits.length).toBe(log.length - 1);
    expect(waits.every((w) => w === SLOW_DOWN_MS)).toBe(true);
  });

  it('stops when the quota is spent', async () => {
    answer('/v21.0/maisonexemple', 200, { id: PAGE }, { headers: { 'x-app-usage': '{"call_count":100,"total_cputime":10,"total_time":12}' } });
    serve();
    const spent = await collectFacebook(TARGET, ctx());
    expect(spent.status).toBe('rate-limited');
    expect(log).toHaveLength(1);
  });
});

describe('collectFacebook: the token stays with the Graph API', () => {
  it('does not follow a paging link to another host, and marks the account partial', async () => {
    answer(`/v21.0/${PAGE}/posts`, 200, {
      data: [],
      paging: { next: `https://collector.evil.test/v21.0/${PAGE}/posts?after=x&access_token=${TOKEN}` },
    });
    serve();
    const conv = await collectFacebook(TARGET, ctx());
    expect(conv.status).toBe('partial');
    expect(conv.notes).toContainEqual({ code: 'graph.foreign-next-page', data: { host: 'collector.evil.test' } });
    expect(log.every((r) => r.host === 'graph-api.test')).toBe(true);
    expect(JSON.stringify(conv)).not.toContain(TOKEN);
  });

  it('refuses a redirect to another host rather than send the token there', async () => {
    agent
      .get(GRAPH)
      .intercept({ path: (p) => p.startsWith('/v21.0/maisonexemple'), method: 'GET' })
      .reply(302, '', { headers: { location: `https://collector.evil.test/steal?t=1` } });
    const conv = await collectFacebook(TARGET, ctx());
    expect(conv.status).toBe('error');
    expect(conv.notes?.[0]).toMatchObject({ code: 'social.request-failed', data: { failure: 'unsafe-redirect', host: 'collector.evil.test' } });
  });

  it('scrubs a token an API echoes back from everything kept', async () => {
    answer(`/v21.0/${PAGE}/posts`, 200, {
      data: [
        {
          id: `${PAGE}_1`,
          message: `Echo ${TOKEN} and ${encodeURIComponent(TOKEN)}`,
          created_time: '2026-10-07T09:00:00+0000',
          permalink_url: `https://www.facebook.com/${PAGE}/posts/1/?access_token=${TOKEN}`,
        },
      ],
    });
    answer(`/v21.0/${PAGE}/visitor_posts`, 200, { data: [] });
    serve();
    const conv = await collectFacebook(TARGET, ctx());
    const text = JSON.stringify(conv);
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(encodeURIComponent(TOKEN));
    expect(text).toContain('[token]');
  });
});
