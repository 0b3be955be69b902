// Tests for appending the Markdown summary to GITHUB_STEP_SUMMARY: budget passed to the renderer, the 1 MiB cap, notes.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendGithubSummary, GITHUB_SUMMARY_LIMIT, MIN_SUMMARY_BYTES } from '../../src/cli/github-summary.js';
import type { AuditReport } from '../../src/report/types.js';
import { sampleReport } from '../report/sample-report.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-summary-'));
  file = path.join(dir, 'step_summary.md');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const EN = { lang: 'en' } as const;
const FR = { lang: 'fr' } as const;

/** A stand-in renderer that records the budget it was given and returns `text`. */
function stub(text: string | ((maxBytes: number) => string)) {
  const calls: number[] = [];
  const langs: string[] = [];
  const render = (_: AuditReport, maxBytes: number, opts: { lang: string }): string => {
    calls.push(maxBytes);
    langs.push(opts.lang);
    return typeof text === 'string' ? text : text(maxBytes);
  };
  return { calls, langs, render };
}

describe('appendGithubSummary', () => {
  it('does nothing outside GitHub Actions', async () => {
    const s = stub('## summary\n');
    expect(await appendGithubSummary(sampleReport(), {}, EN, s.render)).toBe(false);
    expect(await appendGithubSummary(sampleReport(), { GITHUB_STEP_SUMMARY: '' }, EN, s.render)).toBe(false);
    expect(s.calls).toEqual([]);
    expect(existsSync(file)).toBe(false);
  });

  it('creates the file with the summary, giving the renderer the whole 1 MiB', async () => {
    const s = stub('## Acme\n\nscore 55.1\n');
    expect(await appendGithubSummary(sampleReport(), { GITHUB_STEP_SUMMARY: file }, EN, s.render)).toBe(true);
    expect(s.calls).toEqual([GITHUB_SUMMARY_LIMIT]);
    expect(s.langs).toEqual(['en']);
    expect(readFileSync(file, 'utf8')).toBe('## Acme\n\nscore 55.1\n');
  });

  it('appends after what is there, with a blank line, and passes the remaining budget', async () => {
    writeFileSync(file, 'x'.repeat(999) + '\n');
    const s = stub('## Acme');
    expect(await appendGithubSummary(sampleReport(), { GITHUB_STEP_SUMMARY: file }, EN, s.render)).toBe(true);
    expect(s.calls).toEqual([GITHUB_SUMMARY_LIMIT - 1000 - 1]);
    expect(readFileSync(file, 'utf8').slice(999)).toBe('\n\n## Acme\n');
  });

  it('writes the real Markdown summary within the budget', async () => {
    writeFileSync(file, 'é'.repeat((GITHUB_SUMMARY_LIMIT - 6000) / 2));
    expect(await appendGithubSummary(sampleReport(), { GITHUB_STEP_SUMMARY: file }, EN)).toBe(true);
    const size = statSync(file).size;
    expect(size).toBeLessThanOrEqual(GITHUB_SUMMARY_LIMIT);
    const added = readFileSync(file, 'utf8').slice((GITHUB_SUMMARY_LIMIT - 6000) / 2);
    expect(added).toContain('Acme');
    expect(added).toContain('55.1');
    expect(added).not.toContain('Summary left out');
  });

  it('appends a one-line note instead when only a few KB remain', async () => {
    writeFileSync(file, 'x'.repeat(GITHUB_SUMMARY_LIMIT - MIN_SUMMARY_BYTES + 10));
    const s = stub('## never used\n');
    expect(await appendGithubSummary(sampleReport(), { GITHUB_STEP_SUMMARY: file }, EN, s.render)).toBe(true);
    expect(s.calls).toEqual([]);
    const added = readFileSync(file, 'utf8').slice(GITHUB_SUMMARY_LIMIT - MIN_SUMMARY_BYTES + 10);
    expect(added).toBe('\n> **brand-audit** — Acme: 55.1/100. Summary left out: the step summary is close to GitHub’s 1 MiB limit.\n');
    expect(statSync(file).size).toBeLessThanOrEqual(GITHUB_SUMMARY_LIMIT);
  });

  it('writes the note in the language asked for, and says when nothing was scored', async () => {
    writeFileSync(file, 'x'.repeat(GITHUB_SUMMARY_LIMIT - 1000));
    const s = stub('');
    expect(await appendGithubSummary(sampleReport(), { GITHUB_STEP_SUMMARY: file }, FR, s.render)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('> **brand-audit** — Acme\u202f: 55,1/100. Résumé omis\u202f: ');
    rmSync(file);
    const unscored = { ...sampleReport(), score: null };
    expect(await appendGithubSummary(unscored, { GITHUB_STEP_SUMMARY: file }, EN, s.render)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/^> \*\*brand-audit\*\* — Acme: not scored\. Summary left out/);
  });

  it('writes the real Markdown summary in French when asked', async () => {
    expect(await appendGithubSummary(sampleReport(), { GITHUB_STEP_SUMMARY: file }, FR)).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('55,1');
    expect(text).not.toContain('55.1');
  });

  it('falls back to the note when the renderer returns nothing or too much', async () => {
    const empty = stub('');
    expect(await appendGithubSummary(sampleReport(), { GITHUB_STEP_SUMMARY: file }, EN, empty.render)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/^> \*\*brand-audit\*\* — Acme: 55\.1\/100\. Summary left out/);
    rmSync(file);
    const greedy = stub((maxBytes) => 'y'.repeat(maxBytes + 1));
    expect(await appendGithubSummary(sampleReport(), { GITHUB_STEP_SUMMARY: file }, EN, greedy.render)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/^> \*\*brand-audit\*\*/);
  });

  it('says first in the note whether the gates passed', async () => {
    writeFileSync(file, 'x'.repeat(GITHUB_SUMMARY_LIMIT - 1000));
    const gated = { ...sampleReport(), gates: { ok: false, checks: [{ kind: 'fail-under' as const, name: 'fail-under', ok: false, messageId: 'failUnder.fail', data: { score: 55.1, min: 60 } }] } };
    expect(await appendGithubSummary(gated, { GITHUB_STEP_SUMMARY: file }, FR, stub('').render)).toBe(true);
    expect(readFileSync(file, 'utf8').slice(GITHUB_SUMMARY_LIMIT - 1000)).toMatch(/^\n> \*\*brand-audit\*\* ❌ Échec — Acme\u202f: 55,1\/100\./);
  });

  it('writes nothing when not even the note fits', async () => {
    const before = 'x'.repeat(GITHUB_SUMMARY_LIMIT - 20);
    writeFileSync(file, before);
    expect(await appendGithubSummary(sampleReport(), { GITHUB_STEP_SUMMARY: file }, EN, stub('## x\n').render)).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('escapes the brand name in the note', async () => {
    writeFileSync(file, 'x'.repeat(GITHUB_SUMMARY_LIMIT - 1000));
    const report = { ...sampleReport(), target: { ...sampleReport().target, brandName: '<img src=x> *Acme*' } };
    await appendGithubSummary(report, { GITHUB_STEP_SUMMARY: file }, EN, stub('').render);
    const added = readFileSync(file, 'utf8').slice(GITHUB_SUMMARY_LIMIT - 1000);
    expect(added).not.toContain('<img');
    expect(added).not.toContain('*Acme*');
  });
});
