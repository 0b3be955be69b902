// The text detectors (src/text) run only when posts are read: a website-only audit (--no-social) never runs their
// modules, whose loading cost every audit ~15-20 ms of CPU (src/computed/text-layer.ts says how). Checked on the real
// CLI, which runs the bundled script dist/bundle/cli.cjs: V8's coverage (NODE_V8_COVERAGE) counts the calls of each of
// its functions, and each of the project's modules is one function there, named for its file, called when the module
// runs. An audit that reads posts (the demo brand's accounts, on their local stand-ins) is the check that the modules
// are found and counted.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from './run-cli.js';
import { resolveArg, socialEnv, startSites, startUrl, type FixtureServer } from './fixture-brands.js';

let dir: string;
let server: FixtureServer;
let runs = 0;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-text-on-demand-'));
  server = await startSites();
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

interface ScriptCoverage {
  url: string;
  functions: { functionName: string; ranges: { count: number }[] }[];
}

/** How many times each module of src/text ran in a CLI run (by its dist/text/ file name), and the run's exit code. */
async function textModuleRuns(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; runs: Map<string, number> }> {
  const coverage = path.join(dir, `coverage-${runs++}`);
  const r = await runCli(args, { env: { ...env, NODE_V8_COVERAGE: coverage } });
  const counts = new Map<string, number>();
  for (const file of readdirSync(coverage)) {
    const scripts = (JSON.parse(readFileSync(path.join(coverage, file), 'utf8')) as { result: ScriptCoverage[] }).result;
    for (const script of scripts.filter((s) => s.url.endsWith('/dist/bundle/cli.cjs'))) {
      for (const fn of script.functions) {
        if (/^dist\/text\/[\w.-]+\.js$/.test(fn.functionName)) counts.set(fn.functionName, (counts.get(fn.functionName) ?? 0) + fn.ranges[0].count);
      }
    }
  }
  return { code: r.code, runs: counts };
}

describe('the text detectors load when posts are read', () => {
  it('a website-only audit (--no-social) runs none of src/text', async () => {
    const { code, runs: counts } = await textModuleRuns(['audit', startUrl(server, 'vieux-bazar'), '--resolve', resolveArg(server), '--no-social', '--quiet', '--max-pages', '5', '--timeout', '2']);
    expect(code === 0 || code === 1).toBe(true);
    // The bundle holds the modules (a renamed function would otherwise pass unseen)...
    expect(counts.has('dist/text/index.js')).toBe(true);
    expect(counts.has('dist/text/questions.js')).toBe(true);
    // ...and none of them ran.
    expect([...counts].filter(([, n]) => n > 0)).toEqual([]);
  });

  it('an audit that reads posts runs them, once', async () => {
    const args = ['audit', startUrl(server, 'maison-exemple'), '--resolve', resolveArg(server), '--quiet', '--max-pages', '5', '--timeout', '2'];
    const { code, runs: counts } = await textModuleRuns(args, socialEnv(server));
    expect(code === 0 || code === 1).toBe(true);
    expect(counts.get('dist/text/index.js')).toBe(1);
    expect(counts.get('dist/text/questions.js')).toBe(1);
    expect(counts.get('dist/text/complaints.js')).toBe(1);
  });
});
