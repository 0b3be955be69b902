// End-to-end: the real CLI audits a portfolio of the bundled brands (plus an unreachable one and a broken brand
// file) over loopback; survives kill -9 and --resume with every brand exactly once; 3 shards merged equal one run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveArg, startSites, startUrl, type FixtureServer } from './fixture-brands.js';
import { BIN, runCli } from './run-cli.js';
import type { PortfolioSummary } from '../../src/report/barometer/types.js';

const BRANDS = ['maison-exemple', 'vieux-bazar', 'northwind-outdoor', 'kaffeehaus-muster'];
const SECTORS = ['home', 'retail', 'retail', 'food'];

let server: FixtureServer;
let dir: string;
let portfolio: string;
// Small crawls: these tests are about the batch, not the audit (tests/e2e/audit-brands.test.ts checks the scores).
let common: string[];

const lines = (file: string): { id: string; status: string }[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; status: string });

beforeAll(async () => {
  server = await startSites();
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-batch-'));
  mkdirSync(path.join(dir, 'brands'));
  writeFileSync(path.join(dir, 'brands', 'broken.yaml'), 'name: Broken Brand\nwebsite: https://broken.example/\naccounts:\n  x: "not a handle!"\n');
  const entries = BRANDS.map((b, i) => `  - name: ${b.replace(/-/g, ' ')}\n    id: ${b}\n    website: ${startUrl(server, b)}\n    sector: ${SECTORS[i]}`);
  entries.push('  - name: Nowhere\n    website: http://www.nowhere.test/\n    sector: retail');
  entries.push('  - file: brands/broken.yaml');
  portfolio = path.join(dir, 'portfolio.yaml');
  writeFileSync(portfolio, `title: Test barometer\nbrands:\n${entries.join('\n')}\n`);
  common = ['--resolve', resolveArg(server), '--timeout', '2', '--no-social', '--max-pages', '8'];
}, 30_000);
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('brand-audit batch', () => {
  let summary: PortfolioSummary;

  it('audits the portfolio, records the brands it could not audit, and writes every format', async () => {
    const out = path.join(dir, 'out');
    const r = await runCli(['batch', portfolio, ...common, '--results', path.join(dir, 'all.jsonl'), '--out-dir', out, '--format', 'html,csv,json,junit,markdown', '--allow-failures', '2'], { timeoutMs: 120_000 });
    expect(r.code, r.stderr).toBe(0);
    // CI: one plain line per brand.
    expect(r.stderr.match(/^\[\d\/6\] /gm)).toHaveLength(6);
    const recorded = lines(path.join(dir, 'all.jsonl'));
    expect(recorded.map((l) => l.id).sort()).toEqual([...BRANDS, 'broken', 'nowhere'].sort());
    expect(recorded.filter((l) => l.status === 'failed').map((l) => l.id).sort()).toEqual(['broken', 'nowhere']);
    summary = JSON.parse(readFileSync(path.join(out, 'portfolio.json'), 'utf8')) as PortfolioSummary;
    expect(summary.brands).toEqual({ total: 6, audited: 4, failed: 2 });
    expect(summary.ranking[0]).toMatchObject({ rank: 1, id: 'maison-exemple', sector: 'home' });
    expect(summary.sectors.map((s) => s.sector)).toEqual(['food', 'home', 'retail']);
    expect(summary.failures.find((f) => f.id === 'broken')?.message).toContain('broken.yaml:4 (accounts.x)');
    for (const b of BRANDS) expect(existsSync(path.join(out, b, 'report.html'))).toBe(true);
    const html = readFileSync(path.join(out, 'portfolio.html'), 'utf8');
    expect(html).toContain('href="maison-exemple/report.html"');
    expect(html).toMatch(/support area links to social accounts: [\d.]+% of \d brands — Qualiweb 2013: 2%/);
    expect(html).toContain('Socialbakers');
    const csv = readFileSync(path.join(out, 'portfolio.csv'), 'utf8').trim().split('\r\n');
    expect(csv).toHaveLength(7);
    expect(csv[0]).toMatch(/^rank,id,brand,domain,sector,status,score,grade,category_presence/);
    const junit = readFileSync(path.join(out, 'portfolio.junit.xml'), 'utf8');
    expect(junit.match(/<testsuite /g)).toHaveLength(6);
    expect(readFileSync(path.join(out, 'portfolio.md'), 'utf8')).toContain('[maison exemple](maison-exemple/report.html)');
  }, 150_000);

  it('exits 3 when brands could not be audited, 1 on a failed portfolio assert, from the saved results', async () => {
    const results = path.join(dir, 'all.jsonl');
    const failed = await runCli(['merge', results, '--format', 'json', '--out', path.join(dir, 'm.json')]);
    expect(failed.code).toBe(3);
    expect(failed.stderr).toContain('2 brands could not be audited');
    const gate = await runCli(['merge', results, '--allow-failures', '2', '--assert', 'share:support-links-to-social=1', '--format', 'csv', '--out', path.join(dir, 'm.csv')]);
    expect(gate.code).toBe(1);
    expect(gate.stderr).toMatch(/of \d brands pass support-links-to-social, below 100%/);
    const fine = await runCli(['merge', results, '--allow-failures', '2', '--assert', 'share:legal-notice-privacy=0', '--format', 'terminal']);
    expect(fine.code, fine.stderr).toBe(0);
    expect(fine.stdout).toContain('Against the published studies');
    const bad = await runCli(['merge', results, '--assert', 'share:no-such-rule=0.5']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"no-such-rule" is not a rule of the rule set');
  }, 60_000);

  it('refuses to overwrite results without --resume', async () => {
    const r = await runCli(['batch', portfolio, ...common, '--results', path.join(dir, 'all.jsonl')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already holds results: continue it with --resume');
  });

  it('survives kill -9: --resume audits each remaining brand once and ignores the torn line', async () => {
    // The kill must land while brands remain: third in this portfolio comes a site that accepts connections and never
    // answers, so the batch (one brand at a time) waits on it for its timeout. Polling for the second result alone
    // raced the batch, which can finish the last brands between two polls.
    const sockets = new Set<Socket>();
    const stalled = createServer((socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    await new Promise<void>((r) => stalled.listen(0, '127.0.0.1', r));
    const stalledUrl = `http://127.0.0.1:${(stalled.address() as AddressInfo).port}/`;
    const entries = BRANDS.map((b, i) => `  - name: ${b.replace(/-/g, ' ')}\n    id: ${b}\n    website: ${startUrl(server, b)}\n    sector: ${SECTORS[i]}`);
    entries.splice(2, 0, `  - name: Stalled\n    website: ${stalledUrl}\n    sector: retail`);
    entries.push('  - name: Nowhere\n    website: http://www.nowhere.test/\n    sector: retail');
    entries.push('  - file: brands/broken.yaml');
    const killPortfolio = path.join(dir, 'portfolio-kill.yaml');
    writeFileSync(killPortfolio, `title: Test barometer\nbrands:\n${entries.join('\n')}\n`);
    try {
      const results = path.join(dir, 'killed.jsonl');
      const args = ['batch', killPortfolio, ...common, '--results', results, '--brands-concurrency', '1', '--format', 'json', '--out', path.join(dir, 'k.json')];
      const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', CI: '1', NO_COLOR: '1', HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1,localhost' };
      const child = spawn(process.execPath, [BIN, ...args], { env, stdio: 'ignore' });
      const deadline = Date.now() + 90_000;
      while (!(existsSync(results) && readFileSync(results, 'utf8').split('\n').filter(Boolean).length >= 2) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      child.kill('SIGKILL');
      await new Promise((r) => child.once('close', r));
      const before = lines(results).map((l) => l.id);
      expect(before.length).toBeGreaterThanOrEqual(2);
      expect(before).not.toContain('stalled');
      // What a kill in the middle of a write leaves: the start of a line, no newline.
      appendFileSync(results, '{"format":"brand-audit-result/1","id":"vieux-baz');
      const resumed = await runCli([...args, '--resume'], { timeoutMs: 120_000 });
      expect(resumed.code, resumed.stderr).toBe(3);
      expect(resumed.stderr).toContain(`${before.length} of 7 brands already audited`);
      const after = lines(results).map((l) => l.id);
      expect(after.slice(0, before.length)).toEqual(before);
      expect([...after].sort()).toEqual([...BRANDS, 'broken', 'nowhere', 'stalled'].sort());
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((r) => stalled.close(r));
    }
  }, 200_000);

  it('Ctrl-C stops starting brands, finishes the running one, exits 130 with a valid file', async () => {
    const results = path.join(dir, 'interrupted.jsonl');
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', CI: '1', NO_COLOR: '1', HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1,localhost' };
    const child = spawn(process.execPath, [BIN, 'batch', portfolio, ...common, '--results', results, '--brands-concurrency', '1'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const deadline = Date.now() + 90_000;
    while (!(existsSync(results) && readFileSync(results, 'utf8').includes('\n')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    const code = await new Promise((r) => child.once('close', r));
    expect(code, stderr).toBe(130);
    expect(stderr).toContain('Stopping: no new brand is started');
    const recorded = lines(results);
    expect(recorded.length).toBeGreaterThanOrEqual(1);
    expect(recorded.length).toBeLessThan(6);
    expect(readFileSync(results, 'utf8').endsWith('\n')).toBe(true);
  }, 120_000);

  it('SIGTERM (a cancelled CI job) stops as Ctrl-C does and exits 143 with a valid file', async () => {
    const results = path.join(dir, 'terminated.jsonl');
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', CI: '1', NO_COLOR: '1', HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1,localhost' };
    const child = spawn(process.execPath, [BIN, 'batch', portfolio, ...common, '--results', results, '--brands-concurrency', '1'], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const deadline = Date.now() + 90_000;
    while (!(existsSync(results) && readFileSync(results, 'utf8').includes('\n')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGTERM');
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((r) => child.once('close', (c, s) => r([c, s])));
    // Killed by the signal itself (no handler) would close with code null and signal SIGTERM.
    expect({ code, signal }, stderr).toEqual({ code: 143, signal: null });
    expect(stderr).toContain('Stopping: no new brand is started');
    expect(stderr).toMatch(/interrupted \(SIGTERM\); .*terminated\.jsonl holds every brand finished so far \(continue with --resume\)/);
    const recorded = lines(results);
    expect(recorded.length).toBeGreaterThanOrEqual(1);
    expect(recorded.length).toBeLessThan(6);
    expect(readFileSync(results, 'utf8').endsWith('\n')).toBe(true);
  }, 120_000);

  it('three shards merged equal the unsharded run', async () => {
    const shards = [1, 2, 3].map((k) => path.join(dir, `shard-${k}.jsonl`));
    const runs = await Promise.all(
      shards.map((file, i) => runCli(['batch', portfolio, ...common, '--shard', `${i + 1}/3`, '--results', file, '--allow-failures', '2', '--quiet', '--format', 'json'], { timeoutMs: 150_000 })),
    );
    for (const r of runs) expect(r.code, r.stderr).toBe(0);
    const sizes = shards.map((f) => lines(f).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(6);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    const merged = await runCli(['merge', ...shards, '--format', 'json', '--allow-failures', '2', '--title', 'Test barometer']);
    expect(merged.code, merged.stderr).toBe(0);
    expect(JSON.parse(merged.stdout)).toEqual(summary);
    // The same brand in two shards, or another rule set, cannot be merged.
    const twice = await runCli(['merge', shards[0], shards[0]]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/is also in .*shard-1\.jsonl:1: a brand may be in one shard only/);
  }, 200_000);
});
