// What failed gates print: plain English lines on stderr, or under GitHub Actions one `::error` workflow command
// each, escaped the way the runner parses them, in the report's language.
import { describe, expect, it } from 'vitest';
import { escapeCommandData, escapeCommandProperty, githubAnnotations, inGithubActions, reportGateFailures } from '../../src/cli/gate-output.js';
import type { GateResults } from '../../src/report/types.js';
import type { Io } from '../../src/cli/io.js';

const gates: GateResults = {
  ok: false,
  checks: [
    { kind: 'assert', name: 'score=60', ok: true, messageId: 'assert.score.pass', data: { spec: 'score=60', score: 62.5, min: 60 } },
    { kind: 'baseline-score', name: 'baseline:score', ok: false, messageId: 'baseline.score.fail', data: { before: 80, after: 67.6, drop: 12.4, max: 5 } },
    { kind: 'assert', name: 'category:support=70', ok: false, messageId: 'assert.category.missing', data: { spec: 'category:support=70', id: 'support' } },
  ],
};

function io(env: NodeJS.ProcessEnv) {
  const err: string[] = [];
  return { io: { stderr: { write: (s: string) => err.push(s) }, env } as unknown as Io, stderr: () => err.join('') };
}

describe('workflow command escaping', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeCommandData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeCommandProperty('a: b, c%')).toBe('a%3A b%2C c%25');
  });
});

describe('failed gates on stderr', () => {
  it('are one English line each outside GitHub Actions', () => {
    const out = io({ GITHUB_ACTIONS: 'false' });
    reportGateFailures(gates, out.io, 'fr');
    expect(out.stderr()).toBe(
      'brand-audit: score dropped 12.4 points since the baseline, from 80 to 67.6 (max 5)\n' +
        'brand-audit: category support is not in the report (check category:support=70)\n',
    );
  });

  it('are annotations in the report language under GitHub Actions, one per failed gate', () => {
    expect(inGithubActions({ GITHUB_ACTIONS: 'true' })).toBe(true);
    expect(inGithubActions({ CI: 'true' })).toBe(false);
    const out = io({ GITHUB_ACTIONS: 'true' });
    reportGateFailures(gates, out.io, 'fr');
    expect(out.stderr()).toBe(
      '::error title=seuil brand-audit non respecté::baseline:score: le score a baissé de 12,4 points depuis la référence, de 80 à 67,6 (maximum 5)\n' +
        '::error title=seuil brand-audit non respecté::category:support=70: la catégorie support ne figure pas dans le rapport (vérifiez category:support=70)\n',
    );
    expect(githubAnnotations({ ok: true, checks: [gates.checks[0]] }, 'en')).toEqual([]);
  });
});
