// Where `brand-audit demo`'s time goes, stage by stage: runs the real CLI (a fresh node each run, as scripts/bench.mjs
// does, with the same arguments) with scripts/demo-stages-hook.mjs preloaded, and prints the medians of each stage's
// wall time, main-thread CPU and process CPU. Wall time well above the main thread's CPU in a stage is waiting (the
// network, a timer, a helper thread) or, on a busy host, other processes' turn on the cores: the CPU columns tell the
// two apart. Figures only; nothing is asserted.
//
//   STAGES_RUNS=7           runs (medians reported)
//   BENCH_CLI=path          another build's bin/brand-audit.js
//   node scripts/demo-stages.mjs
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const CLI = path.resolve(process.env.BENCH_CLI ?? path.join(ROOT, 'bin', 'brand-audit.js'));
const RUNS = Number(process.env.STAGES_RUNS ?? 7);
const HOOK = pathToFileURL(path.join(ROOT, 'scripts', 'demo-stages-hook.mjs')).href;

/** The stages, each from the mark before it (the first from the process's start) to its own. */
const STAGES = [
  ['hook', "Node's start (before the CLI's first line)"],
  ['firstRequest', 'CLI start-up, until the first request'],
  ['firstSocialRequest', 'crawl and account merge'],
  ['lastRequest', 'social stand-ins'],
  ['firstWrite', 'text stage, rules, report rendering'],
  ['exit', 'report written, until exit'],
];

const tmp = mkdtempSync(path.join(tmpdir(), 'brand-audit-stages-'));

function run() {
  const file = path.join(tmp, 'stages.json');
  rmSync(file, { force: true });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', HOOK, CLI, 'demo', '-q'], {
      env: { ...process.env, DEMO_STAGES_FILE: file, NO_COLOR: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 && code !== 1) return reject(new Error(`brand-audit demo exited ${code}: ${stderr.trim()}`));
      resolve(JSON.parse(readFileSync(file, 'utf8')));
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

try {
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await run());
  const start = { wallMs: 0, threadCpuMs: 0, processCpuMs: 0 };
  const column = (key, field) =>
    median(runs.map((r) => r[key][field] - (key === STAGES[0][0] ? start : r[STAGES[STAGES.findIndex(([k]) => k === key) - 1][0]])[field]));
  const threadKnown = runs.every((r) => STAGES.every(([key]) => r[key].threadCpuMs !== null));
  console.log(`brand-audit demo by stage: ${CLI}, node ${process.version}, medians of ${RUNS} runs (ms)`);
  const rows = STAGES.map(([key, label]) => [
    label,
    column(key, 'wallMs').toFixed(0),
    threadKnown ? column(key, 'threadCpuMs').toFixed(0) : '-',
    column(key, 'processCpuMs').toFixed(0),
  ]);
  rows.push([
    'whole run, until exit',
    median(runs.map((r) => r.exit.wallMs)).toFixed(0),
    threadKnown ? median(runs.map((r) => r.exit.threadCpuMs)).toFixed(0) : '-',
    median(runs.map((r) => r.exit.processCpuMs)).toFixed(0),
  ]);
  const header = ['stage', 'wall', 'main-thread CPU', 'process CPU'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells) => cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row));
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
