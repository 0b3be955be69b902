// End-to-end: reply times all hours and in business hours, and whether the website's promise is kept, with the real
// CLI on the demo brand (its contact page states opening hours in JSON-LD and "Nous vous répondons sous 24 h
// ouvrées"), in every report format; a brand file's businessHours win over the site's; a bad one is exit 2.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from './run-cli.js';
import { resolveArg, socialEnv, startSites, startUrl, type FixtureServer } from './fixture-brands.js';
import type { AuditReport } from '../../src/report/types.js';
import type { BrandSnapshot } from '../../src/snapshot/types.js';
import { readGoldenReport } from '../support/golden.js';

let server: FixtureServer;
let dir: string;
let snapshotFile: string;
let report: AuditReport;
const outputs: Record<string, string> = {};

const rule = (r: AuditReport, id: string) => r.rules.find((x) => x.id === id)!;
// The demo's reply counts follow its fixtures and the question detector; the reviewed golden report holds them.
const golden = readGoldenReport<AuditReport>(path.resolve(import.meta.dirname, '..', '..'), 'maison-exemple');
const goldenTimes = rule(golden, 'response-time').data as { allHoursAnswered: number; allHoursMedianMinutes: number };
const goldenKept = rule(golden, 'promise-kept').data as { answered: number };

beforeAll(async () => {
  server = await startSites();
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-reply-times-'));
  snapshotFile = path.join(dir, 'demo.snapshot.json');
  const demo = await runCli(['demo', '--save-snapshot', snapshotFile, '--format', 'json', '--quiet']);
  expect(demo.code, demo.stderr).toBe(0);
  report = JSON.parse(demo.stdout) as AuditReport;
  // Every format rendered from the same snapshot, offline.
  const out = path.join(dir, 'out');
  const all = await runCli(['audit', '--from-snapshot', snapshotFile, '--format', 'html,json,markdown,junit,csv', '--out-dir', out, '--quiet']);
  expect(all.code, all.stderr).toBe(0);
  for (const [format, ext] of [['html', 'html'], ['json', 'json'], ['markdown', 'md'], ['junit', 'junit.xml'], ['csv', 'csv']]) {
    outputs[format] = readFileSync(path.join(out, `${report.target.domain}.${ext}`), 'utf8');
  }
  const terminal = await runCli(['audit', '--from-snapshot', snapshotFile, '--format', 'terminal', '--no-color', '--verbose']);
  expect(terminal.code, terminal.stderr).toBe(0);
  outputs.terminal = terminal.stdout;
}, 120_000);
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the demo brand: opening hours from its site, a "24 h ouvrées" promise', () => {
  it('records the site’s opening hours and where they came from in the snapshot', () => {
    const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as BrandSnapshot;
    expect(snapshot.businessHours).toMatchObject({ source: 'site', how: 'json-ld', timeZone: 'Europe/Paris', timeZoneFrom: 'site-language' });
    expect(snapshot.businessHours?.url).toMatch(/aide\.maison-exemple\.test:\d+\/contact$/);
    expect(snapshot.businessHours?.weekly).toHaveLength(7);
    const contact = snapshot.site.pages.find((p) => p.url.endsWith('/contact') && p.facts?.promises.length);
    expect(contact?.facts?.promises).toContainEqual(expect.objectContaining({ hours: 24, terms: { amount: 24, unit: 'hours', business: true } }));
  });

  it('scores reply times in business hours and keeps the all-hours figures beside them', () => {
    const times = rule(report, 'response-time');
    expect(times.data).toMatchObject({ clock: 'business', clockRequested: 'auto', hoursFrom: 'site', allHoursAnswered: goldenTimes.allHoursAnswered, allHoursMedianMinutes: goldenTimes.allHoursMedianMinutes });
    expect(times.data.allHoursAnswered as number).toBeGreaterThan(20);
    expect(times.data.businessMedianMinutes).toEqual(times.data.medianMinutes);
    expect(times.data.businessMedianMinutes as number).toBeLessThanOrEqual(times.data.allHoursMedianMinutes as number);
    // The Discourse reply came the next day: 1570 minutes on the clock, less in business time.
    const discourse = report.social!.accounts.find((a) => a.platform === 'discourse')!;
    expect(discourse.responseTimes.allHours.medianMinutes).toBe(1570);
    expect(discourse.responseTimes.businessHours!.medianMinutes!).toBeLessThan(1570);
  });

  it('gives a verdict on the promise, per network and overall, with the promise and the slowest replies as evidence', () => {
    const promise = rule(report, 'promise-kept');
    expect(promise.status).toBe('pass');
    expect(promise.data).toMatchObject({ promiseText: 'Nous vous répondons sous 24 h ouvrées.', measure: 'hours', answered: goldenKept.answered, kept: goldenKept.answered, share: 1 });
    expect(goldenKept.answered).toBe(goldenTimes.allHoursAnswered);
    expect((promise.data.networks as { platform: string }[]).map((n) => n.platform).sort()).toEqual(['bluesky', 'discourse', 'facebook', 'instagram', 'mastodon', 'x']);
    expect(promise.evidence[0].snippet).toBe('Nous vous répondons sous 24 h ouvrées.');
    expect(promise.evidence.some((e) => e.note?.id === 'within-promise')).toBe(true);
  });

  it('JSON: the report carries the hours, each account’s three ways of counting and both rules', () => {
    const json = JSON.parse(outputs.json) as AuditReport;
    expect(json.social?.businessHours?.source).toBe('site');
    expect(json.social?.accounts.find((a) => a.platform === 'bluesky')?.responseTimes.businessHours).not.toBeNull();
    expect(rule(json, 'promise-kept').status).toBe('pass');
  });

  it('terminal: the opening hours, all-hours and business-hours reply times, and the promise verdict with evidence', () => {
    // Lines are wrapped to the terminal's width: compare the words.
    const text = outputs.terminal.replace(/\s+/g, ' ');
    expect(text).toContain('Opening hours: Mon–Sun 09:00–18:00 (Europe/Paris), from the website');
    expect(text).toMatch(/All hours: median 26 hr 10 min, 0% within 1 h, 0% within 24 h \(1 reply\) · Business hours: median/);
    expect(text).toContain(`Website promise kept — ✓ PASS: The promise “Nous vous répondons sous 24 h ouvrées.” was kept for 100% of answered fans’ questions (${goldenKept.answered} of ${goldenKept.answered}`);
    expect(text).toContain('Bluesky: promise kept for 7 of 7 (100%)');
    expect(text).toContain('Scored on business-hours reply times.');
  });

  it('HTML and Markdown: hours, reply times per account, the verdict and the methodology line', () => {
    for (const text of [outputs.html, outputs.markdown]) {
      expect(text).toContain('Opening hours: Mon–Sun 09:00–18:00 (Europe/Paris)');
      expect(text).toContain('All hours: median');
      expect(text).toContain('Business hours: median');
      expect(text).toContain('Scored on business-hours reply times.');
      expect(text).toContain('was kept for 100% of answered fans’ questions');
      expect(text).toContain('Website promise kept');
    }
  });

  it('JUnit and CSV: the reply-time figures and the verdict', () => {
    expect(outputs.junit).toContain('<property name="replyClock" value="business"/>');
    expect(outputs.junit).toContain(`<property name="replyMedianMinutesAllHours" value="${goldenTimes.allHoursMedianMinutes}"/>`);
    expect(outputs.junit).toMatch(/<property name="replyMedianMinutesBusinessHours" value="[\d.]+"\/>/);
    expect(outputs.junit).toContain('<property name="promiseKept" value="pass"/>');
    expect(outputs.junit).toContain('name="promise-kept: Website promise kept"');
    const lines = outputs.csv.split('\r\n');
    const promise = lines.find((l) => l.includes(',promise-kept,'));
    expect(promise).toContain('was kept for 100%');
    const times = lines.find((l) => l.includes(',response-time,'));
    expect(times).toContain('In business hours (hours from the website)');
    expect(times).toContain('All hours: median');
  });

  it('the rule set can score all hours instead, and the report says so', async () => {
    const rules = path.join(dir, 'all-hours.yaml');
    writeFileSync(rules, 'id: all-hours\nextends: [default]\nrules:\n  response-time: { options: { clock: all } }\n');
    const r = await runCli(['audit', '--from-snapshot', snapshotFile, '--rules', rules, '--format', 'markdown', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Scored on all-hours reply times.');
  });
});

describe('a brand file’s businessHours', () => {
  it('win over the site’s hours; the snapshot says they came from the brand file', async () => {
    const file = path.join(dir, 'brand.yaml');
    writeFileSync(
      file,
      [
        'name: Maison Exemple',
        `website: ${startUrl(server, 'maison-exemple')}`,
        'businessHours:',
        '  timeZone: Europe/Paris',
        '  days: mon-fri',
        '  hours: ["09:00-12:30", "14:00-18:00"]',
        '  holidays: [2026-12-25]',
        '',
      ].join('\n'),
    );
    const snap = path.join(dir, 'brand.snapshot.json');
    const r = await runCli(['audit', file, '--resolve', resolveArg(server), '--timeout', '2', '--save-snapshot', snap, '--format', 'json', '--quiet', '--lang', 'fr'], {
      env: socialEnv(server),
    });
    expect(r.code, r.stderr).toBe(0);
    const snapshot = JSON.parse(readFileSync(snap, 'utf8')) as BrandSnapshot;
    expect(snapshot.businessHours).toMatchObject({ source: 'brand-file', timeZone: 'Europe/Paris', timeZoneFrom: 'brand-file', holidays: ['2026-12-25'] });
    expect(snapshot.businessHours?.weekly).toHaveLength(10);
    const json = JSON.parse(r.stdout) as AuditReport;
    expect(rule(json, 'response-time').data).toMatchObject({ clock: 'business', hoursFrom: 'file' });
    const md = await runCli(['audit', '--from-snapshot', snap, '--format', 'markdown', '--lang', 'fr', '--quiet']);
    expect(md.stdout).toContain('Horaires d’ouverture : lun.–ven. 09:00–12:30, 14:00–18:00 (Europe/Paris), selon le fichier de la marque, 1 jour férié.');
  });

  it('a bad value is exit 2 with one line naming the file, the line and the key', async () => {
    const file = path.join(dir, 'bad-hours.yaml');
    writeFileSync(file, 'name: X\nwebsite: https://www.x.test/\nbusinessHours:\n  timeZone: Europe/Paris\n  days: mon-fri\n  hours: "18:00-09:00"\n');
    const r = await runCli(['audit', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `brand-audit: ${file}:6 (businessHours.hours): expected opening hours such as "09:00-18:00" (opening before closing, 24:00 at most), got "18:00-09:00"\n`,
    );
  });
});
