import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { it } from 'vitest';
import { collectSnapshot } from '../../src/index.js';
import { startFixtureServer, listBrands } from '../../src/demo/fixture-server.js';
import { SITES_DIR } from '../../src/demo/sites.js';
import { scrubSnapshot } from '../../src/snapshot/scrub.js';

it('regen', async () => {
  const server = await startFixtureServer({ root: SITES_DIR });
  try {
    for (const brand of listBrands(SITES_DIR)) {
      const url = `${server.origin(brand.start)}/`;
      const social = brand.slug === 'maison-exemple';
      const env = {
        BRAND_AUDIT_BLUESKY_API: server.origin('bsky-api.test'),
        BRAND_AUDIT_MASTODON_API: server.origin('mastodon-api.test'),
        BRAND_AUDIT_YOUTUBE_API: server.origin('youtube-api.test'),
      };
      const snapshot = await collectSnapshot(url, { resolve: server.resolve, maxPages: 60, timeoutMs: 2000, social, env, checkProfiles: false });
      const clean = scrubSnapshot(snapshot, server.port);
      writeFileSync(path.join('/tmp/regen', `${brand.slug}.json`), JSON.stringify(clean, null, 2) + '\n');
    }
  } finally {
    await server.close();
  }
}, 120_000);
