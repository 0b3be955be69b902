// Tests of the HTTP client against undici's MockAgent: redirects, retries, size cap, charset, robots.txt,
// JSON, content-type filtering, headers sent, and cancellation.
import { readFileSync } from 'node:fs';
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient, defaultUserAgent, HttpError, type HttpClient, type HttpOptions } from '../../src/http/client.js';

const SITE = 'https://www.a.test';
const HTML = { 'content-type': 'text/html; charset=utf-8' };

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

function make(options: HttpOptions = {}): HttpClient {
  client = createHttpClient({ respectRobots: false, dispatcher: agent, ...options });
  return client;
}

async function failure(promise: Promise<unknown>): Promise<HttpError> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(HttpError);
  return err as HttpError;
}

describe('fetchText basics', () => {
  it('returns status, headers, mime type, charset and body', async () => {
    agent.get(SITE).intercept({ path: '/' }).reply(200, '<p>Bonjour</p>', { headers: HTML });
    const res = await make().fetchText(`${SITE}/`);
    expect(res).toMatchObject({
      url: `${SITE}/`,
      finalUrl: `${SITE}/`,
      status: 200,
      contentType: 'text/html',
      charset: 'utf-8',
      body: '<p>Bonjour</p>',
      bytes: 14,
    });
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.ms).toBeGreaterThanOrEqual(0);
    agent.assertNoPendingInterceptors();
  });

  it('returns HTTP error statuses instead of throwing', async () => {
    agent.get(SITE).intercept({ path: '/missing' }).reply(404, 'not here', { headers: HTML });
    const res = await make().fetchText(`${SITE}/missing`);
    expect([res.status, res.body]).toEqual([404, 'not here']);
  });

  it('sends the default User-Agent naming the tool and its package version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    const expected = defaultUserAgent(version);
    expect(expected).toBe(`brand-audit/${version} (+https://github.com/brand-audit/brand-audit)`);
    agent
      .get(SITE)
      .intercept({ path: '/', headers: { 'user-agent': expected, accept: /text\/html/ } })
      .reply(200, 'ok');
    expect((await make().fetchText(`${SITE}/`)).status).toBe(200);
    agent.assertNoPendingInterceptors();
  });

  it('sends a custom User-Agent and lets per-request headers override defaults', async () => {
    agent
      .get(SITE)
      .intercept({ path: '/', headers: { 'user-agent': 'custom/1', 'accept-language': 'fr' } })
      .reply(200, 'ok');
    const res = await make({ userAgent: 'custom/1' }).fetchText(`${SITE}/`, { headers: { 'Accept-Language': 'fr' } });
    expect(res.status).toBe(200);
    agent.assertNoPendingInterceptors();
  });

  it('rejects non-http URLs with bad-url', async () => {
    const c = make();
    expect((await failure(c.fetchText('ftp://www.a.test/x'))).code).toBe('bad-url');
    expect((await failure(c.fetchText('not a url'))).code).toBe('bad-url');
  });
});

describe('redirects', () => {
  it('follows a redirect chain and reports the final URL', async () => {
    const site = agent.get(SITE);
    site.intercept({ path: '/old' }).reply(301, '', { headers: { location: '/new' } });
    site.intercept({ path: '/new' }).reply(302, '', { headers: { location: 'https://aide.a.test/fr?x=1#top' } });
    agent.get('https://aide.a.test').intercept({ path: '/fr?x=1' }).reply(200, 'aide', { headers: HTML });
    const res = await make().fetchText(`${SITE}/old`);
    expect(res).toMatchObject({ url: `${SITE}/old`, finalUrl: 'https://aide.a.test/fr?x=1', status: 200, body: 'aide' });
    agent.assertNoPendingInterceptors();
  });

  it('detects a redirect loop', async () => {
    const site = agent.get(SITE);
    site.intercept({ path: '/a' }).reply(301, '', { headers: { location: '/b' } });
    site.intercept({ path: '/b' }).reply(301, '', { headers: { location: '/a' } });
    const err = await failure(make().fetchText(`${SITE}/a`));
    expect(err.code).toBe('redirect-loop');
    expect(err.url).toBe(`${SITE}/a`);
    agent.assertNoPendingInterceptors();
  });

  it('gives up after maxRedirects', async () => {
    const site = agent.get(SITE);
    for (let i = 1; i <= 3; i++) site.intercept({ path: `/${i}` }).reply(307, '', { headers: { location: `/${i + 1}` } });
    const err = await failure(make({ maxRedirects: 2 }).fetchText(`${SITE}/1`));
    expect(err.code).toBe('too-many-redirects');
    expect(err.message).toMatch(/more than 2 redirects/);
    expect(err.data).toEqual({ maxRedirects: 2 });
    agent.assertNoPendingInterceptors();
  });

  it('never carries an Authorization header to another origin: such a redirect is refused', async () => {
    const api = 'https://api.a.test';
    agent.get(api).intercept({ path: '/v1/me' }).reply(302, '', { headers: { location: 'https://collector.b.test/me' } });
    const err = await failure(make().fetchJson(`${api}/v1/me`, { headers: { Authorization: 'Bearer secret-token' } }));
    expect(err.code).toBe('unsafe-redirect');
    expect(err.data).toEqual({ host: 'collector.b.test' });
    expect(err.message).not.toContain('secret-token');
    agent.assertNoPendingInterceptors();
  });

  it('follows a redirect with credentials on the same origin, and one without credentials anywhere', async () => {
    const api = 'https://api.a.test';
    const seen: (string | undefined)[] = [];
    agent.get(api).intercept({ path: '/v1/old' }).reply(301, '', { headers: { location: '/v1/new' } });
    agent
      .get(api)
      .intercept({ path: '/v1/new' })
      .reply((req) => {
        seen.push((req.headers as Record<string, string>).authorization);
        return { statusCode: 200, data: '{"ok":true}', responseOptions: { headers: { 'content-type': 'application/json' } } };
      });
    const res = await make().fetchJson(`${api}/v1/old`, { headers: { authorization: 'Bearer t' } });
    expect(res.data).toEqual({ ok: true });
    expect(seen).toEqual(['Bearer t']);
    agent.get(api).intercept({ path: '/feed' }).reply(302, '', { headers: { location: 'https://cdn.b.test/feed' } });
    agent.get('https://cdn.b.test').intercept({ path: '/feed' }).reply(200, '{}', { headers: { 'content-type': 'application/json' } });
    expect((await make().fetchJson(`${api}/feed`)).finalUrl).toBe('https://cdn.b.test/feed');
    agent.assertNoPendingInterceptors();
  });

  it('returns a 3xx without Location as it is', async () => {
    agent.get(SITE).intercept({ path: '/' }).reply(304, '');
    expect((await make().fetchText(`${SITE}/`)).status).toBe(304);
  });
});

describe('retries', () => {
  it('retries a 503 after the Retry-After delay when it is within maxRetryAfterMs', async () => {
    const site = agent.get(SITE);
    site.intercept({ path: '/' }).reply(503, 'busy', { headers: { 'retry-after': '0.15' } });
    site.intercept({ path: '/' }).reply(200, 'ok');
    const started = Date.now();
    const res = await make({ maxRetryAfterMs: 1000 }).fetchText(`${SITE}/`);
    const elapsed = Date.now() - started;
    expect([res.status, res.body]).toEqual([200, 'ok']);
    expect(elapsed).toBeGreaterThanOrEqual(120);
    agent.assertNoPendingInterceptors();
  });

  it('gives up at once on a Retry-After longer than maxRetryAfterMs, keeping the answer and its Retry-After', async () => {
    const site = agent.get(SITE);
    const inAnHour = new Date(Date.now() + 3_600_000).toUTCString();
    site.intercept({ path: '/' }).reply(429, '', { headers: { 'retry-after': inAnHour } });
    site.intercept({ path: '/' }).reply(200, 'never asked for');
    const started = Date.now();
    const res = await make({ maxRetryAfterMs: 30_000 }).fetchText(`${SITE}/`);
    expect([res.status, res.headers['retry-after']]).toEqual([429, inAnHour]);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(agent.pendingInterceptors()).toHaveLength(1);
  });

  it('returns the last 5xx once retries are spent', async () => {
    const site = agent.get(SITE);
    site.intercept({ path: '/' }).reply(500, 'down', { headers: { 'x-trace': 'abc' } }).times(3);
    const res = await make({ retries: 2, maxRetryAfterMs: 20 }).fetchText(`${SITE}/`);
    // undici's retry interceptor drops the body of the last failed attempt; status and headers survive.
    expect([res.status, res.body, res.headers['x-trace']]).toEqual([500, '', 'abc']);
    agent.assertNoPendingInterceptors();
  });

  it('does not retry a 404', async () => {
    const site = agent.get(SITE);
    site.intercept({ path: '/' }).reply(404, 'no');
    site.intercept({ path: '/' }).reply(200, 'unexpected');
    expect((await make({ maxRetryAfterMs: 20 }).fetchText(`${SITE}/`)).status).toBe(404);
    expect(agent.pendingInterceptors()).toHaveLength(1);
  });

  it('retries a connection reset', async () => {
    const site = agent.get(SITE);
    site.intercept({ path: '/' }).replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    site.intercept({ path: '/' }).reply(200, 'ok');
    expect((await make({ maxRetryAfterMs: 20 }).fetchText(`${SITE}/`)).body).toBe('ok');
    agent.assertNoPendingInterceptors();
  });

  it('fails with network once resets exhaust the retries', async () => {
    const site = agent.get(SITE);
    site
      .intercept({ path: '/' })
      .replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))
      .times(2);
    const err = await failure(make({ retries: 1, maxRetryAfterMs: 20 }).fetchText(`${SITE}/`));
    expect(err.code).toBe('network');
    expect(err.message).toMatch(/ECONNRESET/);
    expect(err.data).toEqual({ errno: 'ECONNRESET' });
    agent.assertNoPendingInterceptors();
  });
});

describe('size cap', () => {
  it('refuses a body whose Content-Length exceeds maxBytes', async () => {
    agent
      .get(SITE)
      .intercept({ path: '/big' })
      .reply(200, 'x'.repeat(2000), { headers: { 'content-length': '2000' } });
    const err = await failure(make({ maxBytes: 1000 }).fetchText(`${SITE}/big`));
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(/larger than 1000 bytes/);
    expect(err.data).toEqual({ maxBytes: 1000, contentLength: 2000 });
  });

  it('stops a streamed body without Content-Length once it passes maxBytes', async () => {
    agent.get(SITE).intercept({ path: '/big' }).reply(200, 'x'.repeat(2000));
    const err = await failure(make({ maxBytes: 1000 }).fetchText(`${SITE}/big`));
    expect([err.code, err.data]).toEqual(['too-large', { maxBytes: 1000 }]);
  });

  it('accepts a body of exactly maxBytes', async () => {
    agent.get(SITE).intercept({ path: '/ok' }).reply(200, 'x'.repeat(1000));
    expect((await make({ maxBytes: 1000 }).fetchText(`${SITE}/ok`)).bytes).toBe(1000);
  });
});

describe('charset through the client', () => {
  const cafe = Buffer.from([0x3c, 0x70, 0x3e, 0x63, 0x61, 0x66, 0xe9]); // "<p>café" in windows-1252

  it('decodes with the Content-Type charset', async () => {
    agent.get(SITE).intercept({ path: '/' }).reply(200, cafe, { headers: { 'content-type': 'text/html; charset=windows-1252' } });
    const res = await make().fetchText(`${SITE}/`);
    expect([res.body, res.charset]).toEqual(['<p>café', 'windows-1252']);
  });

  it('decodes with the <meta> declaration', async () => {
    const body = Buffer.concat([Buffer.from('<meta http-equiv="content-type" content="text/html;charset=windows-1252">'), cafe]);
    agent.get(SITE).intercept({ path: '/' }).reply(200, body, { headers: { 'content-type': 'text/html' } });
    const res = await make().fetchText(`${SITE}/`);
    expect(res.body?.endsWith('<p>café')).toBe(true);
    expect(res.charset).toBe('windows-1252');
  });

  it('reports an unknown label as a warning and decodes as UTF-8', async () => {
    agent.get(SITE).intercept({ path: '/' }).reply(200, 'café', { headers: { 'content-type': 'text/html; charset=x-martian' } });
    const res = await make().fetchText(`${SITE}/`);
    expect([res.body, res.charset]).toEqual(['café', 'utf-8']);
    expect(res.charsetWarnings).toEqual([{ label: 'x-martian', declaredIn: 'content-type' }]);
  });

  it('names an unknown label declared in the document, and none when decoding needed no fallback', async () => {
    const body = Buffer.from('<meta charset="klingon"><p>café');
    agent.get(SITE).intercept({ path: '/k' }).reply(200, body, { headers: { 'content-type': 'text/html' } });
    const res = await make().fetchText(`${SITE}/k`);
    expect([res.charset, res.charsetWarnings]).toEqual(['utf-8', [{ label: 'klingon', declaredIn: 'document' }]]);
    agent.get(SITE).intercept({ path: '/ok' }).reply(200, cafe, { headers: { 'content-type': 'text/html; charset=windows-1252' } });
    expect((await make().fetchText(`${SITE}/ok`)).charsetWarnings).toBeUndefined();
  });
});

describe('accept filter', () => {
  it('skips the body of a content type the caller does not want', async () => {
    agent
      .get(SITE)
      .intercept({ path: '/logo.png' })
      .reply(200, Buffer.alloc(500), { headers: { 'content-type': 'IMAGE/PNG' } });
    const res = await make().fetchText(`${SITE}/logo.png`, { accept: (type) => type === 'text/html' });
    expect(res).toMatchObject({ status: 200, contentType: 'image/png', skipped: 'not-accepted', bytes: 0 });
    expect(res.body).toBeUndefined();
  });

  it('passes an empty string when there is no Content-Type', async () => {
    agent.get(SITE).intercept({ path: '/' }).reply(200, 'plain');
    const seen: string[] = [];
    const res = await make().fetchText(`${SITE}/`, { accept: (type) => (seen.push(type), true) });
    expect(seen).toEqual(['']);
    expect(res.body).toBe('plain');
  });
});

describe('fetchJson', () => {
  const API = 'https://api.a.test';

  it('asks for JSON and parses it', async () => {
    agent
      .get(API)
      .intercept({ path: '/v1/profile?actor=x', headers: { accept: 'application/json' } })
      .reply(200, '{"handle":"x","followersCount":3}', { headers: { 'content-type': 'application/json' } });
    const res = await make().fetchJson<{ handle: string; followersCount: number }>(`${API}/v1/profile?actor=x`);
    expect(res).toMatchObject({ status: 200, data: { handle: 'x', followersCount: 3 }, finalUrl: `${API}/v1/profile?actor=x` });
    agent.assertNoPendingInterceptors();
  });

  it('throws bad-json for a malformed 2xx body', async () => {
    agent.get(API).intercept({ path: '/v1' }).reply(200, '{"handle":', { headers: { 'content-type': 'application/json' } });
    expect((await failure(make().fetchJson(`${API}/v1`))).code).toBe('bad-json');
  });

  it('returns the status and no data for a non-JSON error page', async () => {
    agent.get(API).intercept({ path: '/v1' }).reply(401, '<html>login</html>', { headers: HTML });
    expect(await make().fetchJson(`${API}/v1`)).toMatchObject({ status: 401, data: undefined });
  });

  it('keeps a JSON error body', async () => {
    agent.get(API).intercept({ path: '/v1' }).reply(404, '{"error":"NotFound"}');
    expect((await make().fetchJson(`${API}/v1`)).data).toEqual({ error: 'NotFound' });
  });
});

describe('robots.txt', () => {
  const ROBOTS = 'User-agent: brand-audit\nDisallow: /private\n\nUser-agent: *\nDisallow: /\n';

  it('matches the brand-audit group, fetching robots.txt once per origin', async () => {
    let robotsFetches = 0;
    const site = agent.get(SITE);
    site
      .intercept({ path: '/robots.txt' })
      .reply(() => {
        robotsFetches++;
        return { statusCode: 200, data: ROBOTS, responseOptions: { headers: { 'content-type': 'text/plain' } } };
      })
      .persist();
    site.intercept({ path: '/contact' }).reply(200, 'contact');
    const c = make({ respectRobots: true });
    const answers = await Promise.all([
      c.robotsAllowed(`${SITE}/`),
      c.robotsAllowed(`${SITE}/private/x`),
      c.robotsAllowed(`${SITE}/aide`),
    ]);
    expect(answers).toEqual([true, false, true]);
    expect((await c.fetchText(`${SITE}/contact`)).body).toBe('contact');
    const err = await failure(c.fetchText(`${SITE}/private/page`));
    expect(err.code).toBe('robots');
    expect(robotsFetches).toBe(1);
    expect(c.robotsInfo(SITE)).toEqual({ url: `${SITE}/robots.txt`, found: true });
    expect(c.robotsInfo(`${SITE}/any/page`)).toEqual({ url: `${SITE}/robots.txt`, found: true });
  });

  it('checks every redirect hop', async () => {
    const site = agent.get(SITE);
    site.intercept({ path: '/robots.txt' }).reply(404, '');
    site.intercept({ path: '/go' }).reply(302, '', { headers: { location: 'https://shop.a.test/secret' } });
    agent.get('https://shop.a.test').intercept({ path: '/robots.txt' }).reply(200, 'User-agent: *\nDisallow: /secret\n');
    const err = await failure(make({ respectRobots: true }).fetchText(`${SITE}/go`));
    expect(err.code).toBe('robots');
    expect(err.url).toBe('https://shop.a.test/secret');
    agent.assertNoPendingInterceptors();
  });

  it('allows everything on 404 and records the file as absent', async () => {
    agent.get(SITE).intercept({ path: '/robots.txt' }).reply(404, 'nope');
    const c = make({ respectRobots: true });
    expect(await c.robotsAllowed(`${SITE}/anything`)).toBe(true);
    expect(c.robotsInfo(SITE)).toEqual({ url: `${SITE}/robots.txt`, found: false });
  });

  it('allows everything on 5xx but remembers the error', async () => {
    agent.get(SITE).intercept({ path: '/robots.txt' }).reply(500, 'oops');
    const c = make({ respectRobots: true, retries: 0 });
    expect(await c.robotsAllowed(`${SITE}/anything`)).toBe(true);
    expect(c.robotsInfo(SITE)).toEqual({ url: `${SITE}/robots.txt`, found: false, error: 'HTTP 500', status: 500 });
  });

  it('allows everything when robots.txt cannot be reached, remembering why', async () => {
    agent
      .get(SITE)
      .intercept({ path: '/robots.txt' })
      .replyWithError(Object.assign(new Error('getaddrinfo ENOTFOUND www.a.test'), { code: 'ENOTFOUND', hostname: 'www.a.test' }));
    const c = make({ respectRobots: true });
    expect(await c.robotsAllowed(`${SITE}/`)).toBe(true);
    expect(c.robotsInfo(SITE)?.error).toBe('DNS lookup failed for www.a.test (ENOTFOUND)');
  });

  it('never fetches robots.txt when respectRobots is false', async () => {
    agent.get(SITE).intercept({ path: '/private' }).reply(200, 'fetched anyway');
    const c = make({ respectRobots: false });
    expect(await c.robotsAllowed(`${SITE}/private`)).toBe(true);
    expect((await c.fetchText(`${SITE}/private`)).body).toBe('fetched anyway');
    expect(c.robotsInfo(SITE)).toBeUndefined();
    agent.assertNoPendingInterceptors();
  });
});

describe('cancellation', () => {
  it('fails with aborted when the caller aborts', async () => {
    agent.get(SITE).intercept({ path: '/slow' }).reply(200, 'late').delay(2000);
    const controller = new AbortController();
    const pending = make().fetchText(`${SITE}/slow`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 30);
    expect((await failure(pending)).code).toBe('aborted');
  });

  it('stops waiting for a Retry-After when the caller aborts', async () => {
    agent.get(SITE).intercept({ path: '/' }).reply(503, '', { headers: { 'retry-after': '20' } });
    const controller = new AbortController();
    const started = Date.now();
    const pending = make().fetchText(`${SITE}/`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect((await failure(pending)).code).toBe('aborted');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses new requests after close()', async () => {
    const c = make();
    await c.close();
    expect((await failure(c.fetchText(`${SITE}/`))).code).toBe('aborted');
  });
});

describe('API calls and robots.txt', () => {
  it('fetchJson and fetchText({ api: true }) do not consult robots.txt; pages do', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    const pool = agent.get('https://api.example.test');
    pool.intercept({ path: '/robots.txt', method: 'GET' }).reply(200, 'User-agent: *\nDisallow: /', { headers: { 'content-type': 'text/plain' } });
    pool.intercept({ path: '/v1/data', method: 'GET' }).reply(200, '{"ok":true}', { headers: { 'content-type': 'application/json' } });
    pool.intercept({ path: '/feed.xml', method: 'GET' }).reply(200, '<feed/>', { headers: { 'content-type': 'application/atom+xml' } });
    const client = createHttpClient({ dispatcher: agent, env: {}, retries: 0 });
    expect((await client.fetchJson('https://api.example.test/v1/data')).data).toEqual({ ok: true });
    expect((await client.fetchText('https://api.example.test/feed.xml', { api: true })).body).toBe('<feed/>');
    await expect(client.fetchText('https://api.example.test/page')).rejects.toMatchObject({ code: 'robots' });
    await client.close();
    await agent.close();
  });
});
