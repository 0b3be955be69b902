// Several exports in one audit: an archive in two parts is one account (posts once each, anchored together), files
// about different accounts keep their own windows, and the window notes say what was left out.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectSocial } from '../../../src/collect/social/index.js';
import type { SourceContext } from '../../../src/collect/social/types.js';
import type { BrandSnapshot } from '../../../src/snapshot/types.js';

const tmp = mkdtempSync(join(tmpdir(), 'brand-audit-merge-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A snapshot with no website: nothing but the exports to read. */
const empty = { site: { pages: [] }, accounts: [] } as unknown as BrandSnapshot;
const now = new Date('2026-12-01T00:00:00.000Z');
/** No request is made for exports: an HTTP client that fails the test if one is. */
const ctx = (days: number): SourceContext => ({
  http: new Proxy({}, { get: () => () => Promise.reject(new Error('no request expected')) }) as SourceContext['http'],
  window: { from: new Date(now.getTime() - days * 86_400_000), to: now, days },
  maxPosts: 200,
  env: {},
});

describe('several exports', () => {
  it('merges the parts of one archive into one account, anchored on the newest post of both', async () => {
    const entries = JSON.parse(readFileSync('fixtures/exports/acme-care-tweets.js', 'utf8').replace(/^window\.YTD\.tweets\.part0 = /, '')) as unknown[];
    const half = Math.ceil(entries.length / 2);
    const part0 = join(tmp, 'tweets.js');
    const part1 = join(tmp, 'tweets-part1.js');
    writeFileSync(part0, `window.YTD.tweets.part0 = ${JSON.stringify(entries.slice(0, half), null, 1)}`);
    writeFileSync(part1, `window.YTD.tweets.part1 = ${JSON.stringify(entries.slice(half), null, 1)}`);
    const { conversations } = await collectSocial(empty, {
      ctx: ctx(30),
      declared: [],
      exports: [{ path: part0, account: 'AcmeCare' }, { path: part1, account: 'AcmeCare' }],
      anchorExports: true,
      checkProfiles: false,
    });
    expect(conversations).toHaveLength(1);
    const conv = conversations[0];
    expect(conv.window).toEqual({ from: '2018-01-30T09:00:00.000Z', to: '2018-03-01T09:00:00.000Z', days: 30 });
    expect(conv.notes?.filter((n) => n.code === 'export.read').map((n) => n.data?.file)).toEqual(['tweets.js', 'tweets-part1.js']);
    expect(conv.notes?.filter((n) => n.code === 'export.window-anchored')).toHaveLength(1);
    expect(new Set(conv.posts.map((p) => p.id)).size).toBe(conv.posts.length);
  });

  it('keeps the window asked for on each account, and reads each brand of a research CSV', async () => {
    const { conversations } = await collectSocial(empty, {
      ctx: ctx(30),
      declared: [],
      exports: [{ path: 'fixtures/exports/care-research.csv' }, { path: 'fixtures/exports/acme-facebook-graph.json' }],
      anchorExports: false,
      checkProfiles: false,
    });
    expect(conversations.map((c) => `${c.platform}:${c.handle}`)).toEqual(['x:acmecare', 'x:bolthelp', 'facebook:acmecare']);
    for (const c of conversations) {
      expect(c.window.to).toBe(now.toISOString());
      expect(c.notes?.find((n) => n.code === 'export.outside-window')?.data).toMatchObject({ from: '2026-11-01', to: '2026-12-01' });
    }
  });
});
