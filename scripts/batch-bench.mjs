// npm run bench (batch part): a generated portfolio of BENCH_BRANDS (200) brands × BENCH_BRAND_PAGES (30) pages served
// on 127.0.0.1, audited by `brand-audit batch` in one process. Prints brands per minute, the per-brand overhead of a
// batch against a one-brand audit, the cost of one process per brand, and peak RSS at 50 and at 200 brands (it
// should stay flat). Figures only: nothing here asserts a time or a size.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startFixtureServer } from '../dist/demo/fixture-server.js';
import { generateSite, HOST } from './bench-site.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const BRANDS = Number(process.env.BENCH_BRANDS ?? 200);
const PAGES = Number(process.env.BENCH_BRAND_PAGES ?? 30);

/** Runs the CLI in a child process; resolves to its own figures (time from main() on, peak RSS). */
function run(args, script = 'batch-bench-child.mjs') {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', script), ...args], { stdio: ['ignore', 'ignore', 'inherit', 'pipe'] });
    let out = '';
    child.stdio[3].on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve({ ...JSON.parse(out), wallMs: performance.now() - started });
      } catch {
        reject(new Error('bench child failed'));
      }
    });
  });
}

const dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-batch-bench-'));
try {
  // One generated site, copied under BRANDS host names: each brand is its own virtual host on the one server.
  const template = mkdtempSync(path.join(tmpdir(), 'brand-audit-bench-site-'));
  generateSite(template, PAGES);
  const sites = path.join(dir, 'sites');
  const host = (i) => `www.brand-${i}.test`;
  for (let i = 0; i < BRANDS; i++) cpSync(path.join(template, 'bench-brand', HOST), path.join(sites, `brand-${i}`, host(i)), { recursive: true });
  rmSync(template, { recursive: true, force: true });
  const server = await startFixtureServer({ root: sites });
  const resolve = Object.entries(server.resolve).map(([h, a]) => `${h}=${a}`).join(',');
  const portfolio = (n) => {
    const file = path.join(dir, `portfolio-${n}.yaml`);
    writeFileSync(file, `brands:\n${Array.from({ length: n }, (_, i) => `  - name: Brand ${i}\n    website: ${server.origin(host(i))}/\n`).join('')}`);
    return file;
  };
  const common = ['--resolve', resolve, '--no-social', '--max-pages', String(PAGES), '--quiet', '--format', 'json'];
  const batch = (n, concurrency, tag) =>
    run(['batch', portfolio(n), ...common, '--brands-concurrency', String(concurrency), '--results', path.join(dir, `${tag}.jsonl`), '--out', path.join(dir, `${tag}.json`)]);
  console.log(`brand-audit batch bench: ${BRANDS} brands × ${PAGES} pages on 127.0.0.1:${server.port}, node ${process.version}`);

  const one = await run(['audit', `${server.origin(host(0))}/`, '--resolve', resolve, '--no-social', '--max-pages', String(PAGES), '--quiet', '--format', 'json']);
  const small = Math.min(BRANDS, 50);
  const urls = Array.from({ length: small }, (_, i) => `${server.origin(host(i))}/`);
  const api = await run([resolve, String(PAGES), ...urls], 'batch-bench-api.mjs');
  const first = await batch(1, 1, 'one');
  const sequential = await batch(small, 1, 'seq');
  // The batch's cost per brand beyond the first (start-up and warm-up are paid once), against the same audit work
  // through the API in a warm process: what the batch adds per brand (results line, fsync, hashing, progress).
  const perBrand = (sequential.ms - first.ms) / (small - 1);
  console.log(`one brand as its own process: ${one.wallMs.toFixed(0)} ms wall, ${(one.wallMs - one.ms).toFixed(0)} ms of it node start-up and loading`);
  console.log(`batch of ${small}, one brand at a time: ${perBrand.toFixed(0)} ms per brand; the same audits through the API in one warm process: ${api.msPerBrand.toFixed(0)} ms per brand → batch overhead per brand ${(perBrand - api.msPerBrand).toFixed(0)} ms (target ≤ 100 ms)`);
  const mid = await batch(small, 4, 'mid');
  const full = await batch(BRANDS, 4, 'full');
  const perMinute = (n, r) => ((n / r.ms) * 60_000).toFixed(0);
  console.log(`--brands-concurrency 4: ${small} brands ${perMinute(small, mid)} brands/min, peak RSS ${mid.maxRssMb.toFixed(0)} MB; ${BRANDS} brands ${perMinute(BRANDS, full)} brands/min, peak RSS ${full.maxRssMb.toFixed(0)} MB (target ≤ 300 MB, flat from 50 to 200)`);
  await server.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
