// node:crypto is loaded where something is hashed (process.getBuiltinModule at the hash, not an import at the top
// of the module: so imported by the seven modules that hash, it was loaded at every command's start with the stream
// and key modules it requires, ~3 ms of CPU: docs/performance.md, *The demo's start*). The demo's audit hashes
// nothing, its bundled preset being checked by its text and the text models' fingerprints worked out by the build
// (scripts/bundle-cli.mjs, CJS_BUILD_CONSTANTS). Checked on the built CLI as the bin runs it (the whole script with its
// code cache) with the list of Node's built-in modules the process loaded, never with a clock.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const TRACE_HOOK = pathToFileURL(path.join(ROOT, 'tests', 'support', 'builtin-trace.mjs')).href;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-crypto-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The built-in modules a CLI run loaded, and its exit code. */
async function builtinsLoaded(args: string[], name: string): Promise<{ code: number | null; builtins: string[] }> {
  const file = path.join(dir, `${name}.txt`);
  const r = await runCli(args, { nodeArgs: ['--import', TRACE_HOOK], env: { BUILTIN_TRACE_FILE: file } });
  return { code: r.code, builtins: readFileSync(file, 'utf8').split('\n').filter(Boolean) };
}

describe('node:crypto on demand', () => {
  it("the demo's audit, which reads posts with both text models, never loads node:crypto", async () => {
    const { code, builtins } = await builtinsLoaded(['demo', '--quiet'], 'demo');
    expect(code).toBe(0);
    // The run itself is traced: it loaded the HTTP server and client it serves and reads the demo with.
    expect(builtins).toContain('http');
    expect(builtins.filter((id) => id === 'crypto' || id.startsWith('internal/crypto/'))).toEqual([]);
  });

  it("the script's text models are checked against the fingerprints their weights have", async () => {
    const script = readFileSync(path.join(ROOT, 'dist', 'bundle', 'cli.cjs'), 'latin1');
    for (const model of ['question', 'complaint']) {
      const built = (await import(pathToFileURL(path.join(ROOT, 'dist', 'text', `${model}-model.js`)).href)) as Record<string, () => string>;
      const fingerprint = built[`${model}ModelFingerprint`]();
      expect(fingerprint).toMatch(/^[0-9a-f]{40}$/);
      // esbuild may number the module's names (packedModule2): the argument is what is checked.
      expect(script).toMatch(new RegExp(`lazyTables\\(packedModule\\d*, \\(\\) => "${fingerprint}", `));
    }
  });
});
