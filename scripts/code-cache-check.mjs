// Whether a build's V8 code cache is there and accepted, for the bench (scripts/bench.mjs) to print beside its
// figures: `node scripts/code-cache-check.mjs <build>/bin/brand-audit.js site|cli` prints 'accepted', 'rejected' or
// 'missing' for the website-only audit's cache (site) or the demo's (cli). A build whose cache V8 rejects, or that has
// none (a build interrupted before scripts/code-cache.mjs ran, a cache made under other flags or for another cli.cjs),
// compiles the CLI's functions on their first call: ~10 % more CPU for the 300-page audit, measured
// (docs/performance.md, the pages' speed round of 2026-12-07), enough to read as a change of the code in an A/B
// comparison of two builds. One cache a process: the bin's V8 flags are set here (V8 checks a cache against them), and
// a second compile of the same script in one process is answered from V8's in-memory cache, the file's never read.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const bin = path.dirname(path.resolve(process.argv[2] ?? 'bin/brand-audit.js'));
const kind = process.argv[3] === 'cli' ? 'cli' : 'site';
const { setCliFlags } = await import(pathToFileURL(path.join(bin, 'v8-flags.js')).href);
const { codeCacheFile, compileWholeCli } = await import(pathToFileURL(path.join(bin, 'load-cli.js')).href);
setCliFlags();
const file = codeCacheFile(kind);
// compileWholeCli reads the demo's cache where the website-only one is missing: the file is looked for first.
console.log(!existsSync(file) ? 'missing' : compileWholeCli(file).script.cachedDataRejected ? 'rejected' : 'accepted');
