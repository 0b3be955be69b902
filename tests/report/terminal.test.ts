// Tests for the terminal formatter: content in en and fr, findings and evidence, gaps, colour and sanitisation.
import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../../src/report/terminal.js';
import { displayWidth } from '../../src/report/format-helpers.js';
import { HOSTILE_TITLE, sampleReport } from './sample-report.js';

/** Removes the SGR colour codes chalk emits, so what is left can be checked for anything else. */
const stripSgr = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');
/** The part of the output from the `start` heading up to the next section heading (or the end). */
function section(out: string, start: string): string {
  const from = out.indexOf(`── ${start} `);
  expect(from, `section ${start}`).toBeGreaterThanOrEqual(0);
  const next = out.indexOf('\n── ', from + 1);
  return next === -1 ? out.slice(from) : out.slice(from, next);
}

const plain = (lang: 'en' | 'fr' = 'en', verbose = false): string =>
  renderTerminal(sampleReport(lang), { color: false, verbose });

describe('renderTerminal — content', () => {
  it('shows the header, the score with grade and band, and per-status counts', () => {
    const out = plain();
    expect(out).toContain('Acme — Customer-care audit');
    expect(out).toContain('https://www.acme.example/');
    expect(out).toContain('12 March 2025, 10:04 UTC');
    expect(out).toContain('Customer-care audit (default)');
    expect(out).toContain('25 (2 could not be read)');
    expect(out).toMatch(/Overall score\s+55\.1\/100 · Grade C · average/);
    expect(out).toContain('Rules: 3 PASS · 1 WARN · 2 FAIL · 1 N/A · 1 ERROR');
    expect(out.endsWith('\n')).toBe(true);
  });

  it('draws one table per category with status word, title, score and weight', () => {
    const out = plain();
    for (const title of ['Social presence', 'Support area', 'Contact channels', 'Trust and legal']) {
      expect(out).toContain(title);
    }
    expect(out).toMatch(/Social presence\s+87\.5\/100 · weight 3/);
    expect(out).toMatch(/│ ✓ PASS\s+│ The site links to its official social accounts\s+│\s+100 │\s+3 │/);
    expect(out).toMatch(/│ ! WARN\s+│ Social handles differ from one network to another\s+│\s+50 │\s+1 │/);
    expect(out).toMatch(/│ – N\/A\s+│ A help centre is reachable\s+│\s+— │\s+2 │/);
    // Categories keep report order.
    expect(out.indexOf('Social presence')).toBeLessThan(out.indexOf('Trust and legal'));
  });

  it('writes everything in French for a French report, with comma decimals', () => {
    const out = plain('fr');
    expect(out).toContain('Acme — Audit de la relation client');
    expect(out).toMatch(/Score global\s+55,1\/100 · Note C · moyen/);
    for (const title of ['Présence sociale', 'Espace service client', 'Canaux de contact', 'Confiance et mentions légales']) {
      expect(out).toContain(title);
    }
    expect(out).toMatch(/Présence sociale\s+87,5\/100 · poids 3/);
    expect(out).toContain('12 mars 2025 à 10:04 UTC');
    expect(out).toContain('! À AMÉLIORER');
    expect(out).toContain('✗ ÉCHEC');
    expect(out).toContain('× ERREUR');
    expect(section(out, 'Constats')).toContain('… et 2 de plus');
    expect(section(out, "N'a pas pu être vérifié")).toContain("Un centre d'aide est accessible");
    expect(out).not.toMatch(/\b(Findings|Could not be checked|Overall score|weight)\b/);
  });

  it('lists failing, erroring and warning rules in findings, worst first, with message and evidence', () => {
    const findings = section(plain(), 'Findings');
    expect(findings).toContain('✗ FAIL  The support area does not point to social care');
    expect(findings).toContain('support-links-to-social · Support area');
    expect(findings).toContain('None of the 7 support pages links to a social account the brand answers on.');
    expect(findings).toContain('• https://www.acme.example/help/topic-2');
    expect(findings).toContain('“Help topic 2: returns and refunds”');
    expect(findings).toContain('× ERROR  A real-time channel is offered');
    expect(findings).toContain('! WARN  Social handles differ');
    expect(findings.indexOf('FAIL')).toBeLessThan(findings.indexOf('ERROR'));
    expect(findings.indexOf('ERROR')).toBeLessThan(findings.indexOf('WARN'));
    expect(findings).not.toContain('Pages are served over HTTPS');
    expect(findings).not.toContain('A help centre is reachable');
  });

  it('shows at most 5 evidence items per rule, then "… and N more"; verbose shows all', () => {
    const findings = section(plain(), 'Findings');
    expect(findings).toContain('help/topic-5');
    expect(findings).not.toContain('help/topic-6');
    expect(findings).toContain('… and 2 more');
    const verbose = section(plain('en', true), 'Findings');
    expect(verbose).toContain('help/topic-7');
    expect(verbose).not.toContain('… and');
  });

  it('wraps a long evidence URL instead of cutting it', () => {
    const findings = section(plain(), 'Findings');
    const joined = findings.replace(/\n\s+/g, '');
    expect(joined).toContain('/make/sure/wrapping/works/in/a/hundred/columns?with=query&and=more');
  });

  it('lists the accounts found, official first', () => {
    const accounts = section(plain(), 'Social accounts found');
    expect(accounts).toMatch(/│ Facebook\s+│ acme\s+│ official\s+│ in the footer of every page/);
    expect(accounts).toContain('https://www.facebook.com/acme');
    expect(accounts).toMatch(/│ X\s+│ acme_fr\s+│ mentioned\s+│ linked from one article only/);
    expect(accounts.indexOf('Facebook')).toBeLessThan(accounts.indexOf('acme_fr'));
  });

  it('says what could not be checked: na rules, failed pages, crawl problems, sources, truncation', () => {
    const gaps = section(plain(), 'Could not be checked');
    expect(gaps).toContain('– N/A  A help centre is reachable');
    expect(gaps).toContain('No help page could be read, so the help centre was not checked.');
    expect(gaps).toContain('• https://www.acme.example/faq');
    expect(gaps).toContain('http-404: Not Found · depth 1');
    expect(gaps).toContain('timeout: No response after 15 s · depth 2');
    expect(gaps).toContain('max-pages: Stopped after 25 pages');
    expect(gaps).toContain('bluesky: profile not found');
    expect(gaps).not.toContain('site:');
    expect(gaps).toContain('The crawl stopped at the page limit after 25 pages');
  });

  it('handles a report with nothing scored, no accounts and nothing missed', () => {
    const report = sampleReport();
    report.score = null;
    report.grade = null;
    report.band = null;
    report.rules = report.rules.filter((r) => r.status === 'pass');
    report.accounts = [];
    report.site = { ...report.site, truncated: false, failedPages: [], errors: [], pagesFailed: 0 };
    report.sources = [{ source: 'site', ok: true }];
    const out = renderTerminal(report, { color: false });
    expect(out).toMatch(/Overall score\s+not scored: no rule could be evaluated/);
    expect(out).toContain('No problem found.');
    expect(out).toContain('No social account was found on the site.');
    expect(section(out, 'Could not be checked')).toContain('Everything could be checked.');
    expect(out).toMatch(/Pages crawled\s+25\n/);
  });

  it('puts rules of an unknown category in an "Other rules" table', () => {
    const report = sampleReport();
    report.rules[0] = { ...report.rules[0], category: 'mystery' };
    report.categories[0] = { ...report.categories[0], rules: ['consistent-handles'] };
    const out = renderTerminal(report, { color: false });
    expect(out).toContain('Other rules');
    expect(out.indexOf('Other rules')).toBeLessThan(out.indexOf('The site links to its official social accounts'));
  });
});

describe('renderTerminal — layout and colour', () => {
  it('contains no escape code or control character at all without colour', () => {
    for (const lang of ['en', 'fr'] as const) {
      const out = plain(lang, true);
      expect(out).not.toMatch(/\u001b/);
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    }
  });

  it('colours status words and the score band with colour on, and only adds colour', () => {
    const report = sampleReport();
    const coloured = renderTerminal(report, { color: true });
    expect(coloured).toContain('\u001b[31m✗ FAIL');
    expect(coloured).toContain('\u001b[32m✓ PASS');
    expect(coloured).toContain('\u001b[33m! WARN');
    expect(coloured).toMatch(/\u001b\[33m55\.1\/100 · Grade C · average/);
    expect(stripSgr(coloured)).toBe(renderTerminal(report, { color: false }));
  });

  it('paints the overall score by band: green from 90, red below 50', () => {
    const good = { ...sampleReport(), score: 93, grade: 'A' as const, band: 'good' as const };
    const poor = { ...sampleReport(), score: 20, grade: 'F' as const, band: 'poor' as const };
    expect(renderTerminal(good, { color: true })).toMatch(/\u001b\[32m93\/100 · Grade A · good/);
    expect(renderTerminal(poor, { color: true })).toMatch(/\u001b\[31m20\/100 · Grade F · poor/);
  });

  it('fits 100 columns by default, never more, and narrower widths when asked', () => {
    for (const [width, max] of [[undefined, 100], [200, 100], [72, 72], [10, 60]] as const) {
      const out = renderTerminal(sampleReport('fr'), { color: false, width, verbose: true });
      const widest = Math.max(...out.split('\n').map(displayWidth));
      expect(widest, `width ${width}`).toBeLessThanOrEqual(max);
      expect(widest, `width ${width}`).toBeGreaterThan(max - 5);
    }
  });
});

describe('renderTerminal — untrusted text', () => {
  it('neutralises a hostile page title in evidence: no title change, no clear screen', () => {
    const findings = section(plain(), 'Findings');
    expect(HOSTILE_TITLE).toContain('\u001b');
    expect(findings).toContain('“<script>”');
    expect(findings).not.toContain('pwned');
    expect(findings).not.toContain('[2J');
  });

  it('cleans every string that came from the snapshot, with colour on too', () => {
    const report = sampleReport();
    const evil = (s: string): string => `${s}${HOSTILE_TITLE}\u009b2J\u202e\r\u0008`;
    report.target = { url: evil('https://acme.example/'), domain: 'acme.example', brandName: evil('Acme') };
    report.ruleSet = { ...report.ruleSet, title: evil('Rules') };
    report.categories = report.categories.map((c) => ({ ...c, title: evil(c.title) }));
    report.rules = report.rules.map((r) => ({
      ...r,
      title: evil(r.title),
      message: evil(r.message),
      evidence: r.evidence.map((e) => ({ url: evil(e.url), snippet: evil(e.snippet ?? '') })),
    }));
    report.accounts = report.accounts.map((a) => ({ ...a, handle: evil(a.handle), url: evil(a.url), reason: evil(a.reason) }));
    report.site.failedPages = report.site.failedPages.map((p) => ({
      ...p,
      url: evil(p.url),
      error: { code: evil(p.error.code), message: evil(p.error.message) },
    }));
    report.site.errors = [{ code: evil('max-pages'), message: evil('stopped') }];
    report.sources = [{ source: evil('bluesky'), ok: false, message: evil('down') }];

    for (const color of [false, true]) {
      const out = stripSgr(renderTerminal(report, { color, verbose: true }));
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
      expect(out).not.toContain('pwned');
      expect(out).toContain('Acme<script>');
      expect(out).toContain('bluesky<script>: down<script>');
      expect(out).not.toContain('2J');
    }
  });
});
