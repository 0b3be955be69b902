// Node's modules that a crawl needs are loaded before the bin sets V8's flags (bin/builtins-first.js), since V8
// rejects Node's own code cache for every built-in module loaded once a flag differs from its defaults, and compiles
// it from its source. Checked on the built CLI as the bin runs it, with the lists of built-in modules the process
// loaded before and after the first flag (tests/support/flags-trace.mjs), never with a clock.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveArg, startSites, startUrl, type FixtureServer } from './fixture-brands.js';
import { ROOT, runCli } from './run-cli.js';

const TRACE_HOOK = pathToFileURL(path.join(ROOT, 'tests', 'support', 'flags-trace.mjs')).href;

/** The built-in modules of an HTTP client and server, which a run should not compile after the flags. */
const NETWORK = /^(net|http|_http_\w+|dns|cluster|child_process|dgram|perf_hooks|assert|tty|os|diagnostics_channel|fs\/promises|timers\/promises)$/;

let dir: string;
let server: FixtureServer;
let runs = 0;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-builtins-'));
  server = await startSites();
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function trace(args: string[]): Promise<{ code: number | null; flagsSet: boolean; before: string[]; after: string[] }> {
  const file = path.join(dir, `trace-${runs++}.json`);
  const r = await runCli(args, { nodeArgs: ['--import', TRACE_HOOK], env: { FLAGS_TRACE_FILE: file } });
  return { code: r.code, ...(JSON.parse(readFileSync(file, 'utf8')) as { flagsSet: boolean; before: string[]; after: string[] }) };
}

describe("Node's built-in modules before the V8 flags", () => {
  it("the demo loads its HTTP server's and client's modules before the flags, and none of them after", async () => {
    const { code, flagsSet, before, after } = await trace(['demo', '--quiet']);
    expect(code).toBe(0);
    expect(flagsSet).toBe(true);
    expect(before).toEqual(expect.arrayContaining(['http', 'net', 'cluster', 'child_process', 'dns', 'perf_hooks']));
    expect(after.filter((id) => NETWORK.test(id))).toEqual([]);
  });

  it("a website audit loads its HTTP client's modules before the flags, and none of them after", async () => {
    const { code, flagsSet, before, after } = await trace(['audit', startUrl(server, 'vieux-bazar'), '--resolve', resolveArg(server), '--no-social', '--quiet', '--max-pages', '3', '--timeout', '2']);
    expect(code === 0 || code === 1).toBe(true);
    expect(flagsSet).toBe(true);
    expect(before).toEqual(expect.arrayContaining(['http', 'net', 'dns', 'perf_hooks']));
    // The demo's server alone needs node:cluster; an audit over plain HTTP never loads node:tls.
    expect(before).not.toContain('cluster');
    expect(before).not.toContain('tls');
    expect(after.filter((id) => NETWORK.test(id))).toEqual([]);
  });

  it('an audit of an https URL loads node:tls before the flags, and none of its modules after', async () => {
    // A server that closes each connection: the audit fails at its first TLS handshake, after loading node:tls.
    const closing = createServer((socket) => socket.destroy());
    await new Promise<void>((resolve) => closing.listen(0, '127.0.0.1', resolve));
    try {
      const url = `https://127.0.0.1:${(closing.address() as AddressInfo).port}/`;
      const { flagsSet, before, after } = await trace(['audit', url, '--no-social', '--quiet', '--timeout', '2']);
      expect(flagsSet).toBe(true);
      expect(before).toEqual(expect.arrayContaining(['tls', 'crypto', 'http']));
      expect(after.filter((id) => /^(tls|_tls_\w+|crypto|internal\/(crypto|tls)\/.*)$/.test(id) || NETWORK.test(id))).toEqual([]);
    } finally {
      closing.close();
    }
  });

  it('--version sets no flag, so loads nothing ahead of its need', async () => {
    const { code, flagsSet, before } = await trace(['--version']);
    expect(code).toBe(0);
    expect(flagsSet).toBe(false);
    expect(before.filter((id) => /^(http|_http_\w+|cluster|child_process|dns|perf_hooks|assert)$/.test(id))).toEqual([]);
  });
});
