// npm run bench: generate a 300-page synthetic brand site, serve it on 127.0.0.1, audit it 5 times per HTML
// parser, and print pages/s and peak RSS (medians). Figures only: nothing here asserts a time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startFixtureServer } from '../dist/demo/fixture-server.js';
import { generateSite, HOST } from './bench-site.mjs';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const PAGES = Number(process.env.BENCH_PAGES ?? 300);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** Runs one audit in a child process that reports its own crawl time, pages and peak RSS. */
function runOnce(origin, resolve, parser) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'bench-child.mjs'), `${origin}/`, resolve, String(PAGES)], {
      env: { ...process.env, BRAND_AUDIT_PARSER: parser },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise(JSON.parse(out)) : reject(new Error(`bench child exited ${code}`))));
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-bench-'));
try {
  generateSite(dir, PAGES);
  const server = await startFixtureServer({ root: dir });
  const resolve = Object.entries(server.resolve).map(([h, a]) => `${h}=${a}`).join(',');
  console.log(`brand-audit bench: ${PAGES}-page synthetic site on 127.0.0.1:${server.port}, ${RUNS} runs per parser, node ${process.version}`);
  for (const parser of ['htmlparser2', 'parse5']) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runOnce(server.origin(HOST), resolve, parser));
    const pps = runs.map((r) => r.pages / (r.crawlMs / 1000));
    const rss = runs.map((r) => r.maxRssMb);
    console.log(
      `${parser.padEnd(12)} pages read ${runs[0].pages}  pages/s median ${median(pps).toFixed(0)} (runs: ${pps.map((p) => p.toFixed(0)).join(', ')})  ` +
        `peak RSS median ${median(rss).toFixed(0)} MB (runs: ${rss.map((r) => r.toFixed(0)).join(', ')})`,
    );
  }
  await server.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
