// End-to-end: social-only audits with the real CLI — an X archive over a past quarter (no website: exact response
// times, unanswered questions "not measurable from an archive"), the research CSV's brands, saved API responses, a
// brand file without `website:`, the default window moved onto an old export, and the usage errors around them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, runCli } from './run-cli.js';
import type { AuditReport } from '../../src/report/types.js';

const ARCHIVE = path.join(ROOT, 'fixtures/exports/acme-care-tweets.js');
const RESEARCH = path.join(ROOT, 'fixtures/exports/care-research.csv');
const GRAPH = path.join(ROOT, 'fixtures/exports/acme-facebook-graph.json');
const X_LINES = path.join(ROOT, 'fixtures/exports/acme-x-api.jsonl');
const Q4_2017 = ['--since', '2017-10-01', '--until', '2017-12-31'];

let dir: string;
let archive: AuditReport;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-social-only-'));
  const r = await runCli(['audit', '--export', ARCHIVE, ...Q4_2017, '--format', 'json', '--quiet']);
  expect(r.code, r.stderr).toBe(0);
  archive = JSON.parse(r.stdout) as AuditReport;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rule = (r: AuditReport, id: string) => r.rules.find((x) => x.id === id)!;

describe('an X archive over 2017-10-01..2017-12-31, no website', () => {
  it('scores response time exactly from the archive; unanswered questions are not measurable, not zero', () => {
    expect(rule(archive, 'response-time')).toMatchObject({ status: 'pass', messageId: 'fast', data: { answered: 7, medianMinutes: 45, windowDays: 92 } });
    expect(rule(archive, 'unanswered-questions')).toMatchObject({ status: 'na', messageId: 'not-measurable-archive', data: { unmeasured: ['x:acmecare'] } });
    const account = archive.social!.accounts[0];
    expect(account).toMatchObject({ platform: 'x', handle: 'acmecare', source: 'export', coverage: 'brand-posts', unansweredRatio: null, medianResponseMinutes: 45 });
    expect(account.window).toEqual({ from: '2017-10-01T00:00:00.000Z', to: '2017-12-31T23:59:59.999Z', days: 92 });
    expect(account.notes).toContainEqual({ code: 'export.outside-window', data: { count: 4, from: '2017-10-01', to: '2017-12-31' } });
  });

  it('says the website was not audited: its rules are na, the report names no site', () => {
    expect(archive.site).toMatchObject({ audited: false, pagesCrawled: 0 });
    expect(archive.target).toEqual({ url: '', domain: '', brandName: 'acmecare' });
    const site = archive.rules.filter((r) => r.data.input === 'site');
    expect(site.length).toBeGreaterThan(5);
    expect(site.every((r) => r.status === 'na' && r.messageId === 'runner.no-website')).toBe(true);
  });

  it('every format says it, in the report’s language', async () => {
    const terminal = await runCli(['audit', '--export', ARCHIVE, ...Q4_2017, '--quiet']);
    expect(terminal.code, terminal.stderr).toBe(0);
    expect(terminal.stdout).toContain('website not audited');
    expect(terminal.stdout).toMatch(/7 fans’ posts answered · median response 45 min/);
    expect(terminal.stdout).toContain('Not measurable from an archive');
    const out = path.join(dir, 'formats');
    const files = await runCli(['audit', '--export', ARCHIVE, ...Q4_2017, '--format', 'html,markdown', '--out-dir', out, '--lang', 'fr', '--quiet']);
    expect(files.code, files.stderr).toBe(0);
    const { readFileSync } = await import('node:fs');
    for (const name of ['acmecare.html', 'acmecare.md']) {
      const text = readFileSync(path.join(out, name), 'utf8');
      expect(text, name).toContain('site web non audité');
      expect(text, name).toContain('ne peuvent pas être comptées à partir d’une archive');
    }
  });

  it('a saved snapshot re-audits offline to the same result', async () => {
    const snap = path.join(dir, 'archive.snapshot.json');
    const saved = await runCli(['audit', '--export', ARCHIVE, ...Q4_2017, '--save-snapshot', snap, '--format', 'json', '--quiet']);
    expect(saved.code, saved.stderr).toBe(0);
    const again = await runCli(['report', snap, '--format', 'json', '--quiet']);
    expect(again.code, again.stderr).toBe(0);
    const report = JSON.parse(again.stdout) as AuditReport;
    expect(report.site.audited).toBe(false);
    expect(rule(report, 'response-time').data).toMatchObject({ medianMinutes: 45 });
  });
});

describe('other exports, social-only', () => {
  it('the research CSV gives each brand its account; with the default window, the export’s last 30 days', async () => {
    const r = await runCli(['audit', '--export', RESEARCH, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('Read 2 social accounts');
    const report = JSON.parse(r.stdout) as AuditReport;
    expect(report.social!.accounts.map((a) => `${a.platform}:${a.handle}`)).toEqual(['x:acmecare', 'x:bolthelp']);
    for (const a of report.social!.accounts) {
      expect(a.window).toEqual({ from: '2017-12-16T10:30:00.000Z', to: '2018-01-15T10:30:00.000Z', days: 30 });
      expect(a.notes).toContainEqual({ code: 'export.window-anchored', data: { from: '2017-12-16', to: '2018-01-15', days: 30 } });
    }
    const quarter = await runCli(['audit', '--export', RESEARCH, ...Q4_2017, '--format', 'json', '--quiet']);
    const q = JSON.parse(quarter.stdout) as AuditReport;
    expect(rule(q, 'unanswered-questions')).toMatchObject({ status: 'pass', data: { questions: 10, unanswered: 3 } });
    expect(rule(q, 'response-time').data).toMatchObject({ answered: 7, medianMinutes: 30 });
  });

  it('a brand file without website reads saved Graph and X responses over its since/until', async () => {
    const file = path.join(dir, 'acme.yaml');
    writeFileSync(file, ['name: Acme Care', 'language: fr', 'since: 2026-10-01', 'until: 2026-10-31', 'exports:', `  - ${GRAPH}`, `  - ${X_LINES}`, ''].join('\n'));
    const r = await runCli(['audit', file, '--format', 'json', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as AuditReport;
    expect(report.target.brandName).toBe('Acme Care');
    expect(report.social!.accounts.map((a) => [a.platform, a.status, a.questions, a.unanswered])).toEqual([
      ['facebook', 'partial', 5, 1],
      ['x', 'ok', 3, 1],
    ]);
    expect(rule(report, 'unanswered-questions')).toMatchObject({ status: 'pass', data: { questions: 8, unanswered: 2 } });
  });
});

describe('usage errors are one line, exit 2', () => {
  it.each([
    [['audit'], 'missing the URL or brand file to audit (or --export FILE for a social-only audit, or --from-snapshot FILE)'],
    [['audit', '--no-social', '--export', ARCHIVE], '--no-social reads no conversations, so it cannot audit --export: drop one of them'],
    [['audit', '--export', ARCHIVE, '--since', '2017-13-01'], '--since expects a day written yyyy-mm-dd such as 2017-10-01, got "2017-13-01"'],
    [['audit', '--export', ARCHIVE, '--since', '2017-12-31', '--until', '2017-10-01'], '--since 2017-12-31 --until 2017-10-01: the start is after the end'],
    [['audit', '--export', ARCHIVE, '--since', '2017-10-01', '--window', '30d'], '--window and --since both set the start of the period'],
    [['audit', '--export', path.join(ROOT, 'README.md')], 'unknown export format: expected an X archive (tweets.js)'],
  ])('%j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(message);
  });

  it('a brand file with neither website nor exports, and one without website under --no-social', async () => {
    const empty = path.join(dir, 'empty.yaml');
    writeFileSync(empty, 'name: Acme\n');
    const r = await runCli(['audit', empty]);
    expect([r.code, r.stderr]).toEqual([2, `brand-audit: ${empty}:1 (name): nothing to audit: give \`website:\`, or for a social-only audit \`accounts:\` or \`exports:\`\n`]);
    const social = path.join(dir, 'social.yaml');
    writeFileSync(social, `name: Acme\nexports:\n  - ${ARCHIVE}\n`);
    const r2 = await runCli(['audit', social, '--no-social']);
    expect([r2.code, r2.stderr]).toEqual([2, `brand-audit: ${social}: --no-social leaves nothing to audit: the brand file has no website\n`]);
  });
});
