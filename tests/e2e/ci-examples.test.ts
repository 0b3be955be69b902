// The CI examples of the README ("In CI"): valid YAML with the shape GitHub Actions and GitLab CI expect, a baseline
// kept between runs, and brand-audit command lines whose every flag the real CLI knows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { ROOT, runCli } from './run-cli.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('## In CI\n'), readme.indexOf('\n## ', readme.indexOf('## In CI\n') + 1));
const blocks = [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
/** The nightly single-brand workflow and the GitLab job (the section also shows portfolio examples). */
const nightly = blocks.find((b) => /^on:\s*\n\s+schedule:/m.test(b) && !b.includes('brand-audit batch'));
const gitlab = blocks.find((b) => /^brand-audit:\s*$/m.test(b));

/** Parses a block strictly: any YAML error or warning fails the test. */
function parse(text: string): Record<string, any> {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  expect([...doc.errors, ...doc.warnings].map((e) => e.message)).toEqual([]);
  return doc.toJS() as Record<string, any>;
}

/** The flags of the `brand-audit audit` command lines of a script (shell line continuations joined). */
function auditFlags(script: string): string[] {
  const lines = script.replace(/\\\n\s*/g, ' ').split('\n').filter((l) => l.includes('brand-audit audit'));
  expect(lines.length).toBeGreaterThan(0);
  return [...new Set(lines.flatMap((l) => [...l.matchAll(/\s(--[a-z][a-z-]*)/g)].map((m) => m[1])))];
}

describe('README: In CI', () => {
  it('has a nightly GitHub Actions workflow and a GitLab CI job, and every example parses', () => {
    expect(nightly).toBeDefined();
    expect(gitlab).toBeDefined();
    for (const block of blocks) parse(block);
  });

  it('the nightly GitHub workflow restores the last passing report, audits against it and saves the new one only on success', () => {
    const workflow = parse(nightly!);
    expect(workflow.on.schedule[0].cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
    expect(workflow.on.workflow_dispatch.inputs.rebaseline.type).toBe('boolean');
    const steps = workflow.jobs.audit.steps as Record<string, any>[];
    const index = (pred: (s: Record<string, any>) => boolean): number => steps.findIndex(pred);
    const restore = index((s) => s.uses === 'actions/cache/restore@v4');
    const audit = index((s) => typeof s.run === 'string' && s.run.includes('brand-audit audit'));
    const keep = index((s) => typeof s.run === 'string' && s.run.includes('baseline/report.json') && !s.run.includes('brand-audit'));
    const save = index((s) => s.uses === 'actions/cache/save@v4');
    expect(restore).toBeGreaterThanOrEqual(0);
    expect([restore < audit, audit < keep, keep < save]).toEqual([true, true, true]);
    expect(steps[restore].with['restore-keys']).toBe('brand-audit-baseline-');
    expect(steps[save].with.key).toBe(steps[restore].with.key);
    // The baseline is kept only when the audit passed: no `if: always()` on those two steps.
    expect([steps[keep].if, steps[save].if]).toEqual([undefined, undefined]);
    expect(steps[audit].run).toContain('--baseline baseline/report.json');
    expect(steps.find((s) => s.uses === 'actions/upload-artifact@v4')?.if).toBe('always()');
  });

  it('the GitLab job keeps the baseline in its cache and shows the JUnit report', () => {
    const job = parse(gitlab!)['brand-audit'];
    expect(job.image).toMatch(/^node:20/);
    expect(job.cache.paths).toEqual(['baseline/']);
    expect(job.artifacts).toMatchObject({ when: 'always', reports: { junit: 'reports/*.junit.xml' } });
    const script = (job.script as string[]).join('\n');
    expect(script).toContain('--baseline baseline/report.json');
    expect(script.indexOf('brand-audit audit')).toBeLessThan(script.indexOf('cp reports/*.json baseline/report.json'));
  });

  it('uses only flags the real `audit` command has', async () => {
    const help = await runCli(['audit', '--help']);
    expect(help.code).toBe(0);
    const flags = [...auditFlags(parse(nightly!).jobs.audit.steps.map((s: Record<string, any>) => s.run ?? '').join('\n')), ...auditFlags(parse(gitlab!)['brand-audit'].script.join('\n'))];
    expect(flags.length).toBeGreaterThan(3);
    for (const flag of flags) expect(help.stdout, flag).toContain(flag);
  });
});
