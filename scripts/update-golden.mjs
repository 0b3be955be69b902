// npm run golden: re-crawl each bundled brand into fixtures/snapshots/<slug>.json (ports and timings scrubbed so
// the files are stable), then render the golden reports tests/golden/<slug>.report.json that the tests diff against.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectSnapshot, auditSnapshot } from '../dist/index.js';
import { startFixtureServer, listBrands } from '../dist/demo/fixture-server.js';
import { SITES_DIR } from '../dist/demo/command.js';
import { scrubSnapshot, goldenReport } from '../dist/snapshot/scrub.js';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const SNAP_DIR = path.join(ROOT, 'fixtures', 'snapshots');
const GOLDEN_DIR = path.join(ROOT, 'tests', 'golden');
mkdirSync(SNAP_DIR, { recursive: true });
mkdirSync(GOLDEN_DIR, { recursive: true });

const server = await startFixtureServer({ root: SITES_DIR });
try {
  for (const brand of listBrands(SITES_DIR)) {
    const url = `${server.origin(brand.start)}/`;
    // The demo brand's golden includes the social audit, read from its local API stand-ins; the others are
    // website audits (their accounts have no stand-ins, and the real platforms are never reached here).
    const social = brand.slug === 'maison-exemple';
    const env = {
      BRAND_AUDIT_BLUESKY_API: server.origin('bsky-api.test'),
      BRAND_AUDIT_MASTODON_API: server.origin('mastodon-api.test'),
      BRAND_AUDIT_YOUTUBE_API: server.origin('youtube-api.test'),
    };
    const snapshot = await collectSnapshot(url, { resolve: server.resolve, maxPages: 60, timeoutMs: 2000, social, env, checkProfiles: false });
    const clean = scrubSnapshot(snapshot, server.port);
    writeFileSync(path.join(SNAP_DIR, `${brand.slug}.json`), JSON.stringify(clean, null, 2) + '\n');
    for (const lang of ['en', 'fr']) {
      const report = goldenReport(auditSnapshot(clean, 'default', lang));
      writeFileSync(path.join(GOLDEN_DIR, `${brand.slug}.${lang}.report.json`), JSON.stringify(report, null, 2) + '\n');
    }
    console.log(`${brand.slug}: ${clean.site.pages.length} pages, score ${auditSnapshot(clean, 'default', 'en').score}`);
  }
} finally {
  await server.close();
}
