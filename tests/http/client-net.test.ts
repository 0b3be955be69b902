// Tests of the HTTP client against real local servers on 127.0.0.1: timeouts, refused connections, DNS
// failures, host overrides, proxies from the environment, concurrency limits and retries on real sockets.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, HttpError, type HttpClient, type HttpOptions } from '../../src/http/client.js';

const servers: http.Server[] = [];
const clients: HttpClient[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await Promise.all(
    servers.splice(0).map(
      (server) =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    ),
  );
});

async function serve(handler: http.RequestListener): Promise<number> {
  const server = http.createServer(handler);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

function make(options: HttpOptions = {}): HttpClient {
  // env: {} keeps the machine's own proxy variables out of the tests.
  const client = createHttpClient({ respectRobots: false, env: {}, ...options });
  clients.push(client);
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

describe('transport failures', () => {
  it('times out on a server that never answers', async () => {
    const port = await serve(() => {
      // never respond
    });
    const started = Date.now();
    const err = await failure(make({ timeoutMs: 300 }).fetchText(`http://127.0.0.1:${port}/`));
    expect([err.code, err.message, err.data]).toEqual(['timeout', 'timeout after 0.3 s', { seconds: 0.3 }]);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('times out on a body that stalls mid-way', async () => {
    const port = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>start');
    });
    expect((await failure(make({ timeoutMs: 300 }).fetchText(`http://127.0.0.1:${port}/`))).code).toBe('timeout');
  });

  it('reports a refused connection with the address', async () => {
    const port = await serve(() => undefined);
    const server = servers.pop() as http.Server;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const err = await failure(make().fetchText(`http://127.0.0.1:${port}/`));
    expect([err.code, err.message, err.data]).toEqual(['refused', `connection refused by 127.0.0.1:${port}`, { host: `127.0.0.1:${port}` }]);
  });

  it('reports a DNS failure for an unknown name', async () => {
    const err = await failure(make().fetchText('http://www.nope.invalid/'));
    expect(err.code).toBe('dns');
    expect(err.message).toMatch(/^DNS lookup failed for www\.nope\.invalid \((ENOTFOUND|EAI_AGAIN)\)$/);
    expect(err.url).toBe('http://www.nope.invalid/');
  });

  it('stops reading a streamed body over maxBytes', async () => {
    let aborted = false;
    const port = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      const timer = setInterval(() => res.write('x'.repeat(1024)), 5);
      res.on('close', () => {
        aborted = !res.writableFinished;
        clearInterval(timer);
      });
    });
    const err = await failure(make({ maxBytes: 4096 }).fetchText(`http://127.0.0.1:${port}/`));
    expect(err.code).toBe('too-large');
    await new Promise((r) => setTimeout(r, 100));
    expect(aborted).toBe(true);
  });

  it('throws away the body of a redirect and of an answer not accepted: a short one read whole', async () => {
    const cut: string[] = [];
    const port = await serve((req, res) => {
      res.on('close', () => {
        if (!res.writableFinished) cut.push(req.url ?? '');
      });
      if (req.url === '/moved') {
        res.writeHead(302, { location: '/img', 'content-type': 'text/html' });
        return res.end('<p>moved</p>'.repeat(100));
      }
      if (req.url === '/img') {
        res.writeHead(200, { 'content-type': 'image/png' });
        return res.end(Buffer.alloc(2000));
      }
      res.end('page');
    });
    const client = make();
    const res = await client.fetchText(`http://127.0.0.1:${port}/moved`, { accept: (mime) => mime === 'text/html' });
    expect(res).toMatchObject({ status: 200, finalUrl: `http://127.0.0.1:${port}/img`, skipped: 'not-accepted', bytes: 0 });
    expect(res.body).toBeUndefined();
    expect((await client.fetchText(`http://127.0.0.1:${port}/next`)).body).toBe('page');
    await new Promise((r) => setTimeout(r, 100));
    expect(cut).toEqual([]);
  });

  it('drops the connection under a long body it throws away, and still answers', async () => {
    const closed: string[] = [];
    const port = await serve((req, res) => {
      res.on('close', () => {
        if (!res.writableFinished) closed.push(req.url ?? '');
      });
      if (req.url === '/declared') {
        // Longer than the 64 KiB read from a body thrown away, said by its Content-Length.
        res.writeHead(301, { location: '/page', 'content-length': String(200 * 1024) });
        return res.write(Buffer.alloc(1024));
      }
      if (req.url === '/streamed') {
        // Longer than 64 KiB as it comes, without a Content-Length.
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        const timer = setInterval(() => res.write(Buffer.alloc(16 * 1024)), 2);
        return res.on('close', () => clearInterval(timer));
      }
      res.end('page');
    });
    const client = make();
    const moved = await client.fetchText(`http://127.0.0.1:${port}/declared`);
    expect([moved.status, moved.finalUrl, moved.body]).toEqual([200, `http://127.0.0.1:${port}/page`, 'page']);
    const skipped = await client.fetchText(`http://127.0.0.1:${port}/streamed`, { accept: (mime) => mime === 'text/html' });
    expect(skipped).toMatchObject({ status: 200, skipped: 'not-accepted', bytes: 0 });
    await new Promise((r) => setTimeout(r, 100));
    expect(closed.sort()).toEqual(['/declared', '/streamed']);
  });

  it('aborts requests in flight on close()', async () => {
    const port = await serve(() => undefined);
    const client = make({ timeoutMs: 5000 });
    const pending = client.fetchText(`http://127.0.0.1:${port}/`);
    setTimeout(() => void client.close(), 50);
    expect((await failure(pending)).code).toBe('aborted');
  });
});

describe('resolve override', () => {
  it('connects to the given address and keeps the hostname in the Host header', async () => {
    const hosts: string[] = [];
    const port = await serve((req, res) => {
      hosts.push(req.headers.host ?? '');
      res.end('maison');
    });
    const client = make({ resolve: { 'www.maison-exemple.test': '127.0.0.1', '*.maison-exemple.test': '127.0.0.1' } });
    const res = await client.fetchText(`http://www.maison-exemple.test:${port}/`);
    expect([res.status, res.body, res.finalUrl]).toEqual([200, 'maison', `http://www.maison-exemple.test:${port}/`]);
    await client.fetchText(`http://aide.maison-exemple.test:${port}/faq`);
    expect(hosts).toEqual([`www.maison-exemple.test:${port}`, `aide.maison-exemple.test:${port}`]);
  });

  it('still uses DNS for names not in the map', async () => {
    const err = await failure(make({ resolve: { 'www.a.test': '127.0.0.1' } }).fetchText('http://www.b.invalid/'));
    expect(err.code).toBe('dns');
  });

  it('checks robots.txt on the overridden host', async () => {
    const port = await serve((req, res) => {
      if (req.url === '/robots.txt') res.end('User-agent: brand-audit\nDisallow: /interdit\n');
      else res.end('page');
    });
    const client = make({ respectRobots: true, resolve: { 'www.x.test': '127.0.0.1' } });
    expect((await client.fetchText(`http://www.x.test:${port}/ok`)).body).toBe('page');
    expect((await failure(client.fetchText(`http://www.x.test:${port}/interdit`))).code).toBe('robots');
    expect(client.robotsInfo(`http://www.x.test:${port}`)).toEqual({ url: `http://www.x.test:${port}/robots.txt`, found: true });
  });
});

describe('proxy from the environment', () => {
  async function proxyAndTarget(): Promise<{ proxyPort: number; targetPort: number; seen: string[] }> {
    const seen: string[] = [];
    // A plain HTTP server standing in for a forward proxy: it receives absolute-form request targets.
    const proxyPort = await serve((req, res) => {
      seen.push(req.url ?? '');
      res.end('via proxy');
    });
    const targetPort = await serve((_req, res) => res.end('direct'));
    return { proxyPort, targetPort, seen };
  }

  it('sends requests through HTTP_PROXY in absolute form', async () => {
    const { proxyPort, seen } = await proxyAndTarget();
    const res = await make({ env: { HTTP_PROXY: `http://127.0.0.1:${proxyPort}` } }).fetchText('http://www.far-away.test/page?q=1');
    expect(res.body).toBe('via proxy');
    expect(seen).toEqual(['http://www.far-away.test/page?q=1']);
  });

  it('honours the lower-case http_proxy too', async () => {
    const { proxyPort, seen } = await proxyAndTarget();
    const res = await make({ env: { http_proxy: `http://127.0.0.1:${proxyPort}` } }).fetchText('http://www.far-away.test/');
    expect(res.body).toBe('via proxy');
    expect(seen).toHaveLength(1);
  });

  it('bypasses the proxy for NO_PROXY hosts', async () => {
    const { proxyPort, targetPort, seen } = await proxyAndTarget();
    const client = make({ env: { HTTP_PROXY: `http://127.0.0.1:${proxyPort}`, NO_PROXY: 'localhost,127.0.0.1' } });
    expect((await client.fetchText(`http://127.0.0.1:${targetPort}/`)).body).toBe('direct');
    expect(seen).toEqual([]);
  });

  it('connects directly to hosts given a forced address', async () => {
    const { proxyPort, targetPort, seen } = await proxyAndTarget();
    const client = make({ env: { HTTP_PROXY: `http://127.0.0.1:${proxyPort}` }, resolve: { 'www.x.test': '127.0.0.1' } });
    expect((await client.fetchText(`http://www.x.test:${targetPort}/`)).body).toBe('direct');
    expect(seen).toEqual([]);
  });

  it('ignores proxies when no proxy variable is set', async () => {
    const { targetPort, seen } = await proxyAndTarget();
    expect((await make({ env: {} }).fetchText(`http://127.0.0.1:${targetPort}/`)).body).toBe('direct');
    expect(seen).toEqual([]);
  });
});

describe('concurrency and retries on real sockets', () => {
  /** A server that holds each request 40 ms and records the most requests it saw at once. */
  async function countingServer(): Promise<{ port: number; peak: () => number }> {
    let active = 0;
    let peak = 0;
    const port = await serve((_req, res) => {
      active++;
      peak = Math.max(peak, active);
      setTimeout(() => {
        active--;
        res.end('ok');
      }, 40);
    });
    return { port, peak: () => peak };
  }

  it('keeps at most perHostConcurrency requests in flight to one host', async () => {
    const { port, peak } = await countingServer();
    const client = make({ perHostConcurrency: 2 });
    await Promise.all(Array.from({ length: 6 }, (_, i) => client.fetchText(`http://127.0.0.1:${port}/${i}`)));
    expect(peak()).toBe(2);
  });

  it('applies the global limit across hosts', async () => {
    const { port, peak } = await countingServer();
    const client = make({ concurrency: 1, resolve: { 'a.x.test': '127.0.0.1', 'b.x.test': '127.0.0.1' } });
    await Promise.all(
      ['a', 'b', 'a', 'b'].map((host, i) => client.fetchText(`http://${host}.x.test:${port}/${i}`)),
    );
    expect(peak()).toBe(1);
  });

  it('retries a 503 and returns the next answer', async () => {
    let calls = 0;
    const port = await serve((_req, res) => {
      calls++;
      if (calls === 1) {
        res.writeHead(503, { 'retry-after': '0.05' });
        res.end('busy');
      } else res.end('recovered');
    });
    const res = await make({ maxRetryAfterMs: 50 }).fetchText(`http://127.0.0.1:${port}/`);
    expect([res.status, res.body, calls]).toEqual([200, 'recovered', 2]);
  });

  it('follows a redirect to another host', async () => {
    const targetPort = await serve((_req, res) => res.end('landed'));
    const port = await serve((_req, res) => {
      res.writeHead(301, { location: `http://127.0.0.1:${targetPort}/fr/` });
      res.end();
    });
    const res = await make().fetchText(`http://127.0.0.1:${port}/`);
    expect([res.finalUrl, res.body]).toEqual([`http://127.0.0.1:${targetPort}/fr/`, 'landed']);
  });
});
