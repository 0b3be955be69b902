// Tests of the X source against undici's MockAgent serving the demo's X API v2 stand-in
// (fixtures/sites/maison-exemple/x-api.test; oracle: fixtures/social/README.md): user, timeline and mentions with
// their paging, brand replies found through referenced_tweets, rate limits waited for or not, token errors.
// "Today" is the real day here: the stand-in's rate limit resets tomorrow, and the source compares with the clock.
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectX } from '../../../src/collect/social/x.js';
import type { SocialTarget, SourceContext } from '../../../src/collect/social/types.js';
import { createHttpClient, type HttpClient } from '../../../src/http/client.js';
import type { Post } from '../../../src/snapshot/types.js';
import { serveStandIn, standInOrigin, type RecordedRequest } from '../../support/mock-stand-in.js';

const DAY = 86_400_000;
/** Noon (UTC) of the current day: fixture times are "d-N HH:MM" from it. */
const NOW = new Date(Math.floor(Date.now() / DAY) * DAY + 12 * 3_600_000);
const at = (days: number, hh: number, mm = 0): string => new Date(Math.floor(NOW.getTime() / DAY) * DAY + days * DAY + (hh * 60 + mm) * 60_000).toISOString();
const XAPI = standInOrigin('x-api.test');
const XID = '1500000000000000001';
const TOKEN = 'AAAAAAAAAAAAAAAAAAAAAfakeUnitTestBearer%2F0123456789SECRET';
const TARGET: SocialTarget = { platform: 'x', handle: 'maisonexemple', url: 'https://x.com/maisonexemple' };
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

function ctx(opts: { env?: NodeJS.ProcessEnv; maxPosts?: number } = {}): SourceContext {
  return {
    http,
    window: { from: new Date(NOW.getTime() - 30 * DAY), to: NOW, days: 30 },
    maxPosts: opts.maxPosts ?? 200,
    env: { BRAND_AUDIT_X_API: XAPI, X_BEARER_TOKEN: TOKEN, ...opts.env },
    sleep: async (ms) => void waits.push(ms),
  };
}

const serve = (): RecordedRequest[] => serveStandIn(agent, 'x-api.test', NOW, log);

function answer(pathname: string, status: number, body: unknown, opts: { headers?: Record<string, string>; times?: number; query?: Record<string, string> } = {}): void {
  agent
    .get(XAPI)
    .intercept({
      path: (p) => {
        const u = new URL(p, XAPI);
        return u.pathname === pathname && Object.entries(opts.query ?? {}).every(([k, v]) => u.searchParams.get(k) === v);
      },
      method: 'GET',
    })
    .reply((req) => {
      log.push({ host: 'x-api.test', path: req.path });
      return { statusCode: status, data: JSON.stringify(body), responseOptions: { headers: { ...JSON_HEADERS, ...opts.headers } } };
    })
    .times(opts.times ?? 1);
}

const byText = (posts: Post[], start: string): Post | undefined => posts.find((p) => p.text.startsWith(start));
const MENTIONS = `/2/users/${XID}/mentions`;

describe('collectX: the demo account', () => {
  it('maps the user, the brand’s posts and replies, and the fans’ mentions', async () => {
    serve();
    const conv = await collectX(TARGET, ctx());
    expect(conv).toMatchObject({ platform: 'x', source: 'x', brandId: XID, handle: 'maisonexemple' });
    expect(conv.profile).toEqual({
      exists: true,
      displayName: 'Maison Exemple',
      followers: 5320,
      posts: 2140,
      createdAt: '2011-03-14T10:00:00.000Z',
      lastPostAt: at(-4, 14, 40),
      bio: 'Linge de maison fabriqué en France. Service client du lundi au samedi, 9 h–18 h : https://t.co/DemoAide1',
      links: ['https://www.maison-exemple.test/', 'https://aide.maison-exemple.test/contact'],
    });
    // 8 brand posts and replies in the window (not the one of d-38), 6 mentions of the first page.
    expect(conv.posts).toHaveLength(14);
    const question = byText(conv.posts, '@maisonexemple vous livrez en Belgique')!;
    expect(question).toMatchObject({
      author: { id: '1600000000000000011', handle: 'lucie_d', role: 'fan' },
      createdAt: at(-4, 14),
      url: `https://x.com/lucie_d/status/${question.id}`,
      root: question.id,
    });
    // The brand's reply points at the fan's post through referenced_tweets.
    expect(byText(conv.posts, '@lucie_d Bonjour Lucie')).toMatchObject({ author: { role: 'brand', handle: 'maisonexemple' }, replyTo: question.id, root: question.id, createdAt: at(-4, 14, 40) });
    // A fan replying to another fan while tagging the brand: its thread is the first fan's post.
    const tagged = byText(conv.posts, '@anna_k @maisonexemple')!;
    expect(tagged.replyTo).toBe(byText(conv.posts, 'Quelqu’un a testé')!.id);
    // X escapes & as &amp; in texts.
    expect(byText(conv.posts, 'Nouveau : les nappes')!.text).toContain('entretenir & belles');
  });

  it('stops at a rate limit that resets in more than a minute, keeping what it read (partial)', async () => {
    serve();
    const conv = await collectX(TARGET, ctx());
    expect(conv.status).toBe('partial');
    expect(conv.notes).toHaveLength(1);
    expect(conv.notes![0]).toMatchObject({ code: 'x.rate-limited', data: { endpoint: '/2/users/:id/mentions' } });
    const minutes = conv.notes![0].data!.resetMinutes as number;
    // The stand-in resets at 09:00 tomorrow: between 9 and 33 hours from now.
    expect(minutes).toBeGreaterThan(9 * 60 - 2);
    expect(minutes).toBeLessThan(33 * 60 + 2);
    expect(waits).toEqual([]);
  });

  it('pages the timeline and mentions with the window as start_time/end_time, the token in the header only', async () => {
    serve();
    await collectX(TARGET, ctx());
    const urls = log.map((r) => new URL(r.path, XAPI));
    expect(urls.map((u) => `${u.pathname} ${u.searchParams.get('pagination_token') ?? ''}`.trim())).toEqual([
      '/2/users/by/username/maisonexemple',
      `/2/users/${XID}/tweets`,
      `/2/users/${XID}/tweets demo-x-tweets-2`,
      `/2/users/${XID}/mentions`,
      `/2/users/${XID}/mentions demo-x-mentions-2`,
    ]);
    const timeline = urls[1];
    expect(timeline.searchParams.get('start_time')).toBe(new Date(NOW.getTime() - 30 * DAY).toISOString().replace('.000Z', 'Z'));
    // X refuses an end_time less than 10 s before the request: the window's end less 10 s.
    expect(timeline.searchParams.get('end_time')).toBe(new Date(NOW.getTime() - 10_000).toISOString().replace('.000Z', 'Z'));
    expect(timeline.searchParams.get('exclude')).toBe('retweets');
    expect(urls[3].searchParams.get('expansions')).toBe('author_id');
    for (const r of log) {
      expect(r.authorization).toBe(`Bearer ${TOKEN}`);
      expect(r.path).not.toContain(TOKEN);
      expect(r.path).not.toContain(encodeURIComponent(TOKEN));
    }
  });

  it('waits for a rate limit that resets within a minute, then goes on', async () => {
    const soon = String(Math.floor(Date.now() / 1000) + 20);
    answer(MENTIONS, 429, { title: 'Too Many Requests', status: 429 }, { query: { pagination_token: 'demo-x-mentions-2' }, headers: { 'x-rate-limit-reset': soon } });
    answer(MENTIONS, 200, { meta: { result_count: 0 } }, { query: { pagination_token: 'demo-x-mentions-2' } });
    serve();
    const conv = await collectX(TARGET, ctx());
    expect(conv.status).toBe('ok');
    expect(conv.notes).toBeUndefined();
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(15_000);
    expect(waits[0]).toBeLessThanOrEqual(21_000);
  });

  it('keeps to --max-posts, saying so', async () => {
    serve();
    const conv = await collectX(TARGET, ctx({ maxPosts: 3 }));
    expect(conv.status).toBe('partial');
    expect(conv.notes).toContainEqual({ code: 'social.max-posts', data: { maxPosts: 3 } });
    expect(conv.posts.filter((p) => p.author.role === 'brand')).toHaveLength(3);
  });
});

describe('collectX: tokens and errors', () => {
  it('accepts TWITTER_BEARER_TOKEN', async () => {
    serve();
    await collectX(TARGET, ctx({ env: { X_BEARER_TOKEN: undefined, TWITTER_BEARER_TOKEN: 'legacy-name-token' } }));
    expect(new Set(log.map((r) => r.authorization))).toEqual(new Set(['Bearer legacy-name-token']));
  });

  it('401 is the token: the account’s error, naming the variable', async () => {
    answer('/2/users/by/username/maisonexemple', 401, { title: 'Unauthorized', type: 'about:blank', status: 401, detail: 'Unauthorized' });
    const conv = await collectX(TARGET, ctx());
    expect(conv).toMatchObject({ status: 'error', posts: [] });
    expect(conv.notes).toEqual([{ code: 'x.token-invalid', data: { variable: 'X_BEARER_TOKEN' } }]);
  });

  it('403 is the plan or the app’s access', async () => {
    answer(`/2/users/${XID}/tweets`, 403, { title: 'Client Forbidden', reason: 'client-not-enrolled', type: 'https://api.twitter.com/2/problems/client-forbidden' });
    serve();
    const conv = await collectX(TARGET, ctx());
    expect(conv.status).toBe('error');
    expect(conv.notes).toEqual([{ code: 'x.access-denied', data: { variable: 'X_BEARER_TOKEN', endpoint: '/2/users/:id/tweets' } }]);
  });

  it('an unknown username (200 with errors, no data) is not-found', async () => {
    answer('/2/users/by/username/nobody', 200, {
      errors: [{ value: 'nobody', detail: 'Could not find user with username: [nobody].', title: 'Not Found Error', type: 'https://api.twitter.com/2/problems/resource-not-found' }],
    });
    const conv = await collectX({ ...TARGET, handle: 'nobody' }, ctx());
    expect(conv).toMatchObject({ status: 'not-found', profile: { exists: false } });
    expect(conv.notes).toEqual([{ code: 'x.no-account', data: { username: 'nobody' } }]);
  });

  it('errors beside the data are counted in a note, the data kept', async () => {
    answer(MENTIONS, 200, {
      data: [{ id: '99', text: '@maisonexemple une question ?', author_id: '7', created_at: at(-1, 10), conversation_id: '99' }],
      errors: [{ title: 'Authorization Error', detail: 'Sorry, you are not authorized to see the Tweet with referenced_tweets.id: [1].' }],
      includes: { users: [{ id: '7', username: 'fan7' }] },
      meta: { result_count: 1 },
    });
    serve();
    const conv = await collectX(TARGET, ctx());
    expect(conv.notes).toContainEqual({ code: 'x.partial-errors', data: { endpoint: '/2/users/:id/mentions', count: 1 } });
    expect(byText(conv.posts, '@maisonexemple une question')).toMatchObject({ author: { handle: 'fan7', role: 'fan' } });
  });

  it('without a token: no source, the note names the variable', async () => {
    const conv = await collectX(TARGET, ctx({ env: { X_BEARER_TOKEN: '' } }));
    expect(conv).toMatchObject({ status: 'no-source', source: 'none' });
    expect(conv.notes).toEqual([{ code: 'social.needs-token', data: { platform: 'x', variable: 'X_BEARER_TOKEN' } }]);
    expect(log).toEqual([]);
  });
});
