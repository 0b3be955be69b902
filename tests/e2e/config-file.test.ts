// End-to-end: the configuration file with the real CLI — found upward from the working folder or named with
// --config, its settings used where no flag is given (flags win), its paths relative to itself, its gates applied,
// and any problem in it exit 2 naming the file, line and key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, runCli } from './run-cli.js';
import type { AuditReport } from '../../src/report/types.js';

const SNAP = path.join(ROOT, 'fixtures', 'snapshots', 'vieux-bazar.json');
const ARCHIVE = path.join(ROOT, 'fixtures', 'exports', 'acme-care-tweets.js');
let dir: string;
let cwd: string;
const config = () => path.join(dir, 'brand-audit.config.yaml');

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-config-e2e-'));
  cwd = path.join(dir, 'site', 'pages');
  mkdirSync(cwd, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const oneLine = (s: string): void => expect(s.trim().split('\n')).toHaveLength(1);

describe('a configuration file found upward', () => {
  it('gives the formats, folder, language and gates; the run says which file it read', async () => {
    writeFileSync(config(), 'format: [json, markdown]\noutDir: reports\nlang: fr\nassert:\n  - score=99\n');
    const r = await runCli(['audit', '--from-snapshot', SNAP], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`Settings from ${config()}`);
    expect(r.stderr).toMatch(/brand-audit: overall score [\d.]+ is below 99/);
    // outDir is relative to the configuration file, not to the working folder.
    const md = readFileSync(path.join(dir, 'reports', 'vieux-bazar.test.md'), 'utf8');
    expect(md).toContain('Score global');
    const json = JSON.parse(readFileSync(path.join(dir, 'reports', 'vieux-bazar.test.json'), 'utf8')) as AuditReport;
    expect(json.gates).toMatchObject({ ok: false, checks: [{ name: 'score=99', ok: false }] });
  });

  it('yields to every flag given', async () => {
    writeFileSync(config(), 'format: [json, markdown]\noutDir: reports\nlang: fr\nfailUnder: 99\nquiet: true\n');
    const r = await runCli(['audit', '--from-snapshot', SNAP, '--format', 'markdown', '--out', path.join(dir, 'flag.md'), '--lang', 'de', '--fail-under', '0'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(readFileSync(path.join(dir, 'flag.md'), 'utf8')).toContain('Gesamtpunktzahl');
  });

  it('is ignored with --no-config, and replaced by the file --config names', async () => {
    writeFileSync(config(), 'failUnder: 99\n');
    const ignored = await runCli(['audit', '--from-snapshot', SNAP, '--format', 'json', '--quiet', '--no-config'], { cwd });
    expect(ignored.code, ignored.stderr).toBe(0);
    expect((JSON.parse(ignored.stdout) as AuditReport).gates).toBeUndefined();
    const other = path.join(dir, 'ci', 'nightly.json');
    mkdirSync(path.dirname(other), { recursive: true });
    writeFileSync(other, JSON.stringify({ lang: 'es', format: 'markdown', out: 'informe.md', quiet: true }));
    const named = await runCli(['audit', '--from-snapshot', SNAP, '--config', path.relative(cwd, other)], { cwd });
    expect(named.code, named.stderr).toBe(0);
    expect(readFileSync(path.join(dir, 'ci', 'informe.md'), 'utf8')).toContain('Puntuación global');
  });

  it('gives `report` its formats and language too', async () => {
    writeFileSync(config(), 'lang: fr\nformat: markdown\nquiet: true\n');
    const r = await runCli(['report', SNAP], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Score global');
  });

  it('makes `report` say which file it read, as `audit` does, and nothing with --quiet', async () => {
    writeFileSync(config(), 'lang: de\nformat: markdown\n');
    const r = await runCli(['report', SNAP], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Gesamtpunktzahl');
    expect(r.stderr).toContain(`Settings from ${config()}\n`);
    const quiet = await runCli(['report', SNAP, '--quiet'], { cwd });
    expect(quiet.code, quiet.stderr).toBe(0);
    expect(quiet.stderr).toBe('');
  });
});

describe('the period, the time per account and the snapshot layout from the file', () => {
  const accountWindow = (stdout: string) => (JSON.parse(stdout) as AuditReport).social!.accounts[0].window;

  it('reads an export over the file’s since/until and saves the snapshot indented', async () => {
    writeFileSync(config(), 'since: 2017-10-01\nuntil: 2017-12-31\nsourceTimeout: 30\nsaveSnapshot: q4.snapshot.json\nprettySnapshot: true\nformat: json\nquiet: true\n');
    const r = await runCli(['audit', '--export', ARCHIVE], { cwd });
    expect(r.code, r.stderr).toBe(0);
    expect(accountWindow(r.stdout)).toEqual({ from: '2017-10-01T00:00:00.000Z', to: '2017-12-31T23:59:59.999Z', days: 92 });
    expect(readFileSync(path.join(dir, 'q4.snapshot.json'), 'utf8')).toMatch(/^\{\n {2}"/);
  });

  it('yields its whole period to a --window on the command line', async () => {
    writeFileSync(config(), 'since: 2017-10-01\nuntil: 2017-12-31\nformat: json\nquiet: true\n');
    const r = await runCli(['audit', '--export', ARCHIVE, '--window', '10d'], { cwd });
    expect(r.code, r.stderr).toBe(0);
    const window = accountWindow(r.stdout);
    expect(window.days).toBe(10);
    expect(Date.now() - Date.parse(window.to)).toBeLessThan(3_600_000);
  });
});

describe('problems in the configuration file are exit 2 naming file, line and key', () => {
  it.each([
    ['an unknown setting', 'lang: fr\nmaxpages: 3\n', ':2 (maxpages): unknown setting "maxpages"'],
    ['a check on an unknown rule', 'assert:\n  - score=10\n  - rule:no-such-rule=pass\n', ':3 (assert.1): unknown rule "no-such-rule"'],
    ['a tolerance on an unknown category', 'maxDrop: [5, "category:speed=3"]\n', ':1 (maxDrop): category:speed=3: unknown category "speed"'],
    ['several formats and no folder', 'format: [html, json]\n', ':1 (format): several formats need --out-dir DIR'],
    ['a window and a since', 'window: 14d\nsince: 2017-10-01\n', ':2 (since): `window` and `since` both set the start of the period: keep one'],
    ['a day that is not one', 'until: 2017-02-30\n', ':1 (until): expected a real day written yyyy-mm-dd such as 2017-12-31, got "2017-02-30"'],
    ['a bad host override', 'resolve: { www.brand.test: localhost }\n', ':1 (resolve): invalid resolve entry "www.brand.test=localhost": "localhost" is not an IP address'],
  ])('%s', async (_, content, message) => {
    writeFileSync(config(), content);
    const r = await runCli(['audit', '--from-snapshot', SNAP, '--quiet'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`brand-audit: ${config()}${message}`);
    oneLine(r.stderr);
    expect(existsSync(path.join(dir, 'reports', 'never.json'))).toBe(false);
  });

  it('a --config file that does not exist', async () => {
    const r = await runCli(['audit', '--from-snapshot', SNAP, '--config', 'missing.yaml'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`brand-audit: ${path.join(cwd, 'missing.yaml')}: configuration file not found\n`);
  });
});
