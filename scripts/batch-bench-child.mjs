// One batch benchmark run in its own process: runs the CLI's main() with the given arguments, then prints its wall
// time (from main() on, start-up excluded) and its peak RSS as JSON on fd 3, leaving stdout and stderr to the CLI.
import { writeSync } from 'node:fs';
import { main } from '../dist/cli.js';

const started = performance.now();
const code = await main(['node', 'brand-audit', ...process.argv.slice(2)]);
writeSync(3, JSON.stringify({ code, ms: performance.now() - started, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
