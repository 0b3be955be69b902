// End-to-end: the period a brand is read over follows the documented precedence in `audit` and in `batch` alike —
// the command line's, else the brand's own (brand file or portfolio entry), else the configuration file's, else 30
// days. The same brands and the same configuration file are run through both commands: an X archive read as a
// social-only brand, whose account reports the window it was read over.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, runCli } from './run-cli.js';
import type { AuditReport } from '../../src/report/types.js';
import type { ResultRecord } from '../../src/portfolio/records.js';

const ARCHIVE = path.join(ROOT, 'fixtures', 'exports', 'acme-care-tweets.js');
const Q4_2017 = { from: '2017-10-01T00:00:00.000Z', to: '2017-12-31T23:59:59.999Z', days: 92 };
const NOV_2017 = { from: '2017-11-01T00:00:00.000Z', to: '2017-11-30T23:59:59.999Z', days: 30 };

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-window-precedence-'));
  // One brand with its own period, one without.
  writeFileSync(path.join(dir, 'own.yaml'), `name: Acme Own\nsince: 2017-10-01\nuntil: 2017-12-31\nexports:\n  - ${ARCHIVE}\n`);
  writeFileSync(path.join(dir, 'none.yaml'), `name: Acme None\nexports:\n  - ${ARCHIVE}\n`);
  writeFileSync(path.join(dir, 'portfolio.yaml'), 'title: Windows\nbrands:\n  - file: own.yaml\n    id: own\n  - file: none.yaml\n    id: none\n');
  // The project's default period: November 2017.
  writeFileSync(path.join(dir, 'brand-audit.config.yaml'), 'since: 2017-11-01\nuntil: 2017-11-30\nquiet: true\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Window = NonNullable<AuditReport['social']>['accounts'][number]['window'];

/** The window each brand's account was read over, by `audit` (one run per brand file). */
async function auditWindows(args: string[] = []): Promise<Record<string, Window>> {
  const out: Record<string, Window> = {};
  for (const id of ['own', 'none']) {
    const r = await runCli(['audit', `${id}.yaml`, '--format', 'json', ...args], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    out[id] = (JSON.parse(r.stdout) as AuditReport).social!.accounts[0].window;
  }
  return out;
}

/** The window each brand's account was read over, by one `batch` of both. */
async function batchWindows(name: string, args: string[] = []): Promise<Record<string, Window>> {
  const results = path.join(dir, `${name}.jsonl`);
  const r = await runCli(['batch', 'portfolio.yaml', '--results', results, '--format', 'json', '--out', path.join(dir, `${name}.json`), ...args], { cwd: dir, timeoutMs: 90_000 });
  expect(r.code, r.stderr).toBe(0);
  const records = readFileSync(results, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as ResultRecord);
  return Object.fromEntries(
    records.map((rec) => {
      if (rec.status !== 'audited') throw new Error(`${rec.id} was not audited: ${rec.error.message}`);
      return [rec.id, rec.report.social!.accounts[0].window];
    }),
  );
}

describe('the period of each brand, in audit and batch alike', () => {
  it('is the brand’s own over the configuration file’s, and the file’s for a brand with none', async () => {
    const expected = { own: Q4_2017, none: NOV_2017 };
    expect(await auditWindows()).toEqual(expected);
    expect(await batchWindows('file')).toEqual(expected);
  }, 120_000);

  it('is the command line’s over both', async () => {
    const flags = ['--since', '2017-11-01', '--until', '2017-11-30'];
    writeFileSync(path.join(dir, 'brand-audit.config.yaml'), 'window: 14d\nquiet: true\n');
    const expected = { own: NOV_2017, none: NOV_2017 };
    expect(await auditWindows(flags)).toEqual(expected);
    expect(await batchWindows('flags', flags)).toEqual(expected);
  }, 120_000);

  it('is not taken from the configuration file by `demo`, which reads its own brand over the last 30 days', async () => {
    // The file's period (2017) would leave every synthetic conversation out; its other settings still apply.
    writeFileSync(path.join(dir, 'brand-audit.config.yaml'), 'since: 2017-11-01\nuntil: 2017-11-30\nquiet: true\nmaxPages: 5\n');
    const r = await runCli(['demo', '--format', 'json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as AuditReport;
    expect(report.site?.maxPages).toBe(5);
    const windows = report.social!.accounts.map((a) => a.window);
    expect(windows.length).toBeGreaterThan(0);
    for (const w of windows) {
      expect(w?.days).toBe(30);
      expect(w?.from.startsWith('2017')).toBe(false);
    }
  }, 120_000);
});
