// The GitHub job summary of a run with gates says pass or fail first — in its heading and first line — then lists
// the failed assertions and baseline regressions, within its byte budget.
import { describe, expect, it } from 'vitest';
import { renderMarkdownSummary } from '../../src/report/markdown.js';
import type { AuditReport, GateCheck } from '../../src/report/types.js';
import { sampleReport } from './sample-report.js';

const regressed = (id: string): GateCheck => ({
  kind: 'baseline-rule',
  name: `baseline:rule:${id}`,
  ok: false,
  messageId: 'baseline.rule.regressed',
  data: { id, beforeLevel: 'pass', afterLevel: 'fail', before: 100, after: 0 },
});

function withGates(checks: GateCheck[]): AuditReport {
  return { ...sampleReport(), gates: { ok: checks.every((c) => c.ok), checks, baseline: { collectedAt: '2025-03-11T04:00:00.000Z', score: 60 } } };
}

describe('renderMarkdownSummary with gates', () => {
  it('starts with the failure, then the failed gates, then the score', () => {
    const held: GateCheck = { kind: 'fail-under', name: 'fail-under', ok: true, messageId: 'failUnder.pass', data: { score: 55.1, min: 50 } };
    const assertion: GateCheck = { kind: 'assert', name: 'score=70', ok: false, messageId: 'assert.score.fail', data: { spec: 'score=70', score: 55.1, min: 70 } };
    const text = renderMarkdownSummary(withGates([held, assertion, regressed('site-https')]), 1024 * 1024, { lang: 'en' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('## ❌ Acme — Customer-care audit');
    expect(lines.slice(2, 8)).toEqual([
      '**❌ Failed** — 2 gates of 3 failed',
      '',
      '- score=70 — overall score 55.1 is below 70',
      '- baseline:rule:site-https — rule site-https went from pass to fail',
      '',
      'Compared with the baseline collected Mar 11, 2025',
    ]);
    expect(lines[9]).toMatch(/^\*\*Overall score/);
  });

  it('says it passed, in the language asked for', () => {
    const ok: GateCheck = { kind: 'fail-under', name: 'fail-under', ok: true, messageId: 'failUnder.pass', data: { score: 55.1, min: 50 } };
    const text = renderMarkdownSummary(withGates([ok]), 1024 * 1024, { lang: 'de' });
    expect(text.split('\n')[0]).toMatch(/^## ✅ /);
    expect(text.split('\n')[2]).toBe('**✅ Bestanden** — die Schwelle ist eingehalten');
  });

  it('keeps the verdict and caps the list of failed gates when the budget is small', () => {
    const many = Array.from({ length: 300 }, (_, i) => regressed(`rule-${i}`));
    const text = renderMarkdownSummary(withGates(many), 8 * 1024, { lang: 'en' });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(8 * 1024);
    expect(text.split('\n')[2]).toBe('**❌ Failed** — 300 gates of 300 failed');
    expect(text).toMatch(/- … and \d+ more/);
  });
});
