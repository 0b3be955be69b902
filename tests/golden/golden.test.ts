// Golden reports: each saved fixture snapshot, audited with the default rule set, must give exactly the stored
// language-neutral report, and that report must render exactly the stored files in every format and language.
// After a deliberate change, `npm run golden` regenerates them all (one script) and the diff is reviewed.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSnapshot } from '../../src/snapshot/io.js';
import { auditSnapshot } from '../../src/pipeline.js';
import { loadRuleSet } from '../../src/config/rule-set.js';
import { goldenReport } from '../support/golden.js';
import { EXTENSIONS, renderReport, type Format } from '../../src/report/index.js';
import { LANGS } from '../../src/locale/langs.js';
import type { AuditReport } from '../../src/report/types.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SNAP_DIR = path.join(ROOT, 'fixtures', 'snapshots');
const GOLDEN_DIR = path.join(ROOT, 'tests', 'golden');
/** The formats a person reads; JSON is the report itself. Same list as scripts/update-golden.ts. */
const RENDERED: Format[] = ['terminal', 'markdown', 'html', 'junit', 'csv'];
const slugs = readdirSync(SNAP_DIR).filter((f) => f.endsWith('.json')).map((f) => f.replace(/\.json$/, ''));

describe('golden reports', () => {
  it('has a snapshot for every bundled brand', () => {
    expect(slugs.sort()).toEqual(['kaffeehaus-muster', 'maison-exemple', 'northwind-outdoor', 'vieux-bazar']);
  });

  for (const slug of slugs) {
    describe(slug, () => {
      const snapshot = loadSnapshot(path.join(SNAP_DIR, `${slug}.json`));
      const report: AuditReport = JSON.parse(JSON.stringify(goldenReport(auditSnapshot(snapshot, loadRuleSet('default')))));

      it(`matches tests/golden/${slug}.report.json`, () => {
        const expected = JSON.parse(readFileSync(path.join(GOLDEN_DIR, `${slug}.report.json`), 'utf8'));
        expect(report).toEqual(expected);
      });

      for (const lang of LANGS) {
        it.each(RENDERED)(`renders tests/golden/rendered/${slug}.${lang}.%s`, (format) => {
          const file = path.join(GOLDEN_DIR, 'rendered', `${slug}.${lang}.${EXTENSIONS[format]}`);
          const actual = renderReport(report, format, { lang, color: false, width: 100 });
          expect(actual).toBe(readFileSync(file, 'utf8'));
        });
      }
    });
  }
});
