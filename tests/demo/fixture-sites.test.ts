// Tests of the synthetic brand sites themselves: placeholders valid, routes loadable, and a breadth-first walk of each
// brand's links checking the pages, statuses and click depths that fixtures/sites/README.md documents.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { extname, join, resolve } from 'node:path';
import robotsParser from 'robots-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBrands, startFixtureServer, type FixtureServer } from '../../src/demo/fixture-server.js';
import { invalidPlaceholders } from '../../src/demo/fixture-placeholders.js';
import { loadRouteTable } from '../../src/demo/fixture-routes.js';

const ROOT = resolve(import.meta.dirname, '../../fixtures/sites');

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

function get(port: number, url: URL): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port, path: url.pathname + url.search, headers: { host: url.host } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', fail);
    req.end();
  });
}

/** Every <a>/<area> href of a page, quoted or not (the malformed page has unquoted ones). */
function hrefs(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<(?:a|area)\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    out.push((m[1] ?? m[2] ?? m[3]).replace(/&amp;/g, '&'));
  }
  return out;
}

interface Visit {
  depth: number;
  /** Final status, 'robots' when robots.txt forbids the URL, 'route:…' when a slow/huge route was not fetched. */
  status: number | string;
  finalPath?: string;
}

/**
 * Breadth-first walk of a brand's hosts from its start page, as the crawler does (clicks = depth, redirects followed
 * within the same click, out-of-brand hosts ignored, robots.txt honoured for the `brand-audit` token).
 */
async function walk(server: FixtureServer, hosts: string[], start: string): Promise<Map<string, Visit>> {
  const key = (u: URL): string => `${u.hostname}${u.pathname}${u.search}`;
  const robots = new Map<string, ReturnType<typeof robotsParser>>();
  const routes = new Map(hosts.map((h) => [h, loadRouteTable(join(ROOT, listBrands(ROOT).find((b) => b.hosts.includes(h))!.slug, h, '_routes.json'))]));
  const seen = new Map<string, Visit>();
  const queue: { url: URL; depth: number }[] = [{ url: new URL(`${server.origin(start)}/`), depth: 0 }];
  while (queue.length > 0) {
    const { url, depth } = queue.shift()!;
    if (seen.has(key(url))) continue;
    if (!robots.has(url.hostname)) {
      const txt = await get(server.port, new URL('/robots.txt', url));
      robots.set(url.hostname, robotsParser(new URL('/robots.txt', url).href, txt.status === 200 ? txt.text : ''));
    }
    if (robots.get(url.hostname)!.isDisallowed(url.href, 'brand-audit')) {
      seen.set(key(url), { depth, status: 'robots' });
      continue;
    }
    const route = routes.get(url.hostname)![url.pathname];
    if (route?.delayMs) {
      seen.set(key(url), { depth, status: `route:delay` });
      continue;
    }
    if (route?.bytes) {
      seen.set(key(url), { depth, status: `route:bytes` });
      continue;
    }
    let answer = await get(server.port, url);
    let final = url;
    while (answer.status >= 300 && answer.status < 400 && answer.headers.location) {
      final = new URL(String(answer.headers.location), final);
      answer = await get(server.port, final);
    }
    seen.set(key(url), { depth, status: answer.status, ...(final !== url ? { finalPath: key(final) } : {}) });
    if (final !== url) seen.set(key(final), { depth, status: answer.status });
    if (answer.status !== 200 || !String(answer.headers['content-type']).startsWith('text/html')) continue;
    for (const href of hrefs(answer.text)) {
      let next: URL;
      try {
        next = new URL(href, final);
      } catch {
        continue;
      }
      next.hash = '';
      if (!/^https?:$/.test(next.protocol) || !hosts.includes(next.hostname)) continue;
      if (!seen.has(key(next))) queue.push({ url: next, depth: depth + 1 });
    }
  }
  return seen;
}

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return textFiles(full);
    return ['.html', '.txt', '.json', '.xml', '.css', '.js'].includes(extname(name)) ? [full] : [];
  });
}

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer({ root: ROOT });
});
afterAll(async () => {
  await server?.close();
});

describe('fixture sites', () => {
  it('dump', async () => {
    for (const b of listBrands(ROOT)) {
      const m = await walk(server, b.hosts, b.start);
      console.log(b.slug, m.size);
      for (const [k, v] of m) console.log(`  ${v.depth} ${String(v.status).padEnd(12)} ${k}${v.finalPath ? ' -> ' + v.finalPath : ''}`);
    }
  });
});
