// Fault matrix, files: the JSON exports at more posts than one export may give. An X archive's tweets.js (pretty-printed,
// about 110 MB) and saved X API v2 responses as JSON lines, read by the real CLI under a small heap: each is read a
// value at a time (archive entry, response), the newest posts are kept (100,000 posts at most, the customers' posts an
// archive's replies stand in for included), and the report says so.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSound, runCase, socialEnv, startFaultSite, type FaultSite } from '../support/fault-case.js';
import { writeXApiLines, writeXArchive } from '../support/fault-exports.js';

let dir: string;
let site: FaultSite | undefined;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-json-exports-'));
  site = await startFaultSite();
});
afterAll(async () => {
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

// Parsed whole, either file took several times this (its text, its parse and the line of every object).
const SMALL_HEAP_MB = 256;
const POSTS = 120_000;

/** The CLI on the fault site with `file` as its export: every report format, no snapshot. */
async function audit(file: string) {
  const out = mkdtempSync(path.join(dir, 'case-'));
  const run = await runCase(
    `${site!.origin('www.maison-exemple.test')}/`,
    ['--format', 'terminal,json,html,markdown,junit,csv', '--out-dir', path.join(out, 'out'), '--resolve', site!.resolve, '--timeout', '5', '--max-pages', '2', '--export', file],
    { env: { ...socialEnv(site!), NODE_OPTIONS: `--max-old-space-size=${SMALL_HEAP_MB}` }, timeoutMs: 300_000, outputs: false, dir: out },
  );
  expectSound(run);
  return run;
}

describe('large exports: X archives and saved API responses', () => {
  it('reads an X archive of 120,000 tweets under a 256 MB heap: the newest kept, with the posts they answer 100,000 posts', async () => {
    const file = path.join(dir, 'tweets.js');
    await writeXArchive(file, POSTS);
    expect(statSync(file).size).toBeGreaterThan(100 * 1024 * 1024);
    const run = await audit(file);
    const account = run.report!.social!.accounts.find((a) => a.source === 'export')!;
    expect(account).toMatchObject({ platform: 'x', handle: 'marquecare', status: 'partial' });
    // Nearly every tweet answers a customer's post, which stands in beside it: about half the tweets fit in the cap.
    const read = account.notes.find((n) => n.code === 'export.read')!.data as { count: number };
    const standIns = account.notes.find((n) => n.code === 'export.brand-posts')!.data as { count: number };
    expect(read.count + standIns.count).toBe(100_000);
    expect(read.count).toBeGreaterThan(49_000);
    const cap = { code: 'limits.export-posts', data: { kept: read.count, total: POSTS } };
    expect(account.notes).toContainEqual(cap);
    // The customers' posts stand in by their ids: every answer kept is ten minutes after its question.
    expect(account).toMatchObject({ medianResponseMinutes: 10 });
    expect(run.report!.sources.find((s) => s.source === 'x:marquecare')!.notes).toContainEqual(cap);
    const markdown = Object.entries(run.files).find(([name]) => name.endsWith('.md'))![1];
    expect(markdown).toContain(`120,000 posts in the export: the newest ${read.count.toLocaleString('en')} were read`);
  }, 300_000);

  it('reads 120,000 tweets of saved X API responses (JSON lines) under a 256 MB heap: the newest 100,000 kept', async () => {
    const file = path.join(dir, 'x-api.jsonl');
    await writeXApiLines(file, POSTS);
    const run = await audit(file);
    const cap = { code: 'limits.export-posts', data: { kept: 100_000, total: POSTS } };
    const account = run.report!.social!.accounts.find((a) => a.source === 'export')!;
    expect(account).toMatchObject({ platform: 'x', handle: 'marquecare', status: 'partial', postsRead: 100_000 });
    expect(account.notes).toContainEqual(cap);
    // The newest pairs were kept whole: every question kept has its answer, ten minutes later.
    expect(account).toMatchObject({ unanswered: 0, medianResponseMinutes: 10 });
    const markdown = Object.entries(run.files).find(([name]) => name.endsWith('.md'))![1];
    expect(markdown).toMatch(/120,000 posts in the export: the newest 100,000 were read/);
  }, 300_000);
});
