// Tests for appending the Markdown summary to GITHUB_STEP_SUMMARY: budget passed to the renderer, the 1 MiB cap, notes.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendGithubSummary, GITHUB_SUMMARY_LIMIT, MIN_SUMMARY_BYTES } from '../../src/report/github-summary.js';
import type { AuditReport } from '../../src/report/types.js';
import { sampleReport } from './sample-report.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-summary-'));
  file = path.join(dir, 'step_summary.md');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in renderer that records the budget it was given and returns `text`. */
function stub(text: string | ((maxBytes: number) => string)) {
  const calls: number[] = [];
  const render = (_: AuditReport, maxBytes: number): string => {
    calls.push(maxBytes);
    return typeof text === 'string' ? text : text(maxBytes);
  };
  return { calls, render };
}

describe('appendGithubSummary', () => {
  it('does nothing outside GitHub Actions', async () => {
    const s = stub('## summary\n');
    expect(await appendGithubSummary(sampleReport(), {}, s.render)).toBe(false);
    expect(await appendGithubSummary(sampleReport(), { GITHUB_STEP_SUMMARY: '' }, s.render)).toBe(false);
    expect(s.calls).toEqual([]);
    expect(existsSync(file)).toBe(false);
  });

  it('creates the file with the summary, giving the renderer the whole 1 MiB', async () => {
    const s = stub('## Acme\n\nscore 55.1\n');
    expect(await appendGithubSummary(sampleReport(), { GITHUB_STEP_SUMMARY: file }, s.render)).toBe(true);
    expect(s.calls).toEqual([GITHUB_SUMMARY_LIMIT]);
    expect(readFileSync(file, 'utf8')).toBe('## Acme\n\nscore 55.1\n');
  });

  it('appends after what is there, with a blank line, and passes the remaining budget', async () => {
    writeFileSync(file, 'x'.repeat(999) + '\n');
    const s = stub('## Acme');
    expect(await appendGithubSummary(sampleReport(), { GITHUB_STEP_SUMMARY: file }, s.render)).toBe(true);
    expect(s.calls).toEqual([GITHUB_SUMMARY_LIMIT - 1000 - 1]);
    expect(readFileSync(file, 'utf8').slice(999)).toBe('\n\n## Acme\n');
  });

  it('writes the real Markdown summary within the budget', async () => {
    writeFileSync(file, 'é'.repeat((GITHUB_SUMMARY_LIMIT - 6000) / 2));
    expect(await appendGithubSummary(sampleReport(), { GITHUB_STEP_SUMMARY: file })).toBe(true);
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
    expect(await appendGithubSummary(sampleReport(), { GITHUB_STEP_SUMMARY: file }, s.render)).toBe(true);
    expect(s.calls).toEqual([]);
    const added = readFileSync(file, 'utf8').slice(GITHUB_SUMMARY_LIMIT - MIN_SUMMARY_BYTES + 10);
    expect(added).toBe("\n> **brand-audit** — Acme: 55.1/100. Summary left out: the step summary is close to GitHub's 1 MiB limit.\n");
    expect(statSync(file).size).toBeLessThanOrEqual(GITHUB_SUMMARY_LIMIT);
  });

  it('writes the note in the report language', async () => {
    writeFileSync(file, 'x'.repeat(GITHUB_SUMMARY_LIMIT - 1000));
    expect(await appendGithubSummary(sampleReport('fr'), { GITHUB_STEP_SUMMARY: file }, stub('').render)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain('> **brand-audit** — Acme : 55,1/100. Résumé omis');
  });

  it('falls back to the note when the renderer returns nothing or too much', async () => {
    const empty = stub('');
    expect(await appendGithubSummary(sampleReport(), { GITHUB_STEP_SUMMARY: file }, empty.render)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/^> \*\*brand-audit\*\* — Acme: 55\.1\/100\. Summary left out/);
    rmSync(file);
    const greedy = stub((maxBytes) => 'y'.repeat(maxBytes + 1));
    expect(await appendGithubSummary(sampleReport(), { GITHUB_STEP_SUMMARY: file }, greedy.render)).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(/^> \*\*brand-audit\*\*/);
  });

  it('writes nothing when not even the note fits', async () => {
    const before = 'x'.repeat(GITHUB_SUMMARY_LIMIT - 20);
    writeFileSync(file, before);
    expect(await appendGithubSummary(sampleReport(), { GITHUB_STEP_SUMMARY: file }, stub('## x\n').render)).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  it('escapes the brand name in the note', async () => {
    writeFileSync(file, 'x'.repeat(GITHUB_SUMMARY_LIMIT - 1000));
    const report = { ...sampleReport(), target: { ...sampleReport().target, brandName: '<img src=x> *Acme*' } };
    await appendGithubSummary(report, { GITHUB_STEP_SUMMARY: file }, stub('').render);
    const added = readFileSync(file, 'utf8').slice(GITHUB_SUMMARY_LIMIT - 1000);
    expect(added).not.toContain('<img');
    expect(added).not.toContain('*Acme*');
  });
});
