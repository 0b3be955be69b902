// End-to-end: the social audit with the real CLI — the demo brand's Bluesky, Mastodon, YouTube and Discourse
// stand-ins (fixtures/social/README.md is the oracle), brand files, exports with broken rows, and `init`.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, runCli } from './run-cli.js';
import { resolveArg, socialEnv, startSites, startUrl, type FixtureServer } from './fixture-brands.js';
import type { AuditReport } from '../../src/report/types.js';
import { readGoldenReport } from '../support/golden.js';

let server: FixtureServer;
let dir: string;
let demo: AuditReport;

beforeAll(async () => {
  server = await startSites();
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-social-'));
  const r = await runCli(['demo', '--format', 'json', '--quiet']);
  expect(r.code, r.stderr).toBe(0);
  demo = JSON.parse(r.stdout) as AuditReport;
}, 60_000);
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const rule = (r: AuditReport, id: string) => r.rules.find((x) => x.id === id)!;
const account = (r: AuditReport, platform: string) => r.social!.accounts.find((a) => a.platform === platform)!;
/** The demo brand's reviewed golden report: the same stand-ins, saved as a snapshot and audited. */
const golden = readGoldenReport<AuditReport>(ROOT, 'maison-exemple');
/** The figures of one account that the question detector decides. */
const figures = (r: AuditReport, platform: string) => {
  const a = account(r, platform);
  return { source: a.source, status: a.status, questions: a.questions, unanswered: a.unanswered, undetermined: a.undetermined, medianResponseMinutes: a.medianResponseMinutes };
};

/** Shifts every ISO date in an export so its posts fall `daysAgo` days before now (static fixtures age). */
function freshExport(file: string, daysAgo: number): string {
  const text = readFileSync(path.join(ROOT, 'fixtures', 'exports', file), 'utf8');
  const dates = [...text.matchAll(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})/g)].map((m) => Date.parse(m[0]));
  const shift = Date.now() - daysAgo * 86_400_000 - Math.max(...dates);
  const out = text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})/g, (d) => new Date(Date.parse(d) + shift).toISOString());
  const target = path.join(dir, file);
  writeFileSync(target, out);
  return target;
}

describe('demo brand: the whole audit, offline', () => {
  it('reads Bluesky and Mastodon conversations and measures reactivity as the oracle says', () => {
    const bsky = account(demo, 'bluesky');
    expect(bsky).toMatchObject({ status: 'ok', questions: 9, unanswered: 2, medianResponseMinutes: 50 });
    const masto = account(demo, 'mastodon');
    expect(masto).toMatchObject({ status: 'ok', questions: 6, unanswered: 1, medianResponseMinutes: 40 });
    expect(bsky.unansweredQuestions.map((q) => q.text)).toContain('Elle passe au lave-vaisselle ?');
    expect(bsky.unansweredQuestions.every((q) => q.url?.startsWith('https://bsky.app/profile/'))).toBe(true);
    expect(bsky.responseBuckets.reduce((n, b) => n + b.count, 0)).toBe(7);
    expect(bsky.cadence.length).toBeGreaterThanOrEqual(4);
  });

  it('scores the conversation rules with evidence and states the window', () => {
    const unanswered = rule(demo, 'unanswered-questions');
    expect(unanswered.status).toBe('pass');
    expect(unanswered.data).toMatchObject({ windowDays: 30 });
    expect(unanswered.evidence.some((e) => e.snippet?.includes('lave-vaisselle'))).toBe(true);
    // Over Bluesky, Mastodon, Discourse, Facebook, Instagram and X (fixtures/social/README.md, "Expected measures"):
    // the figures the reviewed golden report holds, and the sum of the accounts' own.
    const { questions, unanswered: missed, undetermined } = rule(golden, 'unanswered-questions').data;
    expect(unanswered.data).toMatchObject({ questions, unanswered: missed, undetermined });
    expect(demo.social!.accounts.reduce((n, a) => n + a.questions, 0)).toBe(questions);
    const { medianMinutes, answered } = rule(golden, 'response-time').data;
    expect(rule(demo, 'response-time').data).toMatchObject({ medianMinutes, answered });
    expect(rule(demo, 'complaints-answered').status).toBe('pass');
    expect(rule(demo, 'cross-posting').data).toMatchObject({ platforms: expect.arrayContaining(['bluesky', 'mastodon']) });
  });

  it('reads Facebook, Instagram and X from their stand-ins with the demo’s fake tokens', () => {
    for (const platform of ['facebook', 'instagram', 'x']) expect(figures(demo, platform)).toEqual(figures(golden, platform));
    expect(account(demo, 'facebook')).toMatchObject({ source: 'facebook', status: 'ok', undetermined: 1 });
    expect(account(demo, 'facebook').notes).toEqual([{ code: 'facebook.authors-hidden', data: { count: 1 } }]);
    expect(account(demo, 'instagram')).toMatchObject({ source: 'instagram', status: 'ok' });
    const x = account(demo, 'x');
    // The second page of mentions is rate-limited until tomorrow: X stops there, with what it read, marked partial.
    expect(x).toMatchObject({ source: 'x', status: 'partial' });
    expect(x.notes.map((n) => n.code)).toEqual(['x.rate-limited']);
    // The fans' questions of the first mentions page are counted, answered or not (README, "X conversations")…
    expect(x.unansweredQuestions.map((q) => q.author)).toEqual(['marco_v']);
    expect(x.answeredQuestions.map((q) => q.author).sort()).toEqual(['anna_k', 'chris_b', 'lucie_d']);
    expect(x.questions).toBe(x.unansweredQuestions.length + x.answeredQuestions.length);
    // …but jb_paris's "still not received after 10 days, is that normal?" is a reproach after a wait: a complaint
    // (answered), not a question.
    const complaints = rule(demo, 'complaints-answered');
    expect(complaints.data).toMatchObject(rule(golden, 'complaints-answered').data);
    expect(x.answeredQuestions.some((q) => q.author === 'jb_paris')).toBe(false);
  });

  it('says plainly which accounts have no public data, never a measured zero', () => {
    const li = account(demo, 'linkedin');
    expect(li.status).toBe('no-source');
    expect(li.notes).toContainEqual({ code: 'social.no-public-data', data: { platform: 'linkedin' } });
    expect(li.unansweredRatio).toBeNull();
    expect(li.medianResponseMinutes).toBeNull();
    expect(account(demo, 'youtube')).toMatchObject({ status: 'partial' });
    expect(account(demo, 'youtube').notes.map((n) => n.code)).toContain('youtube.no-api-key');
    expect(demo.social!.accounts.find((a) => a.platform === 'whatsapp')).toBeUndefined();
  });

  it('shows the social audit in the terminal report', async () => {
    const r = await runCli(['demo', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('maisonexemple.bsky.social');
    expect(r.stdout).toContain('Elle passe au lave-vaisselle ?');
    expect(r.stdout).toMatch(/Reactivity/);
  });
});

describe('brand files and exports', () => {
  it('audits a brand file: declared keywords, a JSON and a CSV export', async () => {
    const facebook = freshExport('maison-exemple-facebook.json', 3);
    const instagram = freshExport('maison-exemple-instagram.csv', 3);
    const file = path.join(dir, 'brand.yaml');
    writeFileSync(
      file,
      [
        'name: Maison Exemple',
        `website: ${startUrl(server, 'maison-exemple')}`,
        'language: fr',
        'window: 30d',
        'keywords: [lin, plaid, coussin, carafe, linge de maison]',
        'exports:',
        `  - path: ${facebook}`,
        `  - { path: ${instagram}, platform: instagram, account: maisonexemple }`,
        '',
      ].join('\n'),
    );
    const r = await runCli(['audit', file, '--resolve', resolveArg(server), '--format', 'json', '--quiet'], { env: socialEnv(server) });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as AuditReport;
    expect(report.target.brandName).toBe('Maison Exemple');
    const fb = account(report, 'facebook');
    expect(fb.source).toBe('export');
    expect(fb.postsRead).toBeGreaterThan(3);
    expect(account(report, 'instagram').source).toBe('export');
    expect(rule(report, 'on-topic-posts').data).toMatchObject({ keywords: 5 });
  });

  it('--export with broken rows: each bad row reported with file, line and field, the good rows kept', async () => {
    const broken = freshExport('broken-rows.csv', 3);
    const r = await runCli(['audit', startUrl(server, 'vieux-bazar'), '--resolve', resolveArg(server), '--timeout', '2', '--export', broken, '--format', 'json', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as AuditReport;
    const problems = report.sources.filter((s) => s.source === 'export' && !s.ok);
    expect(problems.length).toBeGreaterThan(1);
    for (const p of problems) {
      expect(p.notes?.[0]?.code).toMatch(/^export\./);
      expect(p.notes?.[0]?.data).toMatchObject({ file: expect.stringMatching(/broken-rows\.csv$/), line: expect.any(Number), field: expect.any(String) });
    }
    const fb = report.social!.accounts.find((a) => a.platform === 'facebook' && a.source === 'export')!;
    expect(fb.handle).toBe('maisonexemple');
    expect(fb.status).toBe('partial');
    expect(fb.postsRead).toBeGreaterThan(0);
  });

  it('an invalid brand file is exit 2 naming file, line and key', async () => {
    const file = path.join(dir, 'bad-brand.yaml');
    writeFileSync(file, 'name: X\nwebsite: https://www.x.test/\nwindow: thirty days\n');
    const r = await runCli(['audit', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`brand-audit: ${file}:3 (window): expected a number of days such as 30d or 4w (1–366 days), got "thirty days"\n`);
    writeFileSync(file, 'name: X\nwebsite: https://www.x.test/\naccounts:\n  myspace: brand\n');
    const r2 = await runCli(['audit', file]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain(`${file}:4 (accounts.myspace): unknown platform "myspace"`);
  });

  it('an export that cannot be read at all is exit 2 naming the file', async () => {
    const file = path.join(dir, 'not-json.json');
    writeFileSync(file, '{ "platform": "facebook", "posts": [ oops ] }');
    const r = await runCli(['audit', startUrl(server, 'maison-exemple'), '--resolve', resolveArg(server), '--export', file, '--quiet'], { env: socialEnv(server) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(file);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('`init` writes a brand file that loads, and refuses to overwrite it', async () => {
    const file = path.join(dir, 'init', 'brand.yaml');
    rmSync(path.dirname(file), { recursive: true, force: true });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(path.dirname(file), { recursive: true });
    const r = await runCli(['init', file, '--name', 'Le Vieux Bazar', '--website', startUrl(server, 'vieux-bazar')]);
    expect(r.code).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('name: "Le Vieux Bazar"');
    const again = await runCli(['init', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
    const audit = await runCli(['audit', file, '--resolve', resolveArg(server), '--no-social', '--format', 'json', '--quiet', '--timeout', '2']);
    expect(audit.code, audit.stderr).toBe(0);
    expect(JSON.parse(audit.stdout).target.brandName).toBe('Le Vieux Bazar');
  });
});
