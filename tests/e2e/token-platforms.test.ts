// End-to-end: the real CLI reads Facebook, Instagram and X from the demo brand's local API stand-ins with tokens
// from the environment (or the variables a brand file names), scores their conversations, and never lets a token
// show: not in any report format, the snapshot, stderr (progress included), nor in a request to another host.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startFixtureServer, send, type FixtureServer } from '../../src/demo/fixture-server.js';
import { ROOT, runCli } from './run-cli.js';
import { FAKE_TOKENS, SITES, socialEnv, startUrl, tokenEnv } from './fixture-brands.js';
import type { AuditReport } from '../../src/report/types.js';
import { readGoldenReport } from '../support/golden.js';

let server: FixtureServer;
let dir: string;
/** Every request the stand-ins saw, with its Authorization header. */
const seen: { host: string; authorization?: string }[] = [];
/** When set, the Graph API stand-in answers every request with this error body (HTTP 400). */
let graphFails: unknown;

beforeAll(async () => {
  server = await startFixtureServer({
    root: SITES,
    intercept: async (ctx, next) => {
      seen.push({ host: ctx.host, ...(ctx.req.headers.authorization ? { authorization: ctx.req.headers.authorization } : {}) });
      if (graphFails && ctx.host === 'graph-api.test') return send(ctx.req, ctx.res, 400, JSON.stringify(graphFails), { 'content-type': 'application/json' });
      return next();
    },
  });
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-tokens-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  seen.length = 0;
  graphFails = undefined;
});

const resolve = (): string => Object.entries(server.resolve).map(([h, a]) => `${h}=${a}`).join(',');
const account = (r: AuditReport, platform: string) => r.social!.accounts.find((a) => a.platform === platform)!;
const rule = (r: AuditReport, id: string) => r.rules.find((x) => x.id === id)!;
/** The demo brand's reviewed golden report, audited from a snapshot of these same stand-ins. */
const golden = readGoldenReport<AuditReport>(ROOT, 'maison-exemple');
/** The figures of one account that reading its conversations decides. */
const figures = (r: AuditReport, platform: string) => {
  const a = account(r, platform);
  return { source: a.source, status: a.status, questions: a.questions, unanswered: a.unanswered, undetermined: a.undetermined, medianResponseMinutes: a.medianResponseMinutes };
};

function brandFile(name: string, extra: string[] = []): string {
  const file = path.join(dir, name);
  writeFileSync(file, ['name: Maison Exemple', `website: ${startUrl(server, 'maison-exemple')}`, 'language: fr', ...extra, ''].join('\n'));
  return file;
}

/** The forms a token could leak in: as written, URL-encoded, and its first characters. */
function leaks(text: string): string[] {
  const found: string[] = [];
  for (const token of Object.values(FAKE_TOKENS)) {
    for (const form of [token, encodeURIComponent(token), token.slice(0, 16)]) if (text.includes(form)) found.push(form);
  }
  return found;
}

describe('Facebook, Instagram and X with the user’s tokens', () => {
  it('FACEBOOK_ACCESS_TOKEN=… X_BEARER_TOKEN=… brand-audit audit brand.yaml scores unanswered questions and response time on all three', async () => {
    const r = await runCli(['audit', brandFile('brand.yaml'), '--resolve', resolve(), '--format', 'json', '--quiet', '--timeout', '5'], { env: tokenEnv(server) });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as AuditReport;
    // fixtures/social/README.md, "Facebook, Instagram and X": the figures of the reviewed golden report.
    for (const platform of ['facebook', 'instagram', 'x']) expect(figures(report, platform)).toEqual(figures(golden, platform));
    expect(account(report, 'facebook')).toMatchObject({ source: 'facebook', status: 'ok', undetermined: 1 });
    expect(account(report, 'instagram')).toMatchObject({ source: 'instagram', status: 'ok' });
    expect(account(report, 'x')).toMatchObject({ source: 'x', status: 'partial', unanswered: 1 });
    expect(account(report, 'x').questions).toBeGreaterThan(account(report, 'x').unanswered);
    const unanswered = rule(report, 'unanswered-questions');
    expect(unanswered.status).toBe('pass');
    const counted = (unanswered.data.accounts as { account: string; questions: number }[]).map((a) => a.account);
    expect(counted).toEqual(expect.arrayContaining(['facebook:maisonexemple', 'instagram:maisonexemple', 'x:maisonexemple']));
    expect(unanswered.evidence.some((e) => e.url.startsWith('https://www.facebook.com/104857600000001/posts/'))).toBe(true);
    expect(rule(report, 'response-time').status).toBe('pass');
    // Each token went to its own API, and nowhere else.
    const withAuth = seen.filter((s) => s.authorization);
    expect(new Set(withAuth.map((s) => s.host))).toEqual(new Set(['graph-api.test', 'x-api.test']));
    for (const s of withAuth) expect(s.authorization).toBe(`Bearer ${s.host === 'x-api.test' ? FAKE_TOKENS.X_BEARER_TOKEN : FAKE_TOKENS.FACEBOOK_ACCESS_TOKEN}`);
  });

  it('reads the variables a brand file names for a client’s tokens, and says when one is not set', async () => {
    const env = { ...socialEnv(server), ACME_FB_TOKEN: 'acme-facebook-token', ACME_X_TOKEN: 'acme-x-token' };
    const file = brandFile('client.yaml', ['tokens:', '  facebook: ACME_FB_TOKEN', '  x: ACME_X_TOKEN']);
    const r = await runCli(['audit', file, '--resolve', resolve(), '--format', 'json', '--quiet', '--timeout', '5'], { env });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as AuditReport;
    expect(account(report, 'facebook').status).toBe('ok');
    expect(account(report, 'instagram').status).toBe('ok');
    expect(new Set(seen.filter((s) => s.authorization).map((s) => s.authorization))).toEqual(new Set(['Bearer acme-facebook-token', 'Bearer acme-x-token']));

    const unset = brandFile('unset.yaml', ['tokens:', '  x: ACME_OTHER_X_TOKEN']);
    const r2 = await runCli(['audit', unset, '--resolve', resolve(), '--format', 'json', '--quiet', '--timeout', '5'], { env: socialEnv(server) });
    expect(r2.code, r2.stderr).toBe(0);
    const x = account(JSON.parse(r2.stdout) as AuditReport, 'x');
    expect(x.status).toBe('no-source');
    expect(x.notes[0]).toEqual({ code: 'social.token-unset', data: { platform: 'x', variable: 'ACME_OTHER_X_TOKEN' } });
  });

  it('an expired token: one line naming the platform and what to do, the account in error, the audit going on', async () => {
    graphFails = { error: { message: `Error validating access token: Session has expired (token ${FAKE_TOKENS.FACEBOOK_ACCESS_TOKEN})`, type: 'OAuthException', code: 190, error_subcode: 463, fbtrace_id: 'AtraceE2E' } };
    const r = await runCli(['audit', brandFile('expired.yaml'), '--resolve', resolve(), '--timeout', '5', '--quiet'], { env: tokenEnv(server) });
    expect(r.code, r.stderr).toBe(0);
    // The terminal report wraps at its width: compare the words.
    const words = r.stdout.replace(/\s+/g, ' ');
    // Under the account, its status; why it could not be read is said once, under "Could not be checked".
    expect(words).toContain('Facebook maisonexemple · error');
    expect(words).toContain('Facebook token expired (FACEBOOK_ACCESS_TOKEN) — create a new Page token and set it in FACEBOOK_ACCESS_TOKEN');
    expect(r.stdout).toContain('X maisonexemple · partly read');
    expect(leaks(r.stdout + r.stderr)).toEqual([]);
  });
});

describe('secrets', () => {
  it('a known fake token appears in no report format, not in the snapshot, not on stderr (progress and --verbose included)', async () => {
    const out = path.join(dir, 'reports');
    const snapshot = path.join(dir, 'snapshot.json');
    const file = brandFile('leak.yaml');
    const r = await runCli(
      ['audit', file, '--resolve', resolve(), '--timeout', '5', '--format', 'terminal,json,html,markdown,junit,csv', '--out-dir', out, '--save-snapshot', snapshot, '--verbose'],
      { env: tokenEnv(server) },
    );
    expect(r.code, r.stderr).toBe(0);
    const written = readdirSync(out);
    expect(written.map((f) => path.extname(f)).sort()).toEqual(['.csv', '.html', '.json', '.md', '.txt', '.xml']);
    for (const f of written) expect(leaks(readFileSync(path.join(out, f), 'utf8')), f).toEqual([]);
    const snap = readFileSync(snapshot, 'utf8');
    expect(leaks(snap)).toEqual([]);
    expect(snap).not.toContain('access_token');
    // The snapshot did read the three networks (the check above is not vacuous).
    const sources = (JSON.parse(snap) as { conversations: { source: string }[] }).conversations.map((c) => c.source);
    expect(sources).toEqual(expect.arrayContaining(['facebook', 'x']));
    expect(leaks(r.stdout)).toEqual([]);
    expect(r.stderr).not.toBe('');
    expect(leaks(r.stderr)).toEqual([]);
    // Re-rendering the snapshot offline in the terminal with every evidence line: still nothing.
    const again = await runCli(['report', snapshot, '--verbose']);
    expect(again.code, again.stderr).toBe(0);
    expect(leaks(again.stdout + again.stderr)).toEqual([]);
  });

  it('a token written in a brand file is exit 2, in one line that never repeats it', async () => {
    const file = brandFile('pasted.yaml', ['tokens:', `  facebook: ${FAKE_TOKENS.FACEBOOK_ACCESS_TOKEN}`]);
    const r = await runCli(['audit', file, '--resolve', resolve()]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${file}:5 (tokens.facebook): this looks like a token itself`);
    expect(leaks(r.stderr + r.stdout)).toEqual([]);
  });
});
