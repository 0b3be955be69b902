// What each command loads: --version and --help answer with commander and the flag definitions alone; a website
// audit loads its parser and HTTP client (undici's parts from the bundle, not as separate files from node_modules)
// but not the language model, luxon (business hours only), parse5 (unless asked for) or the schema compiler.
// Checked on the built CLI with a module trace (tests/support/module-trace.mjs), never with a clock.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, runCli } from './run-cli.js';
import { resolveArg, startSites, startUrl, type FixtureServer } from './fixture-brands.js';

const TRACE_HOOK = pathToFileURL(path.join(ROOT, 'tests', 'support', 'module-trace.mjs')).href;

let dir: string;
let server: FixtureServer;
let runs = 0;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-modules-'));
  server = await startSites();
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The libraries each chunk of the bundled CLI (dist/bundle/, which the bin runs) holds, as the build recorded them. */
const BUNDLED = JSON.parse(readFileSync(path.join(ROOT, 'dist', 'bundle', 'packages.json'), 'utf8')) as Record<string, string[]>;

/**
 * The packages a CLI run loaded (from node_modules/<name>, or within a chunk of the bundle), those it loaded from
 * node_modules files, and its exit code.
 */
async function packagesLoaded(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; packages: Set<string>; fromFiles: Set<string> }> {
  const file = path.join(dir, `trace-${runs++}.txt`);
  // The ES module chunks, whose loading the trace sees: the commands that do work otherwise run the same modules from
  // one script with V8's code cache (bin/load-cli.js), read as a file, where each module still runs on first import.
  const r = await runCli(args, { nodeArgs: ['--import', TRACE_HOOK], env: { ...env, MODULE_TRACE_FILE: file, BRAND_AUDIT_NO_CODE_CACHE: '1' } });
  const packages = new Set<string>();
  const fromFiles = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(line);
    if (m) {
      packages.add(m[1]);
      fromFiles.add(m[1]);
    }
    // A chunk (.js), or a library file the bundle keeps beside them (.cjs: tinyld).
    const chunk = /\/dist\/bundle\/([^/]+\.c?js)$/.exec(line);
    if (chunk) for (const name of BUNDLED[chunk[1]] ?? []) packages.add(name);
  }
  return { code: r.code, packages, fromFiles };
}

const HEAVY = ['cheerio', 'undici', 'yaml', 'tinyld', 'intl-messageformat', 'ajv', 'htmlparser2', 'parse5', 'tldts', 'csv-parse', 'iconv-lite', 'chalk'];

describe('modules loaded per command', () => {
  it.each([[['--version']], [['--help']], [['audit', '--help']]])('brand-audit %j loads commander and nothing heavy', async (args) => {
    const { code, packages } = await packagesLoaded(args);
    expect(code).toBe(0);
    expect(packages.has('commander')).toBe(true);
    expect(HEAVY.filter((p) => packages.has(p))).toEqual([]);
  });

  it('a website audit loads htmlparser2 and undici, not cheerio, tinyld, luxon, parse5, ajv, YAML or the export readers', async () => {
    const { code, packages, fromFiles } = await packagesLoaded(['audit', startUrl(server, 'vieux-bazar'), '--resolve', resolveArg(server), '--no-social', '--quiet', '--max-pages', '5', '--timeout', '2']);
    expect(code).toBe(0);
    expect(['htmlparser2', 'undici'].filter((p) => packages.has(p))).toEqual(['htmlparser2', 'undici']);
    // Page analysis parses with htmlparser2 itself: cheerio comes with parse5 or the social collectors only.
    expect(['cheerio', 'tinyld', 'luxon', 'parse5', 'ajv', 'yaml', 'csv-parse'].filter((p) => packages.has(p))).toEqual([]);
    // undici's parts come from the bundle, not as the ~35 files of node_modules/undici resolved and read one by one.
    expect(fromFiles.has('undici')).toBe(false);
  });

  it('a report of a saved snapshot checks it without the schema compiler (ajv): the build precompiled the check', async () => {
    const { code, packages } = await packagesLoaded(['report', path.join(ROOT, 'fixtures', 'snapshots', 'vieux-bazar.json'), '--quiet']);
    expect(code).toBe(0);
    expect(['ajv', 'undici', 'htmlparser2', 'yaml'].filter((p) => packages.has(p))).toEqual([]);
  });

  it('compare reads two saved reports without the rule engine (tldts, luxon), the collectors (iconv-lite) or ajv', async () => {
    const golden = (brand: string) => path.join(ROOT, 'tests', 'golden', `${brand}.report.json`);
    const { code, packages } = await packagesLoaded(['compare', golden('vieux-bazar'), golden('maison-exemple')]);
    expect(code).toBe(0);
    expect(['tldts', 'luxon', 'iconv-lite', 'ajv', 'undici', 'htmlparser2', 'yaml'].filter((p) => packages.has(p))).toEqual([]);
  });

  it('parse5 loads when asked for', async () => {
    const { code, packages } = await packagesLoaded(['audit', startUrl(server, 'vieux-bazar'), '--resolve', resolveArg(server), '--no-social', '--quiet', '--max-pages', '5', '--timeout', '2'], {
      BRAND_AUDIT_PARSER: 'parse5',
    });
    expect(code).toBe(0);
    expect(packages.has('parse5')).toBe(true);
  });
});
