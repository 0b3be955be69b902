// Fault matrix, social APIs: the real CLI against the demo brand's Bluesky, Mastodon and YouTube stand-ins made hostile
// (tests/support/fault-generators.ts). Listings that never end stop at the page budget, a repeated cursor, a page with
// nothing new or the time budget, and the account is marked partial; a Retry-After far away is given up at once; an
// API echoing the request never puts the key in an output; malformed shapes and deep threads are read, not crashed on.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectSound, runCase, socialEnv, startFaultSite, SECRET, type CaseRun, type FaultSite } from '../support/fault-case.js';
import type { FaultTables } from '../support/fault-routes.js';
import type { Conversation } from '../../src/snapshot/types.js';

const FEED = '/xrpc/app.bsky.feed.getAuthorFeed';
const STATUSES = '/api/v1/accounts/109512345678900001/statuses';
const THREADS = '/youtube/v3/commentThreads';
const BSKY = 'bsky-api.test';
const MASTODON = 'mastodon-api.test';
const YOUTUBE = 'youtube-api.test';

let site: FaultSite | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
});

/** Audits the demo brand with its social accounts, every output asked for; `edit` changes the copied fixtures first. */
async function audit(faults: FaultTables, extra: string[] = [], edit?: (brandDir: string) => void): Promise<CaseRun> {
  site = await startFaultSite({ faults, ...(edit ? { edit: (root: string) => edit(path.join(root, 'maison-exemple')) } : {}) });
  return runCase(`${site.origin('www.maison-exemple.test')}/`, ['--resolve', site.resolve, '--timeout', '5', '--max-pages', '8', ...extra], {
    env: socialEnv(site),
  });
}

function account(run: CaseRun, platform: string): Conversation {
  const conv = run.snapshot!.conversations.find((c) => c.platform === platform);
  expect(conv, `${platform} conversation`).toBeDefined();
  return conv!;
}

const codes = (conv: Conversation): string[] => (conv.notes ?? []).map((n) => n.code);

describe('pagination that never ends', () => {
  it('stops at the page budget when every page brings new items that do not count (Bluesky, Mastodon), or nothing (YouTube)', async () => {
    const run = await audit({
      [BSKY]: { [FEED]: { generate: 'endless-bluesky-feed', params: { mode: 'fans' } } },
      [MASTODON]: { [STATUSES]: { generate: 'endless-mastodon-statuses', params: { mode: 'fans' } } },
      [YOUTUBE]: { [THREADS]: { generate: 'endless-youtube-comments', params: { mode: 'empty' } } },
    });
    expectSound(run);
    const bsky = account(run, 'bluesky');
    expect(bsky.status).toBe('partial');
    expect(bsky.notes).toContainEqual({ code: 'limits.pages', data: { endpoint: 'app.bsky.feed.getAuthorFeed', pages: 100 } });
    expect(site!.server.requests(BSKY, FEED)).toBe(100);
    const masto = account(run, 'mastodon');
    expect(masto.status).toBe('partial');
    expect(masto.notes).toContainEqual({ code: 'limits.pages', data: { endpoint: '/api/v1/accounts/:id/statuses', pages: 100 } });
    expect(site!.server.requests(MASTODON, STATUSES)).toBe(100);
    // A quota-billed API: one page that brought nothing, and the listing stops there.
    const yt = account(run, 'youtube');
    expect(yt.status).toBe('partial');
    expect(yt.notes).toContainEqual({ code: 'limits.no-progress', data: { endpoint: 'youtube/v3/commentThreads', pages: 1 } });
    expect(site!.server.requests(YOUTUBE, THREADS)).toBe(1);
  }, 180_000);

  it('stops at a page that repeats what was read, and at a cursor already used', async () => {
    const run = await audit({
      [BSKY]: { [FEED]: { generate: 'endless-bluesky-feed', params: { mode: 'fans', cursor: 'fixed' } } },
      [MASTODON]: { [STATUSES]: { generate: 'endless-mastodon-statuses', params: { mode: 'repeat' } } },
      [YOUTUBE]: { [THREADS]: { generate: 'endless-youtube-comments', params: { mode: 'repeat' } } },
    });
    expectSound(run);
    expect(account(run, 'bluesky').notes).toContainEqual({ code: 'limits.cursor-repeated', data: { endpoint: 'app.bsky.feed.getAuthorFeed', pages: 2 } });
    expect(site!.server.requests(BSKY, FEED)).toBe(2);
    const masto = account(run, 'mastodon');
    expect(masto.notes).toContainEqual({ code: 'limits.no-progress', data: { endpoint: '/api/v1/accounts/:id/statuses', pages: 2 } });
    expect(masto.posts.filter((p) => p.id === '900')).toHaveLength(1);
    expect(account(run, 'youtube').notes).toContainEqual({ code: 'limits.no-progress', data: { endpoint: 'youtube/v3/commentThreads', pages: 2 } });
    for (const platform of ['bluesky', 'mastodon', 'youtube']) expect(account(run, platform).status).toBe('partial');
  }, 180_000);

  it('stops at the time budget (--source-timeout) and keeps what was read', async () => {
    const run = await audit({ [BSKY]: { [FEED]: { generate: 'endless-bluesky-feed', params: { mode: 'fresh' }, delayMs: 600 } } }, ['--source-timeout', '3']);
    expectSound(run);
    const bsky = account(run, 'bluesky');
    expect(bsky.status).toBe('partial');
    expect(codes(bsky)).toContain('limits.time');
    expect(bsky.notes).toContainEqual({ code: 'limits.time', data: { seconds: 3 } });
    expect(bsky.posts.length).toBeGreaterThan(0);
    // Pages of 600 ms in 3 s: a handful, never the hundred the page budget allows.
    expect(site!.server.requests(BSKY, FEED)).toBeLessThan(10);
  }, 180_000);
});

describe('Retry-After far in the future', () => {
  it('gives up at once and marks the account rate-limited with the wait asked', async () => {
    const run = await audit({
      [BSKY]: { '/xrpc/app.bsky.actor.getProfile': { status: 429, retryAfter: 99999 } },
      [MASTODON]: { '/api/v1/accounts/lookup': { generate: 'retry-after-date', params: { seconds: '86400' } } },
    });
    expectSound(run);
    const bsky = account(run, 'bluesky');
    expect(bsky.status).toBe('rate-limited');
    expect(bsky.notes).toContainEqual({ code: 'limits.retry-after', data: { endpoint: 'app.bsky.actor.getProfile', status: 429, seconds: 99999 } });
    // Asked once, never retried: the wait is beyond what the tool waits.
    expect(site!.server.requests(BSKY, '/xrpc/app.bsky.actor.getProfile')).toBe(1);
    const masto = account(run, 'mastodon');
    expect(masto.status).toBe('rate-limited');
    const wait = masto.notes!.find((n) => n.code === 'limits.retry-after')!.data!.seconds as number;
    expect(wait).toBeGreaterThan(86_000);
    expect(site!.server.requests(MASTODON, '/api/v1/accounts/lookup')).toBe(1);
  }, 180_000);
});

describe('a secret in every output', () => {
  it.each([
    ['an error body that quotes the request URL, key included', { generate: 'echo-request', params: { shape: 'json' } }],
    ['a malformed answer whose parse error would quote a piece of the key', { generate: 'echo-request', params: { shape: 'broken' } }],
    ['a comment whose text quotes the request URL (data read, then scrubbed)', { generate: 'echo-request', params: { shape: 'comment' } }],
  ])('%s: the key is in no output, whole or in part', async (_, fault) => {
    const run = await audit({ [YOUTUBE]: { [THREADS]: fault } });
    // The request did carry the key (the premise), and the API did echo it.
    expect(site!.server.requests(YOUTUBE, THREADS)).toBeGreaterThan(0);
    expectSound(run);
    const yt = account(run, 'youtube');
    const echoed = yt.posts.find((p) => p.id === 'echo1');
    if (fault.params.shape === 'comment') {
      // Read as data, the key scrubbed out of the text and the author's name.
      expect(echoed?.text).toMatch(/^Vu sur http:\/\/youtube-api\.test:\d+\/youtube\/v3\/commentThreads\?.*\[redacted\]/);
      expect(echoed?.author.handle).toContain('[redacted]');
    } else {
      expect(echoed).toBeUndefined();
      expect(codes(yt)).toContain('youtube.comments-partial');
    }
    expect(JSON.stringify(run.snapshot)).not.toContain(SECRET.slice(10, 20));
  }, 180_000);

  it('never follows a redirect that would carry the key to another host', async () => {
    // The Data API answers with a redirect to another host, query string (key) and all.
    const run = await audit({}, [], (dir) =>
      writeFileSync(path.join(dir, YOUTUBE, '_routes.json'), JSON.stringify({ [THREADS]: { redirect: '{{origin:bsky-api.test}}/collect?stolen=1', status: 307 } })),
    );
    expectSound(run);
    expect(site!.server.requests(YOUTUBE, THREADS)).toBe(1);
    expect(site!.server.requests(BSKY, '/collect')).toBe(0);
    expect(account(run, 'youtube').notes).toContainEqual(expect.objectContaining({ code: 'social.request-failed', data: expect.objectContaining({ failure: 'off-origin-redirect' }) }));
  }, 180_000);
});

describe('shapes and depths a server may send', () => {
  it('reads a thread nested 5,000 replies deep, up to the depth asked for, and says what was cut', async () => {
    const run = await audit({ [BSKY]: { '/xrpc/app.bsky.feed.getPostThread': { generate: 'deep-bluesky-thread', params: { depth: '5000' } } } });
    expectSound(run);
    const bsky = account(run, 'bluesky');
    expect(bsky.status).toBe('ok');
    expect(codes(bsky)).toContain('limits.thread-depth');
    expect(bsky.posts.filter((p) => p.text.startsWith('Réponse')).length).toBeGreaterThan(10);
  }, 180_000);

  it('reads a Mastodon account whose `fields` is not a list, with no internal message anywhere', async () => {
    const run = await audit({}, [], (dir) => {
      const file = path.join(dir, MASTODON, 'api/v1/accounts/lookup.json');
      const account = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      writeFileSync(file, JSON.stringify({ ...account, fields: { name: 'Site', value: 'not a list' } }));
    });
    expectSound(run);
    const masto = account(run, 'mastodon');
    expect(masto.status).toBe('ok');
    expect(codes(masto)).not.toContain('social.crashed');
    expect(masto.profile?.exists).toBe(true);
    for (const text of [run.stdout, ...Object.values(run.files)]) expect(text).not.toMatch(/is not a function|TypeError/);
  }, 180_000);
});
