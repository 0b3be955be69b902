// Collectors record codes with data, never sentences: every code they can emit (COLLECTOR_CODES) has a message in
// every catalogue under locales/ whose placeholders are exactly the code's data keys, and every note the collectors
// actually produce — a crawl of a small site with failing pages, social sources failing in each way, the saved
// fixture snapshots — is a listed code whose data fills its message in every language.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COLLECTOR_CODES, COLLECTOR_TERMS } from '../../src/collect/codes.js';
import { collect } from '../../src/collect/index.js';
import { crawlSite } from '../../src/collect/site/crawl.js';
import { collectSocial, conversationSources } from '../../src/collect/social/index.js';
import { createHttpClient, type HttpClient } from '../../src/http/client.js';
import { messageArguments } from '../../src/locale/arguments.js';
import { LOCALES_DIR, loadCatalogue } from '../../src/locale/catalogue.js';
import { isLang, type Lang } from '../../src/locale/langs.js';
import { translator } from '../../src/locale/translator.js';
import { checkSnapshot } from '../../src/snapshot/io.js';
import { noteKey, type BrandSnapshot, type Note } from '../../src/snapshot/types.js';

/** Every language with a catalogue folder (en and fr now; de and es once written). */
const LANGS_PRESENT: Lang[] = readdirSync(LOCALES_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory() && isLang(d.name))
  .map((d) => d.name as Lang);

const CODES = Object.entries(COLLECTOR_CODES) as [string, readonly string[]][];
const LISTED = new Set(Object.keys(COLLECTOR_CODES));

/** Whether a code is one COLLECTOR_CODES lists (`http-<status>` codes are listed as `http-404`). */
const listed = (code: string): boolean => LISTED.has(/^http-\d{3}$/.test(code) ? 'http-404' : code);

/** Every note of a snapshot: page errors and warnings, site errors, account reasons, conversations, sources. */
function snapshotNotes(s: BrandSnapshot): Note[] {
  return [
    ...s.site.pages.flatMap((p) => [...(p.error ? [p.error] : []), ...(p.warnings ?? [])]),
    ...s.site.errors,
    ...s.accounts.map((a) => a.reason),
    ...s.conversations.flatMap((c) => c.notes ?? []),
    ...s.sources.flatMap((c) => c.notes ?? []),
  ];
}

/** Problems with produced notes: unlisted codes, missing data for a placeholder, a message that does not render. */
function problemsOf(notes: Note[]): string[] {
  const problems: string[] = [];
  for (const n of notes) {
    if (!listed(n.code)) problems.push(`${n.code}: not in COLLECTOR_CODES`);
    for (const lang of LANGS_PRESENT) {
      const text = loadCatalogue(lang).get(noteKey(n.code));
      if (text === undefined) {
        problems.push(`${lang} ${n.code}: no ${noteKey(n.code)}`);
        continue;
      }
      const missing = messageArguments(text).filter((arg) => !(arg in (n.data ?? {})));
      if (missing.length > 0) problems.push(`${lang} ${n.code}: data lacks ${missing.join(', ')}`);
      for (const [key, value] of Object.entries(n.data ?? {})) {
        // Data is figures, codes, names and URLs: no nested objects a message could not render.
        if (value !== null && typeof value === 'object') problems.push(`${n.code}: data.${key} is an object`);
      }
      const rendered = translator(lang).t(noteKey(n.code), n.data);
      if (rendered === noteKey(n.code) || /[{}]/.test(rendered.replace(/\{[^}]*\}/g, ''))) problems.push(`${lang} ${n.code}: renders "${rendered}"`);
    }
  }
  return problems;
}

describe('COLLECTOR_CODES and the catalogues', () => {
  it('finds the en and fr catalogues at least', () => {
    expect(LANGS_PRESENT).toEqual(expect.arrayContaining(['en', 'fr']));
  });

  it.each(LANGS_PRESENT)('%s words every code using only its data keys', (lang) => {
    const catalogue = loadCatalogue(lang);
    const problems: string[] = [];
    for (const [code, keys] of CODES) {
      const text = catalogue.get(noteKey(code));
      if (text === undefined) {
        problems.push(`${code}: no ${noteKey(code)}`);
        continue;
      }
      const unlisted = messageArguments(text).filter((arg) => !keys.includes(arg));
      if (unlisted.length > 0) problems.push(`${code}: uses {${unlisted.join(', ')}}, which COLLECTOR_CODES does not list`);
    }
    expect(problems).toEqual([]);
  });

  it.each(LANGS_PRESENT)('%s has a word for every value of the terms collectors use', (lang) => {
    const catalogue = loadCatalogue(lang);
    const missing = Object.entries(COLLECTOR_TERMS).flatMap(([kind, values]) =>
      values.filter((v) => !catalogue.has(`terms.${kind}.${v}`)).map((v) => `terms.${kind}.${v}`),
    );
    expect(missing).toEqual([]);
  });

  it('keeps codes kebab-case, dotted by area, and every catalogue key under collect belongs to a code', () => {
    for (const code of LISTED) expect(code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)*$/);
    // Keys of the files this area owns (collect.json and collect/<area>.json except the export readers').
    const keys = new Set(CODES.map(([code]) => noteKey(code)));
    const stray = [...loadCatalogue('en').keys()].filter((k) => k.startsWith('collect.') && !k.startsWith('collect.export.') && !keys.has(k));
    expect(stray).toEqual([]);
  });

  it('words an HTTP status it has no special message for', () => {
    const tr = translator('en');
    expect(tr.t(noteKey('http-404'), { status: 404 })).toBe('page not found (HTTP 404)');
    expect(tr.t(noteKey('http-418'), { status: 418 })).toBe('the server answered HTTP 418');
    expect(translator('fr').t(noteKey('http-503'), { status: 503 })).toBe('le serveur a répondu HTTP 503');
  });
});

describe('notes the collectors produce', () => {
  const SITE = 'https://www.brand.test';
  let agent: MockAgent;
  let http: HttpClient | undefined;

  beforeEach(() => {
    agent = new MockAgent();
    agent.disableNetConnect();
  });
  afterEach(async () => {
    await http?.close();
    http = undefined;
    await agent.close();
  });

  const HTML = { headers: { 'content-type': 'text/html; charset=utf-8' } };
  const page = (body: string, head = ''): string => `<!doctype html><html><head><title>Brand</title>${head}</head><body>${body}</body></html>`;

  it('crawling a site with failing pages: page errors, warnings, the page limit, account reasons, the source line', async () => {
    const links = ['/missing', '/big', '/slow', '/doc.pdf', '/latin', '/gone', '/a', '/b', '/c', '/d'].map((p) => `<a href="${p}">${p}</a>`).join(' ');
    const site = agent.get(SITE);
    site.intercept({ path: '/' }).reply(
      200,
      page(
        `<header><a href="https://www.facebook.com/brandpage">Facebook</a></header>
         <article><p>By <a href="https://x.com/janedoe">Jane</a>
         <a href="https://twitter.com/intent/tweet?text=x&amp;via=someagency">Tweet</a></p></article>
         <footer>${links}</footer>`,
        '<meta name="twitter:site" content="@brandtest">',
      ),
      HTML,
    );
    site.intercept({ path: '/missing' }).reply(404, page('no'), HTML);
    site.intercept({ path: '/gone' }).reply(410, page('gone'), HTML);
    site.intercept({ path: '/big' }).reply(200, page('x'.repeat(5000)), HTML);
    site.intercept({ path: '/slow' }).reply(200, page('late'), HTML).delay(400);
    site.intercept({ path: '/doc.pdf' }).reply(200, '%PDF', { headers: { 'content-type': 'application/pdf' } });
    site.intercept({ path: '/latin' }).reply(200, page('café'), { headers: { 'content-type': 'text/html; charset=x-martian' } });
    site.intercept({ path: '/a' }).reply(200, page('<a href="https://www.instagram.com/brandpics">Instagram</a>'), HTML);
    http = createHttpClient({ dispatcher: agent, respectRobots: false, retries: 0, timeoutMs: 150, maxBytes: 3000 });
    const snapshot = await collect(`${SITE}/`, { http, maxPages: 8, maxDepth: 3, concurrency: 2, respectRobots: false, brandName: 'Brand' });
    const notes = snapshotNotes(snapshot);
    const codes = new Set(notes.map((n) => n.code));
    for (const code of ['http-404', 'http-410', 'too-large', 'timeout', 'not-html', 'bad-charset', 'max-pages', 'site.read']) expect(codes, code).toContain(code);
    expect(snapshot.accounts.map((a) => [a.handle, a.reason.code])).toEqual(
      expect.arrayContaining([
        ['brandtest', 'site.account.twitter-site'],
        ['brandpage', 'site.account.placement'],
        ['janedoe', 'site.account.unrelated-link'],
        ['someagency', 'site.account.share-via'],
      ]),
    );
    expect(problemsOf(notes)).toEqual([]);
    // No English sentence is stored: page errors have no message any more.
    expect(JSON.stringify(snapshot)).not.toMatch(/"message"/);
  });

  it('a start page robots.txt disallows', async () => {
    agent.get(SITE).intercept({ path: '/robots.txt' }).reply(200, 'User-agent: *\nDisallow: /\n', { headers: { 'content-type': 'text/plain' } });
    http = createHttpClient({ dispatcher: agent, retries: 0 });
    const site = await crawlSite(`${SITE}/`, { http, maxPages: 5, maxDepth: 2, concurrency: 1, respectRobots: true });
    expect(site.pages[0].error).toEqual({ code: 'robots' });
    expect(problemsOf([site.pages[0].error!])).toEqual([]);
  });

  it('social sources failing in each way, and the source lines', async () => {
    const API = {
      bluesky: 'http://bsky.test',
      mastodon: 'http://mastodon.test',
      youtube: 'http://youtube.test',
      discourse: 'http://forum.test',
    };
    agent.get('https://www.facebook.com').intercept({ path: '/brandpage' }).reply(404, 'nope');
    agent.get('https://www.linkedin.com').intercept({ path: '/company/brand' }).reply(302, '', { headers: { location: '/login' } });
    agent.get('https://www.linkedin.com').intercept({ path: '/login' }).reply(200, 'sign in');
    agent.get('https://www.tiktok.com').intercept({ path: '/@brand' }).reply(503, 'down');
    agent.get(API.bluesky).intercept({ path: (p) => p.startsWith('/xrpc/app.bsky.actor.getProfile') }).reply(500, '{}');
    agent.get(API.mastodon).intercept({ path: (p) => p.startsWith('/api/v1/accounts/lookup') }).reply(401, '{"error":"This API requires an authenticated user"}');
    agent.get(API.youtube).intercept({ path: '/@brand' }).reply(200, page('consent'), HTML);
    agent.get(API.discourse).intercept({ path: '/latest.json' }).reply(302, '', { headers: { location: '/login' } });
    agent.get(API.discourse).intercept({ path: '/login' }).reply(200, page('login'), HTML);
    http = createHttpClient({ dispatcher: agent, respectRobots: false, retries: 0 });
    const to = new Date('2026-10-08T12:00:00Z');
    const snapshot = {
      accounts: [
        { platform: 'facebook', handle: 'brandpage', url: 'https://www.facebook.com/brandpage', official: true, reason: { code: 'site.account.json-ld' }, evidence: [] },
        { platform: 'linkedin', handle: 'brand', url: 'https://www.linkedin.com/company/brand', official: true, reason: { code: 'site.account.json-ld' }, evidence: [] },
        { platform: 'tiktok', handle: 'brand', url: 'https://www.tiktok.com/@brand', official: true, reason: { code: 'site.account.json-ld' }, evidence: [] },
      ],
      site: { pages: [] },
    } as unknown as BrandSnapshot;
    const { conversations } = await collectSocial(snapshot, {
      ctx: {
        http,
        window: { from: new Date(to.getTime() - 30 * 86_400_000), to, days: 30 },
        maxPosts: 50,
        env: { BRAND_AUDIT_BLUESKY_API: API.bluesky, BRAND_AUDIT_MASTODON_API: API.mastodon, BRAND_AUDIT_YOUTUBE_API: API.youtube },
      },
      declared: [
        { platform: 'bluesky', handle: 'brand.bsky.social', url: 'https://bsky.app/profile/brand.bsky.social' },
        { platform: 'mastodon', handle: 'brand@mastodon.social', url: 'https://mastodon.social/@brand' },
        { platform: 'youtube', handle: 'brand', url: 'https://www.youtube.com/@brand' },
        { platform: 'discourse', handle: 'forum.test', url: `${API.discourse}/` },
        { platform: 'x', handle: 'nobody', url: 'https://x.com/nobody' },
      ],
      exports: [],
      checkProfiles: true,
      concurrency: 2,
    });
    const notes = [...conversations.flatMap((c) => c.notes ?? []), ...conversationSources(conversations).flatMap((s) => s.notes ?? [])];
    const codes = new Set(notes.map((n) => n.code));
    for (const code of [
      'social.no-public-data',
      'social.profile-missing',
      'social.profile-sign-in',
      'social.profile-http',
      'social.profile-unchecked',
      'social.http-error',
      'mastodon.sign-in',
      'youtube.no-channel-id',
      'discourse.sign-in',
      'social.read',
    ]) {
      expect(codes, code).toContain(code);
    }
    expect(problemsOf(notes)).toEqual([]);
  });

  it('the token sources failing in each way (Facebook, Instagram, X)', async () => {
    const GRAPH = 'http://graph.test';
    const XAPI = 'http://xapi.test';
    const json = { headers: { 'content-type': 'application/json' } };
    const graph = agent.get(GRAPH);
    graph.intercept({ path: (p) => p.startsWith('/v21.0/expired?') }).reply(400, JSON.stringify({ error: { code: 190, error_subcode: 463 } }), json);
    graph.intercept({ path: (p) => p.startsWith('/v21.0/revoked?') }).reply(400, JSON.stringify({ error: { code: 190, error_subcode: 467 } }), json);
    graph.intercept({ path: (p) => p.startsWith('/v21.0/noperm?') }).reply(403, JSON.stringify({ error: { code: 200 } }), json);
    graph.intercept({ path: (p) => p.startsWith('/v21.0/throttled?') }).reply(200, '{"id":"7"}', json);
    graph.intercept({ path: (p) => p.startsWith('/v21.0/7/posts') }).reply(400, JSON.stringify({ error: { code: 4 } }), json).times(2);
    graph.intercept({ path: (p) => p.startsWith('/v21.0/me') }).reply(400, JSON.stringify({ error: { code: 100 } }), json).persist();
    const x = agent.get(XAPI);
    x.intercept({ path: (p) => p.startsWith('/2/users/by/username/limited') }).reply(200, '{"data":{"id":"1","username":"limited"}}', json);
    x.intercept({ path: (p) => p.startsWith('/2/users/1/tweets') }).reply(429, '{}', { headers: { 'content-type': 'application/json', 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 3600) } });
    x.intercept({ path: (p) => p.startsWith('/2/users/by/username/revoked') }).reply(401, '{}', json);
    x.intercept({ path: (p) => p.startsWith('/2/users/by/username/nobody') }).reply(200, '{"errors":[{"title":"Not Found Error"}]}', json);
    http = createHttpClient({ dispatcher: agent, respectRobots: false, retries: 0 });
    const to = new Date('2026-10-08T12:00:00Z');
    const target = (platform: 'facebook' | 'instagram' | 'x', handle: string) => ({ platform, handle, url: `https://${platform}.example/${handle}` });
    const { conversations } = await collectSocial({ accounts: [], site: { pages: [] } } as unknown as BrandSnapshot, {
      ctx: {
        http,
        window: { from: new Date(to.getTime() - 30 * 86_400_000), to, days: 30 },
        maxPosts: 50,
        env: { BRAND_AUDIT_GRAPH_API: GRAPH, BRAND_AUDIT_X_API: XAPI, FACEBOOK_ACCESS_TOKEN: 'fake-graph-token', X_BEARER_TOKEN: 'fake-x-bearer' },
        sleep: async () => {},
      },
      declared: [
        target('facebook', 'expired'),
        target('facebook', 'revoked'),
        target('facebook', 'noperm'),
        target('facebook', 'throttled'),
        target('instagram', 'nobody'),
        target('x', 'limited'),
        target('x', 'revoked'),
        target('x', 'nobody'),
      ],
      exports: [],
      checkProfiles: false,
      concurrency: 1,
    });
    const notes = [...conversations.flatMap((c) => c.notes ?? []), ...conversationSources(conversations).flatMap((s) => s.notes ?? [])];
    const codes = new Set(notes.map((n) => n.code));
    for (const code of [
      'facebook.token-expired',
      'facebook.token-invalid',
      'facebook.permission-missing',
      'graph.slowed-down',
      'graph.rate-limited',
      'instagram.no-business-account',
      'x.rate-limited',
      'x.token-invalid',
      'x.no-account',
    ]) {
      expect(codes, code).toContain(code);
    }
    expect(problemsOf(notes)).toEqual([]);
  });

  it('the saved fixture snapshots (version 2, or upgraded from version 1)', () => {
    const dir = join(import.meta.dirname, '../../fixtures/snapshots');
    const notes = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => snapshotNotes(checkSnapshot(JSON.parse(readFileSync(join(dir, f), 'utf8')), f)));
    expect(notes.length).toBeGreaterThan(0);
    expect(problemsOf(notes)).toEqual([]);
  });
});
