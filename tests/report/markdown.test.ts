// Tests for the Markdown report and its byte-capped summary: content in en and fr, social part, escaping, limits.
// (The golden sample.*.md files are diffed in html.test.ts, with the HTML ones, so one command rewrites them all.)
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, markdownLink, renderMarkdown, renderMarkdownSummary } from '../../src/report/markdown.js';
import type { AuditReport } from '../../src/report/types.js';
import { sampleReport, sampleSocialReport } from './sample-report.js';

/** The text of a `## title` section, up to the next `## ` heading. */
function section(md: string, title: string): string {
  const from = md.indexOf(`\n## ${title}`);
  expect(from, `section ${title}`).toBeGreaterThanOrEqual(0);
  const next = md.indexOf('\n## ', from + 1);
  return next === -1 ? md.slice(from) : md.slice(from, next);
}

/** Cells of a GFM table row, split on unescaped pipes. */
const cells = (row: string): string[] =>
  row
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());

/** Every table in `md` has the same number of cells in each row as in its header. */
function tablesAreRectangular(md: string): boolean {
  const lines = md.split('\n');
  let width = -1;
  for (const line of lines) {
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

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

describe('renderMarkdown — content', () => {
  it('has the header, the score with grade and band, the rule counts and the category table', () => {
    const md = renderMarkdown(sampleReport('en'));
    expect(md.startsWith('# Acme — Customer-care audit\n')).toBe(true);
    expect(md).toContain('- **Site**: [https://www.acme.example/](https://www.acme.example/)');
    expect(md).toContain('- **Collected**: 12 March 2025, 10:04 UTC');
    expect(md).toContain('- **Rule set**: Customer-care audit (default)');
    expect(md).toContain('- **Tool**: brand-audit 0.1.0');
    expect(md).toContain('**Overall score: 55.1/100** · Grade C · average');
    expect(md).toContain('Rules: 3 PASS · 1 WARN · 2 FAIL · 1 N/A · 1 ERROR');
    expect(md).toContain('| Social presence | 87.5/100 | 3 | ████████▊░ |');
    expect(md).toContain('| Support area | 0/100 | 3 | ░░░░░░░░░░ |');
    expect(tablesAreRectangular(md)).toBe(true);
    expect(md.endsWith('\n')).toBe(true);
  });

  it('has a section per category with each rule, its status word, message and evidence links', () => {
    const report = sampleReport('en');
    const md = renderMarkdown(report);
    for (const c of report.categories) expect(md).toContain(`\n## ${c.title} · `);
    const support = section(md, 'Support area');
    expect(support).toContain('### **FAIL** · The support area does not point to social care');
    expect(support).toContain('score 0/100 · weight 3 · support-links-to-social');
    expect(support).toContain(
      '- [https://www.acme.example/help/topic-2](https://www.acme.example/help/topic-2) — “Help topic 2: returns and refunds”',
    );
    expect(support).toContain('### **N/A** · A help centre is reachable');
    // Failures before passes within a category.
    const presence = section(md, 'Social presence');
    expect(presence.indexOf('**WARN**')).toBeLessThan(presence.indexOf('**PASS**'));
  });

  it('lists the accounts with status, reason and where they were seen', () => {
    const md = section(renderMarkdown(sampleReport('en')), 'Social accounts found');
    expect(md).toContain('| Platform | Account | Status | Why | Seen on |');
    expect(md).toContain(
      '| Facebook | [acme](https://www.facebook.com/acme) | official | in the footer of every page | [https://www.acme.example/](https://www.acme.example/) (footer) |',
    );
    expect(md).toContain('| YouTube | [evil](https://www.youtube.com/@evil) | mentioned |');
  });

  it('says what could not be checked', () => {
    const md = section(renderMarkdown(sampleReport('en')), 'Could not be checked');
    expect(md).toContain('- **N/A** A help centre is reachable — No help page could be read');
    expect(md).toContain('- **ERROR** A real-time channel is offered — The rule failed: unexpected contact value.');
    expect(md).toContain('- [https://www.acme.example/faq](https://www.acme.example/faq) — http-404: Not Found — depth 1');
    expect(md).toContain('- max-pages: Stopped after 25 pages');
    expect(md).toContain('- The crawl stopped at the page limit after 25 pages');
    expect(md).toContain('- bluesky: profile not found');
  });

  it('lists rules that share one reason once', () => {
    const report = sampleReport('en');
    report.rules.push(
      { ...report.rules[3], id: 'a', title: 'Fast replies', message: 'No account read.' },
      { ...report.rules[3], id: 'b', title: 'Fans recognised', message: 'No account read.' },
    );
    const md = section(renderMarkdown(report), 'Could not be checked');
    expect(md).toContain('- **N/A** Fast replies, Fans recognised — No account read.');
  });

  it('is written in French for a French report, with French typography', () => {
    const report = sampleReport('fr');
    const md = renderMarkdown(report);
    expect(md.startsWith('# Acme — Audit de la relation client\n')).toBe(true);
    expect(md).toContain('**Score global\u202f: 55,1/100** · Note C · moyen');
    for (const c of report.categories) expect(md).toContain(`\n## ${c.title} · `);
    expect(md).toContain('### **ÉCHEC** · ');
    expect(md).toContain('### **À AMÉLIORER** · ');
    expect(md).toContain('- **Collecte**\u202f: 12 mars 2025 à 10:04 UTC');
    expect(md).toContain('— «\u202fHelp topic 2: returns and refunds\u202f»');
    expect(md).toContain("\n## N'a pas pu être vérifié");
    expect(md).toContain('http-404\u202f: Not Found — profondeur 1');
    expect(md).not.toMatch(/Overall score|Could not be checked|weight \d/);
  });
});

describe('renderMarkdown — social audit', () => {
  it('has no social section without report.social', () => {
    const md = renderMarkdown(sampleReport('en'));
    expect(md).not.toContain('Customer care on social networks');
    expect(md).not.toContain('Response times');
  });

  it('shows per account the figures, response times, cadence and unanswered questions', () => {
    const md = section(renderMarkdown(sampleSocialReport('en')), 'Customer care on social networks');
    expect(md).toContain('### Bluesky · acme.bsky.social — read');
    expect(md).toContain('| 214 | 61 | 153 | 40 | 14 (35%) | 3.1 h |');
    expect(md).toContain('| under 1 h | 6 | ██████▋░░░ |');
    expect(md).toContain('| 1–4 h | 9 | ██████████ |');
    expect(md).toContain('`▅▇▃▁▆█▇▄▆█▅▇▆` Brand posts per week from 9 December 2024 to 3 March 2025: 61 in all');
    expect(md).toContain(
      '- “Where is my order #4521? Ordered three weeks ago.” · jeanne.bsky.social · 8 March 2025, 18:20 UTC · [view the post](https://bsky.app/profile/jeanne.bsky.social/post/3kx1)',
    );
    expect(md).toContain('3 shown of 14.');
    expect(md).toContain('### Discourse · community.acme.example — read');
    expect(md).toContain('No question was answered in the window.');
    const youtube = md.slice(md.indexOf('### YouTube · acme — needs an access token'));
    expect(youtube).toContain('comments need a YouTube Data API key');
    expect(youtube).not.toContain('|'); // nothing read: no blank figures table
    const unchecked = section(renderMarkdown(sampleSocialReport('en')), 'Could not be checked');
    expect(unchecked).toContain('- Mastodon acme@social.example — partly read — stopped at --max-posts 200');
  });

  it('writes the social figures in French', () => {
    const md = renderMarkdown(sampleSocialReport('fr'));
    expect(md).toContain('## Relation client sur les réseaux sociaux');
    expect(md).toContain('| 214 | 61 | 153 | 40 | 14 (35\u202f%) | 3,1 h |');
    expect(md).toContain('### Mastodon · acme@social.example — lu en partie');
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
  });

  it('markdownLink links only http(s) URLs and keeps the destination intact', () => {
    expect(markdownLink('https://a.example/x')).toBe('[https://a.example/x](https://a.example/x)');
    expect(markdownLink('https://a.example/p_(1)|x', 'label [1]')).toBe('[label \\[1\\]](https://a.example/p_%281%29%7Cx)');
    expect(markdownLink('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(markdownLink('data:text/html,<b>', 'x')).toBe('x');
  });
});

/** The sample report with hostile strings everywhere a page or a profile can put them. */
function hostileReport(lang: 'en' | 'fr'): AuditReport {
  const report = sampleSocialReport(lang);
  report.target.brandName = 'Bad &amp; Co\u001b[31m';
  report.rules[2].title = '<script>alert(1)</script>';
  report.rules[2].message = '# Heading | with pipe\n- and a list';
  report.rules[2].evidence = [
    { url: 'javascript:alert(1)', snippet: '"><img src=x onerror=alert(1)>' },
    { url: 'https://ok.example/a)b', snippet: '[click](javascript:alert(2))' },
  ];
  report.categories[0].title = 'Presence | injected | cells';
  report.accounts[0].handle = '](javascript:alert(3))';
  report.accounts[0].reason = '`code` <img src=x>';
  return report;
}

describe('renderMarkdown — hostile data', () => {
  for (const lang of ['en', 'fr'] as const) {
    it(`renders every scraped string as inert text (${lang})`, () => {
      const md = renderMarkdown(hostileReport(lang));
      expect(md).not.toMatch(/<script|<img|<b |<\/?[a-z]+[\s>]/i);
      expect(md).not.toMatch(/(?<!\\)\]\(javascript:/i); // an escaped \] is text
      expect(md).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      expect(md.startsWith('# Bad &amp;amp; Co — ')).toBe(true);
      expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(md).toContain('javascript:alert(1) — ');
      expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(md).toContain('\\[click\\](javascript:alert(2))');
      expect(md).toContain('[https://ok.example/a)b](https://ok.example/a%29b)');
      expect(md).toContain('\\# Heading \\| with pipe - and a list');
      expect(md).toContain('| Presence \\| injected \\| cells |');
      expect(tablesAreRectangular(md)).toBe(true);
      const summary = renderMarkdownSummary(hostileReport(lang), 1 << 20);
      expect(summary).not.toMatch(/<script|<img|(?<!\\)\]\(javascript:/i);
      expect(tablesAreRectangular(summary)).toBe(true);
    });
  }
});

/** A report with 5000 evidence lines on one rule, 5000 failed pages and 500 accounts. */
function hugeReport(lang: 'en' | 'fr'): AuditReport {
  const report = sampleSocialReport(lang);
  report.rules[2].evidence = Array.from({ length: 5000 }, (_, i) => ({
    url: `https://www.acme.example/help/page-${i}`,
    snippet: `Snippet number ${i} with some text: ${'é'.repeat(50)}`,
  }));
  report.site.failedPages = Array.from({ length: 5000 }, (_, i) => ({
    url: `https://www.acme.example/broken/${i}`,
    depth: 2,
    error: { code: 'http-404', message: 'Not Found' },
  }));
  report.accounts = Array.from({ length: 500 }, (_, i) => ({
    platform: 'x' as const,
    handle: `acme_${i}`,
    url: `https://x.com/acme_${i}`,
    official: i === 0,
    reason: 'mentioned in an article',
    evidence: [{ pageUrl: 'https://www.acme.example/', how: 'link' as const, placement: 'article' as const }],
  }));
  return report;
}

describe('renderMarkdownSummary', () => {
  it('shows the score, the categories, failing rules with their first evidence line, accounts and gaps', () => {
    const md = renderMarkdownSummary(sampleSocialReport('en'), 1 << 20);
    expect(md.startsWith('## Acme — Customer-care audit\n')).toBe(true);
    expect(md).toContain('**Overall score: 55.1/100** · Grade C · average');
    expect(md).toContain('| Trust and legal | 33.3/100 | 1 |');
    expect(md).toContain('- **FAIL** The support area does not point to social care — None of the 7 support pages');
    expect(md).toContain('[https://www.acme.example/help/topic-1](https://www.acme.example/help/topic-1) “&lt;script&gt;”');
    expect(md).not.toContain('topic-2'); // only the first evidence line
    expect(md).toContain('- Facebook [acme](https://www.facebook.com/acme) — official — in the footer of every page');
    expect(md).toContain('- Bluesky [acme.bsky.social](https://bsky.app/profile/acme.bsky.social) — read — Questions: 40 · Unanswered: 14 (35%) · Median response time: 3.1 h');
    expect(md).toContain('#### Pages that could not be read');
    expect(md).toContain('- bluesky: profile not found');
    expect(md).not.toContain('- **PASS**');
  });

  it('is in French for a French report', () => {
    const md = renderMarkdownSummary(sampleReport('fr'), 1 << 20);
    expect(md).toContain('### Règles à améliorer');
    expect(md).toContain('- **ÉCHEC** ');
    expect(md).toContain("### N'a pas pu être vérifié");
  });

  it('stays within its byte limit on a report with 5000 evidence lines, shortening lists rather than cutting markup', () => {
    const report = hugeReport('fr');
    const full = renderMarkdownSummary(report, Number.MAX_SAFE_INTEGER);
    expect(bytes(full)).toBeGreaterThan(256 * 1024); // so that the limits below really bind
    for (const limit of [1024 * 1024, 64 * 1024, 8 * 1024, 2 * 1024, 600, 100, 10, 0]) {
      const md = renderMarkdownSummary(report, limit);
      expect(bytes(md), `limit ${limit}`).toBeLessThanOrEqual(limit);
      if (md) {
        expect(md.endsWith('\n')).toBe(true);
        expect(tablesAreRectangular(md)).toBe(true);
        // Whole lines only: every link is complete.
        for (const line of md.split('\n')) expect((line.match(/\]\(/g) ?? []).length).toBe((line.match(/\]\([^)\s]*\)/g) ?? []).length);
      }
    }
    const small = renderMarkdownSummary(report, 8 * 1024);
    expect(small).toMatch(/- … et [\d\u202f]+ de plus/);
    expect(small).toContain('**Score global\u202f: 55,1/100**');
  });

  it('returns the whole summary when it fits', () => {
    const report = sampleReport('en');
    const md = renderMarkdownSummary(report, 1 << 20);
    expect(renderMarkdownSummary(report, bytes(md))).toBe(md);
    expect(bytes(renderMarkdownSummary(report, bytes(md) - 1))).toBeLessThan(bytes(md));
  });
});
