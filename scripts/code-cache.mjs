// Part of `npm run build`, run by scripts/bundle-cli.mjs once it has written dist/bundle/cli.cjs: V8's code cache
// for it (bin/load-cli.js says why and how the bin reads it). The cache holds the bytecode of the functions compiled
// when it is made, so it is made after a demo audit (the bundled brand, website and social accounts, served on
// 127.0.0.1, report to a temporary file): what an audit and its report run is in it; what they do not is compiled
// on first call, as without a cache.
// This process sets the bin's V8 flags (bin/v8-flags.js) before compiling: V8 records them in the cache and rejects
// it under others, and the file is named for them (v8.cachedDataVersionTag()).
// With `site`, it makes the cache website-only audits read (bin/load-cli.js, websiteOnly), after such an audit of the
// demo brand's site (--no-social, served on 127.0.0.1 as the demo serves it): the social sources and text detectors,
// which such an audit never runs, are left out of it, and V8 no longer deserialises them at its every start.
// With `program`, it makes the code cache of dist/bundle/program.cjs (the commander program alone, which the bin runs
// for help and the version, under no flag of its own), after the program has answered the version, its help and
// commands' help: what they run is in it.
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cachedDataVersionTag } from 'node:v8';
import { setCliFlags } from '../bin/v8-flags.js';
import { codeCacheFile, compileProgram, compileWholeCli, PROGRAM_CODE_CACHE } from '../bin/load-cli.js';
import { startDemoSites } from '../dist/demo/sites.js';

// The demo's own brand (`brand-audit demo` without --brand).
const DEMO_BRAND = 'maison-exemple';

if (process.argv[2] === 'program') {
  const { exports, script } = compileProgram(null);
  const discard = { write: () => true };
  const run = (args) => exports.main(['node', 'brand-audit', ...args], { stdout: discard, stderr: discard, env: {}, exitCode: 0 });
  // The program's help and a command's run the same formatting code: what another command's help calls besides is
  // compiled on first call, as without a cache.
  for (const args of [['--version'], ['--help'], ['audit', '--help'], ['batch', '--help']]) await run(args);
  writeFileSync(`${PROGRAM_CODE_CACHE}.tmp`, script.createCachedData());
  renameSync(`${PROGRAM_CODE_CACHE}.tmp`, PROGRAM_CODE_CACHE);
  process.exit(0);
}
setCliFlags();
const tag = cachedDataVersionTag();
const site = process.argv[2] === 'site';
const file = codeCacheFile(site ? 'site' : 'cli');
const { exports, script } = compileWholeCli(null);
const dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-code-cache-'));
const out = ['--quiet', '--format', 'terminal,json', '--out-dir', dir];
let code;
// The demo's brand and server (dist/demo/sites.js, outside cli.cjs: none of its code goes into the cache).
const sites = site ? await startDemoSites(DEMO_BRAND) : null;
try {
  const args = sites ? ['audit', sites.startUrl, '--resolve', sites.resolveSpec, '--no-social', ...out] : ['demo', ...out];
  code = await exports.main(['node', 'brand-audit', ...args]);
} finally {
  await sites?.server.close();
  rmSync(dir, { recursive: true, force: true });
}
if (code !== 0 && code !== 1) console.warn(`code cache: the ${site ? 'website-only' : 'demo'} audit exited ${code}; the cache holds what it compiled`);
// V8 records the flags set when the cache is made: were a flag changed during a run, the cache would be rejected at
// every start.
if (cachedDataVersionTag() !== tag) throw new Error('code cache: V8 flags changed during the demo audit; the cache would be rejected');
writeFileSync(`${file}.tmp`, script.createCachedData());
renameSync(`${file}.tmp`, file);
process.exit(0);
