// Golden reports: each saved fixture snapshot, audited with the default rule set, must give exactly the stored report.
// After a deliberate change, `npm run golden` regenerates both and the diff is reviewed in the commit.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSnapshot } from '../../src/snapshot/io.js';
import { auditSnapshot } from '../../src/index.js';
import { goldenReport } from '../../src/snapshot/scrub.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SNAP_DIR = path.join(ROOT, 'fixtures', 'snapshots');
const slugs = readdirSync(SNAP_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

describe('golden reports', () => {
  it('has a snapshot for every bundled brand', () => {
    expect(slugs.sort()).toEqual(['kaffeehaus-muster', 'maison-exemple', 'northwind-outdoor', 'vieux-bazar']);
  });

  for (const slug of slugs) {
    for (const lang of ['en', 'fr'] as const) {
      it(`${slug} (${lang}) matches tests/golden/${slug}.${lang}.report.json`, () => {
        const snapshot = loadSnapshot(path.join(SNAP_DIR, `${slug}.json`));
        const actual = goldenReport(auditSnapshot(snapshot, 'default', lang));
        const expected = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'golden', `${slug}.${lang}.report.json`), 'utf8'));
        expect(JSON.parse(JSON.stringify(actual))).toEqual(expected);
      });
    }
  }
});
