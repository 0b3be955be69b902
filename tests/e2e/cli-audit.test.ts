// End-to-end: the CLI's flags as a user runs them — formats, languages, files, thresholds, limits, robots, demo.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { auditBrand, auditJson, pathOf, startSites, type FixtureServer } from './fixture-brands.js';
import { runCli } from './run-cli.js';
import type { BrandSnapshot } from '../../src/snapshot/types.js';

let server: FixtureServer;
let dir: string;
beforeAll(async () => {
  server = await startSites();
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-e2e-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const ESC = '\u001b';

describe('terminal report', () => {
  it('prints score, categories, findings with evidence, accounts and what could not be checked — without colour in CI', async () => {
    const r = await auditBrand(server, 'vieux-bazar');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).toContain('Le Vieux Bazar');
    expect(r.stdout).toMatch(/Overall score\s+29\.1\/100 · Grade F · poor/);
    for (const title of ['Social presence', 'Support area', 'Contact channels', 'Trust and legal']) expect(r.stdout).toContain(title);
    expect(r.stdout).toContain('Findings');
    expect(r.stdout).toContain('/infos/service/contact.html');
    expect(r.stdout).toContain('Could not be checked');
    expect(r.stdout).toContain('/catalogue/enorme.html');
    expect(r.stdout).toContain('facebook.com/vieuxbazar');
    // Progress and notes go to stderr, one summary line when not on a TTY.
    expect(r.stderr).toMatch(/^Read 23 pages of vieux-bazar\.test in [\d.]+ s, 5 pages could not be read\n$/);
  });

  it('speaks French with --lang fr', async () => {
    const r = await auditBrand(server, 'kaffeehaus-muster', ['--lang', 'fr', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Espace service client');
    expect(r.stdout).toContain('Canaux de contact');
    expect(r.stdout).toMatch(/88,9\/100/);
  });

  it('uses colour only when asked (FORCE_COLOR) and never with --no-color', async () => {
    const coloured = await auditBrand(server, 'maison-exemple', ['--quiet'], );
    expect(coloured.stdout).not.toContain(ESC); // NO_COLOR=1 in the test environment
    const forced = await runCli(['demo', '--quiet'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(forced.stdout).toContain(`${ESC}[`);
    const off = await runCli(['demo', '--quiet', '--no-color'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(off.stdout).not.toContain(ESC);
  });
});

describe('files and thresholds', () => {
  it('--save-snapshot then --from-snapshot re-audits offline with another rule set and gives the same facts', async () => {
    const snap = path.join(dir, 'northwind.snapshot.json');
    const first = await auditJson(server, 'northwind-outdoor', ['--save-snapshot', snap]);
    expect(first.result.code).toBe(0);
    const saved = JSON.parse(readFileSync(snap, 'utf8')) as BrandSnapshot;
    expect(saved.schemaVersion).toBe(3);
    expect(saved.site.pages.length).toBe(first.report.site.pagesCrawled);
    // No server, no --resolve: the snapshot alone is enough.
    const again = await runCli(['audit', '--from-snapshot', snap, '--format', 'json']);
    expect(again.code).toBe(0);
    const report = JSON.parse(again.stdout);
    expect(report.score).toBe(first.report.score);
    expect(report.accounts).toEqual(first.report.accounts);
    const strict = await runCli(['audit', '--from-snapshot', snap, '--format', 'json', '--rules', 'strict']);
    expect(JSON.parse(strict.stdout).ruleSet.id).toBe('strict');
    expect(JSON.parse(strict.stdout).score).toBeLessThan(report.score);
  });

  it('--save-snapshot writes compact JSON, indented with --pretty-snapshot; both re-audit alike', async () => {
    const compact = path.join(dir, 'kaffeehaus.compact.json');
    const pretty = path.join(dir, 'kaffeehaus.pretty.json');
    await auditJson(server, 'kaffeehaus-muster', ['--save-snapshot', compact, '--max-pages', '3']);
    await auditJson(server, 'kaffeehaus-muster', ['--save-snapshot', pretty, '--pretty-snapshot', '--max-pages', '3']);
    const compactText = readFileSync(compact, 'utf8');
    const prettyText = readFileSync(pretty, 'utf8');
    expect(compactText.trimEnd().split('\n')).toHaveLength(1);
    expect(prettyText).toMatch(/^\{\n  "schemaVersion": 3,\n/);
    expect(compactText.length).toBeLessThan(prettyText.length);
    const [a, b] = await Promise.all([compact, pretty].map((f) => runCli(['audit', '--from-snapshot', f, '--format', 'json'])));
    expect(JSON.parse(b.stdout).rules).toEqual(JSON.parse(a.stdout).rules);
  });

  it('--out writes the report to a file and keeps stdout empty', async () => {
    const out = path.join(dir, 'reports', 'maison.json');
    const r = await auditBrand(server, 'maison-exemple', ['--format', 'json', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    // The run ends with the closing summary: the score, then where the report was written.
    expect(r.stderr).toContain('Overall score 100/100 · Grade A · good');
    expect(r.stderr.endsWith(`Report written to:\n  ${out}\n`)).toBe(true);
    expect(JSON.parse(readFileSync(out, 'utf8')).score).toBe(100);
  });

  it('--fail-under exits 1 below the threshold and 0 at or above it', async () => {
    const below = await auditBrand(server, 'vieux-bazar', ['--quiet', '--fail-under', '50']);
    expect(below.code).toBe(1);
    expect(below.stderr).toBe('brand-audit: score 29.1 is below --fail-under 50\n');
    expect(below.stdout).toContain('Overall score'); // the report is still printed
    const above = await auditBrand(server, 'vieux-bazar', ['--quiet', '--fail-under', '29']);
    expect(above.code).toBe(0);
  });

  it('a user rule set file is applied', async () => {
    const file = path.join(dir, 'lenient.yaml');
    writeFileSync(file, 'id: lenient\nextends: [default]\nrules:\n  community-space: off\n  terms-updated: { options: { maxAgeMonths: 36 } }\n');
    const { report } = await auditJson(server, 'vieux-bazar', ['--rules', file]);
    expect(report.ruleSet).toMatchObject({ id: 'lenient', source: file });
    expect(report.rules.find((x) => x.id === 'community-space')).toBeUndefined();
    expect(report.rules.find((x) => x.id === 'terms-updated')!.status).toBe('pass');
  });
});

describe('crawl limits and robots.txt', () => {
  it('--max-pages stops the crawl, says so, and reads support pages first', async () => {
    const { report } = await auditJson(server, 'maison-exemple', ['--max-pages', '8']);
    expect(report.site.pagesCrawled).toBe(8);
    expect(report.site.truncated).toBe(true);
    expect(report.site.errors.map((e) => e.code)).toEqual(['max-pages']);
    // Help and legal pages come before product pages.
    expect(report.site.supportPages.length).toBeGreaterThanOrEqual(4);
  });

  it('--depth bounds the clicks from the start page', async () => {
    const { report } = await auditJson(server, 'vieux-bazar', ['--depth', '2']);
    expect(report.site.supportPages.map((p) => pathOf(p.url))).toEqual(['www /infos/service/']);
  });

  it('robots.txt is obeyed unless --ignore-robots', async () => {
    const snap = path.join(dir, 'maison-robots.json');
    await auditJson(server, 'maison-exemple', ['--save-snapshot', snap]);
    const obeyed = JSON.parse(readFileSync(snap, 'utf8')) as BrandSnapshot;
    expect(obeyed.site.robots).toMatchObject({ found: true, respected: true });
    expect(obeyed.site.robots!.disallowedSkipped.map(pathOf)).toEqual(['www /panier/']);
    // Not read, but listed as could-not-be-checked, for the rules that would have needed it.
    expect(obeyed.site.pages.filter((p) => p.url.includes('/panier/')).map((p) => [p.status, p.error])).toEqual([[null, { code: 'robots' }]]);

    const snap2 = path.join(dir, 'maison-no-robots.json');
    await auditJson(server, 'maison-exemple', ['--save-snapshot', snap2, '--ignore-robots', '--max-pages', '60']);
    const ignored = JSON.parse(readFileSync(snap2, 'utf8')) as BrandSnapshot;
    expect(ignored.site.robots).toMatchObject({ respected: false });
    expect(ignored.site.pages.some((p) => p.url.includes('/panier/'))).toBe(true);
  });

  it('a start page disallowed by robots.txt is exit 3 with the reason', async () => {
    const r = await runCli(['audit', `${server.origin('www.maison-exemple.test')}/panier/`, '--resolve', `www.maison-exemple.test=127.0.0.1`, '--quiet']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('robots.txt disallows the start page');
  });

  it('a start page answering 404 is exit 3', async () => {
    const r = await runCli(['audit', `${server.origin('www.vieux-bazar.test')}/promo-ete.html`, '--resolve', 'www.vieux-bazar.test=127.0.0.1', '--quiet']);
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(`brand-audit: cannot audit ${server.origin('www.vieux-bazar.test')}/promo-ete.html: HTTP 404\n`);
  });

  it('a start page that times out is exit 3 naming the timeout', async () => {
    const r = await runCli(['audit', `${server.origin('www.vieux-bazar.test')}/catalogue/lent.html`, '--resolve', 'www.vieux-bazar.test=127.0.0.1', '--quiet', '--timeout', '1']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/timeout/);
  });
});

describe('other commands', () => {
  it('`rules` lists every rule of the set with category and weight', async () => {
    const r = await runCli(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout);
    expect(list.rules.map((x: { id: string }) => x.id)).toContain('support-links-to-social');
    expect(list.rules.find((x: { id: string }) => x.id === 'support-links-to-social')).toMatchObject({ category: 'support', weight: 3 });
    const text = await runCli(['rules', '--lang', 'fr']);
    expect(text.stdout).toContain('Espace service client');
    expect(text.stdout).toContain('support-reachable');
  });

  it('`demo` audits the bundled demo brand offline, website and social accounts', async () => {
    const r = await runCli(['demo', '--format', 'json', '--quiet']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.target.brandName).toBe('Maison Exemple');
    expect(report.score).toBeGreaterThan(85);
    expect(report.social.accounts.map((a: { platform: string }) => a.platform)).toEqual(expect.arrayContaining(['bluesky', 'mastodon', 'youtube', 'discourse']));
  });

  it('`demo --brand` rejects an unknown brand with exit 2', async () => {
    const r = await runCli(['demo', '--brand', 'nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown demo brand "nope" (bundled: ');
  });

  it('--version and --help exit 0', async () => {
    const v = await runCli(['--version']);
    expect(v.code).toBe(0);
    expect(v.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const h = await runCli(['audit', '--help']);
    expect(h.code).toBe(0);
    for (const flag of ['--max-pages', '--depth', '--concurrency', '--timeout', '--user-agent', '--ignore-robots', '--rules', '--format', '--out', '--save-snapshot', '--from-snapshot', '--lang', '--fail-under', '--no-color', '--quiet'])
      expect(h.stdout).toContain(flag);
  });

  it('the snapshot file is not written when the target cannot be audited', async () => {
    const snap = path.join(dir, 'never.json');
    const r = await runCli(['audit', 'https://www.no-such-brand.invalid/', '--save-snapshot', snap, '--quiet']);
    expect(r.code).toBe(3);
    expect(existsSync(snap)).toBe(false);
  });
});
