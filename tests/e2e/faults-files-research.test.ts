// Fault matrix, files: the research CSV of brand care accounts at a million rows (the public dataset holds about
// three million). The real CLI under a small heap: the file is read as a stream, each brand keeps its newest 100,000
// posts, and the report says so.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectSound, runCase, socialEnv, startFaultSite, type FaultSite } from '../support/fault-case.js';
import { writeResearchCsv } from '../support/fault-exports.js';

let dir: string;
let site: FaultSite | undefined;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-research-'));
});
afterAll(async () => {
  await site?.close();
  rmSync(dir, { recursive: true, force: true });
});

// Far below what parsing the file whole took (the text alone is 100 MB, several times that once parsed).
const SMALL_HEAP_MB = 256;

describe('large exports: the research CSV', () => {
  it('reads a million-row research CSV under a 256 MB heap: the newest 100,000 posts kept, the cap in the report', async () => {
    const rows = 1_000_000;
    const file = path.join(dir, 'research.csv');
    await writeResearchCsv(file, rows);
    // About 100 MB: parsed whole, its text and rows alone took more than the heap the CLI gets here.
    expect(statSync(file).size).toBeGreaterThan(90 * 1024 * 1024);
    site = await startFaultSite();
    // Every report format, no snapshot: a snapshot holds the 100,000 posts themselves, and writing it is not what this
    // case measures (the reading is).
    const out = mkdtempSync(path.join(dir, 'case-'));
    const run = await runCase(
      `${site.origin('www.maison-exemple.test')}/`,
      ['--format', 'terminal,json,html,markdown,junit,csv', '--out-dir', path.join(out, 'out'), '--resolve', site.resolve, '--timeout', '5', '--max-pages', '2', '--export', file],
      { env: { ...socialEnv(site), NODE_OPTIONS: `--max-old-space-size=${SMALL_HEAP_MB}` }, timeoutMs: 900_000, outputs: false, dir: out },
    );
    expectSound(run);
    const cap = { code: 'limits.export-posts', data: { kept: 100_000, total: rows } };
    const account = run.report!.social!.accounts.find((a) => a.source === 'export')!;
    expect(account).toMatchObject({ platform: 'x', handle: 'marquecare', status: 'partial', postsRead: 100_000 });
    expect(account.notes).toContainEqual({ code: 'export.read', data: { file: 'research.csv', count: 100_000 } });
    expect(account.notes).toContainEqual(cap);
    // The newest rows were kept with their links: every question kept has its answer, ten minutes later.
    expect(account).toMatchObject({ unanswered: 0, medianResponseMinutes: 10 });
    // The report says the cap: in its sources, and in words.
    expect(run.report!.sources.find((s) => s.source === 'x:marquecare')!.notes).toContainEqual(cap);
    const markdown = Object.entries(run.files).find(([name]) => name.endsWith('.md'))![1];
    expect(markdown).toMatch(/1,000,000 posts in the export: the newest 100,000 were read/);
  }, 900_000);
});
