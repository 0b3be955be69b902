// Tests of the demo's fixture server: virtual hosts, path mapping, placeholders, every _routes.json behaviour the demo
// uses (status, content type, redirect), safety, close(). Test-only faults are tested in fault-server.test.ts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBrands, startFixtureServer, type FixtureServer } from '../../src/demo/fixture-server.js';
import { formatFixtureDate, invalidPlaceholders, renderPlaceholders } from '../../src/demo/fixture-placeholders.js';
import { rawGet as get } from '../support/raw-get.js';

function writeTree(root: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    const full = join(root, rel);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
}

// 8 October 2026 at noon UTC: offsets below cross a month start and a year end.
const NOW = new Date('2026-10-08T12:00:00Z');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x7b, 0x7b]); // ends with "{{" bytes: never rendered

let root: string;
let server: FixtureServer;
const WWW = 'www.acme.test';
const HELP = 'help.acme.test';

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'fixture-server-'));
  writeTree(root, {
    'secret.txt': 'outside every host',
    'acme/notes/readme.txt': 'a directory without a dot is not a host',
    [`acme/${WWW}/index.html`]: '<h1>www home</h1><a href="{{origin:help.acme.test}}/faq">Aide</a>',
    [`acme/${WWW}/page.html`]: '<h1>page</h1>',
    [`acme/${WWW}/section/index.html`]: '<h1>section</h1>',
    [`acme/${WWW}/dir/index.html`]: '<h1>dir index</h1>',
    [`acme/${WWW}/style.css`]: 'a::after { content: "{{origin:www.acme.test}}"; }',
    [`acme/${WWW}/logo.png`]: PNG,
    [`acme/${WWW}/robots.txt`]: 'User-agent: *\nDisallow: /panier/\nSitemap: {{origin:www.acme.test}}/sitemap.xml\n',
    [`acme/${WWW}/dates.txt`]:
      'iso={{date:0:iso}}\nfr={{date:-7:fr}}\nfr2={{date:-60:fr}}\nen={{date:-200:en}}\nde={{date:-100:de}}\n' +
      'es={{date:90:es}}\nfrnum={{date:-900:frnum}}\nbad={{date:-1:klingon}}\nbadhost={{origin:Not A Host}}\n',
    [`acme/${WWW}/docs/tarifs.bin`]: '%PDF-1.4 fake',
    [`acme/${WWW}/_routes.json`]: JSON.stringify({
      '/boom': { status: 500 },
      '/boom-file': { status: 503, file: 'page.html' },
      '/tarifs.pdf': { contentType: 'application/pdf', file: 'docs/tarifs.bin' },
      '/old': { redirect: '{{origin:help.acme.test}}/faq', status: 301 },
      '/moved': { redirect: '/page' },
    }),
    [`acme/${HELP}/index.html`]: '<h1>help home</h1>',
    [`acme/${HELP}/faq.html`]: '<h1>FAQ</h1>',
    [`beta/www.beta.test/index.html`]: '<h1>beta</h1>',
  });
  server = await startFixtureServer({ root, now: () => NOW });
});

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('listBrands', () => {
  it('lists each brand with its dotted host directories and a www start host', () => {
    expect(listBrands(root)).toEqual([
      { slug: 'acme', hosts: [HELP, WWW], start: WWW },
      { slug: 'beta', hosts: ['www.beta.test'], start: 'www.beta.test' },
    ]);
  });

  it('refuses a host claimed by two brands', () => {
    const dup = mkdtempSync(join(tmpdir(), 'fixture-dup-'));
    try {
      writeTree(dup, { 'a/www.same.test/index.html': 'a', 'b/www.same.test/index.html': 'b' });
      expect(() => listBrands(dup)).toThrow(/www\.same\.test/);
    } finally {
      rmSync(dup, { recursive: true, force: true });
    }
  });
});

describe('server basics', () => {
  it('exposes hosts, resolve and origin', () => {
    expect(server.hosts).toEqual([HELP, WWW, 'www.beta.test']);
    expect(server.resolve).toEqual({ [HELP]: '127.0.0.1', [WWW]: '127.0.0.1', 'www.beta.test': '127.0.0.1' });
    expect(server.origin(WWW)).toBe(`http://${WWW}:${server.port}`);
    expect(() => server.origin('www.nope.test')).toThrow(/www\.nope\.test/);
  });

  it('dispatches by Host header, with or without the port', async () => {
    const www = await get(server.port, `${WWW}:${server.port}`, '/');
    const help = await get(server.port, HELP, '/');
    const beta = await get(server.port, 'WWW.BETA.TEST', '/');
    expect(www.text).toContain('www home');
    expect(help.text).toContain('help home');
    expect(beta.text).toContain('beta');
  });

  it('answers 421 for an unknown host and for a bare IP', async () => {
    const unknown = await get(server.port, 'www.unknown.test', '/');
    expect(unknown.status).toBe(421);
    expect(unknown.headers['content-type']).toMatch(/^text\/plain/);
    expect((await get(server.port, `127.0.0.1:${server.port}`, '/')).status).toBe(421);
  });

  it('maps paths like a static server', async () => {
    const cases: [string, string][] = [
      ['/', 'www home'],
      ['/page', '<h1>page</h1>'],
      ['/page.html', '<h1>page</h1>'],
      ['/section', '<h1>section</h1>'],
      ['/dir/', 'dir index'],
      ['/page?utm_source=x#top', '<h1>page</h1>'],
    ];
    for (const [path, expected] of cases) {
      const a = await get(server.port, WWW, path);
      expect(a.status, path).toBe(200);
      expect(a.text, path).toContain(expected);
      expect(a.headers['content-type'], path).toBe('text/html; charset=utf-8');
    }
  });

  it('serves other files with a type from their extension, binary files untouched', async () => {
    const css = await get(server.port, WWW, '/style.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
    const png = await get(server.port, WWW, '/logo.png');
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.body.equals(PNG)).toBe(true);
    const robots = await get(server.port, WWW, '/robots.txt');
    expect(robots.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(robots.text).toBe(`User-agent: *\nDisallow: /panier/\nSitemap: http://${WWW}:${server.port}/sitemap.xml\n`);
  });

  it('answers 404 with a small HTML page for missing files and never serves _routes.json', async () => {
    for (const path of ['/missing.html', '/nope/', '/_routes.json', '/dir/missing']) {
      const a = await get(server.port, WWW, path);
      expect(a.status, path).toBe(404);
      expect(a.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(a.text).toContain('404 Not Found');
    }
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(server.port, WWW, '/page', 'HEAD');
    expect(head.status).toBe(200);
    expect(Number(head.headers['content-length'])).toBe('<h1>page</h1>'.length);
    expect(head.body.length).toBe(0);
    const post = await get(server.port, WWW, '/page', 'POST');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  it('refuses path traversal, encoded or not, with 400', async () => {
    const attempts = [
      '/../secret.txt',
      '/../../acme/www.acme.test/page.html',
      '/dir/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/dir/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/%00secret.txt',
      '/bad%zzencoding',
      '/./page.html',
    ];
    for (const path of attempts) {
      const a = await get(server.port, WWW, path);
      expect(a.status, path).toBe(400);
      expect(a.text).not.toContain('outside every host');
    }
  });
});

describe('placeholders', () => {
  it('renders {{origin:HOST}} with the real port', async () => {
    const home = await get(server.port, WWW, '/');
    expect(home.text).toContain(`href="http://${HELP}:${server.port}/faq"`);
    expect(home.text).not.toContain('{{');
    const css = await get(server.port, WWW, '/style.css');
    expect(css.text).toContain(`"http://${WWW}:${server.port}"`);
  });

  it('renders each date format and leaves malformed placeholders visible', async () => {
    const a = await get(server.port, WWW, '/dates.txt');
    expect(a.text.split('\n')).toEqual([
      'iso=2026-10-08',
      'fr=1er octobre 2026',
      'fr2=9 août 2026',
      'en=March 22, 2026',
      'de=30.06.2026',
      'es=6 de enero de 2027',
      'frnum=21/04/2024',
      'bad={{date:-1:klingon}}',
      'badhost={{origin:Not A Host}}',
      '',
    ]);
  });

  it('formats dates in UTC calendar days', () => {
    const late = new Date('2026-12-31T23:30:00Z');
    expect(formatFixtureDate(late, 1, 'iso')).toBe('2027-01-01');
    expect(formatFixtureDate(late, 0, 'fr')).toBe('31 décembre 2026');
    expect(formatFixtureDate(late, -333, 'en')).toBe('February 1, 2026');
    expect(formatFixtureDate(late, -365, 'de')).toBe('31.12.2025');
    expect(formatFixtureDate(late, -364, 'es')).toBe('1 de enero de 2026');
    expect(formatFixtureDate(late, -30, 'frnum')).toBe('01/12/2026');
  });

  it('lists invalid placeholders for fixture linting', () => {
    expect(invalidPlaceholders('{{origin:www.a.test}} {{date:-3:iso}} {{date:3}} {{origine:x.test}}')).toEqual([
      '{{date:3}}',
      '{{origine:x.test}}',
    ]);
    expect(renderPlaceholders('{{date:+2:iso}}', { port: 1, now: NOW })).toBe('2026-10-10');
  });
});

describe('_routes.json', () => {
  it('answers a status route with a small HTML error page', async () => {
    const a = await get(server.port, WWW, '/boom');
    expect(a.status).toBe(500);
    expect(a.text).toContain('500 Internal Server Error');
    const withFile = await get(server.port, WWW, '/boom-file');
    expect(withFile.status).toBe(503);
    expect(withFile.text).toBe('<h1>page</h1>');
  });

  it('serves a file under a forced content type', async () => {
    const a = await get(server.port, WWW, '/tarifs.pdf');
    expect(a.status).toBe(200);
    expect(a.headers['content-type']).toBe('application/pdf');
    expect(a.text).toBe('%PDF-1.4 fake');
  });

  it('redirects, rendering placeholders in the Location', async () => {
    const permanent = await get(server.port, WWW, '/old');
    expect(permanent.status).toBe(301);
    expect(permanent.headers.location).toBe(`http://${HELP}:${server.port}/faq`);
    const temporary = await get(server.port, WWW, '/moved');
    expect(temporary.status).toBe(302);
    expect(temporary.headers.location).toBe('/page');
  });

  it('rejects an invalid _routes.json at start, naming the file and key', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'fixture-badroutes-'));
    try {
      writeTree(bad, {
        'x/www.x.test/index.html': 'x',
        'x/www.x.test/_routes.json': JSON.stringify({ '/a': { delay: 10 } }),
      });
      await expect(startFixtureServer({ root: bad })).rejects.toThrow(/_routes\.json: route "\/a": unknown key "delay"/);
      writeTree(bad, { 'x/www.x.test/_routes.json': '{ not json' });
      await expect(startFixtureServer({ root: bad })).rejects.toThrow(/_routes\.json: invalid JSON/);
      // Fault keys are the tests' (tests/support/fault-routes.ts): the demo server refuses them.
      for (const key of ['delayMs', 'bytes', 'charset', 'rawCharset', 'retryAfter', 'times']) {
        writeTree(bad, { 'x/www.x.test/_routes.json': JSON.stringify({ '/a': { [key]: 1 } }) });
        await expect(startFixtureServer({ root: bad })).rejects.toThrow(`unknown key "${key}"`);
      }
    } finally {
      rmSync(bad, { recursive: true, force: true });
    }
  });
});

describe('intercept and close()', () => {
  it('lets an interceptor see each request first and hand it on to the host', async () => {
    const seen: string[] = [];
    const own = await startFixtureServer({
      root,
      now: () => NOW,
      intercept: async (ctx, next) => {
        seen.push(`${ctx.host} ${ctx.path} ${ctx.query.toString()} ${ctx.port === own?.port}`);
        if (ctx.path === '/intercepted') {
          ctx.res.writeHead(418, { 'content-type': 'text/plain' });
          return void ctx.res.end('teapot');
        }
        return next();
      },
    });
    try {
      expect((await get(own.port, WWW, '/intercepted')).status).toBe(418);
      const page = await get(own.port, WWW, '/page?x=1');
      expect([page.status, page.text]).toEqual([200, '<h1>page</h1>']);
      expect(seen).toEqual([`${WWW} /intercepted  true`, `${WWW} /page x=1 true`]);
      // Requests the server refuses before routing (unknown host, bad path) never reach the interceptor.
      await get(own.port, 'www.nope.test', '/');
      await get(own.port, WWW, '/../secret.txt');
      expect(seen).toHaveLength(2);
    } finally {
      await own.close();
    }
  });

  it('closes idempotently and stops answering', async () => {
    const own = await startFixtureServer({ root });
    expect((await get(own.port, WWW, '/')).status).toBe(200);
    await own.close();
    await own.close();
    await expect(get(own.port, WWW, '/')).rejects.toThrow();
  });
});
