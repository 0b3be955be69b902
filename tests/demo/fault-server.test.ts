// Tests of the test-only fault routes (tests/support/fault-server.ts) layered on the demo's fixture server: delays,
// huge streams, legacy and unknown charsets, throttling with Retry-After (per path and per query variant), close().
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeWindows1252 } from '../../src/demo/windows-1252.js';
import { startFaultServer, type FixtureServer } from '../support/fault-server.js';
import { loadFaultTables, parseFaultTable } from '../support/fault-routes.js';
import { FAULT_ROUTES_FILE } from '../support/fault-server.js';
import { rawGet as get } from '../support/raw-get.js';

const WWW = 'www.acme.test';
const API = 'api.acme.test';
let root: string;
let server: FixtureServer;

function writeTree(dir: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), content);
  }
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'fault-server-'));
  writeTree(root, {
    [`acme/${WWW}/page.html`]: '<h1>page</h1>',
    [`acme/${WWW}/legacy.html`]: '<title>Société à Noël</title><p>Prix : 5 € – l’œuvre</p>',
    [`acme/${WWW}/plain.html`]: '<title>Ancien catalogue</title><p>édition</p>',
    [`acme/${WWW}/later.html`]: '<h1>served after the 429</h1>',
    [`acme/${WWW}/slow.html`]: '<h1>slow</h1>',
    [`acme/${WWW}/moved-slowly.html`]: 'never served: the host redirects',
    // The host's own routes still answer once a fault lets the request through.
    [`acme/${WWW}/_routes.json`]: JSON.stringify({ '/moved-slowly.html': { redirect: '/page' } }),
    [`acme/${API}/busy.json`]: '{"busy":"done"}',
  });
  server = await startFaultServer({
    root,
    faults: {
      [WWW]: {
        '/slow.html': { delayMs: 300 },
        '/moved-slowly.html': { delayMs: 100 },
        '/very-slow': { delayMs: 20000 },
        '/huge': { bytes: 200000 },
        '/huge-announced': { bytes: 100000, contentLength: true },
        '/tiny': { bytes: 10 },
        '/legacy.html': { charset: 'windows-1252', file: 'legacy.html' },
        '/unknown-charset': { rawCharset: 'x-unknown-8bit', file: 'plain.html' },
        '/later.html': { retryAfter: 1, status: 429, times: 2 },
        '/always-busy': { retryAfter: 30, status: 503 },
      },
      [API]: {
        '/busy.json': [
          { query: { a: '1' }, retryAfter: 0, times: 1 },
          { query: { a: '2' }, retryAfter: 0, times: 1 },
        ],
      },
    },
  });
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('fault routes', () => {
  it('delays a delayMs route, then lets the host answer (its own routes included)', async () => {
    const start = Date.now();
    const a = await get(server.port, WWW, '/slow.html');
    expect(Date.now() - start).toBeGreaterThanOrEqual(250);
    expect([a.status, a.text]).toEqual([200, '<h1>slow</h1>']);
    const moved = await get(server.port, WWW, '/moved-slowly.html');
    expect([moved.status, moved.headers.location]).toEqual([302, '/page']);
  });

  it('streams exactly `bytes` bytes of HTML, chunked unless contentLength is set', async () => {
    const huge = await get(server.port, WWW, '/huge');
    expect(huge.status).toBe(200);
    expect(huge.body.length).toBe(200000);
    expect(huge.headers['content-length']).toBeUndefined();
    expect(huge.headers['transfer-encoding']).toBe('chunked');
    expect(huge.text.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(huge.text.endsWith('</body></html>\n')).toBe(true);
    const announced = await get(server.port, WWW, '/huge-announced');
    expect(announced.headers['content-length']).toBe('100000');
    expect(announced.body.length).toBe(100000);
    expect((await get(server.port, WWW, '/tiny')).body.length).toBe(10);
  });

  it('stops streaming when the client hangs up (as a size-capped client does)', async () => {
    const received = await new Promise<number>((resolve, reject) => {
      let count = 0;
      const req = request({ host: '127.0.0.1', port: server.port, path: '/huge', headers: { host: WWW } }, (res) => {
        res.on('data', (c: Buffer) => {
          count += c.length;
          if (count >= 1000) {
            req.destroy();
            resolve(count);
          }
        });
      });
      req.on('error', (err: NodeJS.ErrnoException) => (err.code === 'ECONNRESET' ? undefined : reject(err)));
      req.end();
    });
    expect(received).toBeLessThan(200000);
    // The server is still healthy afterwards.
    expect((await get(server.port, WWW, '/page')).status).toBe(200);
  });

  it('re-encodes a charset route in windows-1252 and declares it', async () => {
    const a = await get(server.port, WWW, '/legacy.html');
    expect(a.headers['content-type']).toBe('text/html; charset=windows-1252');
    const expected = Buffer.from('<title>Soci\xe9t\xe9 \xe0 No\xebl</title><p>Prix : 5 \x80 \x96 l\x92\x9cuvre</p>', 'latin1');
    expect(a.body.equals(expected)).toBe(true);
  });

  it('sends an unknown charset label with the UTF-8 bytes unchanged', async () => {
    const a = await get(server.port, WWW, '/unknown-charset');
    expect(a.headers['content-type']).toBe('text/html; charset=x-unknown-8bit');
    expect(a.text).toBe('<title>Ancien catalogue</title><p>édition</p>');
  });

  it('throttles the first `times` requests with Retry-After, then serves the file', async () => {
    const first = await get(server.port, WWW, '/later.html');
    const second = await get(server.port, WWW, '/later.html');
    const third = await get(server.port, WWW, '/later.html');
    expect([first.status, second.status, third.status]).toEqual([429, 429, 200]);
    expect(first.headers['retry-after']).toBe('1');
    expect(third.headers['retry-after']).toBeUndefined();
    expect(third.text).toContain('served after the 429');
    const busy = await get(server.port, WWW, '/always-busy');
    expect(busy.status).toBe(503);
    expect(busy.headers['retry-after']).toBe('30');
  });

  it('counts throttled requests per query variant; other queries pass untouched', async () => {
    const a1 = await get(server.port, API, '/busy.json?a=1');
    const b1 = await get(server.port, API, '/busy.json?a=2');
    const a2 = await get(server.port, API, '/busy.json?a=1');
    const other = await get(server.port, API, '/busy.json?a=3');
    expect([a1.status, b1.status, a2.status, other.status]).toEqual([429, 429, 200, 200]);
    expect(a1.headers['retry-after']).toBe('0');
    expect(JSON.parse(a2.text)).toEqual({ busy: 'done' });
  });
});

describe('fault tables', () => {
  it('reject unknown keys, faults without an effect, bad charsets and unserved hosts', async () => {
    expect(() => parseFaultTable({ '/a': { delay: 10 } }, 'x')).toThrow(/route "\/a": unknown key "delay"/);
    expect(() => parseFaultTable({ '/a': { status: 500 } }, 'x')).toThrow(/a fault needs one of delayMs/);
    expect(() => parseFaultTable({ '/a': { charset: 'utf-16' } }, 'x')).toThrow(/"charset" must be one of/);
    expect(() => parseFaultTable({ '/a': [{ delayMs: 1 }, { bytes: 1 }] }, 'x')).toThrow(/only one variant may lack "query"/);
    await expect(startFaultServer({ root, faults: { 'www.elsewhere.test': { '/a': { delayMs: 1 } } } })).rejects.toThrow(
      /host "www.elsewhere.test" is not served/,
    );
  });

  it('the bundled faults parse and name hosts of the bundled sites', () => {
    const tables = loadFaultTables(FAULT_ROUTES_FILE);
    expect(Object.keys(tables)).toEqual(['www.vieux-bazar.test']);
    for (const [host, table] of Object.entries(tables)) expect(() => parseFaultTable(table, host)).not.toThrow();
  });
});

describe('encodeWindows1252', () => {
  it('maps the 0x80–0x9F block and replaces unencodable characters', () => {
    expect([...encodeWindows1252('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ')]).toEqual([
      0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96,
      0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f,
    ]);
    expect([...encodeWindows1252('aé\u00ff✓😀')]).toEqual([0x61, 0xe9, 0xff, 0x3f, 0x3f]);
  });
});

describe('close()', () => {
  it('closes promptly while a slow answer is pending, destroying its socket', async () => {
    const own = await startFaultServer({ root, faults: { [WWW]: { '/very-slow': { delayMs: 20000 } } } });
    const pending = new Promise<string>((resolve) => {
      const req = request({ host: '127.0.0.1', port: own.port, path: '/very-slow', headers: { host: WWW } }, (res) => {
        res.resume();
        res.on('end', () => resolve('answered'));
      });
      req.on('error', (err) => resolve(`error: ${(err as NodeJS.ErrnoException).code ?? err.message}`));
      req.end();
    });
    await new Promise((r) => setTimeout(r, 150)); // let the request reach the server
    const start = Date.now();
    await own.close();
    expect(Date.now() - start).toBeLessThan(2000);
    expect(await pending).toMatch(/^error: /);
    await own.close(); // idempotent
    await expect(get(own.port, WWW, '/page')).rejects.toThrow();
  });
});
