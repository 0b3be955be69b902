// One case of the fault matrix: a copy of the bundled sites (edited for the case) served with fault routes, the real
// CLI run against it with every output asked for (all formats, the snapshot, the GitHub job summary, stderr), a
// secret in the environment, a heap limit and a time limit, and the checks every case must pass: a finished report
// or a documented exit code, no secret (or piece of one) in any output, no torn or temporary file left behind.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { startFaultServer, type FaultServer } from './fault-server.js';
import type { FaultTables } from './fault-routes.js';
import { runCli, type CliResult } from '../e2e/run-cli.js';
import type { AuditReport } from '../../src/report/types.js';
import type { BrandSnapshot } from '../../src/snapshot/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The secret every case puts in YOUTUBE_API_KEY (shaped like a Google API key, invented). No output may hold it, nor
 * any piece of it of FRAGMENT characters or more.
 */
export const SECRET = 'AIzaSyQx7TmWk3vNfZr9LpHc2GdYb5EsUo8JtKa';
export const FRAGMENT = 8;
/** Exit codes the README documents. */
export const DOCUMENTED_EXITS = [0, 1, 2, 3, 130];
/** The heap every case runs under: far above a normal audit's needs, far below what the defects used. */
export const HEAP_MB = 512;

/** Every piece of `secret` `length` characters long. */
export function fragments(secret: string, length = FRAGMENT): string[] {
  const out: string[] = [];
  for (let i = 0; i + length <= secret.length; i++) out.push(secret.slice(i, i + length));
  return out;
}

/** The first piece of the secret found in `text`, with what surrounds it, or '' when there is none. */
export function secretIn(text: string, secret = SECRET): string {
  for (const piece of fragments(secret)) {
    const at = text.indexOf(piece);
    if (at >= 0) return JSON.stringify(text.slice(Math.max(0, at - 40), at + 40));
  }
  return '';
}

export interface FaultSite {
  root: string;
  server: FaultServer;
  /** `host=127.0.0.1,…` for --resolve. */
  resolve: string;
  origin(host: string): string;
  close(): Promise<void>;
}

/**
 * Copies the bundled brands named (default: maison-exemple, whose social APIs live beside it) into a temporary root,
 * lets `edit` write or change files there (a host is a folder `<brand>/<hostname>/`), and serves it with `faults`.
 */
export async function startFaultSite(opts: { brands?: string[]; edit?: (root: string) => void; faults?: FaultTables } = {}): Promise<FaultSite> {
  const root = mkdtempSync(path.join(tmpdir(), 'brand-audit-faults-'));
  for (const brand of opts.brands ?? ['maison-exemple']) cpSync(path.join(ROOT, 'fixtures', 'sites', brand), path.join(root, brand), { recursive: true });
  opts.edit?.(root);
  const server = await startFaultServer({ root, faults: opts.faults ?? {} });
  return {
    root,
    server,
    resolve: Object.keys(server.resolve)
      .map((h) => `${h}=${server.resolve[h]}`)
      .join(','),
    origin: (host) => server.origin(host),
    async close() {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

/** Writes `files` (path relative to `dir` → content) creating folders. */
export function writeTree(dir: string, files: Record<string, string | Buffer>): void {
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), content);
  }
}

/** The environment pointing the demo brand's social sources at the fault site's stand-ins, with the secret set. */
export function socialEnv(site: FaultSite): Record<string, string> {
  return {
    BRAND_AUDIT_BLUESKY_API: site.origin('bsky-api.test'),
    BRAND_AUDIT_MASTODON_API: site.origin('mastodon-api.test'),
    BRAND_AUDIT_YOUTUBE_API: site.origin('youtube-api.test'),
    BRAND_AUDIT_YOUTUBE_DATA_API: site.origin('youtube-api.test'),
  };
}

/** Tokens for the Facebook/Instagram and X stand-ins: secrets like the YouTube key, which no output may hold. */
export const GRAPH_SECRET = 'EAAGm0PX4ZCpsBAKZBZAxq7w9rTfLhN2dWcQ4vLk8sYj';
export const X_SECRET = 'AAAAB7mLq2wTz0%2BuSeid9Kq7Tr5Wg3hJpXcZr4NvQ';

/** socialEnv with the Graph API and X stand-ins, and a token for each. */
export function tokenEnv(site: FaultSite): Record<string, string> {
  return {
    ...socialEnv(site),
    BRAND_AUDIT_GRAPH_API: site.origin('graph-api.test'),
    BRAND_AUDIT_X_API: site.origin('x-api.test'),
    FACEBOOK_ACCESS_TOKEN: GRAPH_SECRET,
    X_BEARER_TOKEN: X_SECRET,
  };
}

export interface CaseRun extends CliResult {
  dir: string;
  /** Every file the run left in its folder (reports, snapshot, summary), by name. */
  files: Record<string, string>;
  report?: AuditReport;
  snapshot?: BrandSnapshot;
  ms: number;
}

/**
 * Runs `brand-audit audit TARGET` with every output: all formats into a fresh folder, --save-snapshot, the GitHub
 * job summary, the secret in the environment, a heap limit. `args` come after the target; `env` adds to the case's.
 */
export async function runCase(
  target: string,
  args: string[],
  opts: { env?: Record<string, string>; timeoutMs?: number; outputs?: boolean; dir?: string } = {},
): Promise<CaseRun> {
  const dir = opts.dir ?? mkdtempSync(path.join(tmpdir(), 'brand-audit-case-'));
  const outputs = opts.outputs === false ? [] : ['--format', 'terminal,json,html,markdown,junit,csv', '--out-dir', path.join(dir, 'out'), '--save-snapshot', path.join(dir, 'snapshot.json')];
  const started = Date.now();
  const result = await runCli(['audit', target, ...outputs, ...args], {
    env: {
      YOUTUBE_API_KEY: SECRET,
      GITHUB_STEP_SUMMARY: path.join(dir, 'summary.md'),
      NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}`,
      ...opts.env,
    },
    timeoutMs: opts.timeoutMs ?? 120_000,
  });
  const ms = Date.now() - started;
  const files: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of existsSync(d) ? readdirSync(d) : []) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[path.relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  const json = Object.entries(files).find(([name]) => name.startsWith('out') && name.endsWith('.json'));
  const run: CaseRun = { ...result, dir, files, ms };
  if (json) run.report = JSON.parse(json[1]) as AuditReport;
  else if (opts.outputs === false && result.stdout.trim().startsWith('{')) run.report = JSON.parse(result.stdout) as AuditReport;
  if (files['snapshot.json']) run.snapshot = JSON.parse(files['snapshot.json']) as BrandSnapshot;
  return run;
}

/**
 * What every case must show: a documented exit code (and with 0 or 1, every format written whole), no secret or piece
 * of one anywhere (stdout, stderr, every file), no temporary file left, no stack trace and no internal error.
 */
export function expectSound(run: CaseRun, expectedCodes: number[] = [0, 1]): void {
  expect(DOCUMENTED_EXITS).toEqual(expect.arrayContaining(expectedCodes));
  expect(expectedCodes, `exit ${run.code}; stderr: ${run.stderr.slice(0, 2000)}`).toContain(run.code);
  if (run.code === 0 || run.code === 1) {
    expect(run.report, 'a finished JSON report').toBeDefined();
    expect(Object.keys(run.files).filter((f) => f.startsWith('out')).length, 'one file per format').toBe(6);
    expect(run.files[Object.keys(run.files).find((f) => f.endsWith('.html'))!]).toMatch(/<\/html>\s*$/);
  }
  for (const [name, text] of [['stdout', run.stdout], ['stderr', run.stderr], ...Object.entries(run.files)]) {
    for (const secret of [SECRET, GRAPH_SECRET, X_SECRET]) expect(secretIn(text, secret), `a piece of a secret in ${name}`).toBe('');
  }
  expect(Object.keys(run.files).filter((f) => /\.tmp$|\.tmp-|~$/.test(f)), 'temporary files left behind').toEqual([]);
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).not.toContain('internal error');
  expect(run.stderr).not.toMatch(/Maximum call stack|heap out of memory|is not a function|Cannot read properties/);
}

/** A brand file for the demo brand with `extra` YAML lines appended, written into `dir`; returns its path. */
export function brandFile(dir: string, site: FaultSite, extra = ''): string {
  const file = path.join(dir, 'brand.yaml');
  writeFileSync(file, `name: Maison Exemple\nwebsite: ${site.origin('www.maison-exemple.test')}/\nlanguage: fr\n${extra}`);
  return file;
}
