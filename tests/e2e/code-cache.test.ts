// The CLI's code cache (bin/load-cli.js, made by scripts/code-cache.mjs at build time): V8 accepts the cache the
// build wrote under the bin's flags, data it cannot use is ignored without a word, and the cached whole-CLI script
// answers exactly as the ES module chunks do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, runCli } from './run-cli.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-code-cache-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Compiles dist/bundle/cli.cjs in a fresh node with the bin's V8 flags, from `cacheFile` (the build's by default; 'site'
 * for the build's website-only cache).
 */
function compileWith(cacheFile?: string): { rejected: boolean | undefined; hasMain: boolean } {
  const url = (file: string) => pathToFileURL(path.join(ROOT, 'bin', file)).href;
  const code = `
    import { setCliFlags } from ${JSON.stringify(url('v8-flags.js'))};
    setCliFlags();
    const { codeCacheFile, compileWholeCli } = await import(${JSON.stringify(url('load-cli.js'))});
    const { exports, script } = compileWholeCli(${cacheFile === undefined ? '' : cacheFile === 'site' ? "codeCacheFile('site')" : JSON.stringify(cacheFile)});
    console.log(JSON.stringify({ rejected: script.cachedDataRejected, hasMain: typeof exports.main === 'function' }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { rejected: boolean | undefined; hasMain: boolean };
}

describe('the code cache of the bundled CLI', () => {
  it('is accepted by V8 under the flags the bin sets', () => {
    expect(compileWith()).toEqual({ rejected: false, hasMain: true });
  });

  it('has a website-only cache, accepted too, which `audit … --no-social` alone reads', async () => {
    expect(compileWith('site')).toEqual({ rejected: false, hasMain: true });
    const { websiteOnly } = (await import(pathToFileURL(path.join(ROOT, 'bin', 'load-cli.js')).href)) as { websiteOnly: (args: string[]) => boolean };
    expect(websiteOnly(['audit', 'https://www.example.test/', '--no-social', '-q'])).toBe(true);
    expect(websiteOnly(['audit', 'https://www.example.test/'])).toBe(false);
    expect(websiteOnly(['demo', '--no-social'])).toBe(false);
  });

  it('is ignored when V8 cannot use it: the script compiles without it', () => {
    const garbage = path.join(dir, 'garbage.code-cache');
    writeFileSync(garbage, Buffer.alloc(4096, 7));
    expect(compileWith(garbage)).toEqual({ rejected: true, hasMain: true });
    expect(compileWith(path.join(dir, 'absent.code-cache'))).toEqual({ rejected: undefined, hasMain: true });
  });

  it('runs a command as the ES module chunks do, byte for byte', async () => {
    const args = ['report', path.join(ROOT, 'tests', 'golden', 'vieux-bazar.report.json'), '--format', 'markdown', '--lang', 'fr'];
    const cached = await runCli(args);
    const chunks = await runCli(args, { env: { BRAND_AUDIT_NO_CODE_CACHE: '1' } });
    expect(cached.code).toBe(chunks.code);
    expect(cached.stdout.length).toBeGreaterThan(1000);
    expect(cached.stdout).toBe(chunks.stdout);
    expect(cached.stderr).toBe(chunks.stderr);
  });
});
