// End-to-end: CI gates a team can trust, with the real CLI on saved fixture snapshots — a check that can never hold
// is a configuration error (exit 2), a baseline must be of the same brand and rule set, lost coverage fails unless
// allowed, tolerances let figures wobble, and under GitHub Actions failures become annotations, the job summary says
// pass or fail first, and JUnit has a test case per gate.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT, runCli } from './run-cli.js';
import type { AuditReport } from '../../src/report/types.js';

const SNAP = (slug: string) => path.join(ROOT, 'fixtures', 'snapshots', `${slug}.json`);
let dir: string;
let rules: string;
let baseline: string;
let baselineReport: AuditReport;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-gates-'));
  // The team's own rule set: its id stays "nightly" while its content is tuned.
  rules = path.join(dir, 'nightly.yaml');
  writeFileSync(rules, 'id: nightly\nextends: default\n');
  baseline = path.join(dir, 'baseline.json');
  const r = await runCli(['audit', '--from-snapshot', SNAP('northwind-outdoor'), '--rules', rules, '--format', 'json', '--out', baseline, '--quiet']);
  expect(r.code, r.stderr).toBe(0);
  baselineReport = JSON.parse(readFileSync(baseline, 'utf8')) as AuditReport;
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Audits the northwind snapshot with the rule set file as it now reads, against the baseline. */
function againstBaseline(ruleSet: string, extra: string[] = [], env: Record<string, string> = {}) {
  writeFileSync(rules, ruleSet);
  return runCli(['audit', '--from-snapshot', SNAP('northwind-outdoor'), '--rules', rules, '--baseline', baseline, '--format', 'json', ...extra], { env });
}

const oneLine = (s: string): void => expect(s.trim().split('\n')).toHaveLength(1);
const judged = (): string[] => baselineReport.rules.filter((r) => ['pass', 'warn', 'fail'].includes(r.status)).map((r) => r.id);

describe('checks that can never hold are configuration errors (exit 2)', () => {
  it('an --assert or --max-drop on an unknown rule or category, or on a rule the rule set turns off', async () => {
    const cases: [string[], RegExp][] = [
      [['--assert', 'rule:no-such-rule=pass'], /--assert rule:no-such-rule=pass: unknown rule "no-such-rule"/],
      [['--assert', 'category:nope=50'], /--assert category:nope=50: unknown category "nope"/],
      [['--max-drop', 'rule:nope=3'], /--max-drop rule:nope=3: unknown rule "nope"/],
      [['--max-drop', 'category:support=lots'], /--max-drop category:support=lots: "lots" is not a number of points/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(['audit', '--from-snapshot', SNAP('northwind-outdoor'), '--quiet', ...args]);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(message);
      oneLine(r.stderr);
    }
    const off = path.join(dir, 'off.yaml');
    writeFileSync(off, 'extends: default\nrules:\n  site-https: off\n');
    const r = await runCli(['audit', '--from-snapshot', SNAP('northwind-outdoor'), '--rules', off, '--assert', 'rule:site-https=pass', '--quiet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--assert rule:site-https=pass: rule "site-https" is off in rule set "default", so nothing can check it');
    // The same check in the rule set's own `assert:` list names the file, line and key.
    writeFileSync(off, 'extends: default\nassert:\n  - rule:site-https=pass\nrules:\n  site-https: off\n');
    const inFile = await runCli(['rules', '--rules', off]);
    expect(inFile.code).toBe(2);
    expect(inFile.stderr).toContain(`${off}:3 (assert.0): rule "site-https" is off in rule set "default"`);
  });

  it('a baseline scored with another rule set, or of another brand', async () => {
    const otherSet = await runCli(['audit', '--from-snapshot', SNAP('northwind-outdoor'), '--rules', 'strict', '--baseline', baseline, '--quiet']);
    expect(otherSet.code).toBe(2);
    expect(otherSet.stderr).toContain(`${baseline}: the baseline was scored with rule set "nightly", this audit uses "strict"`);
    oneLine(otherSet.stderr);
    writeFileSync(rules, 'id: nightly\nextends: default\n');
    const otherBrand = await runCli(['audit', '--from-snapshot', SNAP('vieux-bazar'), '--rules', rules, '--baseline', baseline, '--format', 'json', '--quiet']);
    expect(otherBrand.code).toBe(2);
    expect(otherBrand.stderr).toContain('the baseline is a report of northwind-outdoor.test, this audit is of vieux-bazar.test');
    expect(otherBrand.stdout).toBe('');
  });
});

describe('--baseline', () => {
  it('fails when a rule that scored is turned off (coverage lost), unless --allow-coverage-loss', async () => {
    const [dropped] = judged();
    const v2 = `id: nightly\nextends: default\nrules:\n  ${dropped}: off\n`;
    const lost = await againstBaseline(v2, ['--quiet']);
    expect(lost.code).toBe(1);
    expect(lost.stderr).toContain(`rule ${dropped} was ${baselineReport.rules.find((r) => r.id === dropped)!.status} in the baseline and is no longer in the report: coverage lost`);
    const allowed = await againstBaseline(v2, ['--quiet', '--allow-coverage-loss']);
    expect(allowed.code, allowed.stderr).toBe(0);
  });

  it('lets the rules and categories given a --max-drop tolerance wobble', async () => {
    // Version 2 judges as harshly as strict: some rules regress and the score falls.
    const harsh = 'id: nightly\nextends: strict\n';
    const worse = await againstBaseline(harsh, ['--quiet', '--max-drop', '100']);
    expect(worse.code).toBe(1);
    const report = JSON.parse(worse.stdout) as AuditReport;
    const failing = report.gates!.checks.filter((c) => !c.ok);
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.every((c) => c.kind === 'baseline-rule')).toBe(true);
    const tolerant = failing.flatMap((c) => ['--max-drop', `rule:${c.data.id}=100`]);
    const ok = await againstBaseline(harsh, ['--quiet', '--max-drop', '100', ...tolerant]);
    expect(ok.code, ok.stderr).toBe(0);
    const held = (JSON.parse(ok.stdout) as AuditReport).gates!.checks.filter((c) => c.messageId === 'baseline.rule.withinTolerance');
    expect(held.map((c) => c.name).sort()).toEqual(failing.map((c) => c.name).sort());
  });
});

describe('under GitHub Actions', () => {
  it('annotates each failed gate, puts the verdict first in the job summary, and gives JUnit a test case per gate', async () => {
    const summary = path.join(dir, 'step-summary.md');
    const junit = path.join(dir, 'gates.junit.xml');
    const env = { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary };
    const r = await againstBaseline('id: nightly\nextends: strict\n', ['--format', 'junit', '--out', junit, '--quiet', '--assert', 'score=99', '--assert', 'score=1'], env);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).toMatch(/^::error title=brand-audit gate failed::\S/);
    expect(lines[0]).toMatch(/^::error title=brand-audit gate failed::score=99: overall score [\d.]+ is below 99$/);
    expect(r.stderr).toContain('::baseline:rule:');

    const text = readFileSync(summary, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^## ❌ /);
    expect(text.split('\n')[2]).toMatch(/^\*\*❌ Failed\*\* — \d+ gates of \d+ failed$/);
    expect(text).toContain('- score=99 — overall score');
    expect(text).toMatch(/- baseline:rule:[a-z-]+ — rule [a-z-]+ went from pass to/);
    expect(text.indexOf('score=99')).toBeLessThan(text.indexOf('Overall score'));

    const xml = readFileSync(junit, 'utf8');
    const gateCases = [...xml.matchAll(/<testcase classname="brand-audit\.gates" name="([^"]+)">\n\s+<(failure|system-out)/g)].map((m) => [m[1], m[2]]);
    expect(gateCases[0]).toEqual(['score=99', 'failure']);
    expect(gateCases[1]).toEqual(['score=1', 'system-out']);
    expect(gateCases.filter(([name]) => name.startsWith('baseline:rule:'))).toHaveLength(judged().length);
  });

  it('passes with a green summary and no annotation when every gate holds', async () => {
    const summary = path.join(dir, 'green-summary.md');
    const r = await againstBaseline('id: nightly\nextends: default\n', ['--quiet', '--assert', 'score=1'], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const text = readFileSync(summary, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^## ✅ /);
    expect(text.split('\n')[2]).toMatch(/^\*\*✅ Passed\*\* — all \d+ gates hold$/);
  });
});
