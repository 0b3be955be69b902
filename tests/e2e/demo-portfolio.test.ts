// End-to-end: `brand-audit demo --portfolio` writes the barometer in the formats asked for and each brand's report
// into --out-dir, and nothing else there (its results file is the run's own); it names the files it wrote, and
// says nothing with --quiet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from './run-cli.js';

const BRANDS = ['kaffeehaus-muster', 'maison-exemple', 'northwind-outdoor', 'vieux-bazar'];
// Small crawls: this is about what the portfolio run leaves behind, not the scores.
const SMALL = ['--no-social', '--max-pages', '4'];

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-demo-portfolio-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('demo --portfolio', () => {
  it('writes the formats asked for and the brands’ folders, names those files, and leaves no results file behind', async () => {
    const out = path.join(dir, 'csv');
    for (let run = 0; run < 2; run++) {
      const r = await runCli(['demo', '--portfolio', '--format', 'csv,json', '--out-dir', out, ...SMALL], { timeoutMs: 120_000 });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr.trimEnd().split('\n').slice(-3)).toEqual([
        'Barometer written to:',
        `  ${path.join(out, 'portfolio.csv')}`,
        `  ${path.join(out, 'portfolio.json')}`,
      ]);
    }
    // Run twice: still only the barometer's files and one folder per brand.
    expect(readdirSync(out).sort()).toEqual([...BRANDS, 'portfolio.csv', 'portfolio.json'].sort());
  }, 240_000);

  it('prints nothing on stderr with --quiet', async () => {
    const out = path.join(dir, 'quiet');
    const r = await runCli(['demo', '--portfolio', '--format', 'json', '--out-dir', out, '--quiet', ...SMALL], { timeoutMs: 120_000 });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(readdirSync(out).sort()).toEqual([...BRANDS, 'portfolio.json'].sort());
  }, 120_000);
});
