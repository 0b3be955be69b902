// End-to-end: a brand file written by `init --name --website` audits that brand alone — the sample brand's
// accounts, keywords and language are comments, so its posts never end up in another brand's report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from './run-cli.js';
import { resolveArg, socialEnv, startSites, startUrl, type FixtureServer } from './fixture-brands.js';
import { loadBrandFile } from '../../src/config/brand-file.js';
import type { AuditReport } from '../../src/report/types.js';

let server: FixtureServer;
let dir: string;
beforeAll(async () => {
  server = await startSites();
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-init-e2e-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('brand-audit init --name --website', () => {
  it('writes a brand file whose only live keys are the ones given, and the audit reads no sample account', async () => {
    const file = path.join(dir, 'northwind.yaml');
    const init = await runCli(['init', file, '--name', 'Northwind Outdoor', '--website', startUrl(server, 'northwind-outdoor')]);
    expect(init.code, init.stderr).toBe(0);
    const brand = loadBrandFile(file);
    expect(brand).toMatchObject({ name: 'Northwind Outdoor', accounts: [], keywords: [], exports: [] });
    expect(brand.language).toBeUndefined();
    expect(readFileSync(file, 'utf8')).toMatch(/^# accounts:$/m);

    // The social stand-ins serve the sample brand's Bluesky, Mastodon and YouTube accounts: a template that kept
    // them live would put Maison Exemple's posts into this report.
    const r = await runCli(['audit', file, '--resolve', resolveArg(server), '--format', 'json', '--quiet', '--timeout', '2'], { env: socialEnv(server) });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as AuditReport;
    expect(report.target.brandName).toBe('Northwind Outdoor');
    const handles = [...report.accounts.map((a) => a.handle), ...(report.social?.accounts ?? []).map((a) => a.handle)];
    expect(handles.join(' ')).not.toMatch(/maisonexemple/i);
  });
});
