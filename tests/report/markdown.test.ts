// Tests for the Markdown report and its byte-capped summary: one language-neutral report rendered in en and fr
// (chrome, rule texts, numbers, dates, plurals, no text of the other language), view facts read from the report,
// social part, escaping, limits. (The golden sample.*.md files are diffed in html.test.ts, with the HTML ones, so
// one command rewrites them all.)
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownLink, renderMarkdown, renderMarkdownSummary } from '../../src/report/markdown.js';
import type { AuditReport } from '../../src/report/types.js';
import type { RuleResult } from '../../src/rules/types.js';
import { translator } from '../../src/locale/translator.js';
import { loadCatalogue } from '../../src/locale/catalogue.js';
import type { Lang } from '../../src/locale/langs.js';
import { categoryTitle, collectorNote, noteText, ruleMessage, ruleTitle } from '../../src/report/text.js';
import { noteKey } from '../../src/snapshot/types.js';
import { sampleReport, sampleSocialReport } from './sample-report.js';

const en = translator('en');
const fr = translator('fr');

/** A note's words as the report shows them: the catalogue's text, or the code when no catalogue has it yet. */
const noteWords = (tr: typeof en, note: { code: string; data?: Record<string, unknown> }): string =>
  tr.has(noteKey(note.code)) ? collectorNote(tr, note) : note.code;

/** Text as escapeMarkdown writes it (what to look for in the output). */
const md = (s: string): string => escapeMarkdown(s);

/** The sample's rule with this id. */
const rule = (report: AuditReport, id: string): RuleResult => report.rules.find((r) => r.id === id)!;

/** The text of a `## title` section, up to the next `## ` heading. */
function section(text: string, title: string): string {
  const from = text.indexOf(`\n## ${title}`);
  expect(from, `section ${title}`).toBeGreaterThanOrEqual(0);
  const next = text.indexOf('\n## ', from + 1);
  return next === -1 ? text.slice(from) : text.slice(from, next);
}

/** Cells of a GFM table row, split on unescaped pipes. */
const cells = (row: string): string[] =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

/** Every table in `text` has the same number of cells in each row as in its header. */
function tablesAreRectangular(text: string): boolean {
  let width = -1;
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) {
      width = -1;
      continue;
    }
    const n = cells(line).length;
    if (width === -1) width = n;
    else if (n !== width) return false;
  }
  return true;
}

/** Runs of `other`'s catalogue long enough to be a sentence, that `lang`'s catalogue never uses. */
function foreignSentences(lang: Lang, other: Lang): string[] {
  const own = [...loadCatalogue(lang).values()].join('\n');
  const out = new Set<string>();
  for (const text of loadCatalogue(other).values()) {
    let flat = text;
    for (let i = 0; i < 6 && /[{}]/.test(flat); i++) flat = flat.replace(/\{[^{}]*\}/g, '\u0000');
    for (const s of flat.split('\u0000').map((x) => x.replace(/[\u00a0\u202f]/g, ' ').trim())) {
      if (s.length >= 20 && s.split(/\s+/).length >= 4 && !own.includes(s)) out.add(s);
    }
  }
  return [...out];
}

/** What a reader sees, roughly: escapes undone, no-break spaces normalised, whitespace collapsed. */
const readable = (text: string): string =>
  text
    .replace(/\\([\\`*_~[\]|#+\-=.])/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');

const RAW_KEY = /\b(?:rules|collect|terms|report|document|categories)\.[a-z0-9_-]+\.[a-z0-9_.-]+/i;

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

describe('renderMarkdown — content', () => {
  it('has the header, the score with grade and band, the rule counts and the category table', () => {
    const report = sampleReport();
    const text = renderMarkdown(report, { lang: 'en' });
    expect(text.startsWith('# Acme — Customer-care audit\n')).toBe(true);
    expect(text).toContain('- **Site**: [https://www.acme.example/](https://www.acme.example/)');
    expect(text).toContain('- **Collected**: Mar 12, 2025, 10:04 UTC');
    expect(text).toContain('- **Rule set**: Customer-care audit (default)');
    expect(text).toContain('- **Pages crawled**: 25 (2 could not be read)');
    expect(text).toContain('- **Tool**: brand-audit 0.1.0');
    expect(text).toContain(`**Overall score: 55.1/100** · Grade ${report.grade} · average`);
    expect(text).toContain('Rules: 3 PASS · 1 WARN · 2 FAIL · 1 N/A · 1 ERROR');
    expect(text).toContain('| Social presence | 87.5/100 | 3 | ████████▊░ |');
    expect(text).toContain('| Support area | 0/100 | 3 | ░░░░░░░░░░ |');
    expect(tablesAreRectangular(text)).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
    // English is the default.
    expect(renderMarkdown(report)).toBe(text);
  });

  it('reads band and counts from the report', () => {
    const report = sampleReport();
    report.band = 'good';
    report.counts = { pass: 9, warn: 8, fail: 7, na: 6, error: 5 };
    const text = renderMarkdown(report);
    expect(text).toContain(`**Overall score: 55.1/100** · Grade ${report.grade} · good`);
    expect(text).toContain('Rules: 9 PASS · 8 WARN · 7 FAIL · 6 N/A · 5 ERROR');
  });

  it('opens with contents and the executive summary, then the action plan by points to gain', () => {
    const report = sampleReport();
    rule(report, 'accounts-consistent').gain = 50; // a warning worth more than a failure comes first
    const text = renderMarkdown(report, { lang: 'en' });
    expect(section(text, 'Contents')).toContain('1. [Executive summary](#executive-summary)');
    expect(section(text, 'Contents')).toContain('7. [Methodology and coverage](#methodology-and-coverage)');
    const summary = section(text, 'Executive summary');
    expect(summary).toContain(`**Acme scores 55.1 out of 100: grade ${report.grade} (average).**`);
    expect(summary).toContain('Of the 6 criteria that could be judged, 3 are met, 1 partly met and 2 not met.');
    const accounts = md(ruleTitle(en, rule(report, 'accounts-consistent')));
    expect(summary).toContain(`1. [**${accounts}**](#warn--${accounts.toLowerCase().replace(/[^a-z ]/g, '').replace(/ /g, '-')}) (+50 points)`);
    const plan = section(text, 'Action plan');
    const failing = rule(report, 'support-links-to-social');
    expect(plan.indexOf(`### 1. ${accounts}`)).toBeGreaterThan(0);
    expect(plan).toContain(`### 2. ${md(ruleTitle(en, failing))} (+33.3 points)`);
    expect(plan).toContain(`**What to do**: ${md(en.t('rules.support-links-to-social.fix'))}`);
    expect(plan).toContain(`**Finding**: ${md(ruleMessage(en, failing))}`);
    expect(plan).toContain('> **Benchmark** — Qualiweb 2013: only 2% of 50 top brands');
    expect(plan).toContain('[The finding and all its evidence](#fail--support-area-does-not-offer-help-on-social-networks)');
    // The anchor is GitHub's for the card's heading.
    expect(text).toContain(`\n#### **FAIL** · ${md(ruleTitle(en, failing))}\n`);
  });

  it('has the findings by category, each with status word, message, what to do, benchmark and evidence links', () => {
    const report = sampleReport();
    const text = renderMarkdown(report, { lang: 'en' });
    const findings = section(text, 'Findings by category');
    for (const id of ['presence', 'support', 'contact', 'trust']) expect(findings).toContain(`\n### ${categoryTitle(en, id)} · `);
    const failing = rule(report, 'support-links-to-social');
    expect(findings).toContain(`#### **FAIL** · ${md(ruleTitle(en, failing))}`);
    expect(findings).toContain('score 0/100 · weight 3 · support-links-to-social');
    expect(findings).toContain(`\n${md(ruleMessage(en, failing))}\n`);
    expect(findings).toContain(`**What to do**: ${md(en.t('rules.support-links-to-social.fix'))}`);
    expect(findings).toContain('> Source: Qualiweb barometer 2013');
    // The link, the rule's note in words, then what was seen there.
    const note = md(noteText(en, failing.id, failing.evidence[1].note!));
    expect(findings).toContain(
      `- [https://www.acme.example/help/topic-2](https://www.acme.example/help/topic-2) — ${note} — “Help topic 2: returns and refunds”`,
    );
    expect(findings).not.toContain('**PASS**');
    // Passing and not-applicable rules: one table.
    const met = section(text, 'Criteria met and not applicable');
    expect(met).toContain('| Category | Status | Criterion | Result |');
    expect(met).toContain(`| Support area | **N/A** | ${md(ruleTitle(en, rule(report, 'self-service')))} | ${md(ruleMessage(en, rule(report, 'self-service')))} |`);
    expect(met).toContain(`| Social presence | **PASS** | ${md(ruleTitle(en, rule(report, 'official-accounts')))} |`);
    expect(tablesAreRectangular(text)).toBe(true);
  });

  it('orders the findings of a category by the report severity, then by the points they could still gain', () => {
    const report = sampleReport();
    const [a, b] = report.rules.filter((r) => r.category === 'trust');
    b.status = 'warn';
    const order = (): number => {
      const trust = section(renderMarkdown(report), 'Findings by category');
      return Math.sign(trust.indexOf(`· ${a.id}`) - trust.indexOf(`· ${b.id}`));
    };
    a.severity = 4;
    b.severity = 0;
    expect(order()).toBe(1); // b first: the report ranks it first
    a.severity = b.severity = 0;
    a.gain = 9;
    b.gain = 1;
    expect(order()).toBe(-1); // a first: more points to gain
  });

  it('lists the accounts with status, reason and where they were seen', () => {
    const report = sampleReport();
    const text = section(renderMarkdown(report, { lang: 'en' }), 'Social accounts found');
    const reason = md(noteWords(en, report.accounts.find((a) => a.platform === 'facebook')!.reason));
    expect(text).toContain('| Platform | Account | Status | Why | Seen on |');
    expect(text).toContain(
      `| Facebook | [acme](https://www.facebook.com/acme) | official | ${reason} | [https://www.acme.example/](https://www.acme.example/) (footer) |`,
    );
    expect(text).toContain('| YouTube | [evil](https://www.youtube.com/@evil) | mentioned |');
    expect(renderMarkdown(report, { lang: 'fr' })).toContain('(pied de page)');
  });

  it('says in its methodology what was read, the sources, what could not be seen and how the score is made', () => {
    const report = sampleReport();
    const text = section(renderMarkdown(report, { lang: 'en' }), 'Methodology and coverage');
    expect(text).toContain('- **Website**: 25 pages read (at most 25), 2 could not be read');
    expect(text).toContain('| Source | Status | Details |');
    expect(text).toContain(`| Bluesky | not read | ${md(noteWords(en, report.sources[1].notes![0]))} |`);
    expect(text).toContain('| Social presence | 3 |');
    expect(text).toContain(en.t('document.methodology.formula'));
    expect(text).toContain('- **FAIL** — the criterion is not met');
    const na = rule(report, 'self-service');
    expect(text).toContain(`- **N/A** ${md(ruleTitle(en, na))} — ${md(ruleMessage(en, na))}`);
    expect(text).toContain(`- **ERROR** ${md(ruleTitle(en, rule(report, 'realtime-channel')))} — The rule failed to run: unexpected contact value`);
    const page = report.site.failedPages[0];
    expect(text).toContain(`- [https://www.acme.example/faq](https://www.acme.example/faq) — ${md(noteWords(en, page.error))} — depth 1`);
    expect(text).toContain(`- ${md(noteWords(en, report.site.errors[0]))}`);
    expect(text).not.toContain('http-404'); // every HTTP status is worded (collect.http-status)
    expect(text).toContain('- The crawl stopped at the page limit (25 pages): some pages were not visited.');
  });

  it('lists rules that share one reason once', () => {
    const report = sampleReport();
    const na = rule(report, 'self-service');
    report.rules.push(
      { ...na, id: 'response-time', category: 'reactivity', messageId: 'runner.no-social', data: {} },
      { ...na, id: 'fan-recognition', category: 'recognition', messageId: 'runner.no-social', data: {} },
    );
    const text = section(renderMarkdown(report), 'Methodology and coverage');
    const titles = `${ruleTitle(en, { id: 'response-time', status: 'na' })} and ${ruleTitle(en, { id: 'fan-recognition', status: 'na' })}`;
    expect(text).toContain(`- **N/A** ${md(titles)} — ${md(en.t('rules._common.messages.runner.no-social'))}`);
  });

  it('is written in French when asked, with French numbers, dates and typography', () => {
    const report = sampleReport();
    const text = renderMarkdown(report, { lang: 'fr' });
    expect(text.startsWith('# Acme — Audit de la relation client\n')).toBe(true);
    expect(text).toContain(`**Score global\u202f: 55,1/100** · Note ${report.grade} · moyen`);
    expect(text).toContain('## Synthèse');
    expect(text).toContain(`**Acme obtient 55,1 sur 100\u202f: note ${report.grade} (moyen).**`);
    expect(text).toContain('## Plan d’action');
    expect(text).toContain('1. [Synthèse](#synthèse)');
    for (const c of report.categories) expect(text).toContain(`\n### ${categoryTitle(fr, c.id)} · `);
    expect(text).toContain('| Présence sociale | 87,5/100 | 3 |');
    expect(text).toContain('#### **ÉCHEC** · ');
    expect(text).toContain('#### **À AMÉLIORER** · ');
    expect(text).toContain('- **Collecte**\u202f: 12 mars 2025');
    expect(text).toContain('- **Pages explorées**\u202f: 25 (2 illisibles)');
    expect(text).toContain(`\n${md(ruleMessage(fr, rule(report, 'support-links-to-social')))}\n`);
    expect(text).toContain('**Que faire**\u202f: ');
    expect(text).toContain('— «\u202fHelp topic 2: returns and refunds\u202f»');
    expect(text).toContain('\n## Méthode et périmètre');
    expect(text).toContain('— profondeur 1');
    expect(text).not.toMatch(/Overall score|Could not be checked|weight \d|What to do|Executive summary/);
  });

  for (const [lang, other] of [
    ['en', 'fr'],
    ['fr', 'en'],
  ] as const) {
    it(`in ${lang}, holds no sentence of the ${other} catalogue and no raw catalogue key`, () => {
      for (const text of [renderMarkdown(sampleSocialReport(), { lang }), renderMarkdownSummary(sampleSocialReport(), 1 << 20, { lang })]) {
        const seen = readable(text);
        const foreign = foreignSentences(lang, other);
        expect(foreign.length).toBeGreaterThan(50);
        expect(foreign.filter((s) => seen.includes(s))).toEqual([]);
        expect(seen).not.toMatch(RAW_KEY);
      }
    });
  }
});

describe('renderMarkdown — social audit', () => {
  it('has no social section without report.social', () => {
    const text = renderMarkdown(sampleReport());
    expect(text).not.toContain('Customer care on social networks');
    expect(text).not.toContain('Response times');
  });

  it('shows per account the figures, response times, cadence and unanswered questions', () => {
    const report = sampleSocialReport();
    const text = section(renderMarkdown(report, { lang: 'en' }), 'Customer care on social networks');
    expect(text).toContain('Questions asked less than 24 hours before the collection are not judged yet.');
    expect(text).toContain('### Bluesky · @acme.bsky.social — read');
    expect(text).toContain('From Dec 10, 2024 to Mar 12, 2025 (92 days) · Source: Bluesky · [https://bsky.app/profile/acme.bsky.social]');
    expect(text).toContain('| Posts read | Brand posts | Fans’ posts | Questions | Unanswered | Median response time |');
    expect(text).toContain('| 214 | 61 | 153 | 40 | 14 (35%) | 3 hr 5 min |');
    expect(text).toContain('| under 1 h | 6 | ██████▋░░░ |');
    expect(text).toContain('| 1–4 h | 9 | ██████████ |');
    expect(text).toContain('`▅▇▃▁▆█▇▄▆█▅▇▆` Brand posts per week from Dec 9, 2024 to Mar 3, 2025: 61 in all');
    expect(text).toContain(
      '- “Où en est ma commande n° 4521 ? Passée il y a trois semaines.” · jeanne.bsky.social · Mar 8, 2025, 18:20 UTC · [view the post](https://bsky.app/profile/jeanne.bsky.social/post/3kx1)',
    );
    expect(text).toContain('3 shown of 14.');
    expect(text).toContain('### Discourse · community.acme.example — read');
    expect(text).toContain('No question was answered in the window.');
    const youtube = text.slice(text.indexOf('### YouTube · @acme — needs an access token'));
    expect(youtube).toContain(md(noteWords(en, report.social!.accounts[3].notes[0])));
    expect(youtube).not.toContain('|'); // nothing read: no blank figures table
    const sources = section(renderMarkdown(report), 'Methodology and coverage');
    expect(sources).toContain(`| Mastodon acme@social.example | read | ${md(noteWords(en, report.social!.accounts[1].notes[0]))} |`);
  });

  it('writes the social figures in French, with plurals', () => {
    const report = sampleSocialReport();
    const text = renderMarkdown(report, { lang: 'fr' });
    expect(text).toContain('## Relation client sur les réseaux sociaux');
    expect(text).toContain(`| 214 | 61 | 153 | 40 | 14 (${fr.percent(14 / 40)}) | ${fr.duration(185)} |`);
    expect(text).toContain('Du 10 déc. 2024 au 12 mars 2025 (92 jours)');
    expect(text).toContain('### Mastodon · acme@social.example — lu en partie');
    expect(text).toContain('Les questions posées moins de 24 heures avant la collecte ne sont pas encore évaluées.');
    report.social!.graceHours = 1;
    report.social!.accounts[0].window.days = 1;
    const one = renderMarkdown(report, { lang: 'en' });
    expect(one).toContain('less than 1 hour before');
    expect(one).toContain('(1 day)');
  });
});

describe('escaping', () => {
  it('escapeMarkdown neutralises inline syntax, raw HTML and block starts', () => {
    expect(escapeMarkdown('a|b `c` *d* _e_ [f](g) ~h~ \\')).toBe('a\\|b \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) \\~h\\~ \\\\');
    expect(escapeMarkdown('<b>x</b> & &amp;')).toBe('&lt;b&gt;x&lt;/b&gt; &amp; &amp;amp;');
    expect(escapeMarkdown('# title')).toBe('\\# title');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('+ item')).toBe('\\+ item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('> quote')).toBe('&gt; quote');
    expect(escapeMarkdown('version 0.1.0')).toBe('version 0.1.0');
    expect(escapeMarkdown('line one\n# line two')).toBe('line one # line two');
    expect(escapeMarkdown('\u001b[31mred\u001b[0m')).toBe('red');
    // French typesetting survives: no-break spaces are not control characters.
    expect(escapeMarkdown('score\u202f: 35\u00a0%')).toBe('score\u202f: 35\u00a0%');
  });

  it('markdownLink links only http(s) URLs and keeps the destination intact', () => {
    expect(markdownLink('https://a.example/x')).toBe('[https://a.example/x](https://a.example/x)');
    expect(markdownLink('https://a.example/p_(1)|x', 'label [1]')).toBe('[label \\[1\\]](https://a.example/p_%281%29%7Cx)');
    expect(markdownLink('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(markdownLink('data:text/html,<b>', 'x')).toBe('x');
  });
});

/** The sample report with hostile strings everywhere a page, a profile, a saved file or an unknown rule can put them. */
function hostileReport(): AuditReport {
  const report = sampleSocialReport();
  report.target.brandName = 'Bad &amp; Co\u001b[31m';
  const failing = rule(report, 'support-links-to-social');
  failing.id = '<script>alert(1)</script>'; // a rule no catalogue knows shows its id
  report.categories.find((c) => c.id === 'support')!.rules[0] = failing.id;
  failing.evidence = [
    { url: 'javascript:alert(1)', snippet: '"><img src=x onerror=alert(1)>' },
    { url: 'https://ok.example/a)b', snippet: '[click](javascript:alert(2))' },
  ];
  rule(report, 'realtime-channel').data = { error: '# Heading | with pipe\n- and a list' };
  report.categories[0].id = 'Presence | injected | cells'; // a custom category keeps its id as title
  for (const r of report.rules) if (r.category === 'presence') r.category = report.categories[0].id;
  report.accounts[0].handle = '](javascript:alert(3))';
  report.accounts[0].reason = { code: '`code` <img src=x>' };
  return report;
}

describe('renderMarkdown — hostile data', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`renders every scraped string as inert text (${lang})`, () => {
      const text = renderMarkdown(hostileReport(), { lang });
      expect(text).not.toMatch(/<script|<img|<b |<\/?[a-z]+[\s>]/i);
      expect(text).not.toMatch(/(?<!\\)\]\(javascript:/i); // an escaped \] is text
      expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      expect(text.startsWith('# Bad &amp;amp; Co — ')).toBe(true);
      expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(text).toContain('javascript:alert(1) — ');
      expect(text).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(text).toContain('\\[click\\](javascript:alert(2))');
      expect(text).toContain('[https://ok.example/a)b](https://ok.example/a%29b)');
      expect(text).toContain(': # Heading \\| with pipe - and a list');
      expect(text).not.toMatch(/^(# Heading|- and a list)/m); // nothing opened a heading or a list
      expect(text).toContain('| Presence \\| injected \\| cells |');
      expect(text).toContain('\\`code\\` &lt;img src=x&gt;');
      expect(tablesAreRectangular(text)).toBe(true);
      const summary = renderMarkdownSummary(hostileReport(), 1 << 20, { lang });
      expect(summary).not.toMatch(/<script|<img|(?<!\\)\]\(javascript:/i);
      expect(tablesAreRectangular(summary)).toBe(true);
    });
  }
});

/** A report with 5000 evidence lines on one rule, 5000 failed pages and 500 accounts. */
function hugeReport(): AuditReport {
  const report = sampleSocialReport();
  rule(report, 'support-links-to-social').evidence = Array.from({ length: 5000 }, (_, i) => ({
    url: `https://www.acme.example/help/page-${i}`,
    snippet: `Snippet number ${i} with some text: ${'é'.repeat(50)}`,
  }));
  report.site.failedPages = Array.from({ length: 5000 }, (_, i) => ({
    url: `https://www.acme.example/broken/${i}`,
    depth: 2,
    error: { code: 'http-404', data: { status: 404 } },
  }));
  report.accounts = Array.from({ length: 500 }, (_, i) => ({
    platform: 'x' as const,
    handle: `acme_${i}`,
    url: `https://x.com/acme_${i}`,
    official: i === 0,
    reason: report.accounts[0].reason,
    evidence: [{ pageUrl: 'https://www.acme.example/', how: 'link' as const, placement: 'article' as const }],
  }));
  return report;
}

describe('renderMarkdownSummary', () => {
  it('shows the score, the categories, failing rules with their first evidence line, accounts and gaps', () => {
    const report = sampleSocialReport();
    const text = renderMarkdownSummary(report, 1 << 20, { lang: 'en' });
    expect(text.startsWith('## Acme — Customer-care audit\n')).toBe(true);
    expect(text).toContain(`**Overall score: 55.1/100** · Grade ${report.grade} · average`);
    expect(text).toContain('| Trust and legal | 33.3/100 | 1 |');
    const failing = rule(report, 'support-links-to-social');
    expect(text).toContain(`- **FAIL** ${md(ruleTitle(en, failing))} — ${md(ruleMessage(en, failing))}`);
    const note = md(noteText(en, failing.id, failing.evidence[0].note!));
    expect(text).toContain(`[https://www.acme.example/help/topic-1](https://www.acme.example/help/topic-1) ${note} “&lt;script&gt;”`);
    expect(text).not.toContain('topic-2'); // only the first evidence line
    const reason = md(noteWords(en, report.accounts.find((a) => a.platform === 'facebook')!.reason));
    expect(text).toContain(`- Facebook [acme](https://www.facebook.com/acme) — official — ${reason}`);
    expect(text).toContain('- Bluesky [acme.bsky.social](https://bsky.app/profile/acme.bsky.social) — read — Questions: 40 · Unanswered: 14 (35%) · Median response time: 3 hr 5 min');
    expect(text).toContain('#### Pages that could not be read');
    expect(text).toContain(`- Bluesky: ${md(noteWords(en, report.sources[1].notes![0]))}`);
    expect(text).not.toContain('- **PASS**');
    // English is the default.
    expect(renderMarkdownSummary(report, 1 << 20)).toBe(text);
  });

  it('is in French when asked', () => {
    const text = renderMarkdownSummary(sampleReport(), 1 << 20, { lang: 'fr' });
    expect(text).toContain('### Règles à améliorer');
    expect(text).toContain('- **ÉCHEC** ');
    expect(text).toContain('### N’a pas pu être vérifié');
  });

  it('stays within its byte limit on a report with 5000 evidence lines, shortening lists rather than cutting markup', () => {
    const report = hugeReport();
    const full = renderMarkdownSummary(report, Number.MAX_SAFE_INTEGER, { lang: 'fr' });
    expect(bytes(full)).toBeGreaterThan(256 * 1024); // so that the limits below really bind
    for (const limit of [1024 * 1024, 64 * 1024, 8 * 1024, 2 * 1024, 600, 100, 10, 0]) {
      const text = renderMarkdownSummary(report, limit, { lang: 'fr' });
      expect(bytes(text), `limit ${limit}`).toBeLessThanOrEqual(limit);
      if (text) {
        expect(text.endsWith('\n')).toBe(true);
        expect(tablesAreRectangular(text)).toBe(true);
        // Whole lines only: every link is complete.
        for (const line of text.split('\n')) expect((line.match(/\]\(/g) ?? []).length).toBe((line.match(/\]\([^)\s]*\)/g) ?? []).length);
      }
    }
    const small = renderMarkdownSummary(report, 8 * 1024, { lang: 'fr' });
    expect(small).toMatch(/- … et [\d\u202f\u00a0]+ de plus/);
    expect(small).toContain('**Score global\u202f: 55,1/100**');
  });

  it('returns the whole summary when it fits', () => {
    const report = sampleReport();
    const text = renderMarkdownSummary(report, 1 << 20);
    expect(renderMarkdownSummary(report, bytes(text))).toBe(text);
    expect(bytes(renderMarkdownSummary(report, bytes(text) - 1))).toBeLessThan(bytes(text));
  });
});
