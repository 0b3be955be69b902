// End-to-end: a wildcard --resolve (`*.brand.test=127.0.0.1`) and the same hosts listed one by one give the same
// report — the HTTP layer and the "is this target local" check match hosts with the one function.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSites, startUrl, type FixtureServer } from './fixture-brands.js';
import { runCli } from './run-cli.js';
import type { AuditReport } from '../../src/report/types.js';

let server: FixtureServer;
beforeAll(async () => {
  server = await startSites();
});
afterAll(async () => {
  await server.close();
});

/** `*.domain=addr` for every domain the server serves, plus the apex hosts a wildcard does not cover. */
function wildcardSpec(resolve: Record<string, string>): string {
  const entries = new Set<string>();
  for (const [host, address] of Object.entries(resolve)) {
    const labels = host.split('.');
    entries.add(labels.length > 2 ? `*.${labels.slice(-2).join('.')}=${address}` : `${host}=${address}`);
  }
  return [...entries].join(',');
}

function listedSpec(resolve: Record<string, string>): string {
  return Object.entries(resolve)
    .map(([host, address]) => `${host}=${address}`)
    .join(',');
}

async function audit(spec: string): Promise<AuditReport> {
  const url = startUrl(server, 'maison-exemple');
  const r = await runCli(['audit', url, '--resolve', spec, '--timeout', '2', '--no-social', '--format', 'json', '--quiet']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as AuditReport;
}

describe('--resolve with a wildcard', () => {
  it('scores the site exactly as the hosts listed one by one', async () => {
    const wildcard = wildcardSpec(server.resolve);
    expect(wildcard).toContain('*.maison-exemple.test=');
    const [byWildcard, byList] = await Promise.all([audit(wildcard), audit(listedSpec(server.resolve))]);
    const https = (r: AuditReport) => r.rules.find((x) => x.id === 'site-https');
    // A local target (answered by an override) is not judged on HTTPS: the fixture serves plain http.
    expect(https(byWildcard)).toMatchObject({ status: 'na', messageId: 'local-target' });
    expect(byWildcard.score).toBe(byList.score);
    expect(byWildcard.rules.map((r) => [r.id, r.status, r.score])).toEqual(byList.rules.map((r) => [r.id, r.status, r.score]));
  });
});
