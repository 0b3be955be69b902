// Tests of query-aware fixture routes (variants chosen by query string, extra headers such as Link) and of the
// `{{date:OFFSET:datetime:±XhYm}}` placeholder the fake social APIs use for their timestamps.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../../src/demo/fixture-server.js';
import { formatFixtureDate, invalidPlaceholders, renderPlaceholders } from '../../src/demo/fixture-placeholders.js';
import { parseRouteTable, selectRoute } from '../../src/demo/fixture-routes.js';
import { rawGet as get } from '../support/raw-get.js';

const NOW = new Date('2026-10-08T12:00:00Z');
const API = 'api.acme.test';
let root: string;
let server: FixtureServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'fixture-query-'));
  const files: Record<string, string> = {
    [`acme/${API}/feed-1.json`]: '{"page":1,"at":"{{date:-2:datetime:+1h30m}}"}',
    [`acme/${API}/feed-2.json`]: '{"page":2}',
    [`acme/${API}/user-ana.json`]: '{"user":"ana"}',
    [`acme/${API}/missing.json`]: '{"error":"NotFound"}',
    [`acme/${API}/plain.json`]: '{"plain":true}',
    [`acme/${API}/only.json`]: '{"only":true}',
    [`acme/${API}/_routes.json`]: JSON.stringify({
      '/feed': [
        { query: { user: 'ana', cursor: 'c2' }, file: 'feed-2.json' },
        { file: 'missing.json', status: 404 },
        {
          query: { user: 'ana' },
          file: 'feed-1.json',
          headers: { Link: '<{{origin:api.acme.test}}/feed?user=ana&cursor=c2>; rel="next"' },
        },
      ],
      '/user': [{ query: { name: 'ana' }, file: 'user-ana.json' }],
      '/plain.json': { query: { v: '2' }, file: 'only.json' },
      '/go': [{ query: { to: 'feed' }, redirect: '/feed?user=ana', headers: { 'X-Why': 'variant' } }],
    }),
  };
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), content);
  }
  server = await startFixtureServer({ root, now: () => NOW });
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('query-aware routes', () => {
  it('picks the first variant whose query params all match, with its rendered headers', async () => {
    const first = await get(server.port, API, '/feed?user=ana');
    expect(first.status).toBe(200);
    expect(JSON.parse(first.text)).toEqual({ page: 1, at: '2026-10-06T10:30:00.000Z' });
    expect(first.headers.link).toBe(`<http://${API}:${server.port}/feed?user=ana&cursor=c2>; rel="next"`);
    expect(first.headers['content-type']).toBe('application/json; charset=utf-8');

    // Extra params are ignored; order does not matter; percent-encoding is decoded before comparing.
    const second = await get(server.port, API, '/feed?limit=100&cursor=c2&user=%61na');
    expect(JSON.parse(second.text)).toEqual({ page: 2 });
    expect(second.headers.link).toBeUndefined();
  });

  it('falls back to the variant without query, wherever it sits in the list', async () => {
    for (const path of ['/feed', '/feed?user=bob', '/feed?user=anna&cursor=c2']) {
      const a = await get(server.port, API, path);
      expect([a.status, a.text], path).toEqual([404, '{"error":"NotFound"}']);
    }
  });

  it('requires exact values (no prefix or case folding)', async () => {
    expect((await get(server.port, API, '/feed?user=Ana')).status).toBe(404);
    expect((await get(server.port, API, '/feed?user=ana2')).status).toBe(404);
  });

  it('serves the plain file mapping when no variant matches and there is no fallback', async () => {
    expect(JSON.parse((await get(server.port, API, '/user?name=ana')).text)).toEqual({ user: 'ana' });
    // /user has no file of its own: a plain 404 page.
    const none = await get(server.port, API, '/user?name=bob');
    expect(none.status).toBe(404);
    expect(none.headers['content-type']).toMatch(/^text\/html/);
    // An object route with `query` is a single variant: other queries get the path's own file.
    expect(JSON.parse((await get(server.port, API, '/plain.json?v=2')).text)).toEqual({ only: true });
    expect(JSON.parse((await get(server.port, API, '/plain.json?v=1')).text)).toEqual({ plain: true });
  });

  it('adds variant headers to redirects too', async () => {
    const a = await get(server.port, API, '/go?to=feed');
    expect(a.status).toBe(302);
    expect(a.headers.location).toBe('/feed?user=ana');
    expect(a.headers['x-why']).toBe('variant');
  });
});

describe('parseRouteTable with variants', () => {
  const src = 'x/_routes.json';

  it('keeps plain object routes as they were and wraps variants', () => {
    const table = parseRouteTable({ '/a': { status: 500 }, '/b': [{ query: { p: '1' }, file: 'b.json' }, { status: 404 }] }, src);
    expect(table['/a']).toEqual({ status: 500 });
    expect(table['/b'].variants).toHaveLength(2);
    expect(selectRoute(table['/a'], new URLSearchParams('p=1'))).toEqual({ status: 500 });
    expect(selectRoute(table['/b'], new URLSearchParams('p=1'))?.file).toBe('b.json');
    expect(selectRoute(table['/b'], new URLSearchParams('p=2'))).toEqual({ status: 404 });
  });

  it('rejects bad variants, naming the route and the variant', () => {
    expect(() => parseRouteTable({ '/a': [] }, src)).toThrow(/route "\/a": expected at least one variant/);
    expect(() => parseRouteTable({ '/a': [{ status: 500 }, { status: 404 }] }, src)).toThrow(/only one variant may lack "query"/);
    expect(() => parseRouteTable({ '/a': [{ query: { p: 1 } }] }, src)).toThrow(/route "\/a" variant 0: "query\.p" must be a string/);
    expect(() => parseRouteTable({ '/a': [{ query: {} }] }, src)).toThrow(/"query" must be a non-empty object/);
    expect(() => parseRouteTable({ '/a': [{ query: { p: '1' }, delay: 3 }] }, src)).toThrow(/variant 0: unknown key "delay"/);
    expect(() => parseRouteTable({ '/a': { headers: { 'Content-Length': '3' } } }, src)).toThrow(/"headers\.Content-Length" is not a header/);
    expect(() => parseRouteTable({ '/a': { headers: { 'Bad Name': 'x' } } }, src)).toThrow(/is not a header/);
    expect(() => parseRouteTable({ '/a': { headers: { Link: 'a\r\nSet-Cookie: x' } } }, src)).toThrow(/must be one line/);
    expect(() => parseRouteTable({ '/a': ['nope'] }, src)).toThrow(/variant 0: expected an object/);
  });
});

describe('datetime placeholders', () => {
  it('renders 09:00 UTC on the offset day, shifted by hours and minutes', () => {
    expect(formatFixtureDate(NOW, -3, 'datetime')).toBe('2026-10-05T09:00:00.000Z');
    expect(formatFixtureDate(NOW, 0, 'datetime', 135)).toBe('2026-10-08T11:15:00.000Z');
    const ctx = { port: 1, now: NOW };
    expect(renderPlaceholders('{{date:-3:datetime:+2h15m}}', ctx)).toBe('2026-10-05T11:15:00.000Z');
    expect(renderPlaceholders('{{date:-3:datetime:-3h}}', ctx)).toBe('2026-10-05T06:00:00.000Z');
    expect(renderPlaceholders('{{date:-3:datetime:+45m}}', ctx)).toBe('2026-10-05T09:45:00.000Z');
    // Shifts cross midnight and month starts.
    expect(renderPlaceholders('{{date:-7:datetime:-10h}}', ctx)).toBe('2026-09-30T23:00:00.000Z');
    expect(renderPlaceholders('{{date:0:datetime:+15h}}', ctx)).toBe('2026-10-09T00:00:00.000Z');
  });

  it('writes the Graph API’s form (+0000) and epoch seconds (X’s rate-limit reset), shifted the same way', () => {
    const ctx = { port: 1, now: NOW };
    expect(renderPlaceholders('{{date:-3:graph}}', ctx)).toBe('2026-10-05T09:00:00+0000');
    expect(renderPlaceholders('{{date:-3:graph:+2h15m}}', ctx)).toBe('2026-10-05T11:15:00+0000');
    expect(renderPlaceholders('{{date:1:epoch}}', ctx)).toBe(String(Date.parse('2026-10-09T09:00:00Z') / 1000));
    expect(renderPlaceholders('{{date:0:epoch:-30m}}', ctx)).toBe(String(Date.parse('2026-10-08T08:30:00Z') / 1000));
  });

  it('stays the same all day long (a fixed hour, not the clock)', () => {
    const early = renderPlaceholders('{{date:-1:datetime}}', { port: 1, now: new Date('2026-10-08T00:00:01Z') });
    const late = renderPlaceholders('{{date:-1:datetime}}', { port: 1, now: new Date('2026-10-08T23:59:59Z') });
    expect([early, late]).toEqual(['2026-10-07T09:00:00.000Z', '2026-10-07T09:00:00.000Z']);
  });

  it('leaves malformed time shifts visible', () => {
    for (const bad of ['{{date:-3:datetime:+}}', '{{date:-3:datetime:2h}}', '{{date:-3:iso:+2h}}', '{{date:-3:datetime:+2x}}']) {
      expect(renderPlaceholders(bad, { port: 1, now: NOW })).toBe(bad);
      expect(invalidPlaceholders(bad)).toEqual([bad]);
    }
    expect(invalidPlaceholders('{{date:-3:datetime:-1h5m}}')).toEqual([]);
  });
});
