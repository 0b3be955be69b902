// `brand-audit demo` serves its brand from a worker thread (src/demo/worker-server.ts): the thread answers as the
// server does in the audit's own thread, stops when closed, and leaves this process's V8 flags as they were (starting
// a thread sets --semi-space-growth-factor back to V8's default; the CLI sets it to 1 and its code cache is made under
// that flag). Run on the built modules of dist/: the worker loads dist/demo/server-worker.js.
import { afterAll, describe, expect, it } from 'vitest';
import { get as httpGet } from 'node:http';
import { cachedDataVersionTag, setFlagsFromString } from 'node:v8';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './run-cli.js';
import type { FixtureServer } from '../../src/demo/fixture-server.js';

const dist = (file: string): string => pathToFileURL(path.join(ROOT, 'dist', 'demo', file)).href;
const { startFixtureServerInWorker } = (await import(dist('worker-server.js'))) as typeof import('../../src/demo/worker-server.js');
const { startFixtureServer } = (await import(dist('fixture-server.js'))) as typeof import('../../src/demo/fixture-server.js');
const SITES = path.join(ROOT, 'fixtures', 'sites');

/**
 * Status, content type and body of a GET to `host` + `pathname` on a fixture server (by its address, Host header set);
 * the server's port, which its pages' links carry, reads PORT.
 */
function get(server: FixtureServer, host: string, pathname: string): Promise<[number, string | undefined, string]> {
  return new Promise((resolve, reject) => {
    const req = httpGet({ host: server.resolve[host], port: server.port, path: pathname, headers: { host }, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve([res.statusCode ?? 0, res.headers['content-type'], body.replaceAll(`:${server.port}`, ':PORT')]));
    });
    req.on('error', reject);
  });
}

afterAll(() => {
  // V8's default, as this test process had it before the test below set it.
  setFlagsFromString('--semi-space-growth-factor=2');
});

describe("the demo's server thread", () => {
  it('answers as the server does in this thread, stops when closed, and leaves the V8 flags as they were', async () => {
    setFlagsFromString('--semi-space-growth-factor=1');
    const flags = cachedDataVersionTag();
    const threaded = await startFixtureServerInWorker(SITES);
    const here = await startFixtureServer({ root: SITES });
    try {
      expect(cachedDataVersionTag()).toBe(flags);
      expect(threaded.hosts).toEqual(here.hosts);
      const requests: [string, string][] = [
        ['www.maison-exemple.test', '/'],
        ['aide.maison-exemple.test', '/contact'],
        ['www.maison-exemple.test', '/no-such-page'],
        ['mastodon-api.test', '/api/v1/accounts/lookup?acct=maisonexemple'],
      ];
      for (const [host, pathname] of requests) {
        const answer = await get(threaded, host, pathname);
        expect(answer).toEqual(await get(here, host, pathname));
      }
      const [status, , body] = await get(threaded, 'www.maison-exemple.test', '/');
      expect(status).toBe(200);
      expect(body).toContain('Maison Exemple');
    } finally {
      await here.close();
      await threaded.close();
    }
    await expect(get(threaded, 'www.maison-exemple.test', '/')).rejects.toThrow();
    // Closing twice is closing once.
    await threaded.close();
  });
});
