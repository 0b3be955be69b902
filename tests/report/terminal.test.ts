// Tests for the terminal formatter: content in en and fr from one language-neutral report, findings and evidence,
// gaps, view facts read from the report, colour, display width (emoji, CJK) and sanitisation.
import { describe, expect, it } from 'vitest';
import { renderTerminal } from '../../src/report/terminal.js';
import { displayWidth } from '../../src/report/format-helpers.js';
import { translator } from '../../src/locale/translator.js';
import { collectorNote, noteText, ruleMessage, ruleTitle } from '../../src/report/text.js';
import type { AuditReport } from '../../src/report/types.js';
import type { Lang } from '../../src/locale/langs.js';
import { HOSTILE_TITLE, sampleReport, sampleSocialReport } from './sample-report.js';

/** Removes the SGR colour codes chalk emits, so what is left can be checked for anything else. */
const stripSgr = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');
/** The part of the output from the `start` heading up to the next section heading (or the end). */
function section(out: string, start: string): string {
  const from = out.indexOf(`── ${start} `);
  expect(from, `section ${start}`).toBeGreaterThanOrEqual(0);
  const next = out.indexOf('\n── ', from + 1);
  return next === -1 ? out.slice(from) : out.slice(from, next);
}
/** Text as the terminal lays it out: runs of spaces (wrapping, padding) collapsed, so phrases can be looked for. */
const flat = (s: string): string => s.replace(/\s+/g, ' ');

/** The width of a line without the URL it ends with: a URL is never cut, so it is the one thing allowed to overflow. */
const widthBeforeUrl = (line: string): number => displayWidth(line.replace(/[a-z]+:\/\/\S+$/, ''));

const plain = (lang: Lang = 'en', verbose = false, report: AuditReport = sampleReport()): string =>
  renderTerminal(report, { lang, color: false, verbose });
const en = translator('en');
const fr = translator('fr');
const rule = (report: AuditReport, id: string) => report.rules.find((r) => r.id === id)!;

describe('renderTerminal — content', () => {
  it('shows the header, and ends with the closing summary: score with grade and band, per-status counts, findings', () => {
    const out = plain();
    expect(out).toContain('Acme — Customer-care audit');
    expect(out).toContain('https://www.acme.example/');
    expect(out).toContain(en.dateTime('2025-03-12T10:04:30.000Z'));
    expect(out).toContain('Mar 12, 2025, 10:04 UTC');
    expect(out).toContain('Customer-care audit (default)');
    expect(out).toContain('25 (2 could not be read)');
    expect(out).toMatch(/Overall score\s+55\.1\/100 · Grade D · average/);
    expect(out).toContain('Rules: 3 PASS · 1 WARN · 2 FAIL · 1 N/A · 1 ERROR');
    expect(out.endsWith('\n')).toBe(true);
    // The closing summary is the last lines on screen, after everything else.
    const last = out.trimEnd().split('\n').slice(-4);
    expect(last[0]).toBe('─'.repeat(100));
    expect(last[1]).toMatch(/^Overall score 55\.1\/100 · Grade D · average$/);
    expect(last[2]).toBe('Rules: 3 PASS · 1 WARN · 2 FAIL · 1 N/A · 1 ERROR');
    expect(last[3]).toBe('3 findings, worth up to 44.9 points.');
    expect(out.indexOf('Overall score')).toBeGreaterThan(out.indexOf('── Could not be checked'));
  });

  it('leaves no catalogue key unresolved', () => {
    for (const lang of ['en', 'fr'] as const) {
      const out = plain(lang, true, sampleSocialReport());
      expect(out).not.toMatch(/\b(report|rules|categories|terms)\.[a-z]/);
    }
  });

  it('sums up each category on one line with a bar, its score, weight and findings; verbose lists its rules', () => {
    const report = sampleReport();
    const out = plain();
    const categories = section(out, 'Scores by category').split('\n').slice(1).filter(Boolean);
    expect(categories).toEqual([
      '  Social presence   ██████████▌░  87.5/100  weight 3  1 WARN',
      '  Support area      ░░░░░░░░░░░░  0/100     weight 3  1 FAIL',
      '  Contact channels  ████████████  100/100   weight 2  1 ERROR',
      '  Trust and legal   ████░░░░░░░░  33.3/100  weight 1  1 FAIL',
    ]);
    // No rule table: passing rules are not listed unless asked.
    expect(out).not.toContain('│');
    expect(out).not.toContain(ruleTitle(en, rule(report, 'site-https')));
    const verbose = section(plain('en', true), 'Scores by category');
    expect(verbose).toContain(`      ✓ PASS  ${ruleTitle(en, rule(report, 'site-https'))}`);
    expect(verbose).toContain(`      – N/A  ${ruleTitle(en, rule(report, 'self-service'))}`);
    // A failing rule shows its failure title, a passing one its title.
    expect(ruleTitle(en, rule(report, 'legal-notice-privacy'))).toBe(en.t('rules.legal-notice-privacy.failureTitle'));
    expect(out).toContain(en.t('rules.legal-notice-privacy.failureTitle'));
    // Categories keep report order.
    expect(out.indexOf('Social presence')).toBeLessThan(out.indexOf('Trust and legal'));
  });

  it('puts each category title on a line of its own when the terminal is too narrow for a column of titles', () => {
    const out = renderTerminal(sampleReport(), { lang: 'de', color: false, width: 50 });
    const lines = section(out, 'Scores nach Kategorie').split('\n');
    const at = lines.findIndex((l) => l.trim() === 'Präsenz in sozialen Netzwerken');
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toMatch(/^ {4}██████████▌░ {2}87,5\/100/);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(50);
  });

  it('reads bands from the report, never from the score', () => {
    const report = sampleReport();
    // A report whose band disagrees with the cut-offs (another scorer): the formatter says what the report says.
    report.band = 'good';
    report.categories[0] = { ...report.categories[0], band: 'poor' };
    const out = renderTerminal(report, { lang: 'en', color: true });
    expect(out).toMatch(/\u001b\[32mOverall score 55\.1\/100 · Grade D · good/);
    expect(out).toContain('\u001b[31m87.5/100');
  });

  it('reads the status counts from the report', () => {
    const report = sampleReport();
    report.counts = { pass: 30, warn: 1, fail: 2, na: 1, error: 1 };
    expect(plain('en', false, report)).toContain('Rules: 30 PASS · 1 WARN');
  });

  it('writes everything in French for French, with French numbers, dates and plurals', () => {
    const report = sampleReport();
    const out = plain('fr');
    expect(out).toContain('Acme — Audit de la relation client');
    expect(out).toMatch(/Score global\s+55,1\/100 · Note D · moyen/);
    for (const title of ['Présence sociale', 'Espace service client', 'Canaux de contact', 'Confiance et mentions légales']) {
      expect(out).toContain(title);
    }
    expect(out).toMatch(/Présence sociale\s+█+▌░\s+87,5\/100\s+poids 3/);
    expect(out).toContain('12 mars 2025, 10:04 UTC');
    expect(out).toContain('25 (2 illisibles)');
    expect(out).toContain('! À AMÉLIORER');
    expect(out).toContain('✗ ÉCHEC');
    expect(out).toContain('× ERREUR');
    expect(section(out, 'Constats')).toContain('… et 2 de plus');
    expect(section(out, 'Constats')).toContain('jusqu’à 33,3 points à gagner');
    expect(flat(section(out, 'Constats'))).toContain(flat(`Que faire\u202f: ${fr.t('rules.support-links-to-social.fix')}`));
    expect(flat(section(out, 'Constats'))).toContain(flat('Repère — Qualiweb 2013\u202f: seules 2\u202f% des 50 grandes marques'));
    expect(out).toContain('3 constats, qui valent jusqu’à 44,9 points.');
    expect(flat(section(out, 'N’a pas pu être vérifié'))).toContain(flat(ruleTitle(fr, rule(report, 'self-service'))));
    expect(out).toContain('(25 pages)\u202f: certaines pages');
    expect(out).not.toMatch(/\b(Findings|Could not be checked|Overall score|weight|points to gain|Rules:|What to do|Benchmark)\b/);
  });

  it('renders the same report in English and in French, the figures formatted per language', () => {
    const report = sampleSocialReport();
    const before = JSON.stringify(report);
    const warned = rule(report, 'accounts-consistent');
    const english = plain('en', true, report);
    const french = plain('fr', true, report);
    // The report is only read: rendering in one language leaves nothing behind for the next.
    expect(JSON.stringify(report)).toBe(before);
    const cases: [string, string][] = [
      ['Overall score', 'Score global'],
      ['55.1/100', '55,1/100'],
      ['Social presence', 'Présence sociale'],
      ['Findings', 'Constats'],
      ['up to 4.2 points to gain', 'jusqu’à 4,2 points à gagner'],
      ['Social accounts found', 'Comptes sociaux trouvés'],
      ['214 posts read · 40 questions · 14 unanswered (35%) · median response 3 hr 5 min', '214 messages lus · 40 questions · 14 sans réponse (35\u202f%) · délai médian 3 h 5 min'],
      ['needs an access token', 'jeton d’accès nécessaire'],
      ['partly read', 'lu en partie'],
      ['“Do you deliver to Belgium?”', '«\u202fDo you deliver to Belgium?\u202f»'],
      [ruleMessage(en, rule(report, 'support-links-to-social')), ruleMessage(fr, rule(report, 'support-links-to-social'))],
      [noteText(en, 'accounts-consistent', warned.evidence[0].note!), noteText(fr, 'accounts-consistent', warned.evidence[0].note!)],
    ];
    for (const [e, f] of cases) {
      expect(flat(english), e).toContain(flat(e));
      expect(flat(french), f).toContain(flat(f));
      expect(flat(english), `no French "${f}" in English`).not.toContain(flat(f));
      expect(flat(french), `no English "${e}" in French`).not.toContain(flat(e));
    }
    // Scraped text and proper names are the same in both.
    for (const same of ['Où en est ma commande n° 4521 ?', 'Bluesky acme.bsky.social', 'https://www.facebook.com/acme']) {
      expect(english).toContain(same);
      expect(french).toContain(same);
    }
  });

  it('lists the findings failing first, then warnings, each by points to gain, then errors: message, fix, benchmark, evidence', () => {
    const report = sampleReport();
    const findings = section(plain(), 'Findings');
    expect(findings).toContain(`✗ FAIL  ${ruleTitle(en, rule(report, 'support-links-to-social'))}`);
    expect(findings).toContain('support-links-to-social · Support area · up to 33.3 points to gain');
    expect(flat(findings)).toContain('None of the 7 support pages read links to an official social account.');
    expect(flat(findings)).toContain(`What to do: ${flat(en.t('rules.support-links-to-social.fix'))}`);
    expect(flat(findings)).toContain(
      'Benchmark — Qualiweb 2013: only 2% of 50 top brands linked their customer-service area to their social networks — yours does not.',
    );
    expect(findings).toContain('• https://www.acme.example/help/topic-2');
    // Evidence: the rule's note, then the snippet as seen on the page, quoted.
    expect(flat(findings)).toContain('no link to the brand’s accounts on Facebook and X — “Help topic 2: returns and refunds”');
    expect(findings).toContain(`× ERROR  ${ruleTitle(en, rule(report, 'realtime-channel'))}`);
    expect(findings).toContain('The rule failed to run: unexpected contact value');
    expect(findings).toContain(`! WARN  ${ruleTitle(en, rule(report, 'accounts-consistent'))}`);
    expect(findings.indexOf('✗ FAIL')).toBeLessThan(findings.indexOf('! WARN'));
    expect(findings.indexOf('! WARN')).toBeLessThan(findings.indexOf('× ERROR'));
    // Within one status, the rule with more points to gain comes first.
    expect(findings.indexOf('support-links-to-social')).toBeLessThan(findings.indexOf('legal-notice-privacy'));
    expect(findings).toContain('legal-notice-privacy · Trust and legal · up to 7.4 points to gain');
    // No points line and no fix for a rule that could not run.
    expect(findings).toMatch(/realtime-channel · Contact channels\n/);
    expect(findings.slice(findings.indexOf('× ERROR'))).not.toContain('What to do');
    expect(findings).not.toContain(ruleTitle(en, rule(report, 'site-https')));
    expect(findings).not.toContain(ruleTitle(en, rule(report, 'self-service')));
  });

  it('orders findings by the report’s gain, not its own idea of it', () => {
    const report = sampleReport();
    rule(report, 'legal-notice-privacy').gain = 50;
    const findings = section(plain('en', false, report), 'Findings');
    expect(findings.indexOf('legal-notice-privacy')).toBeLessThan(findings.indexOf('support-links-to-social'));
    expect(findings).toContain('up to 50 points to gain');
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

  it('never cuts a URL: a long one stands whole on its own line, wider than the text if it must be', () => {
    const url = rule(sampleReport(), 'legal-notice-privacy').evidence[0].url;
    for (const width of [100, 60, 40]) {
      const findings = section(renderTerminal(sampleReport(), { lang: 'en', color: false, width }), 'Findings');
      expect(findings.split('\n')).toContain(`    • ${url}`);
    }
  });

  it('lists the accounts found, official first, with the collector’s reason in words', () => {
    const report = sampleReport();
    const accounts = section(plain(), 'Social accounts found');
    const reason = (platform: string): string => collectorNote(en, report.accounts.find((a) => a.platform === platform)!.reason);
    expect(flat(accounts)).toContain(`Facebook acme — ${flat(reason('facebook'))}`);
    expect(accounts).toContain('official · https://www.facebook.com/acme');
    expect(flat(accounts)).toContain('X acme_fr —');
    expect(accounts).toMatch(/mentioned · https:\/\/(x|twitter)\.com\/acme_fr/);
    expect(accounts.indexOf('Facebook')).toBeLessThan(accounts.indexOf('acme_fr'));
  });

  it('shows the social audit per account: figures, notes, unanswered questions, accounts not read', () => {
    const report = sampleSocialReport();
    const social = section(plain('en', false, report), 'Customer care on social networks');
    expect(social).toContain('Bluesky acme.bsky.social · read');
    expect(social).toContain('214 posts read · 40 questions · 14 unanswered (35%) · median response 3 hr 5 min');
    expect(flat(social)).toContain('“Où en est ma commande n° 4521 ? Passée il y a trois semaines.” — jeanne.bsky.social, Mar 8, 2025, 18:20 UTC');
    expect(social).toContain('Mastodon acme@social.example · partly read');
    expect(social).toContain(collectorNote(en, report.social!.accounts[1].notes[0]));
    expect(social).toContain('3 posts read · no fan question old enough to judge');
    expect(social).toContain('YouTube acme · needs an access token');
    // Why it could not be read is said once, under "Could not be checked".
    expect(social).not.toContain(collectorNote(en, report.social!.accounts[3].notes[0]));
    // One post: the plural is the catalogue's, not "1 posts".
    report.social!.accounts[2].postsRead = 1;
    expect(plain('en', false, report)).toContain('1 post read · no fan question');
  });

  it('says what could not be checked: na rules, failed pages, crawl problems, sources, truncation', () => {
    const report = sampleReport();
    const gaps = section(plain(), 'Could not be checked');
    expect(gaps).toContain(`– N/A  ${ruleTitle(en, rule(report, 'self-service'))}`);
    expect(flat(gaps)).toContain(flat(ruleMessage(en, rule(report, 'self-service'))));
    expect(gaps).toContain('• https://www.acme.example/faq');
    expect(gaps).toContain(`${collectorNote(en, report.site.failedPages[0].error)} · depth 1`);
    expect(gaps).toContain(`${collectorNote(en, report.site.failedPages[1].error)} · depth 2`);
    expect(gaps).toContain(`• ${collectorNote(en, report.site.errors[0])}`);
    expect(gaps).toContain(`Bluesky: ${collectorNote(en, report.sources[1].notes![0])}`);
    expect(gaps).not.toContain('site:');
    expect(gaps).toContain('The crawl stopped at the page limit (25 pages): some pages were not visited.');
  });

  it('lists rules not applicable for the same reason together, with the reason once', () => {
    const report = sampleReport();
    Object.assign(rule(report, 'site-https'), { status: 'na', score: null, messageId: 'runner.missing-input', data: { input: 'site' } });
    Object.assign(rule(report, 'self-service'), { messageId: 'runner.missing-input', data: { input: 'site' } });
    const gaps = flat(section(plain('en', false, report), 'Could not be checked'));
    const titles = [ruleTitle(en, rule(report, 'self-service')), ruleTitle(en, rule(report, 'site-https'))];
    expect(gaps).toContain(`2 rules: ${titles[0]} and ${titles[1]}`);
    expect(gaps.split(ruleMessage(en, rule(report, 'site-https'))).length).toBe(2);
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
    const out = plain('en', false, report);
    expect(out).toMatch(/Overall score\s+not scored: no rule could be evaluated/);
    expect(out).toContain('No problem found.');
    expect(out).toContain('No social account was found on the site.');
    expect(section(out, 'Could not be checked')).toContain('Everything could be checked.');
    expect(out).toMatch(/Pages crawled\s+25\n/);
  });

  it('gives a category with nothing to judge one line, with how many of its rules did not apply', () => {
    const report = sampleReport();
    report.rules.push({ ...rule(report, 'self-service'), id: 'unanswered-questions', category: 'reactivity', messageId: 'runner.no-social', data: {} });
    report.categories.push({ id: 'reactivity', score: null, band: null, weight: 2, rules: ['unanswered-questions'], counts: { pass: 0, warn: 0, fail: 0, na: 1, error: 0 } });
    expect(plain('en', false, report)).toContain('  Reactivity        ············  not scored  weight 2  1 N/A\n');
    expect(flat(plain('fr', false, report))).toContain('Réactivité ············ non noté poids 2 1 N/A');
  });

  it('puts rules no category lists on an "Other rules" line', () => {
    const report = sampleReport();
    report.categories[0] = { ...report.categories[0], rules: ['accounts-consistent'] };
    const out = plain('en', true, report);
    expect(section(out, 'Scores by category')).toContain('  Other rules');
    expect(out.indexOf('Other rules')).toBeLessThan(out.indexOf(ruleTitle(en, rule(report, 'official-accounts'))));
  });
});

describe('renderTerminal — layout and colour', () => {
  it('contains no escape code or control character at all without colour', () => {
    for (const lang of ['en', 'fr'] as const) {
      const out = plain(lang, true, sampleSocialReport());
      expect(out).not.toMatch(/\u001b/);
      expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    }
  });

  it('colours status words and the score band with colour on, and only adds colour', () => {
    const report = sampleReport();
    const coloured = renderTerminal(report, { lang: 'en', color: true, verbose: true });
    expect(coloured).toContain('\u001b[31m✗ FAIL');
    expect(coloured).toContain('\u001b[32m✓ PASS');
    expect(coloured).toContain('\u001b[33m! WARN');
    expect(coloured).toMatch(/\u001b\[33mOverall score 55\.1\/100 · Grade D · average/);
    expect(stripSgr(coloured)).toBe(renderTerminal(report, { lang: 'en', color: false, verbose: true }));
  });

  it('paints the overall score by band: green for good, red for poor', () => {
    const good = { ...sampleReport(), score: 93, grade: 'A' as const, band: 'good' as const };
    const poor = { ...sampleReport(), score: 20, grade: 'F' as const, band: 'poor' as const };
    expect(renderTerminal(good, { lang: 'en', color: true })).toMatch(/\u001b\[32mOverall score 93\/100 · Grade A · good/);
    expect(renderTerminal(poor, { lang: 'en', color: true })).toMatch(/\u001b\[31mOverall score 20\/100 · Grade F · poor/);
  });

  it('fits 100 columns by default, 40 to 120 when asked; only a URL on its own line may be wider', () => {
    for (const [width, max] of [[undefined, 100], [200, 120], [120, 120], [72, 72], [10, 40]] as const) {
      const out = renderTerminal(sampleSocialReport(), { lang: 'fr', color: false, width, verbose: true });
      const widest = Math.max(...out.split('\n').map(widthBeforeUrl));
      expect(widest, `width ${width}`).toBeLessThanOrEqual(max);
      expect(widest, `width ${width}`).toBeGreaterThan(max - 5);
    }
  });

  it('measures emoji, skin tones, flags and CJK in display columns: widths hold and tables stay aligned', () => {
    const report = sampleSocialReport();
    report.target.brandName = 'Acme 🍕👍🏽';
    report.ruleSet.title = '顧客対応の監査 🇫🇷🇩🇪 ' + '好'.repeat(60);
    report.accounts[0] = { ...report.accounts[0], handle: 'acme_👩‍👩‍👧‍👦_家族_' + 'ｗ'.repeat(30) };
    rule(report, 'support-links-to-social').evidence[1].snippet = '👍🏽'.repeat(70) + ' 日本語のサポート ❤️ ' + '😀'.repeat(40);
    report.social!.accounts[0].unansweredQuestions[2].text = '配達は？🚚🇧🇪 ' + '한국어'.repeat(30);
    for (const width of [100, 72, 60]) {
      for (const lang of ['en', 'fr'] as const) {
        const out = renderTerminal(report, { lang, color: false, width, verbose: true });
        const lines = out.split('\n');
        const widest = Math.max(...lines.map(widthBeforeUrl));
        expect(widest, `${lang} width ${width}`).toBeLessThanOrEqual(width);
        // Every line of a table (from ┌ to └) has the same width: the right border is straight.
        let table: number[] | null = null;
        for (const line of lines) {
          if (line.startsWith('┌')) table = [];
          if (table) table.push(displayWidth(line));
          if (line.startsWith('└') && table) {
            expect(new Set(table).size, `${lang} width ${width}: a ragged table`).toBe(1);
            table = null;
          }
        }
        // Nothing was cut inside an emoji sequence: every skin-toned thumb keeps its tone.
        expect(out.match(/👍(?!🏽)/gu) ?? []).toEqual([]);
        expect(out).toContain('👩‍👩‍👧‍👦');
      }
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

  it('cleans every string that came from the snapshot or the data, with colour on too', () => {
    const report = sampleSocialReport();
    const evil = (s: string): string => `${s}${HOSTILE_TITLE}\u009b2J\u202e\r\u0008`;
    report.target = { url: evil('https://acme.example/'), domain: 'acme.example', brandName: evil('Acme') };
    report.ruleSet = { ...report.ruleSet, title: evil('Rules') };
    report.categories = report.categories.map((c) => ({ ...c, id: evil(c.id) }));
    report.rules = report.rules.map((r) => ({
      ...r,
      category: evil(r.category),
      data: { ...r.data, error: evil('boom') },
      evidence: r.evidence.map((e) => ({ url: evil(e.url), snippet: evil(e.snippet ?? '') })),
    }));
    report.categories = report.categories.map((c) => ({ ...c, rules: c.rules }));
    report.accounts = report.accounts.map((a) => ({ ...a, handle: evil(a.handle), url: evil(a.url), reason: { code: evil('x'), data: { placement: evil('p') } } }));
    report.site.failedPages = report.site.failedPages.map((p) => ({ ...p, url: evil(p.url), error: { code: evil(p.error.code) } }));
    report.site.errors = [{ code: evil('max-pages') }];
    report.sources = [{ source: evil('bluesky'), ok: false, notes: [{ code: evil('down') }] }];
    report.social!.accounts[0].unansweredQuestions[0] = { ...report.social!.accounts[0].unansweredQuestions[0], text: evil('Où ?'), author: evil('jeanne'), url: evil('https://bsky.app/x') };

    for (const color of [false, true]) {
      for (const lang of ['en', 'fr'] as const) {
        const out = stripSgr(renderTerminal(report, { lang, color, verbose: true }));
        expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
        expect(out).not.toContain('pwned');
        expect(out).toContain('Acme<script>');
        expect(out).toContain('boom<script>');
        expect(out).not.toContain('2J');
      }
    }
  });
});
