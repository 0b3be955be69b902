// The generated faults of tests/support (fault-generators.ts): what each answers, prefix routes, request counts, and a
// fault table naming an unknown generator refused at start.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFaultServer, type FaultServer } from '../support/fault-server.js';
import { parseFaultTable } from '../support/fault-routes.js';
import { rawGet as get } from '../support/raw-get.js';

const API = 'api.gen.test';
const WWW = 'www.gen.test';
let root: string;
let server: FaultServer;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'fault-generators-'));
  for (const host of [API, WWW]) mkdirSync(join(root, 'gen', host), { recursive: true });
  writeFileSync(join(root, 'gen', WWW, 'index.html'), '<p>home</p>');
  server = await startFaultServer({
    root,
    faults: {
      [API]: {
        '/feed': { generate: 'endless-bluesky-feed', params: { mode: 'fans' } },
        '/echo': { generate: 'echo-request', params: { shape: 'json' } },
        '/later': { generate: 'retry-after-date', params: { seconds: '3600' } },
      },
      [WWW]: { '/p*': { generate: 'many-links', params: { count: '3' } }, '/deep': { generate: 'deep-nesting', params: { depth: '5' } } },
    },
  });
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('generated faults', () => {
  it('pages a feed without end: a new cursor and new items on every page', async () => {
    const first = JSON.parse((await get(server.port, API, '/feed')).text) as { cursor: string; feed: unknown[] };
    const second = JSON.parse((await get(server.port, API, `/feed?cursor=${first.cursor}`)).text) as { cursor: string; feed: unknown[] };
    expect([first.cursor, second.cursor]).toEqual(['c1', 'c2']);
    expect(JSON.stringify(second.feed)).not.toEqual(JSON.stringify(first.feed));
  });

  it('echoes the request, query string included', async () => {
    const a = await get(server.port, API, '/echo?key=SECRETKEY123');
    expect(a.status).toBe(400);
    expect(a.text).toContain('key=SECRETKEY123');
  });

  it('sends a Retry-After date', async () => {
    const a = await get(server.port, API, '/later');
    expect(a.status).toBe(429);
    expect(Date.parse(String(a.headers['retry-after'])) - Date.now()).toBeGreaterThan(3_500_000);
  });

  it('answers every path a `*` route prefixes, and counts requests per host and path', async () => {
    const before = server.requests(WWW);
    const page = await get(server.port, WWW, '/p-anything');
    expect(page.text.match(/<a href=/g)).toHaveLength(3);
    expect((await get(server.port, WWW, '/deep')).text).toContain('<div><div><div><div><div><p>');
    expect((await get(server.port, WWW, '/')).text).toBe('<p>home</p>');
    expect(server.requests(WWW) - before).toBe(3);
    expect(server.requests(WWW, '/p-anything')).toBe(1);
  });

  it('refuses an unknown generator, and params without one', () => {
    expect(() => parseFaultTable({ '/x': { generate: 'nope' } }, 'faults')).toThrow(/"generate" must be one of/);
    expect(() => parseFaultTable({ '/x': { delayMs: 1, params: { a: 'b' } } }, 'faults')).toThrow(/"params" needs "generate"/);
  });
});
