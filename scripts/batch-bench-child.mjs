// One batch benchmark run in its own process, started as the bin starts the CLI (bin/brand-audit.js): V8's flags set
// first (bin/v8-flags.js), then the CLI loaded from its build (bin/load-cli.js: the whole CLI with its code cache).
// Runs its main() with the given arguments, then prints its wall time (from main() on, start-up excluded) and its
// peak RSS as JSON on fd 3, leaving stdout and stderr to the CLI. Importing dist/cli.js under V8's default flags, as
// this script once did, measured another process than the one users run: young generation to two 16 MB halves, the
// old one grown by V8's own factor, llhttp compiled again by the optimising compiler. Its peak RSS read 151–207 MB,
// once 592, where the bin's reads ~105 MB (docs/performance.md, *The batch's peak RSS*).
import { writeSync } from 'node:fs';
import { growYoungGeneration, setCliFlags, YOUNG_GENERATION_MB } from '../bin/v8-flags.js';
import { loadCli } from '../bin/load-cli.js';

const args = process.argv.slice(2);
setCliFlags();
const { main } = await loadCli(args);
if (args[0] === 'audit') growYoungGeneration(YOUNG_GENERATION_MB);
const started = performance.now();
const code = await main(['node', 'brand-audit', ...args]);
writeSync(3, JSON.stringify({ code, ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
