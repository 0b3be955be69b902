// The closing "Tests: …" line of tests/summary-reporter.ts agrees with the run's exit status: a run that fails
// because a suite's setup threw (its tests then count as skipped), a file would not load, or an error escaped a
// test never reads "N passed, 0 failed" alone. Runs vitest as a child on tiny suites written to a temporary folder.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { summaryLine } from './summary-reporter.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const REPORTER = path.join(ROOT, 'tests', 'summary-reporter.ts');
const VITEST = path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Writes `files` (name → source, globals on) into a fresh folder and runs vitest there with only the reporter. */
function runSuites(files: Record<string, string>): Promise<{ code: number | null; line: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-reporter-'));
  dirs.push(dir);
  for (const [name, source] of Object.entries(files)) writeFileSync(path.join(dir, name), source);
  return new Promise((resolve, reject) => {
    // A clean environment: the parent's VITEST_* variables would make the child think it is a worker.
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, CI: '1', NO_COLOR: '1' };
    const child = spawn(process.execPath, [VITEST, 'run', '--root', dir, '--globals', `--reporter=${REPORTER}`], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', () => undefined);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, line: out.split('\n').find((l) => l.startsWith('Tests: ')) ?? out }));
  });
}

const passing = "it('fine', () => {});\nit.skip('later', () => {});\n";

describe('the closing summary line', () => {
  it('reads as a pass on a passing run', async () => {
    const r = await runSuites({ 'ok.test.js': passing });
    expect(r.code).toBe(0);
    expect(r.line).toBe('Tests: 1 passed, 0 failed, 1 skipped');
  });

  it('counts a suite whose beforeAll failed, so a run that exits 1 never reads "0 failed" alone', async () => {
    const r = await runSuites({
      'ok.test.js': passing,
      'setup.test.js': "describe('needs a server', () => {\n  beforeAll(() => { throw new Error('no server'); });\n  it('a', () => {});\n  it('b', () => {});\n});\n",
    });
    expect(r.code).toBe(1);
    expect(r.line).toBe('Tests: 1 passed, 0 failed, 3 skipped, 1 suite failed');
  });

  it('counts files that do not load and errors thrown after a test ended', async () => {
    const r = await runSuites({
      'ok.test.js': passing,
      'broken.test.js': "import './missing.js';\nit('x', () => {});\n",
      'late.test.js': "it('leaks', () => { setTimeout(() => { throw new Error('late'); }, 0); });\nit('waits', async () => { await new Promise((r) => setTimeout(r, 50)); });\n",
    });
    expect(r.code).toBe(1);
    expect(r.line).toBe('Tests: 3 passed, 0 failed, 1 skipped, 1 suite failed, 1 error');
  });
});

describe('summaryLine', () => {
  it('names failed suites and errors only when there are some, in the singular or plural', () => {
    expect(summaryLine({ passed: 3, failed: 1, skipped: 0, failedSuites: 0, errors: 0 })).toBe('Tests: 3 passed, 1 failed, 0 skipped');
    expect(summaryLine({ passed: 0, failed: 0, skipped: 2, failedSuites: 2, errors: 3 })).toBe('Tests: 0 passed, 0 failed, 2 skipped, 2 suites failed, 3 errors');
  });
});
