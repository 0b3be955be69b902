// Part of `npm run build`, run by scripts/bundle-cli.mjs once it has written dist/bundle/cli.cjs: V8's code cache
// for it (bin/load-cli.js says why and how the bin reads it). The cache holds the bytecode of the functions compiled
// when it is made, so it is made after a demo audit (the bundled brand, website and social accounts, served on
// 127.0.0.1, report to a temporary file): what an audit and its report run is in it; what they do not is compiled
// on first call, as without a cache.
// This process sets the bin's V8 flags (bin/v8-flags.js) before compiling: V8 records them in the cache and rejects
// it under others, and the file is named for them (v8.cachedDataVersionTag()).
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cachedDataVersionTag } from 'node:v8';
import { setCliFlags } from '../bin/v8-flags.js';
import { codeCacheFile, compileWholeCli } from '../bin/load-cli.js';

setCliFlags();
const tag = cachedDataVersionTag();
const file = codeCacheFile();
const { exports, script } = compileWholeCli(null);
const dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-code-cache-'));
let code;
try {
  code = await exports.main(['node', 'brand-audit', 'demo', '--quiet', '--format', 'terminal,json', '--out-dir', dir]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (code !== 0 && code !== 1) console.warn(`code cache: the demo audit exited ${code}; the cache holds what it compiled`);
// V8 records the flags set when the cache is made: were a flag changed during a run, the cache would be rejected at
// every start.
if (cachedDataVersionTag() !== tag) throw new Error('code cache: V8 flags changed during the demo audit; the cache would be rejected');
writeFileSync(`${file}.tmp`, script.createCachedData());
renameSync(`${file}.tmp`, file);
process.exit(0);
