// Shared set-up for end-to-end tests: one fixture server for the bundled brands, and a helper to audit one of them
// with the real CLI through --resolve (no DNS, no network).
import path from 'node:path';
import { standInEnv, startSitesServer, type FixtureServer } from '../support/fault-server.js';
import { ROOT, runCli, type CliResult } from './run-cli.js';
import type { AuditReport } from '../../src/report/types.js';

export const SITES = path.join(ROOT, 'fixtures', 'sites');

export const START_HOSTS: Record<string, string> = {
  'maison-exemple': 'www.maison-exemple.test',
  'vieux-bazar': 'www.vieux-bazar.test',
  'northwind-outdoor': 'www.northwind-outdoor.test',
  'kaffeehaus-muster': 'www.kaffeehaus-muster.test',
};

export type { FixtureServer };

/** The bundled sites with the test faults (tests/support/fault-routes.json): slow, throttled, huge, legacy pages. */
export function startSites(): Promise<FixtureServer> {
  return startSitesServer();
}

export function resolveArg(server: FixtureServer): string {
  return Object.entries(server.resolve)
    .map(([host, addr]) => `${host}=${addr}`)
    .join(',');
}

export function startUrl(server: FixtureServer, brand: string): string {
  return `${server.origin(START_HOSTS[brand])}/`;
}

/**
 * Audits a bundled brand's website with the real CLI (--no-social: the social audit has its own tests, with the
 * local stand-ins for the platforms' APIs); extra args are appended.
 */
export function auditBrand(server: FixtureServer, brand: string, extra: string[] = []): Promise<CliResult> {
  return runCli(['audit', startUrl(server, brand), '--resolve', resolveArg(server), '--timeout', '2', '--no-social', ...extra]);
}

/** The environment that points the social sources at the demo brand's local API stand-ins (no token: see tokenEnv). */
export function socialEnv(server: FixtureServer): Record<string, string> {
  return standInEnv(server);
}

/** Known fake tokens for the Facebook, Instagram and X stand-ins: tests grep every output for them. */
export const FAKE_TOKENS = {
  FACEBOOK_ACCESS_TOKEN: 'EAAfakeTestTokenGraph0123456789abcdefSECRET',
  X_BEARER_TOKEN: 'AAAAAAAAAAAAAAAAAAAAAfakeTestBearerX0123456789SECRET',
} as const;

/** socialEnv plus the fake tokens: Facebook, Instagram and X read from their stand-ins. */
export function tokenEnv(server: FixtureServer): Record<string, string> {
  return { ...socialEnv(server), ...FAKE_TOKENS };
}

/** Audits a bundled brand and parses the JSON report. */
export async function auditJson(server: FixtureServer, brand: string, extra: string[] = []): Promise<{ result: CliResult; report: AuditReport }> {
  const result = await auditBrand(server, brand, ['--format', 'json', '--quiet', ...extra]);
  return { result, report: JSON.parse(result.stdout) as AuditReport };
}

/** Strips scheme, host and port: the path the fixture README names. */
export function pathOf(url: string): string {
  const u = new URL(url);
  return `${u.hostname.split('.')[0]} ${u.pathname}`;
}
