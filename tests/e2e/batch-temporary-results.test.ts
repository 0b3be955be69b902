// End-to-end: a batch run without --results or --out-dir keeps its results in a temporary file; interrupted, it
// keeps that file and names it with the --resume --results that continues it (it used to name it, then delete it).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BIN, runCli } from './run-cli.js';

let dir: string;
let server: http.Server;
let portfolio: string;
const ENV = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', CI: '1', NO_COLOR: '1', HTTP_PROXY: 'http://127.0.0.1:9', HTTPS_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1,localhost' };
let flags: string[];

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-batch-temporary-'));
  // www.quick.test answers at once; www.stall.test never answers, so the batch is still running when it is stopped.
  server = http.createServer((req, res) => {
    if (req.headers.host?.startsWith('www.stall.test')) return;
    if (req.url === '/robots.txt') return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><html lang="en"><title>Quick</title><a href="/contact">Contact</a></html>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  portfolio = path.join(dir, 'brands.csv');
  writeFileSync(portfolio, `name,website\nQuick,http://www.quick.test:${port}/\nStall,http://www.stall.test:${port}/\n`);
  flags = ['--resolve', 'www.quick.test=127.0.0.1,www.stall.test=127.0.0.1', '--no-social', '--timeout', '3', '--brands-concurrency', '1', '--allow-failures', '1'];
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('batch without --results or --out-dir, interrupted', () => {
  it('keeps its temporary results file and says how to continue it', async () => {
    const child = spawn(process.execPath, [BIN, 'batch', portfolio, ...flags], { cwd: dir, env: ENV, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const deadline = Date.now() + 60_000;
    while (!stderr.includes('[1/2]') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    child.kill('SIGINT');
    const code = await new Promise((r) => child.once('close', r));
    expect(code, stderr).toBe(130);
    const said = /holds every brand finished so far \(continue with --resume --results (\S+\.jsonl)\)/.exec(stderr);
    expect(said, stderr).not.toBeNull();
    const results = said![1];
    try {
      expect(existsSync(results)).toBe(true);
      expect(readFileSync(results, 'utf8')).toContain('"id":"quick"');
      const resumed = await runCli(['batch', portfolio, ...flags, '--resume', '--results', results], { cwd: dir });
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(resumed.stderr).toMatch(/Resuming .*: [12] of 2 brands already audited/);
      expect(resumed.stdout).toContain('Quick');
    } finally {
      rmSync(results, { force: true });
    }
  }, 120_000);
});
