// End-to-end: report formats, gates and the report/compare commands, on saved fixture snapshots (no crawl needed).
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, runCli } from './run-cli.js';
import { loadCatalogue } from '../../src/locale/catalogue.js';
import type { AuditReport } from '../../src/report/types.js';

const SNAP = (slug: string) => path.join(ROOT, 'fixtures', 'snapshots', `${slug}.json`);
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-reports-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function jsonReport(slug: string, extra: string[] = []): Promise<{ file: string; report: AuditReport }> {
  const file = path.join(dir, `${slug}-${extra.join('-').replace(/[^\w-]+/g, '') || 'default'}.json`);
  const r = await runCli(['audit', '--from-snapshot', SNAP(slug), '--format', 'json', '--out', file, '--quiet', ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return { file, report: JSON.parse(readFileSync(file, 'utf8')) as AuditReport };
}

describe('several formats at once', () => {
  it('--format html,json,markdown,junit,csv --out-dir writes one file per format, named after the domain', async () => {
    const out = path.join(dir, 'all');
    const r = await runCli(['audit', '--from-snapshot', SNAP('vieux-bazar'), '--format', 'html,json,markdown,junit,csv', '--out-dir', out, '--lang', 'fr']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual([
      'vieux-bazar.test.csv',
      'vieux-bazar.test.html',
      'vieux-bazar.test.json',
      'vieux-bazar.test.junit.xml',
      'vieux-bazar.test.md',
    ]);
    const html = readFileSync(path.join(out, 'vieux-bazar.test.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('lang="fr"');
    expect(html).not.toMatch(/<script/i);
    const junit = readFileSync(path.join(out, 'vieux-bazar.test.junit.xml'), 'utf8');
    expect(junit).toContain('<testsuite ');
    expect(junit).toMatch(/failures="7"/);
    const csv = readFileSync(path.join(out, 'vieux-bazar.test.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('brand,domain,category,rule,status,score,weight,value,message');
    expect(readFileSync(path.join(out, 'vieux-bazar.test.md'), 'utf8')).toContain('# ');
  });

  it('several formats without --out-dir is a usage error', async () => {
    const r = await runCli(['audit', '--from-snapshot', SNAP('vieux-bazar'), '--format', 'html,json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('brand-audit: several formats need --out-dir DIR (one file per format)\n');
  });
});

describe('gates', () => {
  it('--assert: a category below its threshold exits 1 with a line naming it; a met one exits 0', async () => {
    const fail = await runCli(['audit', '--from-snapshot', SNAP('vieux-bazar'), '--format', 'json', '--assert', 'category:support=70', '--quiet']);
    expect(fail.code).toBe(1);
    expect(fail.stderr).toMatch(/support/);
    expect(fail.stderr).toMatch(/70/);
    const ok = await runCli(['audit', '--from-snapshot', SNAP('maison-exemple'), '--format', 'json', '--assert', 'category:support=70', '--assert', 'rule:support-reachable=pass', '--quiet']);
    expect(ok.code, ok.stderr).toBe(0);
  });

  it('--assert with a bad spec is a usage error', async () => {
    const r = await runCli(['audit', '--from-snapshot', SNAP('vieux-bazar'), '--assert', 'category:support=lots']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^brand-audit: --assert category:support=lots: /);
  });

  it('a rule set `assert:` list gates too, and a bad one names file and line', async () => {
    const file = path.join(dir, 'gated.yaml');
    writeFileSync(file, 'extends: default\nassert:\n  - score=95\n');
    const r = await runCli(['audit', '--from-snapshot', SNAP('kaffeehaus-muster'), '--rules', file, '--format', 'json', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/95/);
    writeFileSync(file, 'extends: default\nassert:\n  - score=95\n  - categorie:support=3\n');
    const bad = await runCli(['rules', '--rules', file]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${file}:4 (assert.1): `);
  });

  it('--baseline: rules that got worse or a score drop beyond --max-drop exit 1; the same report passes', async () => {
    // A team's own rule set keeps its id as it is tuned: version 2 judges the same facts as harshly as strict.
    const rules = path.join(dir, 'nightly.yaml');
    writeFileSync(rules, 'id: nightly\nextends: default\n');
    const { file: baseline } = await jsonReport('northwind-outdoor', ['--rules', rules]);
    const same = await runCli(['audit', '--from-snapshot', SNAP('northwind-outdoor'), '--rules', rules, '--format', 'json', '--baseline', baseline, '--quiet']);
    expect(same.code, same.stderr).toBe(0);
    writeFileSync(rules, 'id: nightly\nextends: strict\n');
    const worse = await runCli(['audit', '--from-snapshot', SNAP('northwind-outdoor'), '--rules', rules, '--format', 'json', '--baseline', baseline, '--max-drop', '1', '--quiet']);
    expect(worse.code).toBe(1);
    expect(worse.stderr).toMatch(/dropped/);
    expect(worse.stderr).toMatch(/went from pass to/);
  });

  it('a baseline that is not a report is a usage error', async () => {
    const r = await runCli(['audit', '--from-snapshot', SNAP('vieux-bazar'), '--baseline', SNAP('vieux-bazar')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a brand-audit JSON report');
  });

  it('GITHUB_STEP_SUMMARY gets a Markdown summary appended', async () => {
    const summary = path.join(dir, 'summary.md');
    writeFileSync(summary, '# Earlier step\n');
    const r = await runCli(['audit', '--from-snapshot', SNAP('vieux-bazar'), '--format', 'json', '--quiet'], { env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(0);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# Earlier step\n')).toBe(true);
    expect(text).toContain('Le Vieux Bazar');
    expect(statSync(summary).size).toBeLessThan(1024 * 1024);
  });
});

describe('report and compare commands', () => {
  it('`report` re-renders a saved JSON report without re-scoring, in another format', async () => {
    const { file, report } = await jsonReport('kaffeehaus-muster', ['--lang', 'fr']);
    const r = await runCli(['report', file, '--format', 'markdown', '--lang', 'fr']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Kaffeehaus Muster');
    expect(r.stdout).toContain(String(report.score).replace('.', ','));
    // The language asked at audit time does not bind the saved report: it renders in English too, same score.
    const other = await runCli(['report', file, '--lang', 'en']);
    expect(other.code, other.stderr).toBe(0);
    expect(other.stdout).toContain(String(report.score));
  });

  it('`report` re-audits a saved snapshot with the asked rule set and language', async () => {
    const r = await runCli(['report', SNAP('vieux-bazar'), '--format', 'json', '--rules', 'strict', '--lang', 'fr']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as AuditReport;
    expect(report.ruleSet.id).toBe('strict');
    // The JSON report is language-neutral: ids and data, never rendered text.
    expect(report).not.toHaveProperty('lang');
    expect(report.rules[0]).not.toHaveProperty('message');
  });

  it('`report saved.json --lang es` renders any saved report in any language', async () => {
    const { file } = await jsonReport('kaffeehaus-muster');
    for (const lang of ['es', 'de', 'fr'] as const) {
      const r = await runCli(['report', file, '--format', 'markdown', '--lang', lang]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(loadCatalogue(lang).get('report.title'));
    }
    const en = await runCli(['report', file, '--format', 'markdown']);
    const es = await runCli(['report', file, '--format', 'markdown', '--lang', 'es']);
    expect(es.stdout).not.toBe(en.stdout);
  });

  it('`compare` prints score, category and rule changes, and accounts added or lost', async () => {
    const { file: before } = await jsonReport('northwind-outdoor');
    const { file: after } = await jsonReport('northwind-outdoor', ['--rules', 'strict']);
    const r = await runCli(['compare', before, after]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/support-reachable|contact-channels|official-accounts/);
    const json = await runCli(['compare', before, after, '--format', 'json']);
    const diff = JSON.parse(json.stdout);
    expect(diff.score.delta).toBeLessThan(0);
    expect(diff.regressions.length).toBeGreaterThan(0);
    const other = await runCli(['compare', before, SNAP('northwind-outdoor')]);
    expect(other.code).toBe(2);
  });
});
