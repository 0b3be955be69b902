// npm run golden — the one way golden files are written. Re-crawls each bundled brand from the fixture server (with
// the test fault routes) into fixtures/snapshots/<slug>.json (ports and timings scrubbed so the files are stable),
// then writes its language-neutral report tests/golden/<slug>.report.json and the report rendered in every format
// and language under tests/golden/rendered/. tests/golden/golden.test.ts only compares; it never writes.
// `npm run golden -- --render-only` keeps the snapshots and re-renders (after a rule, scoring or wording change).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectSnapshot } from '../src/index.js';
import { auditSnapshot } from '../src/pipeline.js';
import { loadRuleSet } from '../src/config/rule-set.js';
import { listBrands } from '../src/demo/fixture-server.js';
import { DEMO_TOKENS } from '../src/demo/sites.js';
import { EXTENSIONS, renderReport, type Format } from '../src/report/index.js';
import { LANGS } from '../src/locale/langs.js';
import type { BrandSnapshot } from '../src/snapshot/types.js';
import { SITES_DIR, standInEnv, startSitesServer } from '../tests/support/fault-server.js';
import { goldenReport, scrubSnapshot } from '../tests/support/golden.js';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const SNAP_DIR = path.join(ROOT, 'fixtures', 'snapshots');
const GOLDEN_DIR = path.join(ROOT, 'tests', 'golden');
const RENDERED_DIR = path.join(GOLDEN_DIR, 'rendered');
/** The formats a person reads; JSON is the report itself. Same list as tests/golden/golden.test.ts. */
const RENDERED: Format[] = ['terminal', 'markdown', 'html', 'junit', 'csv'];
const renderOnly = process.argv.includes('--render-only');

mkdirSync(SNAP_DIR, { recursive: true });
mkdirSync(RENDERED_DIR, { recursive: true });

async function collectAll(): Promise<void> {
  const server = await startSitesServer();
  try {
    for (const brand of listBrands(SITES_DIR)) {
      // The demo brand's golden includes the social audit, read from its local API stand-ins; the others are
      // website audits (their accounts have no stand-ins, and the real platforms are never reached here).
      const social = brand.slug === 'maison-exemple';
      // Facebook, Instagram and X are read from their stand-ins with the demo's fake tokens (never real ones).
      const env = { ...standInEnv(server), ...DEMO_TOKENS };
      const url = `${server.origin(brand.start)}/`;
      const snapshot = await collectSnapshot(url, { resolve: server.resolve, maxPages: 60, timeoutMs: 2000, social, env, checkProfiles: false });
      writeFileSync(path.join(SNAP_DIR, `${brand.slug}.json`), JSON.stringify(scrubSnapshot(snapshot, server.port), null, 2) + '\n');
    }
  } finally {
    await server.close();
  }
}

function renderAll(): void {
  const ruleSet = loadRuleSet('default');
  for (const brand of listBrands(SITES_DIR)) {
    const snapshot = JSON.parse(readFileSync(path.join(SNAP_DIR, `${brand.slug}.json`), 'utf8')) as BrandSnapshot;
    // Through JSON, as a saved report is read back: the goldens are what `report saved.json` renders.
    const report = JSON.parse(JSON.stringify(goldenReport(auditSnapshot(snapshot, ruleSet))));
    writeFileSync(path.join(GOLDEN_DIR, `${brand.slug}.report.json`), JSON.stringify(report, null, 2) + '\n');
    for (const lang of LANGS) {
      for (const format of RENDERED) {
        const file = path.join(RENDERED_DIR, `${brand.slug}.${lang}.${EXTENSIONS[format]}`);
        writeFileSync(file, renderReport(report, format, { lang, color: false, width: 100 }));
      }
    }
    console.log(`${brand.slug}: ${snapshot.site.pages.length} pages, score ${report.score}`);
  }
}

if (!renderOnly) await collectAll();
renderAll();
