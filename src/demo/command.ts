// `brand-audit demo`: serve the bundled synthetic brands on 127.0.0.1 and audit one of them, fully offline.
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../config/errors.js';
import { listBrands, startFixtureServer } from './fixture-server.js';
import type { AuditCliOptions, Io } from '../cli.js';

/** The bundled synthetic brand sites (fixtures/sites), shipped with the package. */
export const SITES_DIR = fileURLToPath(new URL('../../fixtures/sites/', import.meta.url));

/** Fixture hosts that stand in for the public social APIs in the demo (see fixtures/social/README.md). */
const DEMO_APIS: Record<string, string> = {
  BRAND_AUDIT_BLUESKY_API: 'bsky-api.test',
  BRAND_AUDIT_MASTODON_API: 'mastodon-api.test',
  BRAND_AUDIT_YOUTUBE_API: 'youtube-api.test',
};

type RunAudit = (url: string | undefined, options: AuditCliOptions, io: Io) => Promise<number>;

/**
 * Starts the fixture server, audits the chosen brand through a host override (no DNS, no network), then stops
 * the server. With `serve`, only serves and prints how to reach each brand until interrupted.
 */
export async function runDemo(demo: { brand: string; serve: boolean }, options: AuditCliOptions, io: Io, runAudit: RunAudit): Promise<number> {
  const brands = listBrands(SITES_DIR);
  const brand = brands.find((b) => b.slug === demo.brand);
  if (!brand) throw new ConfigError(`unknown demo brand "${demo.brand}" (bundled: ${brands.map((b) => b.slug).join(', ')})`);
  const server = await startFixtureServer({ root: SITES_DIR });
  const resolveSpec = Object.entries(server.resolve).map(([h, a]) => `${h}=${a}`).join(',');
  // The brand's social APIs are fixture hosts too: point the sources at them, and skip profile checks of
  // platforms without public data (they would need the real network).
  const apiEnv: Record<string, string> = {};
  for (const [variable, host] of Object.entries(DEMO_APIS)) if (server.hosts.includes(host)) apiEnv[variable] = server.origin(host);
  if (demo.serve) {
    io.stdout.write(`Serving ${brands.length} synthetic brands on 127.0.0.1:${server.port} — press Ctrl-C to stop.\n`);
    for (const b of brands) io.stdout.write(`  ${b.slug.padEnd(20)} ${server.origin(b.start)}/\n`);
    const vars = Object.entries(apiEnv).map(([k, v]) => `${k}=${v}`).join(' ');
    io.stdout.write(`\nAudit one with:\n  ${vars ? `${vars} ` : ''}brand-audit audit ${server.origin(brand.start)}/ --resolve ${resolveSpec}\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    return 0;
  }
  const env: NodeJS.ProcessEnv = { ...options.env, ...apiEnv };
  try {
    return await runAudit(`${server.origin(brand.start)}/`, { ...options, resolve: server.resolve, env, checkProfiles: false }, io);
  } finally {
    await server.close();
  }
}
