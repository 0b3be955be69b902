// Tests of the Discourse source: topic and post mapping (staff = brand, replies, roots, likes, accepted answers),
// pagination of /latest.json, long topics, failures (403, login redirect, 404, 500, malformed JSON), the origin
// override, and an end-to-end read of the maison-exemple community on the fixture server.
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClient } from '../../../src/http/client.js';
import { startFixtureServer } from '../../../src/demo/fixture-server.js';
import { collectDiscourse, communityBase } from '../../../src/collect/social/discourse.js';
import type { SocialTarget, SourceContext } from '../../../src/collect/social/types.js';

const FORUM = 'https://forum.brand.test';
const NOW = new Date('2026-11-15T12:00:00Z');
const DAY = 86_400_000;
const TARGET: SocialTarget = { platform: 'discourse', handle: 'forum.brand.test', url: `${FORUM}/` };
const JSON_H = { headers: { 'content-type': 'application/json; charset=utf-8' } };

let agent: MockAgent;
let http: HttpClient;

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  http = createHttpClient({ respectRobots: false, dispatcher: agent, retries: 0 });
});

afterEach(async () => {
  await http.close();
  await agent.close();
});

function ctx(extra: Partial<SourceContext> = {}): SourceContext {
  return { http, window: { from: new Date(NOW.getTime() - 30 * DAY), to: NOW, days: 30 }, maxPosts: 200, env: {}, ...extra };
}

const ago = (days: number, hours = 0): string => new Date(NOW.getTime() - days * DAY + hours * 3_600_000).toISOString();

function topic(id: number, lastDaysAgo: number, extra: object = {}) {
  return { id, title: `Sujet ${id}`, slug: `sujet-${id}`, posts_count: 2, reply_count: 1, created_at: ago(lastDaysAgo + 1), last_posted_at: ago(lastDaysAgo), has_accepted_answer: false, ...extra };
}

function post(id: number, n: number, username: string, at: string, extra: object = {}) {
  return { id, post_number: n, username, created_at: at, cooked: `<p>Message ${n}<br>de ${username}</p>`, reply_to_post_number: null, staff: false, moderator: false, admin: false, ...extra };
}

function serve(path: string, body: unknown, status = 200): void {
  agent.get(FORUM).intercept({ path }).reply(status, typeof body === 'string' ? body : JSON.stringify(body), JSON_H);
}

describe('communityBase', () => {
  it('keeps a sub-folder install and replaces only the origin with the override', () => {
    expect(communityBase('https://forum.brand.test/', {})).toBe('https://forum.brand.test');
    expect(communityBase('https://www.brand.test/community/', {})).toBe('https://www.brand.test/community');
    expect(communityBase('https://www.brand.test/community/', { BRAND_AUDIT_DISCOURSE_API: 'http://127.0.0.1:4000/' })).toBe('http://127.0.0.1:4000/community');
  });
});

describe('collectDiscourse', () => {
  it('maps topics and posts: fan opener, staff replies as the brand, reply links, likes and accepted answers', async () => {
    serve('/latest.json', { topic_list: { topics: [topic(7, 2, { has_accepted_answer: true }), topic(8, 5)] } });
    serve('/t/7.json', {
      id: 7,
      title: 'Livraison en Belgique ?',
      slug: 'livraison-belgique',
      post_stream: {
        posts: [
          post(70, 1, 'lucie', ago(3), { actions_summary: [{ id: 2, count: 4 }, { id: 3, count: 9 }] }),
          post(71, 2, 'marc', ago(2, 1), { reply_to_post_number: 1 }),
          post(72, 3, 'Equipe', ago(2, 2), { staff: true, moderator: true, reply_to_post_number: 2, like_count: 1 }),
          post(73, 4, 'system', ago(2, 3), { post_type: 3, cooked: '' }),
          post(74, 5, 'Equipe', ago(2, 4), { admin: true, post_type: 4 }),
          post(75, 6, 'nina', ago(2, 5), { reply_to_post_number: 99 }),
          post(76, 7, 'late', new Date(NOW.getTime() + DAY).toISOString()),
        ],
      },
    });
    serve('/t/8.json', { id: 8, post_stream: { posts: [post(80, 1, 'Admin', ago(6), { admin: true })] } });
    const conv = await collectDiscourse(TARGET, ctx());
    agent.assertNoPendingInterceptors();
    expect(conv).toMatchObject({ platform: 'discourse', handle: 'forum.brand.test', url: `${FORUM}/`, source: 'discourse', status: 'ok' });
    expect(conv.notes).toEqual([{ code: 'discourse.topics', data: { count: 2, accepted: 1 } }]);
    expect(conv.profile).toEqual({ exists: true, lastPostAt: ago(2) });
    expect(conv.posts.map((p) => p.id)).toEqual(['80', '70', '71', '72', '75']);
    const byId = new Map(conv.posts.map((p) => [p.id, p]));
    expect(byId.get('70')).toEqual({
      id: '70',
      url: `${FORUM}/t/livraison-belgique/7`,
      platform: 'discourse',
      author: { id: 'lucie', handle: 'lucie', role: 'fan' },
      createdAt: ago(3),
      text: 'Livraison en Belgique ? Message 1 de lucie',
      root: '70',
      metrics: { likes: 4, replies: 2, reposts: 0 },
      kind: 'topic',
    });
    expect(byId.get('71')).toMatchObject({ replyTo: '70', root: '70', kind: 'post', text: 'Message 2 de marc', url: `${FORUM}/t/livraison-belgique/7/2`, metrics: { replies: 1 } });
    expect(byId.get('72')).toMatchObject({ replyTo: '71', author: { handle: 'Equipe', role: 'brand' }, metrics: { likes: 1 } });
    // A reply to a post that is not in the stream (deleted) answers the topic.
    expect(byId.get('75')?.replyTo).toBe('70');
    // A staff member opening a topic is the brand speaking.
    expect(byId.get('80')).toMatchObject({ kind: 'topic', author: { role: 'brand' }, url: `${FORUM}/t/sujet-8/8` });
  });

  it('pages through /latest.json past pinned topics until the topics leave the window, bounded by maxPosts', async () => {
    serve('/latest.json', {
      topic_list: { topics: [topic(1, 400, { pinned: true }), topic(2, 1), topic(3, 2)], more_topics_url: '/latest?no_definitions=true&page=1' },
    });
    serve('/latest.json?page=1', { topic_list: { topics: [topic(4, 10), topic(5, 40), topic(6, 41)], more_topics_url: '/latest?page=2' } });
    for (const id of [2, 3, 4]) serve(`/t/${id}.json`, { id, post_stream: { posts: [post(id * 10, 1, 'fan', ago(12))] } });
    const conv = await collectDiscourse(TARGET, ctx());
    agent.assertNoPendingInterceptors();
    expect(conv.status).toBe('ok');
    expect(conv.posts.map((p) => p.root).sort()).toEqual(['20', '30', '40']);
    expect(conv.profile?.lastPostAt).toBe(ago(1));

    serve('/latest.json', { topic_list: { topics: [topic(2, 1), topic(3, 2), topic(4, 3)], more_topics_url: '/latest?page=1' } });
    for (const id of [2, 3]) serve(`/t/${id}.json`, { id, post_stream: { posts: [post(id * 10, 1, 'fan', ago(5))] } });
    const bounded = await collectDiscourse(TARGET, ctx({ maxPosts: 2 }));
    agent.assertNoPendingInterceptors();
    expect([bounded.status, bounded.notes]).toEqual(['partial', [{ code: 'discourse.topics', data: { count: 2, accepted: 0 } }, { code: 'discourse.max-topics', data: { maxPosts: 2 } }]]);
  });

  it('stops when a page repeats itself, and keeps what it read when a later page fails', async () => {
    serve('/latest.json', { topic_list: { topics: [topic(2, 1)], more_topics_url: '/latest?page=1' } });
    serve('/latest.json?page=1', { topic_list: { topics: [topic(2, 1)], more_topics_url: '/latest?page=2' } });
    serve('/t/2.json', { id: 2, post_stream: { posts: [post(20, 1, 'fan', ago(2))] } });
    const looping = await collectDiscourse(TARGET, ctx());
    agent.assertNoPendingInterceptors();
    expect([looping.status, looping.posts.length]).toEqual(['ok', 1]);

    serve('/latest.json', { topic_list: { topics: [topic(2, 1)], more_topics_url: '/latest?page=1' } });
    serve('/latest.json?page=1', 'boom', 500);
    serve('/t/2.json', { id: 2, post_stream: { posts: [post(20, 1, 'fan', ago(2))] } });
    const cut = await collectDiscourse(TARGET, ctx());
    expect([cut.status, cut.notes, cut.posts.length]).toEqual([
      'partial',
      [{ code: 'discourse.topics', data: { count: 1, accepted: 0 } }, { code: 'social.http-error', data: { endpoint: '/latest.json?page=1', status: 500 } }],
      1,
    ]);
  });

  it('fetches the posts of a long topic beyond the first chunk by id', async () => {
    serve('/latest.json', { topic_list: { topics: [topic(9, 1)] } });
    const first = Array.from({ length: 20 }, (_, i) => post(900 + i, i + 1, `u${i}`, ago(3, i)));
    serve('/t/9.json', { id: 9, slug: 'long', post_stream: { posts: first, stream: [...first.map((p) => p.id), 920, 921] } });
    agent
      .get(FORUM)
      .intercept({ path: (p) => p.startsWith('/t/9/posts.json?') && decodeURIComponent(p).endsWith('post_ids[]=920&post_ids[]=921') })
      .reply(200, JSON.stringify({ post_stream: { posts: [post(920, 21, 'Equipe', ago(1), { staff: true, reply_to_post_number: 1 }), post(921, 22, 'u1', ago(1, 1))] } }), JSON_H);
    const conv = await collectDiscourse(TARGET, ctx());
    agent.assertNoPendingInterceptors();
    expect(conv.posts).toHaveLength(22);
    expect(conv.posts.find((p) => p.id === '920')).toMatchObject({ replyTo: '900', author: { role: 'brand' } });
  });

  it('maps failures of /latest.json: 403 and login redirects → auth-required, 404 → not-found, 500 and bad JSON → error', async () => {
    serve('/latest.json', { errors: ['You need to be logged in'] }, 403);
    const forbidden = await collectDiscourse(TARGET, ctx());
    expect([forbidden.status, forbidden.notes, forbidden.posts]).toEqual([
      'auth-required',
      [{ code: 'social.sign-in-required', data: { endpoint: '/latest.json', status: 403 } }],
      [],
    ]);

    agent.get(FORUM).intercept({ path: '/latest.json' }).reply(302, '', { headers: { location: '/login' } });
    agent.get(FORUM).intercept({ path: '/login' }).reply(200, '<html>Sign in</html>', { headers: { 'content-type': 'text/html' } });
    const login = await collectDiscourse(TARGET, ctx());
    expect([login.status, login.notes]).toEqual(['auth-required', [{ code: 'discourse.sign-in', data: { endpoint: '/latest.json' } }]]);

    serve('/latest.json', 'not here', 404);
    const missing = await collectDiscourse(TARGET, ctx());
    expect([missing.status, missing.profile, missing.notes]).toEqual([
      'not-found',
      { exists: false },
      [{ code: 'social.not-found', data: { endpoint: '/latest.json', status: 404 } }],
    ]);

    serve('/latest.json', 'oops', 500);
    expect((await collectDiscourse(TARGET, ctx())).status).toBe('error');

    serve('/latest.json', '{"topic_list": {"topics": [');
    const bad = await collectDiscourse(TARGET, ctx());
    expect(bad.status).toBe('error');
    expect(bad.notes).toEqual([{ code: 'social.request-failed', data: { endpoint: '/latest.json', failure: 'bad-json' } }]);

    serve('/latest.json', { latest: [] });
    const odd = await collectDiscourse(TARGET, ctx());
    expect([odd.status, odd.notes]).toEqual(['error', [{ code: 'social.unexpected-response', data: { endpoint: '/latest.json' } }]]);
    agent.assertNoPendingInterceptors();
  });

  it('keeps the readable topics when one is private or malformed', async () => {
    serve('/latest.json', { topic_list: { topics: [topic(2, 1), topic(3, 2), topic(4, 3)] } });
    serve('/t/2.json', { id: 2, post_stream: { posts: [post(20, 1, 'fan', ago(2))] } });
    serve('/t/3.json', { errors: ['private'] }, 403);
    serve('/t/4.json', '{oops');
    const conv = await collectDiscourse(TARGET, ctx());
    expect(conv.status).toBe('partial');
    // The count, then the first failure by topic id standing for the rest.
    expect(conv.notes).toEqual([
      { code: 'discourse.topics', data: { count: 1, accepted: 0 } },
      { code: 'discourse.topics-failed', data: { count: 2 } },
      { code: 'social.sign-in-required', data: { endpoint: '/t/3.json', status: 403 } },
    ]);
    expect(conv.posts.map((p) => p.id)).toEqual(['20']);
  });

  it('sends every request to the override origin', async () => {
    agent.get('http://mirror.test:8080').intercept({ path: '/community/latest.json' }).reply(200, JSON.stringify({ topic_list: { topics: [] } }), JSON_H);
    const conv = await collectDiscourse(
      { ...TARGET, url: 'https://www.brand.test/community' },
      ctx({ env: { BRAND_AUDIT_DISCOURSE_API: 'http://mirror.test:8080' } }),
    );
    agent.assertNoPendingInterceptors();
    expect([conv.status, conv.notes, conv.url]).toEqual(['ok', [{ code: 'discourse.topics', data: { count: 0, accepted: 0 } }], 'https://www.brand.test/community']);
  });
});

describe('collectDiscourse against the fixture server', () => {
  it('reads the maison-exemple community: two topics in the window, the pinned welcome topic left out', async () => {
    const server = await startFixtureServer({ root: 'fixtures/sites', now: () => NOW });
    const client = createHttpClient({ resolve: server.resolve, retries: 0 });
    try {
      const origin = server.origin('communaute.maison-exemple.test');
      const target: SocialTarget = { platform: 'discourse', handle: 'communaute.maison-exemple.test', url: `${origin}/` };
      const conv = await collectDiscourse(target, { http: client, window: { from: new Date(NOW.getTime() - 30 * DAY), to: NOW, days: 30 }, maxPosts: 200, env: {} });
      expect([conv.status, conv.notes]).toEqual(['ok', [{ code: 'discourse.topics', data: { count: 2, accepted: 1 } }]]);
      expect(conv.posts.map((p) => [p.id, p.author.handle, p.author.role, p.replyTo ?? null, p.kind])).toEqual([
        ['1020', 'sophie_r', 'fan', null, 'topic'],
        ['1021', 'atelier_nina', 'fan', '1020', 'post'],
        ['1010', 'lucie_b', 'fan', null, 'topic'],
        ['1011', 'marc.l', 'fan', '1010', 'post'],
        ['1012', 'Equipe_MaisonExemple', 'brand', '1010', 'post'],
      ]);
      expect(conv.posts[2]).toMatchObject({
        createdAt: '2026-11-12T09:00:00.000Z',
        url: `${origin}/t/livraison-en-retard-a-qui-madresser/101`,
        text: "Livraison en retard : à qui m'adresser ? Bonjour, ma commande devait arriver mardi et le suivi n'a pas bougé depuis. Vous savez qui contacter ?",
        metrics: { likes: 1, replies: 2, reposts: 0 },
      });
      expect(conv.profile).toEqual({ exists: true, lastPostAt: '2026-11-13T11:10:00.000Z' });
    } finally {
      await client.close();
      await server.close();
    }
  });
});
