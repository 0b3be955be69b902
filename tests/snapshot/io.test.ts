// Loading snapshots: version 3 unpacked (findings written once), version 2 as it is, version 1 (English sentences)
// upgraded to notes, unknown versions refused with an error naming the file, and the structural checks the rules rely on.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { checkSnapshot, loadSnapshot, migrateReason, saveSnapshot } from '../../src/snapshot/io.js';
import { SNAPSHOT_SCHEMA_VERSION } from '../../src/snapshot/types.js';

const DIR = mkdtempSync(join(tmpdir(), 'brand-audit-io-'));
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const page = (url: string, extra: Record<string, unknown> = {}) => ({ url, status: 200, depth: 1, fetchMs: 0, https: true, kinds: [], ...extra });

/** A version-1 snapshot with every kind of sentence that version wrote. */
function v1(): Record<string, unknown> {
  return {
    schemaVersion: 1,
    collectedAt: '2026-11-22T12:00:00.000Z',
    tool: { name: 'brand-audit', version: '0.1.0' },
    target: { url: 'https://www.brand.test/', domain: 'brand.test', brandName: 'Brand' },
    site: {
      startUrl: 'https://www.brand.test/',
      pages: [
        page('https://www.brand.test/', {}),
        page('https://www.brand.test/missing', { status: 404, error: { code: 'http-404', message: 'HTTP 404' } }),
        page('https://www.brand.test/slow', { status: null, error: { code: 'timeout', message: 'timeout after 2.5 s' } }),
        page('https://www.brand.test/big', { error: { code: 'too-large', message: 'response larger than 5 MiB (Content-Length: 9 MiB)' } }),
        page('https://www.brand.test/doc', { error: { code: 'not-html', message: 'not an HTML page (no content type)' } }),
        page('https://www.brand.test/dns', { error: { code: 'dns', message: 'DNS lookup failed for www.brand.test (ENOTFOUND)' } }),
        page('https://www.brand.test/odd', { error: { code: 'tls', message: 'TLS error: certificate has expired' } }),
        page('https://www.brand.test/robots', { error: { code: 'robots', message: 'disallowed by https://www.brand.test/robots.txt' } }),
        page('https://www.brand.test/latin', {
          charset: 'windows-1252',
          warnings: [{ code: 'bad-charset', message: 'unknown charset "x-a" in Content-Type; unknown charset "x-b" declared in the document; decoded as UTF-8' }],
        }),
      ],
      robots: null,
      errors: [{ code: 'max-pages', message: 'stopped at --max-pages 30; 12 more page(s) were found but not read' }],
      limits: { maxPages: 30, maxDepth: 5, truncated: true },
    },
    accounts: [
      ['footer on 4 pages', { code: 'site.account.placement', data: { placement: 'footer', pages: 4 } }],
      ['"follow us" block on 1 page', { code: 'site.account.placement', data: { placement: 'follow-block', pages: 1 } }],
      ['navigation on 2 pages', { code: 'site.account.placement', data: { placement: 'nav', pages: 2 } }],
      ['seen on 14 of 23 pages', { code: 'site.account.repeated', data: { pages: 14, analysed: 23 } }],
      ['article link on 1 page, unrelated to the brand', { code: 'site.account.unrelated-link', data: { placement: 'article', pages: 1 } }],
      ['embedded JSON on 2 pages, unrelated to the brand', { code: 'site.account.unrelated-json', data: { pages: 2 } }],
      ['share link via= only, unrelated to the brand', { code: 'site.account.share-via' }],
      ['twitter:site meta tag', { code: 'site.account.twitter-site' }],
      ['JSON-LD sameAs', { code: 'site.account.json-ld' }],
      ['rel=me link in the page head', { code: 'site.account.rel-me' }],
      ['follow button', { code: 'site.account.follow-button' }],
      ['handle matches the brand name', { code: 'site.account.brand-name' }],
      ['handle matches the domain', { code: 'site.account.domain' }],
      ['something a later 0.x wrote', { code: 'legacy-text', data: { text: 'something a later 0.x wrote' } }],
    ].map(([reason], i) => ({ platform: 'x', handle: `h${i}`, url: `https://x.com/h${i}`, official: true, reason, evidence: [] })),
    conversations: [
      {
        platform: 'youtube',
        handle: 'brand',
        url: 'https://www.youtube.com/@brand',
        source: 'youtube',
        status: 'partial',
        message: '4 video(s) in the window; comments not read: they need a YouTube Data API key (set YOUTUBE_API_KEY)',
        window: { from: '2026-10-23T12:00:00.000Z', to: '2026-11-22T12:00:00.000Z', days: 30 },
        posts: [],
      },
      {
        platform: 'mastodon',
        handle: 'brand@m.test',
        url: 'https://m.test/@brand',
        source: 'mastodon',
        status: 'ok',
        window: { from: '2026-10-23T12:00:00.000Z', to: '2026-11-22T12:00:00.000Z', days: 30 },
        posts: [],
      },
    ],
    sources: [
      { source: 'site', ok: true, message: '9 page(s) read, 7 failed' },
      { source: 'x:brand', ok: false, message: '' },
    ],
  };
}

describe('version 1 snapshots', () => {
  const input = v1();
  const before = JSON.stringify(input);
  const s = checkSnapshot(input, 'old.json');

  it('are upgraded to the current schema without touching the input', () => {
    expect(s.schemaVersion).toBe(SNAPSHOT_SCHEMA_VERSION);
    expect(SNAPSHOT_SCHEMA_VERSION).toBe(3);
    expect(JSON.stringify(input)).toBe(before);
    expect(JSON.stringify(s)).not.toContain('"message"');
  });

  it('give page errors their code and figures back, and keep the words of those whose figures are not all said', () => {
    expect(s.site.pages.map((p) => p.error ?? null)).toEqual([
      null,
      { code: 'http-404', data: { status: 404 } },
      { code: 'timeout', data: { seconds: 2.5 } },
      { code: 'too-large', data: { maxBytes: 5 * 1024 * 1024 } },
      { code: 'not-html', data: { contentType: null } },
      { code: 'dns', data: { host: 'www.brand.test', errno: 'ENOTFOUND' } },
      // The version-1 TLS sentence does not name the OpenSSL code the message now shows: kept as written.
      { code: 'legacy-text', data: { text: 'TLS error: certificate has expired', legacyCode: 'tls' } },
      { code: 'robots' },
      null,
    ]);
    expect(s.site.pages.at(-1)?.warnings).toEqual([
      { code: 'bad-charset', data: { label: 'x-a', declaredIn: 'content-type', charset: 'windows-1252' } },
      { code: 'bad-charset', data: { label: 'x-b', declaredIn: 'document', charset: 'windows-1252' } },
    ]);
    expect(s.site.errors).toEqual([{ code: 'max-pages', data: { maxPages: 30, unread: 12 } }]);
  });

  it('turn account reasons, a closed set of sentences, into their notes', () => {
    const expected = [
      { code: 'site.account.placement', data: { placement: 'footer', pages: 4 } },
      { code: 'site.account.placement', data: { placement: 'follow-block', pages: 1 } },
      { code: 'site.account.placement', data: { placement: 'nav', pages: 2 } },
      { code: 'site.account.repeated', data: { pages: 14, analysed: 23 } },
      { code: 'site.account.unrelated-link', data: { placement: 'article', pages: 1 } },
      { code: 'site.account.unrelated-json', data: { pages: 2 } },
      { code: 'site.account.share-via' },
      { code: 'site.account.twitter-site' },
      { code: 'site.account.json-ld' },
      { code: 'site.account.rel-me' },
      { code: 'site.account.follow-button' },
      { code: 'site.account.brand-name' },
      { code: 'site.account.domain' },
      { code: 'legacy-text', data: { text: 'something a later 0.x wrote' } },
    ];
    expect(s.accounts.map((a) => a.reason)).toEqual(expected);
    expect(migrateReason('body link on 1 page, unrelated to the brand')).toEqual({
      code: 'site.account.unrelated-link',
      data: { placement: 'body', pages: 1 },
    });
  });

  it('keep conversation and source sentences as legacy text, in the place the message had', () => {
    expect(s.conversations[0].notes).toEqual([
      { code: 'legacy-text', data: { text: '4 video(s) in the window; comments not read: they need a YouTube Data API key (set YOUTUBE_API_KEY)' } },
    ]);
    expect(Object.keys(s.conversations[0])).toEqual(['platform', 'handle', 'url', 'source', 'status', 'notes', 'window', 'posts']);
    expect('notes' in s.conversations[1]).toBe(false);
    expect(s.sources).toEqual([
      { source: 'site', ok: true, notes: [{ code: 'legacy-text', data: { text: '9 page(s) read, 7 failed' } }] },
      { source: 'x:brand', ok: false },
    ]);
  });

  it('load from a file, and a website-only one without conversations gets empty lists', async () => {
    const old = v1();
    delete old.conversations;
    delete old.sources;
    const file = join(DIR, 'v1.json');
    writeFileSync(file, JSON.stringify(old));
    const loaded = loadSnapshot(file);
    expect([loaded.schemaVersion, loaded.conversations, loaded.sources]).toEqual([3, [], []]);
    // Saved again, it is a version-3 file that loads as it was.
    const again = join(DIR, 'v1-saved.json');
    await saveSnapshot(again, loaded);
    expect(JSON.parse(readFileSync(again, 'utf8')).schemaVersion).toBe(3);
    expect(loadSnapshot(again)).toEqual(loaded);
  });
});

/**
 * A version-2 snapshot as that version wrote it: every page repeats the header and footer links and the social
 * profiles, and each account's evidence repeats a page's finding (one entry, from a fediverse candidate, does not).
 */
function v2(): Record<string, unknown> {
  const origin = 'https://www.brand.test';
  const socials = [
    { platform: 'x', handle: 'brand', url: 'https://x.com/brand', how: 'link', placement: 'footer', snippet: 'X' },
    { platform: 'linkedin', handle: 'brand', url: 'https://www.linkedin.com/company/brand', how: 'json-ld', placement: 'head' },
  ];
  const links = [
    { url: `${origin}/aide`, text: 'Aide', placement: 'header', kinds: ['help'] },
    { url: `${origin}/cgv`, text: 'CGV', placement: 'footer', kinds: ['terms'] },
  ];
  const facts = (extra: Record<string, unknown> = {}) => ({ socials, links, contacts: [], vendors: [], promises: [], hasSearch: true, ...extra });
  const pages = [
    page(`${origin}/`, { depth: 0, title: 'Brand', facts: facts() }),
    page(`${origin}/aide`, { from: `${origin}/`, via: 'header', kinds: ['help'], facts: facts({ contacts: [{ kind: 'email', value: 'aide@brand.test' }] }) }),
    page(`${origin}/old`, { finalUrl: `${origin}/new`, from: `${origin}/`, via: 'body', facts: facts({ socials: [...socials, { platform: 'mastodon', handle: 'brand@social.test', url: 'https://social.test/@brand', how: 'fediverse-candidate', placement: 'footer' }] }) }),
    page(`${origin}/gone`, { status: 404, error: { code: 'http-404', data: { status: 404 } } }),
  ];
  const evidence = (s: (typeof socials)[number], urls: string[]) => urls.map((pageUrl) => ({ pageUrl, how: s.how, placement: s.placement, ...(s.snippet ? { snippet: s.snippet } : {}) }));
  const urls = [`${origin}/`, `${origin}/aide`, `${origin}/new`];
  return {
    schemaVersion: 2,
    collectedAt: '2026-11-22T12:00:00.000Z',
    tool: { name: 'brand-audit', version: '0.1.0' },
    target: { url: `${origin}/`, domain: 'brand.test', brandName: 'Brand' },
    site: { startUrl: `${origin}/`, pages, robots: null, errors: [], limits: { maxPages: 30, maxDepth: 5, truncated: false } },
    accounts: [
      { platform: 'x', handle: 'brand', url: 'https://x.com/brand', official: true, reason: { code: 'site.account.placement', data: { placement: 'footer', pages: 3 } }, evidence: evidence(socials[0], urls) },
      { platform: 'linkedin', handle: 'brand', url: socials[1].url, official: true, reason: { code: 'site.account.json-ld' }, evidence: evidence(socials[1], urls) },
      { platform: 'mastodon', handle: 'brand@social.test', url: 'https://social.test/@brand', official: false, reason: { code: 'site.account.placement', data: { placement: 'footer', pages: 1 } }, evidence: [{ pageUrl: `${origin}/new`, how: 'link', placement: 'footer' }] },
    ],
    conversations: [],
    sources: [{ source: 'site', ok: true }],
  };
}

describe('version 2 snapshots', () => {
  it('load as they are, keys in the order of the file', () => {
    const file = join(DIR, 'v2.json');
    const raw = v2();
    writeFileSync(file, JSON.stringify(raw));
    const s = loadSnapshot(file);
    expect(s).toEqual(raw);
    expect(Object.keys(s)).toEqual(Object.keys(raw));
    expect(Object.keys(s.site.pages[2])).toEqual(Object.keys((raw.site as { pages: object[] }).pages[2]));
  });
});

describe('saveSnapshot (schema 3)', () => {
  const loaded = checkSnapshot(v2(), 'v2.json');
  const current = { ...loaded, schemaVersion: SNAPSHOT_SCHEMA_VERSION };

  it('writes each repeated finding once and evidence by reference, and loads back the same snapshot, keys in order', async () => {
    const file = join(DIR, 'packed.json');
    await saveSnapshot(file, loaded);
    const text = readFileSync(file, 'utf8');
    const written = JSON.parse(text);
    expect(text).toBe(`${JSON.stringify(written)}\n`);
    expect(written.schemaVersion).toBe(3);
    expect(Object.keys(written.site)).toEqual(['startUrl', 'shared', 'pages', 'robots', 'errors', 'limits']);
    expect(written.site.shared.socials.map((s: { platform: string; how: string }) => `${s.platform} ${s.how}`)).toEqual(['x link', 'linkedin json-ld', 'mastodon fediverse-candidate']);
    expect(written.site.shared.links).toHaveLength(2);
    expect(written.site.pages.map((p: { facts?: { socials: unknown; links: unknown } }) => p.facts && [p.facts.socials, p.facts.links])).toEqual([
      [[0, 1], [0, 1]],
      [[0, 1], [0, 1]],
      [[0, 1, 2], [0, 1]],
      undefined,
    ]);
    // Evidence names the page (its final URL) and the finding; the fediverse candidate, read as a link, stays written out.
    expect(written.accounts.map((a: { evidence: unknown }) => a.evidence)).toEqual([
      [[0, 0], [1, 0], [2, 0]],
      [[0, 1], [1, 1], [2, 1]],
      [{ pageUrl: 'https://www.brand.test/new', how: 'link', placement: 'footer' }],
    ]);
    expect(text.length).toBeLessThan(JSON.stringify(loaded).length * 0.75);

    const back = loadSnapshot(file);
    expect(back).toEqual(current);
    expect(JSON.stringify(back)).toBe(JSON.stringify(current));
  });

  it('writes indented JSON when asked, loading back the same snapshot', async () => {
    const compact = join(DIR, 'compact.json');
    const pretty = join(DIR, 'pretty.json');
    await saveSnapshot(compact, loaded);
    await saveSnapshot(pretty, loaded, { pretty: true });
    expect(readFileSync(pretty, 'utf8')).toBe(`${JSON.stringify(JSON.parse(readFileSync(compact, 'utf8')), null, 2)}\n`);
    expect(loadSnapshot(pretty)).toEqual(current);
  });

  it('gives each page its own copy of a shared finding', async () => {
    const file = join(DIR, 'copies.json');
    await saveSnapshot(file, loaded);
    const back = loadSnapshot(file);
    back.site.pages[0].facts!.socials[0].snippet = 'changed';
    expect(back.site.pages[1].facts!.socials[0].snippet).toBe('X');
  });

  it('reads a version-3 file written out in full (no shared tables)', () => {
    expect(checkSnapshot({ ...v2(), schemaVersion: 3 }, 'full.json')).toEqual(current);
  });
});

describe('refused snapshots name the file and key', () => {
  const attempt = (data: unknown): ConfigError => {
    try {
      checkSnapshot(data, 'saved.json');
    } catch (err) {
      return err as ConfigError;
    }
    throw new Error('accepted');
  };
  const base = (): Record<string, unknown> => ({ ...v1(), schemaVersion: 2 });

  it('a newer schema asks for an upgrade', () => {
    const err = attempt({ ...base(), schemaVersion: 4 });
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toBe('saved.json (schemaVersion): snapshot schema 4 is newer than this brand-audit understands (3); upgrade brand-audit');
  });

  it('an unknown schema is refused, not read as the current one', () => {
    expect(attempt({ ...base(), schemaVersion: 0 }).message).toBe('saved.json (schemaVersion): unknown snapshot schema 0 (this brand-audit reads schemas 1, 2, 3)');
    expect(attempt({ ...base(), schemaVersion: 1.5 }).message).toMatch(/^saved\.json \(schemaVersion\): unknown snapshot schema 1\.5/);
  });

  it('the existing structural checks still hold', () => {
    expect(attempt([]).message).toBe('saved.json ((root)): not a brand-audit snapshot (expected a JSON object)');
    expect(attempt({ ...base(), schemaVersion: undefined }).message).toMatch(/no schemaVersion/);
    expect(attempt({ ...base(), collectedAt: 'yesterday' }).message).toMatch(/\(collectedAt\): expected an ISO date string/);
    expect(attempt({ ...base(), target: {} }).message).toMatch(/\(target\)/);
    expect(attempt({ ...base(), site: { pages: [{ url: 'x' }] } }).message).toMatch(/\(site\.pages\[0\]\)/);
    expect(attempt({ ...base(), accounts: null }).message).toMatch(/\(accounts\)/);
    expect(attempt({ ...base(), conversations: {} }).message).toMatch(/\(conversations\)/);
  });

  it('a reference to nothing in a version-3 file names its key', () => {
    const packed = (edit: (s: Record<string, any>) => void): Record<string, unknown> => {
      const s: Record<string, any> = { ...v2(), schemaVersion: 3 };
      s.site = { ...s.site, shared: { socials: [s.site.pages[0].facts.socials[0]], links: [] } };
      edit(s);
      return s;
    };
    expect(attempt(packed((s) => (s.site.pages[1].facts = { ...s.site.pages[1].facts, socials: [0, 7] }))).message).toBe(
      'saved.json (site.pages[1].facts.socials[1]): no shared entry 7',
    );
    expect(attempt(packed((s) => (s.site.pages[0].facts = { ...s.site.pages[0].facts, links: [0] }))).message).toBe('saved.json (site.pages[0].facts.links[0]): no shared entry 0');
    expect(attempt(packed((s) => (s.accounts[0].evidence = [[9, 0]]))).message).toBe('saved.json (accounts[0].evidence[0]): no page 9');
    expect(attempt(packed((s) => (s.accounts[0].evidence = [[0, 3]]))).message).toBe('saved.json (accounts[0].evidence[0]): no shared social 3');
    expect(attempt(packed((s) => (s.site.shared = { socials: [null] }))).message).toBe('saved.json (site.shared.socials[0]): expected an object');
    expect(attempt(packed((s) => (s.site.shared = []))).message).toBe('saved.json (site.shared): expected an object');
  });

  it('an unreadable or invalid file names the file', () => {
    expect(() => loadSnapshot(join(DIR, 'nope.json'))).toThrow(/nope\.json: cannot read snapshot: ENOENT/);
    const bad = join(DIR, 'bad.json');
    writeFileSync(bad, '{');
    expect(() => loadSnapshot(bad)).toThrow(/bad\.json: not valid JSON/);
  });
});
