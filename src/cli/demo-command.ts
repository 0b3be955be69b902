// `brand-audit demo`: serve the bundled synthetic brands on 127.0.0.1 and audit one of them, fully offline.
import { startDemoSites } from '../demo/sites.js';
import { runAudit } from './run-audit.js';
import { EXIT, type Io } from './io.js';
import type { AuditCliOptions } from './options.js';

/**
 * Starts the fixture server, audits the chosen brand through a host override (no DNS, no network), then stops the
 * server. With `serve`, only serves and prints how to reach each brand until interrupted.
 */
export async function runDemo(demo: { brand: string; serve: boolean }, options: AuditCliOptions, io: Io): Promise<number> {
  const sites = await startDemoSites(demo.brand);
  const { server, brands, brand, apiEnv } = sites;
  if (demo.serve) {
    io.stdout.write(`Serving ${brands.length} synthetic brands on 127.0.0.1:${server.port} — press Ctrl-C to stop.\n`);
    for (const b of brands) io.stdout.write(`  ${b.slug.padEnd(20)} ${server.origin(b.start)}/\n`);
    const vars = Object.entries(apiEnv)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ');
    io.stdout.write(`\nAudit one with:\n  ${vars ? `${vars} ` : ''}brand-audit audit ${server.origin(brand.start)}/ --resolve ${sites.resolveSpec}\n`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await server.close();
    return EXIT.ok;
  }
  // The brand's social APIs are fixture hosts too: point the sources at them (with the demo's fake tokens, which
  // replace the user's own), and skip profile checks of platforms without data (they would need the real network).
  const env: NodeJS.ProcessEnv = { ...options.env, ...apiEnv };
  try {
    return await runAudit(sites.startUrl, { ...options, resolve: server.resolve, env, checkProfiles: false }, io);
  } finally {
    await server.close();
  }
}
