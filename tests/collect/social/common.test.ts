// Tests of the helpers shared by the social sources: window, text cleaning, links, failures, the Conversation builder.
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  apiBase,
  conversation,
  count,
  dedupePosts,
  describeFailure,
  fetchApi,
  htmlLinks,
  htmlToText,
  httpNote,
  isBeforeWindow,
  isInWindow,
  isNotAfterWindow,
  linkHeaderUrl,
  plainText,
  SourceFailure,
  statusForHttp,
  textLinks,
  toIso,
  windowPosition,
  windowRecord,
} from '../../../src/collect/social/common.js';
import { createHttpClient, HttpError, type HttpClient } from '../../../src/http/client.js';
import type { Post } from '../../../src/snapshot/types.js';

const WINDOW = { from: new Date('2026-09-08T12:00:00Z'), to: new Date('2026-10-08T12:00:00Z'), days: 30 };

function post(id: string, createdAt: string, extra: Partial<Post> = {}): Post {
  return {
    id,
    platform: 'bluesky',
    author: { id: 'a', handle: 'a', role: 'fan' },
    createdAt,
    text: id,
    root: id,
    metrics: { likes: 0, replies: 0, reposts: 0 },
    ...extra,
  };
}

describe('window', () => {
  it('places dates before, inside (bounds included), after, or invalid', () => {
    expect(windowPosition('2026-09-08T11:59:59Z', WINDOW)).toBe('before');
    expect(windowPosition('2026-09-08T12:00:00Z', WINDOW)).toBe('inside');
    expect(windowPosition('2026-10-08T12:00:00.000Z', WINDOW)).toBe('inside');
    expect(windowPosition('2026-10-08T12:00:01Z', WINDOW)).toBe('after');
    expect(windowPosition('yesterday', WINDOW)).toBe('invalid');
    expect(windowPosition(undefined, WINDOW)).toBe('invalid');
    expect([isInWindow('2026-10-01', WINDOW), isBeforeWindow('2026-09-01', WINDOW), isBeforeWindow('', WINDOW)]).toEqual([true, true, false]);
    expect([isNotAfterWindow('2020-01-01T00:00:00Z', WINDOW), isNotAfterWindow('2027-01-01T00:00:00Z', WINDOW)]).toEqual([true, false]);
  });

  it('records the window as ISO strings and normalises dates', () => {
    expect(windowRecord(WINDOW)).toEqual({ from: '2026-09-08T12:00:00.000Z', to: '2026-10-08T12:00:00.000Z', days: 30 });
    expect(toIso('2026-10-07')).toBe('2026-10-07T00:00:00.000Z');
    expect(toIso('2026-10-07T11:00:00+02:00')).toBe('2026-10-07T09:00:00.000Z');
    expect([toIso(''), toIso('soon'), toIso(42), toIso(null)]).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('text', () => {
  it('makes one clean line of plain text', () => {
    expect(plainText('  Bonjour\r\nAnne\t!\u2028Merci  ')).toBe('Bonjour Anne ! Merci');
    expect(plainText('a\u0000b\u0007c\u001b[31md\u009be')).toBe('abc[31mde');
    expect(plainText('\u202eevil\u202c ok')).toBe('evil ok');
    expect(plainText('Question\u00a0?')).toBe('Question\u00a0?'); // French non-breaking space kept
    expect([plainText(null), plainText(undefined)]).toEqual(['', '']);
  });

  it('turns Mastodon HTML into text: tags gone, entities decoded, breaks as spaces', () => {
    expect(htmlToText('<p>Bonjour&nbsp;!<br>Le plaid est à 49&#8239;€ &amp; le coussin à 29&#x20AC;.</p><p>Merci</p>')).toBe(
      'Bonjour\u00a0! Le plaid est à 49\u202f€ & le coussin à 29€. Merci',
    );
    expect(htmlToText('<p><span class="h-card"><a href="https://m.test/@anne" class="u-url mention">@<span>anne</span></a></span> vous livrez en Belgique&#63;</p>')).toBe(
      '@anne vous livrez en Belgique?',
    );
    expect(htmlToText('<p>lien <a href="https://x.test/a"><span class="invisible">https://</span><span class="ellipsis">x.test/a</span></a></p>')).toBe(
      'lien https://x.test/a',
    );
    expect(htmlToText('<p>a&lt;b&gt;c &quot;d&quot; l&#39;e &eacute;t&eacute;</p>')).toBe('a<b>c "d" l\'e été');
    expect(htmlToText('<p>ok<script>alert(1)</script>\u0007</p>')).toBe('ok');
    expect([htmlToText(''), htmlToText(null)]).toEqual(['', '']);
  });

  it('reads counts defensively', () => {
    expect([count(3), count(2.7), count(-1), count('4'), count(undefined), count(Number.NaN)]).toEqual([3, 2, 0, 0, 0, 0]);
  });
});

describe('links', () => {
  it('finds URLs written in text, without trailing punctuation', () => {
    expect(textLinks('Aide : https://aide.exemple.test/contact. Site www.exemple.test, ou (https://x.test/a?b=1)!')).toEqual([
      'https://aide.exemple.test/contact',
      'https://www.exemple.test/',
      'https://x.test/a?b=1',
    ]);
    expect(textLinks('pas de lien ici, www. seul')).toEqual([]);
  });

  it('finds the links of an HTML fragment, leaving mentions and hashtags out', () => {
    const html =
      '<p>Aide <a href="https://aide.exemple.test/contact">aide</a> ' +
      '<a href="https://m.test/@anne" class="u-url mention">@anne</a> <a href="https://m.test/tags/lin" rel="tag">#lin</a> ' +
      '<a href="mailto:x@y.test">mail</a> <a href="/relative">rel</a> https://texte.test/page</p>';
    expect(htmlLinks(html)).toEqual(['https://aide.exemple.test/contact', 'https://texte.test/page']);
  });

  it('reads rel="next" from a Link header, resolved against the request URL', () => {
    const header = '<https://m.test/api/v1/accounts/1/statuses?max_id=9>; rel="next", <https://m.test/api/v1/accounts/1/statuses?min_id=20>; rel="prev"';
    expect(linkHeaderUrl(header, 'next', 'https://m.test/')).toBe('https://m.test/api/v1/accounts/1/statuses?max_id=9');
    expect(linkHeaderUrl(header, 'prev', 'https://m.test/')).toBe('https://m.test/api/v1/accounts/1/statuses?min_id=20');
    expect(linkHeaderUrl('</p?page=2>; rel=next', 'next', 'https://m.test/a/b')).toBe('https://m.test/p?page=2');
    expect(linkHeaderUrl('<https://m.test/x>; rel="prev"', 'next', 'https://m.test/')).toBeUndefined();
    expect(linkHeaderUrl(undefined, 'next', 'https://m.test/')).toBeUndefined();
  });

  it('reads a base URL override, trailing slashes removed', () => {
    expect(apiBase({ X_API: 'http://127.0.0.1:8080/' }, 'X_API', 'https://default.test')).toBe('http://127.0.0.1:8080');
    expect(apiBase({ X_API: '  ' }, 'X_API', 'https://default.test')).toBe('https://default.test');
    expect(apiBase({}, 'X_API', 'https://default.test/')).toBe('https://default.test');
  });
});

describe('failures', () => {
  it('maps HTTP statuses to conversation statuses', () => {
    expect([401, 403, 404, 410, 429, 500, 502, 400, 200].map(statusForHttp)).toEqual([
      'auth-required',
      'auth-required',
      'not-found',
      'not-found',
      'rate-limited',
      'error',
      'error',
      'error',
      'ok',
    ]);
    expect([429, 403, 401, 404, 410, 503].map((status) => httpNote('/api/x', status))).toEqual([
      { code: 'social.rate-limited', data: { endpoint: '/api/x', status: 429 } },
      { code: 'social.sign-in-required', data: { endpoint: '/api/x', status: 403 } },
      { code: 'social.sign-in-required', data: { endpoint: '/api/x', status: 401 } },
      { code: 'social.not-found', data: { endpoint: '/api/x', status: 404 } },
      { code: 'social.not-found', data: { endpoint: '/api/x', status: 410 } },
      { code: 'social.http-error', data: { endpoint: '/api/x', status: 503 } },
    ]);
  });

  it('describes anything caught as a note naming the endpoint, never with an English message', () => {
    const gone = { code: 'social.not-found', data: { endpoint: '/api/x', status: 404 } };
    expect(describeFailure(new SourceFailure('not-found', gone))).toEqual({ status: 'not-found', note: gone });
    const timeout = new HttpError('timeout', 'https://x.test/?key=secret', 'timeout after 10 s', { data: { seconds: 10 } });
    expect(describeFailure(timeout, '/api/x')).toEqual({
      status: 'error',
      note: { code: 'social.request-failed', data: { seconds: 10, endpoint: '/api/x', failure: 'timeout' } },
    });
    // A bug's message is English (and may quote anything): it stays out of the note.
    expect(describeFailure(new Error('boom'))).toEqual({ status: 'error', note: { code: 'social.crashed' } });
    expect(describeFailure(new Error('boom'), '/api/x')).toEqual({ status: 'error', note: { code: 'social.crashed', data: { endpoint: '/api/x' } } });
  });
});

describe('fetchApi', () => {
  const ORIGIN = 'https://api.test';
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
  const json = { 'content-type': 'application/json' };

  it('returns data, headers and final URL of a 2xx', async () => {
    agent.get(ORIGIN).intercept({ path: '/ok' }).reply(200, '{"a":1}', { headers: { ...json, link: '<x>; rel="next"' } });
    const res = await fetchApi<{ a: number }>({ http }, `${ORIGIN}/ok`, 'ok');
    expect(res).toEqual({ data: { a: 1 }, headers: expect.objectContaining({ link: '<x>; rel="next"' }), finalUrl: `${ORIGIN}/ok` });
  });

  it('throws SourceFailures carrying the HTTP status and JSON error body', async () => {
    agent.get(ORIGIN).intercept({ path: '/missing' }).reply(400, '{"error":"InvalidRequest","message":"Profile not found"}', { headers: json });
    const err = await fetchApi({ http }, `${ORIGIN}/missing`, 'getProfile').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SourceFailure);
    expect(err).toMatchObject({
      status: 'error',
      note: { code: 'social.http-error', data: { endpoint: 'getProfile', status: 400 } },
      httpStatus: 400,
      body: { error: 'InvalidRequest' },
    });
  });

  it('throws for malformed JSON, an empty body and a JSON scalar', async () => {
    agent.get(ORIGIN).intercept({ path: '/bad' }).reply(200, '{"a":', { headers: json });
    agent.get(ORIGIN).intercept({ path: '/empty' }).reply(200, '', { headers: json });
    agent.get(ORIGIN).intercept({ path: '/scalar' }).reply(200, '"hello"', { headers: json });
    await expect(fetchApi({ http }, `${ORIGIN}/bad`, 'bad')).rejects.toMatchObject({
      status: 'error',
      note: { code: 'social.request-failed', data: { endpoint: 'bad', failure: 'bad-json' } },
    });
    await expect(fetchApi({ http }, `${ORIGIN}/empty`, 'empty')).rejects.toMatchObject({
      status: 'error',
      note: { code: 'social.unexpected-response', data: { endpoint: 'empty' } },
    });
    await expect(fetchApi({ http }, `${ORIGIN}/scalar`, 'scalar')).rejects.toMatchObject({
      status: 'error',
      note: { code: 'social.unexpected-response', data: { endpoint: 'scalar' } },
    });
  });
});

describe('conversation', () => {
  const target = { platform: 'mastodon' as const, handle: 'brand@m.test', url: 'https://m.test/@brand' };

  it('dedupes posts (first wins) and sorts them oldest first, ties by id', () => {
    const posts = dedupePosts([
      post('b', '2026-10-02T00:00:00Z'),
      post('a', '2026-10-02T00:00:00Z'),
      post('c', '2026-10-01T00:00:00Z'),
      post('b', '2026-10-03T00:00:00Z', { text: 'later copy' }),
    ]);
    expect(posts.map((p) => [p.id, p.text])).toEqual([
      ['c', 'c'],
      ['a', 'a'],
      ['b', 'b'],
    ]);
  });

  it('builds a Conversation with defaults and only the optional fields given', () => {
    expect(conversation(target, 'mastodon', WINDOW)).toEqual({
      platform: 'mastodon',
      handle: 'brand@m.test',
      url: 'https://m.test/@brand',
      source: 'mastodon',
      status: 'ok',
      window: { from: '2026-09-08T12:00:00.000Z', to: '2026-10-08T12:00:00.000Z', days: 30 },
      posts: [],
    });
    const full = conversation(target, 'mastodon', WINDOW, {
      status: 'partial',
      notes: [{ code: 'social.max-posts', data: { maxPosts: 1 } }],
      brandId: '42',
      profile: { exists: true, followers: 3 },
      posts: [post('x', '2026-10-01T00:00:00Z')],
    });
    expect(Object.keys(full)).toEqual(['platform', 'handle', 'url', 'source', 'status', 'notes', 'brandId', 'window', 'profile', 'posts']);
    expect(full).toMatchObject({
      status: 'partial',
      notes: [{ code: 'social.max-posts', data: { maxPosts: 1 } }],
      brandId: '42',
      profile: { exists: true, followers: 3 },
    });
    // An empty list of notes is left out, as absent notes are.
    expect(Object.keys(conversation(target, 'mastodon', WINDOW, { notes: [] }))).not.toContain('notes');
  });
});
