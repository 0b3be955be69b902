// Tests for report comparison (src/compare/diff.ts): deltas, changed/added/removed rules, regressions, official
// accounts; and its renderings (src/report/compare-text.ts) in English and French, terminal, Markdown and JSON.
import { describe, expect, it } from 'vitest';
import { compareReports, isRegression, type ReportDiff } from '../../src/compare/diff.js';
import { renderDiff } from '../../src/report/compare-text.js';
import { translator } from '../../src/locale/translator.js';
import { ruleTitle } from '../../src/report/text.js';
import type { AuditReport } from '../../src/report/types.js';
import type { RuleResult } from '../../src/rules/types.js';
import { sampleReport } from './sample-report.js';

const rule = (report: AuditReport, id: string): RuleResult => report.rules.find((r) => r.id === id)!;
const en = translator('en');
const fr = translator('fr');
const NO_COUNTS = { pass: 0, warn: 0, fail: 0, na: 0, error: 0 };

/** The sample report a month later: some rules better, some worse, one new, one gone, accounts changed. */
function laterReport(): AuditReport {
  const after = sampleReport();
  after.collectedAt = '2025-04-12T09:00:00.000Z';
  after.score = 62.3;
  Object.assign(rule(after, 'support-links-to-social'), { status: 'pass', score: 1 });
  Object.assign(rule(after, 'accounts-consistent'), { status: 'fail', score: 0 });
  Object.assign(rule(after, 'official-accounts'), { status: 'warn', score: 0.5 });
  Object.assign(rule(after, 'site-https'), { status: 'na', score: null });
  Object.assign(rule(after, 'self-service'), { status: 'error', score: null });
  after.rules = after.rules.filter((r) => r.id !== 'legal-notice-privacy');
  after.rules.push({ ...rule(after, 'site-https'), id: 'unanswered-questions', category: 'reactivity', status: 'fail', score: 0 });
  after.categories[0].score = 50;
  after.categories[2].score = null;
  after.categories.push({ id: 'reactivity', score: 70, band: 'average', weight: 3, rules: ['unanswered-questions'], counts: NO_COUNTS });
  after.accounts = after.accounts.map((a) => (a.platform === 'facebook' ? { ...a, official: false } : a));
  after.accounts.push({ ...after.accounts[0], platform: 'bluesky', handle: 'acme.bsky.social', official: true });
  // A mentioned (non-official) account appearing or vanishing is not a change of the brand's presence.
  after.accounts = after.accounts.filter((a) => a.platform !== 'x');
  return after;
}

describe('compareReports', () => {
  const diff = compareReports(sampleReport(), laterReport());

  it('gives the overall and category scores with their deltas, by id (no rendered text)', () => {
    expect(diff.score).toEqual({ before: 55.1, after: 62.3, delta: 7.2 });
    expect(diff.categories).toEqual([
      { id: 'presence', before: 87.5, after: 50, delta: -37.5 },
      { id: 'support', before: 0, after: 0, delta: 0 },
      { id: 'contact', before: 100, after: null, delta: null },
      { id: 'trust', before: 33.3, after: 33.3, delta: 0 },
      { id: 'reactivity', before: null, after: 70, delta: null },
    ]);
  });

  it('lists changed, added and removed rules only, with scores on the 0..100 scale', () => {
    const byId = Object.fromEntries(diff.rules.map((r) => [r.id, r]));
    expect(Object.keys(byId).sort()).toEqual(
      ['accounts-consistent', 'self-service', 'site-https', 'legal-notice-privacy', 'unanswered-questions', 'official-accounts', 'support-links-to-social'].sort(),
    );
    expect(byId['accounts-consistent']).toEqual({ id: 'accounts-consistent', before: 'warn', after: 'fail', beforeScore: 50, afterScore: 0 });
    expect(byId['legal-notice-privacy']).toMatchObject({ before: 'fail', after: null, beforeScore: 0, afterScore: null });
    expect(byId['unanswered-questions']).toMatchObject({ before: null, after: 'fail', afterScore: 0 });
    expect(byId['self-service']).toMatchObject({ before: 'na', after: 'error' });
  });

  it('lists a score change within the same status', () => {
    const after = sampleReport();
    rule(after, 'accounts-consistent').score = 0.25;
    expect(compareReports(sampleReport(), after).rules).toEqual([
      { id: 'accounts-consistent', before: 'warn', after: 'warn', beforeScore: 50, afterScore: 25 },
    ]);
  });

  it('counts as regressions only statuses that got worse in pass > warn > fail', () => {
    expect(diff.regressions.sort()).toEqual(['accounts-consistent', 'official-accounts']);
    expect(isRegression('pass', 'fail')).toBe(true);
    expect(isRegression('pass', 'warn')).toBe(true);
    expect(isRegression('warn', 'fail')).toBe(true);
    expect(isRegression('fail', 'pass')).toBe(false);
    expect(isRegression('warn', 'warn')).toBe(false);
    expect(isRegression('pass', 'na')).toBe(false);
    expect(isRegression('pass', 'error')).toBe(false);
    expect(isRegression('na', 'fail')).toBe(false);
    expect(isRegression(null, 'fail')).toBe(false);
    expect(isRegression('pass', null)).toBe(false);
  });

  it('reports official accounts gained and lost as platform:handle', () => {
    expect(diff.accountsAdded).toEqual(['bluesky:acme.bsky.social']);
    expect(diff.accountsLost).toEqual(['facebook:acme']);
  });

  it('finds nothing to report between a report and itself', () => {
    const same = compareReports(sampleReport(), sampleReport());
    expect(same.rules).toEqual([]);
    expect(same.regressions).toEqual([]);
    expect(same.accountsAdded).toEqual([]);
    expect(same.accountsLost).toEqual([]);
    expect(same.score.delta).toBe(0);
  });
});

describe('renderDiff', () => {
  const diff = compareReports(sampleReport(), laterReport());
  const title = (id: string, status: RuleResult['status']): string => ruleTitle(en, { id, status });

  it('renders a plain terminal text without any escape sequence when colour is off', () => {
    const out = renderDiff(diff, 'terminal', { color: false, lang: 'en' });
    expect(out).not.toContain('\u001b');
    expect(out).toMatch(/Overall score\s+55\.1 → 62\.3 {2}↑ \+7\.2/);
    expect(out).toContain('Baseline');
    expect(out).toContain('collected Mar 12, 2025, 10:04 UTC');
    expect(out).toMatch(/87\.5\s+50\s+↓ -37\.5\s+Social presence/);
    expect(out).toMatch(/\s+70\s+Reactivity/);
    // Titles as the rules now stand: a rule that fails shows its failure title.
    expect(out).toMatch(new RegExp(`WARN \\(50\\)\\s+FAIL \\(0\\)\\s+accounts-consistent: ${title('accounts-consistent', 'fail')}`));
    expect(out).toMatch(new RegExp(`FAIL \\(0\\)\\s+absent\\s+legal-notice-privacy: ${title('legal-notice-privacy', 'fail')}`));
    expect(out.replace(/\n\s+/g, ' ')).toContain(`• official-accounts: ${title('official-accounts', 'warn')}: PASS (100) → WARN (50)`);
    expect(out).toContain('+ Bluesky acme.bsky.social (added)');
    expect(out).toContain('- Facebook acme (lost)');
    expect(Math.max(...out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it('fits a narrow terminal, wrapping long rule titles and regressions', () => {
    const out = renderDiff(diff, 'terminal', { color: false, lang: 'en', width: 60 });
    expect(Math.max(...out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(60);
    expect(out).toMatch(/• official-accounts: Few or no official social accounts:\n {4}PASS \(100\) → WARN \(50\)/);
  });

  it('colours the terminal text only when asked', () => {
    const out = renderDiff(diff, 'terminal', { color: true, lang: 'en' });
    expect(out).toContain('\u001b[32m↑ +7.2\u001b[39m');
    expect(out).toContain('\u001b[31m↓ -37.5\u001b[39m');
  });

  it('writes the same diff in French: labels, titles, numbers, dates and status names', () => {
    const out = renderDiff(diff, 'terminal', { color: false, lang: 'fr' });
    expect(out).toContain('Acme — évolution depuis la référence');
    expect(out).toMatch(/Score global\s+55,1 → 62,3 {2}↑ \+7,2/);
    expect(out).toContain('collecte du 12 avr. 2025, 09:00 UTC');
    expect(out).toContain('Régressions');
    expect(out).toMatch(/87,5\s+50\s+↓ -37,5\s+Présence sociale/);
    expect(out).toMatch(/À AMÉLIORER \(50\)\s+ÉCHEC \(0\)/);
    expect(out).toContain(`accounts-consistent: ${ruleTitle(fr, { id: 'accounts-consistent', status: 'fail' })}`);
    expect(out).toContain('+ Bluesky acme.bsky.social (ajouté)');
    expect(out).not.toMatch(/\b(Overall score|Baseline|Regressions|Social presence|added|lost)\b/);
  });

  it('says so when nothing changed', () => {
    const out = renderDiff(compareReports(sampleReport(), sampleReport()), 'terminal', { color: false, lang: 'en' });
    expect(out).toContain('No rule changed.');
    expect(out).toContain('No regression.');
    expect(out).toContain('No official account gained or lost.');
    expect(out).toMatch(/55\.1 → 55\.1 {2}= 0/);
  });

  it('renders Markdown tables with hostile text escaped and never coloured', () => {
    const before = sampleReport();
    const after = laterReport();
    const hostile = 'Pipes | and <script>alert(1)</script> **bold** \u001b[31mred [x](javascript:alert)';
    for (const r of [before, after]) {
      rule(r, 'accounts-consistent').id = hostile;
      r.target.brandName = 'Acme | <b>';
    }
    const out = renderDiff(compareReports(before, after), 'markdown', { color: true, lang: 'en' });
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('<script>');
    expect(out).not.toContain('<b>');
    expect(out).toContain('## Acme \\| &lt;b&gt; — changes since the baseline');
    expect(out).toContain('| Category | Before | After | Change |');
    expect(out).toContain('| Social presence | 87.5 | 50 | ↓ -37.5 |');
    // A rule id no catalogue knows is shown alone, escaped.
    expect(out).toContain(
      '| Pipes \\| and &lt;script&gt;alert(1)&lt;/script&gt; \\*\\*bold\\*\\* red \\[x\\](javascript:alert) | WARN (50) | FAIL (0) |',
    );
    // Every table row has as many cells as its header (no unescaped pipe split a cell).
    for (const line of out.split('\n').filter((l) => l.startsWith('| Pipes'))) {
      expect(line.replace(/\\\|/g, '').split('|')).toHaveLength(5);
    }
    expect(out).toContain('- Bluesky acme.bsky.social (added)');
  });

  it('renders Markdown in French', () => {
    const out = renderDiff(diff, 'markdown', { color: false, lang: 'fr' });
    expect(out).toContain('## Acme — évolution depuis la référence');
    expect(out).toContain('| Catégorie | Avant | Après | Écart |');
    expect(out).toContain('| Présence sociale | 87,5 | 50 | ↓ -37,5 |');
  });

  it('renders JSON that reads back as the diff, whatever the language, with C1 and bidi controls escaped', () => {
    const d: ReportDiff = { ...diff, target: { brandName: 'Ac\u202eme\u009b', domain: 'acme.example' } };
    const out = renderDiff(d, 'json', { color: true, lang: 'en' });
    expect(out).not.toMatch(/[\u009b\u202e\u001b]/);
    expect(JSON.parse(out)).toEqual(d);
    expect(renderDiff(d, 'json', { color: false, lang: 'fr' })).toBe(out);
  });
});

describe('lost coverage in a diff', () => {
  it('lists rules that were judged and are now n/a, error or gone, and shows them with the regressions', () => {
    const diff = compareReports(sampleReport(), laterReport());
    // site-https pass → na, legal-notice-privacy fail → gone; self-service was na already, so nothing was lost.
    expect(diff.coverageLost.sort()).toEqual(['legal-notice-privacy', 'site-https']);
    const text = renderDiff(diff, 'markdown', { lang: 'fr', color: false });
    const section = text.slice(text.indexOf('### Régressions'));
    expect(section).toMatch(/- site-https: .* \(couverture perdue\)/);
    expect(section).toMatch(/- legal-notice-privacy: .* \(couverture perdue\)/);
    expect(compareReports(sampleReport(), sampleReport()).coverageLost).toEqual([]);
  });
});
