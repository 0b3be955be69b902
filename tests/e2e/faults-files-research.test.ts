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
    const run = await runCase(`${site.origin('www.maison-exemple.test')}/`, ['--resolve', site.resolve, '--timeout', '5', '--max-pages', '2', '--export', file], {
      env: { ...socialEnv(site), NODE_OPTIONS: `--max-old-space-size=${SMALL_HEAP_MB}` },
      timeoutMs: 900_000,
    });
    expectSound(run);
    const conv = run.snapshot!.conversations.find((c) => c.source === 'export')!;
    expect(conv).toMatchObject({ platform: 'x', handle: 'marquecare', status: 'partial' });
    expect(conv.notes).toContainEqual({ code: 'export.read', data: { file: 'research.csv', count: 100_000 } });
    expect(conv.notes).toContainEqual({ code: 'limits.export-posts', data: { kept: 100_000, total: rows } });
    // The newest rows were kept, linked as the file links them; the oldest were left out.
    const byId = new Map(conv.posts.map((p) => [p.id, p]));
    expect(byId.get(String(rows))).toMatchObject({ replyTo: String(rows - 1), author: { role: 'brand' } });
    expect(byId.get(String(rows - 1))).toMatchObject({ author: { role: 'fan' }, metrics: { replies: 1 } });
    expect(byId.has('1')).toBe(false);
    // The report says the cap: in its sources, and in words.
    const source = run.report!.sources.find((s) => s.source === 'x:marquecare')!;
    expect(source.notes).toContainEqual({ code: 'limits.export-posts', data: { kept: 100_000, total: rows } });
    const markdown = Object.entries(run.files).find(([name]) => name.endsWith('.md'))![1];
    expect(markdown).toMatch(/1,000,000 posts in the export: the newest 100,000 were read/);
  }, 900_000);
});
