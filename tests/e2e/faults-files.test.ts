// Fault matrix, files and signals: exports of hundreds of thousands of rows, input files over their size limit or of
// the wrong shape, kill -9 while a report or a snapshot is written, Ctrl-C during a crawl. The real CLI every time:
// a finished report or a documented exit code with one clear line, and never a torn file.
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, watch, writeFileSync, writeSync, ftruncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectSound, HEAP_MB, runCase, socialEnv, startFaultSite, type FaultSite } from '../support/fault-case.js';
import { BIN, ROOT, runCli } from './run-cli.js';
import type { BrandSnapshot } from '../../src/snapshot/types.js';

let dir: string;
let site: FaultSite | undefined;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-files-'));
});
afterEach(async () => {
  await site?.close();
  site = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const WWW = 'www.maison-exemple.test';
const SNAPSHOT = path.join(ROOT, 'fixtures', 'snapshots', 'maison-exemple.json');

/** A file of `bytes` bytes that takes no room on disk (sparse): only its size is looked at before it is refused. */
function sparse(name: string, bytes: number, head = ''): string {
  const file = path.join(dir, name);
  const fd = openSync(file, 'w');
  if (head) writeSync(fd, head);
  ftruncateSync(fd, bytes);
  closeSync(fd);
  return file;
}

/** One usage error line, no stack, no internal error. */
function oneUsageLine(r: { code: number | null; stderr: string }): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at |internal error|Cannot read properties/);
}

describe('large exports', () => {
  it('reads a CSV export of 300,000 rows under the heap limit: the newest 100,000 kept, the rest said', async () => {
    const rows = 300_000;
    const file = path.join(dir, 'facebook.csv');
    const now = Date.now();
    const parts = ['id,author,createdAt,text,replyTo,likes,reposts,url'];
    for (let i = 0; i < rows; i++) {
      const root = i % 3 === 0;
      const at = new Date(now - (rows - i) * 2000).toISOString();
      parts.push(`p${i},${root ? 'marque' : `fan${i % 50}`},${at},${root ? 'Nouveauté' : 'Ça marche ?'} ${i},${root ? '' : `p${i - (i % 3)}`},${i % 7},0,`);
    }
    writeFileSync(file, `${parts.join('\n')}\n`);
    site = await startFaultSite();
    const run = await runCase(`${site.origin(WWW)}/`, ['--resolve', site.resolve, '--timeout', '5', '--max-pages', '5', '--export', file, '--export-platform', 'facebook', '--export-account', 'marque'], {
      env: socialEnv(site),
      timeoutMs: 600_000,
    });
    expectSound(run);
    const conv = run.snapshot!.conversations.find((c) => c.source === 'export')!;
    expect(conv.status).toBe('partial');
    expect(conv.notes).toContainEqual({ code: 'limits.export-posts', data: { kept: 100_000, total: rows } });
    expect(conv.notes).toContainEqual({ code: 'export.read', data: { file: 'facebook.csv', count: 100_000 } });
    // The newest rows were kept.
    expect(conv.posts.some((p) => p.id === `p${rows - 1}`)).toBe(true);
    expect(conv.posts.some((p) => p.id === 'p0')).toBe(false);
  }, 600_000);
});

describe('input size and shape', () => {
  it.each([
    ['a brand file', () => ['audit', writeBig('brand.yaml', 2 * 1024 * 1024, 'name: X\nwebsite: https://www.x.test/\n')], /brand\.yaml: the file is 2 MiB, more than the 1 MiB a brand file may be/],
    ['a rule set', () => ['audit', 'https://www.x.test/', '--rules', writeBig('rules.yaml', 1.5 * 1024 * 1024, 'extends: default\n')], /rules\.yaml: the file is 1\.5 MiB, more than the 1 MiB a rule set may be/],
    ['a snapshot', () => ['audit', '--from-snapshot', sparse('huge.snapshot.json', 300 * 1024 * 1024)], /huge\.snapshot\.json: the file is 300 MiB, more than the 256 MiB a snapshot may be/],
    ['a saved report or snapshot to render', () => ['report', sparse('huge.report.json', 300 * 1024 * 1024)], /huge\.report\.json: the file is 300 MiB/],
    ['a baseline report', () => ['audit', '--from-snapshot', SNAPSHOT, '--baseline', sparse('baseline.json', 70 * 1024 * 1024)], /baseline\.json: the file is 70 MiB, more than the 64 MiB a report may be/],
    ['a YAML portfolio', () => ['batch', writeBig('portfolio.yaml', 5 * 1024 * 1024, 'brands:\n  - name: X\n    website: https://www.x.test/\n')], /portfolio\.yaml: the file is 5 MiB, more than the 4 MiB a portfolio may be/],
    ['a CSV portfolio', () => ['batch', writeBig('brands.csv', 4.5 * 1024 * 1024, 'name,website\nX,https://www.x.test/\n')], /brands\.csv: the file is 4\.5 MiB, more than the 4 MiB a portfolio may be/],
  ])('refuses %s over its size limit with one line and exit 2, before reading it', async (_, args, message) => {
    const r = await runCli(args(), { env: { NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` } });
    oneUsageLine(r);
    expect(r.stderr).toMatch(message);
  });

  it.each([
    ['a CSV', 'huge.csv', 257, 'the export is 257 MiB, more than the 256 MiB a CSV export may be'],
    ['a research CSV', 'research.csv', 257, 'the export is 257 MiB, more than the 256 MiB a CSV export may be'],
    ['a JSON', 'huge.json', 130, 'the export is 130 MiB, more than the 128 MiB an export may be'],
    ['an X archive', 'tweets.js', 257, 'the export is 257 MiB, more than the 256 MiB an X archive file may be'],
  ])('refuses %s export over its limit when collecting, naming the file', async (_, name, mib, message) => {
    site = await startFaultSite();
    // A header that tells the format, then nothing: the size alone must refuse the file.
    const header =
      name === 'huge.csv'
        ? 'id,author,createdAt,text\n'
        : name === 'research.csv'
          ? 'tweet_id,author_id,inbound,created_at,text\n'
          : name === 'tweets.js'
            ? 'window.YTD.tweets.part0 = [\n'
            : '';
    const file = sparse(name, mib * 1024 * 1024, header);
    const r = await runCli(['audit', `${site.origin(WWW)}/`, '--resolve', site.resolve, '--max-pages', '2', '--export', file, '--export-platform', 'x', '--export-account', 'b', '--quiet'], {
      env: { ...socialEnv(site), NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` },
    });
    oneUsageLine(r);
    expect(r.stderr).toContain(`${file}:1: ${message}`);
  });

  it.each([
    ['null among the conversations', (s: Record<string, unknown>) => void (s.conversations = [null]), 'conversations[0]): expected object, got null'],
    ['a page without kinds', (s: Record<string, unknown>) => void ((s.site as { pages: Record<string, unknown>[] }).pages[1].kinds = 'help'), 'site.pages[1]): expected a page with url, depth and kinds'],
    ['a post whose author has no role', (s: Record<string, unknown>) => void (s.conversations = [conversation({ role: 'moderator' })]), 'conversations[0].posts[0].author.role): unexpected value "moderator"'],
    ['an account that is a string', (s: Record<string, unknown>) => void (s.accounts = ['facebook']), 'accounts[0]): expected object, got a string'],
  ])('refuses a snapshot with %s: exit 2 naming the key, not an internal error', async (_, edit, where) => {
    const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<string, unknown>;
    edit(snapshot);
    const file = path.join(dir, 'edited.snapshot.json');
    writeFileSync(file, JSON.stringify(snapshot));
    for (const args of [['audit', '--from-snapshot', file], ['report', file]]) {
      const r = await runCli(args);
      oneUsageLine(r);
      expect(r.stderr).toContain(`${file} (${where}`);
    }
  });
});

/** Writes `size` bytes: `head`, then YAML comment lines. */
function writeBig(name: string, size: number, head: string): string {
  const file = path.join(dir, name);
  const line = '# padding padding padding padding padding padding padding padding padding padding\n';
  writeFileSync(file, head + line.repeat(Math.ceil((size - head.length) / line.length)).slice(0, size - head.length));
  return file;
}

/** A conversation with one post, for snapshot-shape tests. */
function conversation(author: { role: string }): unknown {
  const at = '2026-10-01T09:00:00.000Z';
  return {
    platform: 'bluesky',
    handle: 'brand.test',
    url: 'https://bsky.app/profile/brand.test',
    source: 'bluesky',
    status: 'ok',
    window: { from: at, to: at, days: 30 },
    posts: [{ id: 'p', platform: 'bluesky', author: { id: 'x', handle: 'x', ...author }, createdAt: at, text: 't', root: 'p', metrics: { likes: 0, replies: 0, reposts: 0 } }],
  };
}

/** Spawns the CLI, with its process at hand (for signals). */
function spawnCli(args: string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }> } {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', CI: '1', NO_COLOR: '1', HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1,localhost', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string; stdout: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stderr, stdout })),
  );
  return { child, done };
}

/** Waits until `test` holds (polling), or fails after `ms`. */
async function until(test: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!test()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('half-written files', () => {
  /** A big snapshot (the demo's, with 40,000 extra posts), so that writing its report or itself takes a while. */
  function bigSnapshot(): string {
    const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as BrandSnapshot;
    const at = snapshot.collectedAt;
    const posts = Array.from({ length: 40_000 }, (_, i) => ({
      id: `p${i}`,
      platform: 'bluesky' as const,
      author: { id: i % 2 ? 'fan' : 'brand', handle: i % 2 ? 'fan.test' : 'brand.test', role: (i % 2 ? 'fan' : 'brand') as 'fan' | 'brand' },
      createdAt: at,
      text: `Message ${i} ${'x'.repeat(200)}`,
      root: `p${i - (i % 2)}`,
      ...(i % 2 ? { replyTo: `p${i - 1}` } : {}),
      metrics: { likes: 0, replies: 0, reposts: 0 },
    }));
    snapshot.conversations = [{ platform: 'bluesky', handle: 'brand.test', url: 'https://bsky.app/profile/brand.test', source: 'bluesky', status: 'ok', window: { from: at, to: at, days: 30 }, posts }];
    const file = path.join(dir, 'big.snapshot.json');
    writeFileSync(file, JSON.stringify(snapshot));
    return file;
  }

  /**
   * Runs the CLI writing into `out`, where every target already holds a previous version, and kills it with SIGKILL the
   * moment anything changes in that folder (the first file being written). Every target must then hold its previous
   * version or a whole new one — never an empty or truncated file.
   */
  async function killWhileWriting(args: string[], out: string, targets: string[], whole: (text: string) => boolean, env: Record<string, string> = {}): Promise<void> {
    for (const t of targets) writeFileSync(path.join(out, t), 'PREVIOUS VERSION\n');
    const { child, done } = spawnCli(args, env);
    const watcher = watch(out, () => child.kill('SIGKILL'));
    const result = await done;
    watcher.close();
    expect(result.signal, result.stderr).toBe('SIGKILL');
    for (const t of targets) {
      const text = readFileSync(path.join(out, t), 'utf8');
      expect(text === 'PREVIOUS VERSION\n' || whole(text), `${t} torn: ${text.length} bytes, ends ${JSON.stringify(text.slice(-40))}`).toBe(true);
    }
    // What is left behind is at most a hidden temporary file, never in place of a target.
    for (const name of readdirSync(out)) if (!targets.includes(name)) expect(name).toMatch(/^\..*\.tmp$/);
  }

  const isJson = (text: string): boolean => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  };

  it('kill -9 during --out leaves the previous report or the whole new one', async () => {
    const big = bigSnapshot();
    for (let i = 0; i < 3; i++) {
      const out = mkdtempSync(path.join(dir, 'out-'));
      await killWhileWriting(['report', big, '--format', 'json', '--out', path.join(out, 'report.json')], out, ['report.json'], isJson);
    }
  }, 300_000);

  it('kill -9 during --out-dir leaves each report previous or whole', async () => {
    const big = bigSnapshot();
    const out = mkdtempSync(path.join(dir, 'outdir-'));
    const targets = ['maison-exemple.test.json', 'maison-exemple.test.html', 'maison-exemple.test.md'];
    await killWhileWriting(['report', big, '--format', 'json,html,markdown', '--out-dir', out], out, targets, (t) => isJson(t) || /<\/html>\s*$/.test(t) || t.endsWith('\n'));
  }, 300_000);

  it('kill -9 during --save-snapshot leaves the previous snapshot or the whole new one', async () => {
    site = await startFaultSite();
    const out = mkdtempSync(path.join(dir, 'snap-'));
    await killWhileWriting(
      ['audit', `${site.origin(WWW)}/`, '--resolve', site.resolve, '--max-pages', '5', '--no-social', '--quiet', '--format', 'json', '--save-snapshot', path.join(out, 'snapshot.json')],
      out,
      ['snapshot.json'],
      isJson,
    );
  }, 300_000);
});

describe('Ctrl-C during a crawl', () => {
  /** A site whose inner pages answer slowly, so that a crawl is under way when the signal comes. */
  async function slowSite(): Promise<FaultSite> {
    const slow = { delayMs: 20_000 };
    return startFaultSite({ faults: { [WWW]: { '/cgv': slow, '/cgu': slow, '/blog/': slow, '/magasins': slow, '/a-propos': slow } } });
  }

  it('stops, says so, keeps what was read in --save-snapshot, writes no report and exits 130', async () => {
    site = await slowSite();
    const snapshot = path.join(dir, 'interrupted.snapshot.json');
    const report = path.join(dir, 'interrupted.report.json');
    const { child, done } = spawnCli(['audit', `${site.origin(WWW)}/`, '--resolve', site.resolve, '--timeout', '30', '--save-snapshot', snapshot, '--format', 'json', '--out', report]);
    // Pages read, and the slow ones asked for: the crawl is under way.
    await until(() => site!.server.requests(WWW, '/cgv') > 0 && site!.server.requests(WWW) + site!.server.requests('aide.maison-exemple.test') > 10);
    child.kill('SIGINT');
    const r = await done;
    expect(r.code, r.stderr).toBe(130);
    expect(r.stderr).toMatch(/interrupted \(SIGINT\)/);
    expect(r.stderr).toMatch(/brand-audit: interrupted: \d+ pages read, snapshot saved to .*interrupted\.snapshot\.json; no report written/);
    expect(existsSync(report)).toBe(false);
    const saved = JSON.parse(readFileSync(snapshot, 'utf8')) as BrandSnapshot;
    expect(saved.site.errors).toContainEqual({ code: 'limits.interrupted' });
    expect(saved.site.pages.filter((p) => !p.error).length).toBeGreaterThan(3);
    // Cancelled pages are not reported as failures of the site.
    expect(saved.site.pages.filter((p) => p.error?.code === 'aborted')).toEqual([]);
    // The saved snapshot audits offline.
    const again = await runCli(['audit', '--from-snapshot', snapshot, '--format', 'json', '--quiet']);
    expect(again.code, again.stderr).toBe(0);
  }, 120_000);

  it('without --save-snapshot says how to keep what was read, and prints no report', async () => {
    site = await slowSite();
    const { child, done } = spawnCli(['audit', `${site.origin(WWW)}/`, '--resolve', site.resolve, '--timeout', '30', '--no-social']);
    await until(() => site!.server.requests(WWW, '/cgv') > 0);
    child.kill('SIGINT');
    const r = await done;
    expect(r.code).toBe(130);
    expect(r.stderr).toContain('--save-snapshot keeps what was read');
    expect(r.stdout).toBe('');
  }, 120_000);
});
