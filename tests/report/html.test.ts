// Tests for the HTML report: one language-neutral report rendered in en and fr (chrome, rule texts, numbers, dates,
// plurals, no text of the other language), view facts read from the report (band, severity, gain, counts), charts,
// social part, inertness against hostile data, well-formed markup and real golden reports.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { Parser } from 'htmlparser2';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { escapeHtml, escapeText, httpUrl } from '../../src/report/html/escape.js';
import type { AuditReport } from '../../src/report/types.js';
import type { RuleResult } from '../../src/rules/types.js';
import { translator } from '../../src/locale/translator.js';
import { loadCatalogue } from '../../src/locale/catalogue.js';
import { LANGS, type Lang } from '../../src/locale/langs.js';
import { categoryTitle, collectorNote, noteText, ruleMessage, ruleTitle } from '../../src/report/text.js';
import { noteKey } from '../../src/snapshot/types.js';
import { sampleReport, sampleSocialReport } from './sample-report.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const GOLDEN_DIR = path.join(ROOT, 'tests', 'golden');

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Parses `html` with htmlparser2 and returns the problems found: a non-void element closed implicitly (never
 * closed, or closed out of order) or a closing tag that matches no open element.
 */
function wellFormednessProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const parser = new Parser(
    {
      onopentag(name) {
        if (!VOID.has(name)) stack.push(name);
      },
      onclosetag(name, isImplied) {
        if (VOID.has(name)) return;
        if (isImplied) problems.push(`<${name}> closed implicitly`);
        if (stack[stack.length - 1] === name) stack.pop();
      },
    },
    { decodeEntities: true },
  );
  // A stray closing tag is dropped silently by the parser: count tags by hand for those (outside the stylesheet).
  const markup = html.replace(/<style>[^<]*<\/style>/g, '<style></style>');
  const opens = [...markup.matchAll(/<([a-z][a-z0-9]*)\b/gi)].map((m) => m[1].toLowerCase()).filter((n) => !VOID.has(n));
  const closes = [...markup.matchAll(/<\/([a-z][a-z0-9]*)\s*>/gi)].map((m) => m[1].toLowerCase());
  if (opens.length !== closes.length) problems.push(`${opens.length} opening tags for ${closes.length} closing tags`);
  parser.write(html);
  parser.end();
  if (stack.length > 0) problems.push(`left open: ${stack.join(' > ')}`);
  return problems;
}

/** Everything in the document that could load or run something, as readable strings (empty when inert). */
function activeContent(html: string): string[] {
  const $ = cheerio.load(html);
  const found: string[] = [];
  $('script, iframe, frame, object, embed, img, link, base, form, input, video, audio, source, image, use').each((_, el) => {
    found.push(`<${(el as { tagName: string }).tagName}>`);
  });
  $('*').each((_, el) => {
    const attribs = (el as { attribs: Record<string, string> }).attribs ?? {};
    for (const [name, value] of Object.entries(attribs)) {
      if (name.startsWith('on')) found.push(`${name}=`);
      if (['src', 'srcset', 'xlink:href', 'action', 'formaction', 'background', 'poster'].includes(name)) found.push(`${name}=${value}`);
      if (name === 'href' && (el as { tagName: string }).tagName !== 'a') found.push(`href on <${(el as { tagName: string }).tagName}>`);
      if (name === 'style' && /url\(|@import|expression\(/i.test(value)) found.push(`style=${value}`);
    }
  });
  $('a[href]').each((_, el) => {
    const href = $(el).attr('href') ?? '';
    // Links leave only for http(s) URLs; the contents and the action plan link to anchors that must exist.
    if (/^#[a-z0-9-]+$/.test(href) && $(`[id="${href.slice(1)}"]`).length === 1) return;
    if (!/^https?:\/\//.test(href)) found.push(`a href=${href}`);
  });
  const css = $('style').text();
  if (/url\(|@import|expression\(/i.test(css)) found.push('CSS reference');
  if (/<script/i.test(html)) found.push('<script text');
  return found;
}

const en = translator('en');
const fr = translator('fr');

/** A note's words as the report shows them: the catalogue's text, or the code when no catalogue has it yet. */
const noteWords = (tr: typeof en, note: { code: string; data?: Record<string, unknown> }): string =>
  tr.has(noteKey(note.code)) ? collectorNote(tr, note) : note.code;

/** The sample's rule with this id. */
const rule = (report: AuditReport, id: string): RuleResult => report.rules.find((r) => r.id === id)!;

/** What a reader sees: tags stripped, entities and no-break spaces normalised, whitespace collapsed. */
function visible(html: string): string {
  return cheerio.load(html.replace(/<style[\s\S]*?<\/style>/g, ' '))('body').text().replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
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

const RAW_KEY = /\b(?:rules|collect|terms|report|document|categories|benchmarks)\.[a-z0-9_-]+\.[a-z0-9_.-]+/i;

describe('renderHtml — document', () => {
  it('is one HTML5 document with charset, the rendering language, a strict CSP and a title', () => {
    const html = renderHtml(sampleReport(), { lang: 'en' });
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    const $ = cheerio.load(html);
    expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
    expect($('head > title').text()).toBe('Acme — Customer-care audit');
    expect(html.endsWith('</html>\n')).toBe(true);
    // The same language-neutral report, rendered in French: the <html lang> is the rendering language.
    const french = cheerio.load(renderHtml(sampleReport(), { lang: 'fr' }));
    expect(french('html').attr('lang')).toBe('fr');
    expect(french('head > title').text()).toBe('Acme — Audit de la relation client');
    // English is the default.
    expect(cheerio.load(renderHtml(sampleReport()))('html').attr('lang')).toBe('en');
  });

  it('has a print stylesheet for A4 with page numbers and a footer, that keeps cards and rows whole', () => {
    const css = cheerio.load(renderHtml(sampleReport(), { branding: { preparedBy: 'Agence "Dupont" </style>' } }))('style').text();
    expect(css).toMatch(/@page \{\n {2}size: A4;/);
    expect(css).toContain('@bottom-right { content: counter(page) " / " counter(pages);');
    // The footer names the brand, the report and who prepared it, every character but letters escaped for CSS.
    const footer = /@bottom-left \{ content: ("(?:[^"\\]|\\.)*")/.exec(css)![1];
    expect(footer.slice(1, -1)).not.toMatch(/[<>"]/);
    expect(footer.replace(/\\([0-9a-f]+) /g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))).toBe(
      '"Acme — Customer-care audit · Prepared by Agence "Dupont" </style>"',
    );
    expect(css).toContain('@page :first');
    expect(css).toMatch(/@media print \{[\s\S]*\.rule, \.action[^{]*\{[^}]*break-inside: avoid/);
    expect(css).toMatch(/@media print \{[\s\S]*[^-]tr,[^{]*\{[^}]*break-inside: avoid/);
    expect(css).toMatch(/a\.show-url::after \{ content: " \(" attr\(href\) "\)"/);
  });

  it('contains no script and references no resource (src, url(), @import), only http(s) links', () => {
    for (const lang of ['en', 'fr'] as const) {
      expect(activeContent(renderHtml(sampleReport(), { lang }))).toEqual([]);
      expect(activeContent(renderHtml(sampleSocialReport(), { lang }))).toEqual([]);
    }
  });

  it('is well-formed: every element opened is closed, in order', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const report of [sampleReport(), sampleSocialReport()]) {
        expect(wellFormednessProblems(renderHtml(report, { lang }))).toEqual([]);
      }
    }
    // The checker itself notices what it is there for.
    expect(wellFormednessProblems('<div><p>a</div>')).not.toEqual([]);
    expect(wellFormednessProblems('<div>a</div></span>')).not.toEqual([]);
  });
});

describe('renderHtml — one language per document', () => {
  for (const [lang, other] of [
    ['en', 'fr'],
    ['fr', 'en'],
  ] as const) {
    it(`in ${lang}, holds no sentence of the ${other} catalogue and no raw catalogue key`, () => {
      const text = visible(renderHtml(sampleSocialReport(), { lang }));
      const foreign = foreignSentences(lang, other);
      expect(foreign.length).toBeGreaterThan(50); // the check has something to find
      expect(foreign.filter((s) => text.includes(s))).toEqual([]);
      expect(text).not.toMatch(RAW_KEY);
    });
  }

  it('the check notices a leak', () => {
    const text = visible(renderHtml(sampleReport(), { lang: 'en' }));
    const french = foreignSentences('en', 'fr');
    expect(french.filter((s) => `${text} Aucun compte social n’a été trouvé sur le site.`.includes(s))).not.toEqual([]);
  });
});

describe('renderHtml — content', () => {
  it('shows the cover: brand, site link, collection date, rule set, pages and tool version', () => {
    const $ = cheerio.load(renderHtml(sampleReport(), { lang: 'en' }));
    const cover = $('header.cover');
    expect(cover.find('h1').text()).toBe('Acme');
    expect(cover.find('a[href="https://www.acme.example/"]').length).toBe(1);
    const meta = cover.find('dl.meta').text();
    expect(meta).toContain('CollectedMar 12, 2025, 10:04 UTC');
    expect(meta).toContain('Report generatedMar 12, 2025, 10:05 UTC');
    expect(meta).toContain('Rule setCustomer-care audit (default)');
    expect(meta).toContain('Pages crawled25 (2 could not be read)');
    expect(meta).toContain('Toolbrand-audit 0.1.0');
  });

  it('shows the overall score with grade and band, and the status counts from the report', () => {
    const report = sampleReport();
    const $ = cheerio.load(renderHtml(report, { lang: 'en' }));
    expect($('.chart-gauge .gauge-value').text()).toBe('55.1');
    expect($('.chart-gauge').attr('aria-label')).toBe(`Overall score · 55.1/100 · Grade ${report.grade} · average`);
    expect($('.score-block .grade').text()).toBe(`Grade ${report.grade}`);
    expect($('.score-block .band-word').hasClass('band-average')).toBe(true);
    expect($('.score-block .band-word').text()).toBe('average');
    expect($('ul.counts li').map((_, li) => $(li).text()).get()).toEqual(['PASS3', 'WARN1', 'FAIL2', 'N/A1', 'ERROR1']);
    // The counts are the report's, not recounted from the rules.
    report.counts = { pass: 9, warn: 8, fail: 7, na: 6, error: 5 };
    const again = cheerio.load(renderHtml(report));
    expect(again('ul.counts li').map((_, li) => again(li).text()).get()).toEqual(['PASS9', 'WARN8', 'FAIL7', 'N/A6', 'ERROR5']);
  });

  it('colours the score and the categories by the report bands, not by recomputing them', () => {
    const report = sampleReport();
    report.band = 'poor'; // the report is the authority; formatters never re-score
    report.categories[0].band = 'poor'; // 87.5, yet poor: the band is read, not derived
    const $ = cheerio.load(renderHtml(report));
    expect($('.score-block .band-word').hasClass('band-poor')).toBe(true);
    expect($('.score-block .band-word').text()).toBe('poor');
    expect($('section.category').first().find('.category-score').hasClass('band-poor')).toBe(true);
    expect($('ul.bars rect.bar').first().attr('fill')).toBe('#cc3b33');
  });

  it('draws the category scores as labelled bars, one per category, values written beside them', () => {
    const report = sampleReport();
    const $ = cheerio.load(renderHtml(report, { lang: 'en' }));
    const chart = $('#scores ul.bars');
    expect(chart.attr('aria-label')).toBe(
      'Category scores out of 100: Social presence 87.5/100, Support area 0/100, Contact channels 100/100, and Trust and legal 33.3/100',
    );
    expect(chart.find('li .bar-label').map((_, l) => $(l).text()).get()).toEqual(['Social presence', 'Support area', 'Contact channels', 'Trust and legal']);
    expect(chart.find('li .bar-value').map((_, l) => $(l).text()).get()).toEqual(['87.5', '0', '100', '33.3']);
    expect(chart.find('rect.bar').map((_, r) => Number($(r).attr('width'))).get()).toEqual([87.5, 0, 100, 33.3]); // of 100

    // An unscored category still gets its (empty) bar and says so.
    report.categories[1].score = null;
    report.categories[1].band = null;
    const again = cheerio.load(renderHtml(report))('#scores ul.bars');
    expect(again.find('rect.bar').length).toBe(report.categories.length);
    expect(again.find('li').eq(1).text()).toContain('not scored');
  });

  it('opens with the executive summary: score sentence, strengths and the actions worth most', () => {
    const report = sampleReport();
    const $ = cheerio.load(renderHtml(report, { lang: 'en' }));
    const summary = $('#summary');
    expect(summary.find('.lead').text()).toBe(`Acme scores 55.1 out of 100: grade ${report.grade} (average).`);
    expect(summary.find('.summary-text p').eq(1).text()).toBe('Of the 6 criteria that could be judged, 3 are met, 1 partly met and 2 not met.');
    expect(summary.find('.summary-text p').eq(2).text()).toBe('2 more criteria could not be judged: see “Methodology and coverage”.');
    // Strengths: the passing rules carrying most of the score, one category each first.
    expect(summary.find('ul.strengths strong').map((_, x) => $(x).text()).get()).toEqual([
      ruleTitle(en, rule(report, 'official-accounts')),
      ruleTitle(en, rule(report, 'response-time-promise')),
      ruleTitle(en, rule(report, 'site-https')),
    ]);
    // Actions: by points to gain, each linking to its card, with its fix.
    const actions = summary.find('ol.top-actions li');
    expect(actions.find('a').map((_, x) => $(x).attr('href')).get()).toEqual([
      '#rule-support-links-to-social',
      '#rule-legal-notice-privacy',
      '#rule-accounts-consistent',
    ]);
    expect(actions.eq(0).find('.gain').text()).toBe('+33.3 points');
    expect(actions.eq(0).find('.fix-text').text()).toBe(en.t('rules.support-links-to-social.fix'));
    expect(summary.find('.potential').text()).toBe('Together, these 3 actions are worth up to 44.9 points on the overall score.');
  });

  it('lists the action plan by points to gain, each with what to do, the finding, evidence, benchmark and a link to its card', () => {
    const report = sampleReport();
    // A warning worth more than a failure comes first: the plan is ordered by value, not by status.
    rule(report, 'accounts-consistent').gain = 50;
    const $ = cheerio.load(renderHtml(report, { lang: 'en' }));
    const items = $('#actions ol.actions > li');
    expect(items.map((_, li) => $(li).find('h3').text()).get()).toEqual(
      ['accounts-consistent', 'support-links-to-social', 'legal-notice-privacy'].map((id) => ruleTitle(en, rule(report, id))),
    );
    expect(items.eq(0).find('.rank').text()).toBe('1');
    expect(items.eq(0).find('.gain').text()).toBe('+50 points');
    const failing = items.eq(1);
    expect(failing.hasClass('fail')).toBe(true);
    expect(failing.find('.fix').text()).toBe(`What to do: ${en.t('rules.support-links-to-social.fix')}`);
    expect(failing.find('.finding').text()).toBe(`Finding: ${ruleMessage(en, rule(report, 'support-links-to-social'))}`);
    expect(failing.find('.action-evidence li').length).toBe(3); // two, then "… and 5 more"
    expect(failing.find('.benchmark').text()).toContain('Qualiweb 2013: only 2% of 50 top brands linked their customer-service area');
    expect(failing.find('.benchmark').text()).toContain('— yours does not.');
    expect(failing.find('.details a').attr('href')).toBe('#rule-support-links-to-social');
    expect($('#rule-support-links-to-social').is('article.rule')).toBe(true);
  });

  it('shows findings as cards by category, and the criteria met or not applicable in one table', () => {
    const report = sampleReport();
    const $ = cheerio.load(renderHtml(report, { lang: 'en' }));
    const titles = $('#findings section.category h3').map((_, h) => $(h).text()).get();
    // Only the categories with a finding; contact's error rule is a finding too.
    expect(titles).toEqual(['Social presence', 'Support area', 'Contact channels', 'Trust and legal']);
    const findings = report.rules.filter((r) => ['fail', 'warn', 'error'].includes(r.status));
    expect($('article.rule').length).toBe(findings.length);
    const failingRule = rule(report, 'support-links-to-social');
    const failing = $('#rule-support-links-to-social');
    expect(failing.hasClass('fail')).toBe(true);
    expect(failing.find('h4').text()).toBe(ruleTitle(en, failingRule));
    expect(failing.find('.badge').text()).toBe('FAIL');
    expect(failing.find('.rule-score').text()).toBe('score 0/100 · weight 3');
    expect(failing.find('.message').text()).toBe(ruleMessage(en, failingRule));
    expect(failing.find('.message').text()).toContain('7');
    expect(failing.find('.fix').text()).toBe(`What to do: ${en.t('rules.support-links-to-social.fix')}`);
    expect(failing.find('.benchmark-source').text()).toContain('Source: Qualiweb barometer 2013');
    expect(failing.find('a[href="https://www.acme.example/help/topic-2"]').text()).toBe('https://www.acme.example/help/topic-2');
    expect(failing.find('.snippet').eq(1).text()).toBe('“Help topic 2: returns and refunds”');
    // Passing and not-applicable rules: one row each, grouped by category, with what was found and their anchor.
    const rows = $('#met table.met tbody tr:not(.group)');
    expect(rows.map((_, r) => $(r).attr('id')).get()).toEqual([
      'rule-official-accounts',
      'rule-self-service',
      'rule-response-time-promise',
      'rule-site-https',
    ]);
    expect($('#met tr.group th').map((_, th) => $(th).text()).get()).toEqual(['Social presence', 'Support area', 'Contact channels', 'Trust and legal']);
    const passing = $('#rule-official-accounts');
    expect(passing.find('.badge').text()).toBe('PASS');
    expect(passing.find('.criterion').text()).toBe(ruleTitle(en, rule(report, 'official-accounts')));
    expect(passing.find('td').eq(2).text()).toBe(ruleMessage(en, rule(report, 'official-accounts')));
    expect(passing.find('td').eq(1).attr('data-label')).toBe('Criterion');
  });

  it('orders the findings of a category by the report severity, then by the points they could still gain', () => {
    const report = sampleReport();
    const [a, b] = report.rules.filter((r) => r.category === 'trust');
    b.status = 'warn'; // both trust rules are findings now
    // Severity is read, not derived from the status: a rule the report ranks first is shown first.
    a.severity = 4;
    b.severity = 0;
    const order = (): string[] => {
      const $ = cheerio.load(renderHtml(report));
      return $('#findings section.category').last().find('article.rule .rule-id').map((_, p) => $(p).text()).get();
    };
    expect(order()).toEqual([b.id, a.id]);
    // At equal severity, the rule that could gain more points comes first.
    a.severity = b.severity = 0;
    a.gain = 1;
    b.gain = 5;
    expect(order()).toEqual([b.id, a.id]);
    a.gain = 9;
    expect(order()).toEqual([a.id, b.id]);
  });

  it('writes an evidence note in words before what was seen there', () => {
    const report = sampleReport();
    const r = rule(report, 'accounts-consistent');
    r.evidence = [{ url: 'https://x.com/acme_fr', snippet: 'Suivez-nous sur X', note: { id: 'linked', data: { platform: 'x', handle: 'acme_fr', placement: 'footer' } } }];
    for (const [lang, tr] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      const $ = cheerio.load(renderHtml(report, { lang }));
      const item = $('article.rule.warn .evidence li').first();
      expect(item.find('.note-text').text()).toBe(noteText(tr, r.id, r.evidence[0].note!));
      expect(item.find('.snippet').text()).toContain('Suivez-nous sur X');
    }
    const english = cheerio.load(renderHtml(report, { lang: 'en' }))('article.rule.warn .note-text').text();
    expect(english).toContain('@acme_fr');
    expect(english).toContain('footer');
    expect(cheerio.load(renderHtml(report, { lang: 'fr' }))('article.rule.warn .note-text').text()).toContain('pied de page');
  });

  it('caps long evidence lists with "… and N more"', () => {
    const report = sampleReport();
    rule(report, 'support-links-to-social').evidence = Array.from({ length: 40 }, (_, i) => ({ url: `https://www.acme.example/p/${i}` }));
    const $ = cheerio.load(renderHtml(report));
    const list = $('article.rule.fail').first().find('.evidence li');
    expect(list.length).toBe(7);
    expect(list.last().text()).toBe('… and 34 more');
    expect(cheerio.load(renderHtml(report, { lang: 'fr' }))('article.rule.fail .evidence li').eq(6).text()).toBe('… et 34 de plus');
  });

  it('lists the accounts per platform, official or mentioned, with reason and the page they were seen on', () => {
    const report = sampleReport();
    const $ = cheerio.load(renderHtml(report, { lang: 'en' }));
    const rows = $('section[aria-labelledby="accounts-title"] tbody tr');
    expect(rows.map((_, r) => $(r).find('td').first().text()).get()).toEqual(['Facebook', 'X', 'YouTube']);
    const facebook = rows.eq(0);
    expect(facebook.find('a[href="https://www.facebook.com/acme"]').text()).toBe('acme');
    expect(facebook.find('.tag.official').text()).toBe('official');
    const reason = report.accounts.find((a) => a.platform === 'facebook')!.reason;
    expect(facebook.find('td').eq(3).text()).toBe(noteWords(en, reason));
    expect(facebook.find('a[href="https://www.acme.example/"]').length).toBe(1);
    expect(facebook.text()).toContain('(footer)');
    expect(rows.eq(1).find('.tag.mentioned').text()).toBe('mentioned');
    expect(rows.eq(2).find('a').first().text()).toBe('evil'); // ANSI codes stripped from the handle

    const french = cheerio.load(renderHtml(report, { lang: 'fr' }))('section[aria-labelledby="accounts-title"] tbody tr').eq(0);
    expect(french.text()).toContain('(pied de page)');
    expect(french.find('td').eq(3).text()).toBe(noteWords(fr, reason));
  });

  it('ends with the methodology: what was read, the sources, what could not be seen, the rule set, the scoring', () => {
    const report = sampleReport();
    const $ = cheerio.load(renderHtml(report, { lang: 'en' }));
    const method = $('#methodology');
    const facts = method.find('dl.facts div').map((_, d) => `${$(d).find('dt').text()}: ${$(d).find('dd').text()}`).get();
    const official = report.accounts.filter((a) => a.official).length;
    expect(facts).toEqual([
      'Collected: Mar 12, 2025, 10:04 UTC',
      'Website: 25 pages read (at most 25), 2 could not be read',
      `Support pages: ${en.t('document.methodology.supportPagesValue', { count: report.site.supportPages.length })}`,
      `Social accounts on the site: ${en.t('document.methodology.accountsValue', { official, mentioned: report.accounts.length - official })}`,
      'Social audit: not run: website-only audit',
    ]);
    // Every source with its status and what its collector said.
    const sources = method.find('table.sources tbody tr');
    expect(sources.length).toBe(report.sources.length);
    expect(sources.eq(0).find('td').eq(0).text()).toBe('Website');
    expect(sources.eq(1).text()).toContain('not read');
    expect(sources.eq(1).text()).toContain(noteWords(en, report.sources[1].notes![0]));
    // What could not be seen: na and error rules with their reason, failed pages, the crawl limit.
    const text = method.find('.unchecked').text();
    const na = rule(report, 'self-service');
    const error = rule(report, 'realtime-channel');
    expect(text).toContain('Rules not applicable');
    expect(text).toContain(`${ruleTitle(en, na)}${ruleMessage(en, na)}`);
    expect(text).toContain('Rules that could not run');
    expect(text).toContain(`${ruleTitle(en, error)}The rule failed to run: unexpected contact value`);
    expect(method.find('.unchecked a[href="https://www.acme.example/faq"]').length).toBe(1);
    const [first, second] = report.site.failedPages;
    expect(text).toContain(`${noteWords(en, first.error)} · depth 1`);
    expect(text).toContain(`${noteWords(en, second.error)} · depth 2`);
    expect(text).not.toContain('http-404'); // every HTTP status is worded (collect.http-status)
    expect(text).toContain(noteWords(en, report.site.errors[0]));
    expect(text).toContain('The crawl stopped at the page limit (25 pages): some pages were not visited.');
    // The rule set with its weights, and how the score is calculated.
    const ruleSet = method.find('table.rule-set tbody tr');
    expect(ruleSet.length).toBe(report.categories.length);
    expect(ruleSet.eq(0).find('td').map((_, td) => $(td).text()).get()).toEqual([
      'Social presence',
      '3',
      `${ruleTitle(en, { id: 'official-accounts', status: 'pass' })} (3) and ${ruleTitle(en, { id: 'accounts-consistent', status: 'pass' })} (1)`,
    ]);
    expect(method.text()).toContain('Customer-care audit (default): 8 criteria in 4 categories.');
    expect(method.text()).toContain(en.t('document.methodology.formula'));
    expect(method.text()).toContain('Grades: A from 90');
    expect(method.find('dl.legend dt').length).toBe(5);
  });

  it('lists rules that share one reason once, with that reason', () => {
    const report = sampleReport();
    const na = rule(report, 'self-service');
    report.rules.push(
      { ...na, id: 'response-time', category: 'reactivity', messageId: 'runner.no-social', data: {} },
      { ...na, id: 'fan-recognition', category: 'recognition', messageId: 'runner.no-social', data: {} },
    );
    const $ = cheerio.load(renderHtml(report, { lang: 'en' }));
    const items = $('#methodology ul.plain').first().find('li');
    expect(items.length).toBe(2);
    const titles = `${ruleTitle(en, { id: 'response-time', status: 'na' })} and ${ruleTitle(en, { id: 'fan-recognition', status: 'na' })}`;
    expect(items.eq(1).find('.titles').text()).toBe(titles);
    expect(items.eq(1).text()).toContain(en.t('rules._common.messages.runner.no-social'));
    // The rules of no listed category are still shown, under "Other rules".
    expect($('#met tr.group th').last().text()).toBe('Other rules');
    const french = cheerio.load(renderHtml(report, { lang: 'fr' }))('#methodology ul.plain').first().find('li').eq(1);
    expect(french.find('.titles').text()).toContain(' et ');
  });

  it('says everything could be checked when nothing is missing', () => {
    const report = sampleReport();
    report.rules = report.rules.filter((r) => r.status !== 'na' && r.status !== 'error');
    report.site = { ...report.site, failedPages: [], errors: [], truncated: false, pagesFailed: 0 };
    report.sources = [{ source: 'site', ok: true }];
    const $ = cheerio.load(renderHtml(report));
    expect($('#methodology').text()).toContain('Everything could be checked.');
    // Sources that could not be read are in the table of sources, and said to be.
    report.sources.push({ source: 'bluesky:acme.bsky.social', ok: false });
    expect(cheerio.load(renderHtml(report))('#methodology').text()).toContain('the sources that could not be read are listed above');
  });

  it('has contents linking every section, in order', () => {
    const $ = cheerio.load(renderHtml(sampleSocialReport(), { lang: 'en' }));
    const links = $('nav.contents a');
    expect(links.map((_, a) => $(a).attr('href')).get()).toEqual([
      '#summary',
      '#scores',
      '#actions',
      '#findings',
      '#met',
      '#accounts',
      '#social',
      '#methodology',
    ]);
    expect(links.map((_, a) => $(a).text()).get()[0]).toBe('Executive summary');
    const sections = $('main section[id]').map((_, x) => $(x).attr('id')).get();
    expect(sections).toEqual(['summary', 'scores', 'actions', 'findings', 'met', 'accounts', 'social', 'methodology']);
    // No social audit, no social section and no link to one.
    expect(cheerio.load(renderHtml(sampleReport()))('nav.contents a[href="#social"]').length).toBe(0);
  });

  it('writes everything in French when asked, with French numbers, dates and typography', () => {
    const report = sampleReport();
    const html = renderHtml(report, { lang: 'fr' });
    const $ = cheerio.load(html);
    expect($('.cover .kicker').text()).toBe('Audit de la relation client');
    expect($('.chart-gauge .gauge-value').text()).toBe('55,1');
    expect($('.score-block .grade').text()).toBe(`Note ${report.grade}`);
    expect($('.score-block .band-word').text()).toBe('moyen');
    expect($('section.category h3').map((_, h) => $(h).text()).get()).toEqual([
      'Présence sociale',
      'Espace service client',
      'Canaux de contact',
      'Confiance et mentions légales',
    ]);
    expect($('ul.bars').attr('aria-label')).toBe(
      'Scores par catégorie, sur 100\u202f: Présence sociale 87,5/100, Espace service client 0/100, Canaux de contact 100/100 et Confiance et mentions légales 33,3/100',
    );
    expect($('.badge').map((_, b) => $(b).text()).get()).toEqual(expect.arrayContaining(['OK', 'À AMÉLIORER', 'ÉCHEC', 'N/A', 'ERREUR']));
    expect($('dl.meta').text()).toContain('12 mars 2025');
    expect($('dl.meta').text()).toContain('25 (2 illisibles)');
    expect($('#summary .lead').text()).toBe(`Acme obtient 55,1 sur 100\u202f: note ${report.grade} (moyen).`);
    expect($('#summary .summary-text p').eq(1).text()).toBe('Sur les 6 critères évalués, 3 sont remplis, 1 en partie et 2 pas du tout.');
    expect($('#summary .top-actions .gain').first().text()).toBe('+33,3 points');
    expect($('#actions h2').text()).toBe('Plan d’action');
    expect($('#actions .benchmark').first().text()).toContain('Qualiweb 2013\u202f: seules 2\u202f% des 50 grandes marques');
    expect($('#actions .benchmark').first().text()).toContain('— le vôtre ne le fait pas.');
    const failing = rule(report, 'support-links-to-social');
    expect($('article.rule.fail h4').first().text()).toBe(ruleTitle(fr, failing));
    expect($('article.rule.fail .message').first().text()).toBe(ruleMessage(fr, failing));
    expect($('article.rule.fail .fix').first().text()).toMatch(/^Que faire\u202f: /);
    // Narrow no-break spaces inside the guillemets and before the colon.
    expect($('article.rule.fail').first().find('.snippet').eq(1).text()).toBe('«\u202fHelp topic 2: returns and refunds\u202f»');
    expect($('#methodology h2').text()).toBe('Méthode et périmètre');
    expect($('#methodology').text()).toContain('profondeur 1');
    expect($('#methodology').text()).toContain('L’exploration s’est arrêtée à la limite de pages (25 pages)\u202f:');
    expect($('#methodology').text()).toContain('Ce qui n’a pas pu être vu');
    expect($('nav.contents h2').text()).toBe('Sommaire');
    expect($('.tag.official').first().text()).toBe('officiel');
    expect(html).not.toMatch(/Overall score|Could not be checked|>weight |What to do|Executive summary|Action plan/);
  });
});

describe('renderHtml — social audit', () => {
  it('has no social section or social chart when the report has no social part', () => {
    const $ = cheerio.load(renderHtml(sampleReport()));
    expect($('#social-title').length).toBe(0);
    expect($('.social-account, svg.chart-columns, svg.chart-series').length).toBe(0);
  });

  it('shows per account a figures table, the response-time and cadence charts, and the unanswered questions', () => {
    const report = sampleSocialReport();
    const $ = cheerio.load(renderHtml(report, { lang: 'en' }));
    expect($('#social-title').next('p').text()).toBe('Questions asked less than 24 hours before the collection are not judged yet.');
    const cards = $('.social-account');
    expect(cards.length).toBe(3);
    const bluesky = cards.eq(0);
    expect(bluesky.find('h3').text()).toBe('Bluesky · @acme.bsky.social');
    expect(bluesky.find('.badge').text()).toBe('read');
    expect(bluesky.find('.social-meta').text()).toContain('From Dec 10, 2024 to Mar 12, 2025 (92 days) · Source: Bluesky');
    expect(bluesky.find('table.figures th').map((_, th) => $(th).text()).get()).toEqual([
      'Posts read',
      'Brand posts',
      'Fans’ posts',
      'Questions',
      'Unanswered',
      'Median response time',
    ]);
    expect(bluesky.find('table.figures td').map((_, td) => $(td).text()).get()).toEqual([
      '214',
      '61',
      '153',
      '40',
      '14 (35%)',
      '3 hr 5 min',
    ]);
    const buckets = bluesky.find('svg.chart-columns');
    expect(buckets.attr('role')).toBe('img');
    expect(buckets.find('rect.col').length).toBe(5);
    expect(buckets.attr('aria-label')).toBe(
      'Answered questions by response time: under 1 h 6, 1–4 h 9, 4–24 h 7, 1–3 days 3, and over 3 days 1',
    );
    const cadence = bluesky.find('svg.chart-series');
    expect(cadence.find('rect.week').length).toBe(12); // 13 weeks, one without a post
    expect(cadence.attr('aria-label')).toContain('Dec 9, 2024 to Mar 3, 2025: 61 in all, at most 8 in one week');
    const questions = bluesky.find('ul.questions li');
    expect(questions.length).toBe(3);
    expect(questions.eq(0).text()).toContain('Où en est ma commande n° 4521 ?'); // fans' words stay as written
    expect(questions.eq(0).text()).toContain('jeanne.bsky.social · Mar 8, 2025, 18:20 UTC');
    expect(questions.eq(0).find('a[href="https://bsky.app/profile/jeanne.bsky.social/post/3kx1"]').text()).toBe('view the post');
    expect(bluesky.text()).toContain('3 shown of 14.');

    // A community that was read but is quiet: charts say there was nothing, figures are zeros and dashes.
    const community = cards.eq(2);
    expect(community.find('h3').text()).toBe('Discourse · community.acme.example');
    expect(community.text()).toContain('No question was answered in the window.');
    expect(community.find('svg.chart-series rect.week').length).toBe(0);
    expect(community.text()).toContain('No fan question old enough to judge in the window.');
    expect(community.find('table.figures td').eq(4).text()).toBe('—');

    // An account nothing could be read from: one sentence with its status, no blank figures; why is in the sources.
    expect($('#social .social-unread').text()).toBe(
      'One account could not be read: YouTube @acme (needs an access token). Why is given under “Methodology and coverage”.',
    );
    const youtubeNote = noteWords(en, report.social!.accounts[3].notes[0]);
    const sources = $('#methodology table.sources').text();
    expect(sources).toContain(youtubeNote);
    expect(sources).toContain(noteWords(en, report.social!.accounts[1].notes[0]));
  });

  it('says the grace period with the right plural', () => {
    const report = sampleSocialReport();
    report.social!.graceHours = 1;
    expect(cheerio.load(renderHtml(report))('#social-title').next('p').text()).toBe(
      'Questions asked less than 1 hour before the collection are not judged yet.',
    );
    expect(cheerio.load(renderHtml(report, { lang: 'fr' }))('#social-title').next('p').text()).toBe(
      'Les questions posées moins de 1 heure avant la collecte ne sont pas encore évaluées.',
    );
  });

  it('puts accounts nothing could be read from after those with measurements', () => {
    const report = sampleSocialReport();
    report.social!.accounts.unshift(report.social!.accounts.pop()!);
    const $ = cheerio.load(renderHtml(report));
    expect($('.social-account h3').map((_, h) => $(h).text()).get()).toEqual([
      'Bluesky · @acme.bsky.social',
      'Mastodon · acme@social.example',
      'Discourse · community.acme.example',
    ]);
    expect($('#social > *').last().hasClass('social-unread')).toBe(true);
  });

  it('says so when an account that was read has no weekly cadence', () => {
    const report = sampleSocialReport();
    report.social!.accounts[0].cadence = [];
    const card = cheerio.load(renderHtml(report))('.social-account').first();
    expect(card.find('svg.chart-series').length).toBe(0);
    expect(card.text()).toContain('No posting data for the window.');
  });

  it('shows a hostile question as text and its javascript: URL as text, never as a link', () => {
    const html = renderHtml(sampleSocialReport());
    const $ = cheerio.load(html);
    const q = $('ul.questions li').eq(1);
    expect(q.find('.q').text()).toBe('“<img src=x onerror=alert(1)> does the warranty cover | this?”');
    expect(q.find('a').length).toBe(0);
    expect(q.find('span.url').text()).toBe('javascript:alert(1)');
    expect(activeContent(html)).toEqual([]);
  });

  it('writes the social part in French with French numbers, percentages, durations and dates', () => {
    const $ = cheerio.load(renderHtml(sampleSocialReport(), { lang: 'fr' }));
    expect($('#social-title').text()).toBe('Relation client sur les réseaux sociaux');
    const bluesky = $('.social-account').eq(0);
    const cells = bluesky.find('table.figures td').map((_, td) => $(td).text()).get();
    // Intl's French: a no-break space before % and inside "3 h 5 min".
    expect(cells.slice(4)).toEqual([`14 (${fr.percent(14 / 40)})`, fr.duration(185)]);
    expect(cells[4].replace(/[\u00a0\u202f]/g, ' ')).toBe('14 (35 %)');
    expect(cells[5].replace(/[\u00a0\u202f]/g, ' ')).toBe('3 h 5 min');
    expect(bluesky.find('.social-meta').text()).toContain('Du 10 déc. 2024 au 12 mars 2025 (92 jours)');
    expect(bluesky.find('ul.questions li').eq(0).text()).toContain('8 mars 2025');
    expect(bluesky.find('svg.chart-columns').attr('aria-label')).toMatch(/^Questions répondues par délai de réponse\u202f: moins d’1 h 6/);
    expect($('.social-account').eq(1).find('.badge').text()).toBe('lu en partie');
    expect(bluesky.text()).toContain('3 affichées sur 14.');
  });
});

/** The sample with something hostile wherever a page, a profile, a saved file or an unknown rule can put text. */
function hostileReport(): AuditReport {
  const report = sampleSocialReport();
  report.target.brandName = 'Bad &amp; Co\u001b[31m\u001b]0;owned\u0007';
  report.target.url = 'javascript:alert(document.cookie)';
  // A rule no catalogue knows (a hand-edited file) shows its id: the id tries markup.
  const failing = rule(report, 'support-links-to-social');
  failing.id = '<script>alert(1)</script>';
  report.categories.find((c) => c.id === 'support')!.rules[0] = failing.id;
  failing.evidence = [
    { url: 'javascript:alert(1)', snippet: '"><img src=x onerror=alert(1)>' },
    { url: ' JaVaScRiPt:alert(2)' },
    { url: 'data:text/html,<script>alert(3)</script>' },
    { url: 'https://ok.example/"onmouseover="alert(4)', snippet: "'><svg onload=alert(5)>" },
  ];
  // Data a message shows as given: an error text.
  rule(report, 'realtime-channel').data = { error: '</p></article><style>body{background:url(https://evil.example/x.png)}</style>' };
  // A category of a custom rule set keeps its id as title.
  report.categories[0].id = '</title><script>alert(6)</script>';
  for (const r of report.rules) if (r.category === 'presence') r.category = report.categories[0].id;
  report.accounts[0].handle = '<b onclick=alert(7)>x</b>';
  report.accounts[0].url = 'vbscript:msgbox(8)';
  report.site.failedPages[0].error = { code: '<iframe src=https://evil.example/>' };
  report.ruleSet.title = '"><link rel=stylesheet href=https://evil.example/x.css>';
  report.tool.version = '1.0"><meta http-equiv=refresh content="0;url=https://evil.example">';
  report.sources.push({ source: '<svg onload=alert(10)>', ok: false });
  return report;
}

describe('renderHtml — hostile data renders as inert text', () => {
  it('escapes every scraped string and links no non-http URL', () => {
    const html = renderHtml(hostileReport(), { lang: 'en' });
    expect(activeContent(html)).toEqual([]);
    expect(wellFormednessProblems(html)).toEqual([]);
    const $ = cheerio.load(html);
    expect($('html').attr('lang')).toBe('en');
    expect($('h1').text()).toBe('Bad &amp; Co');
    expect(html).toContain('<h1>Bad &amp;amp; Co</h1>');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    expect($('article.rule h4').filter((_, h) => $(h).text() === '<script>alert(1)</script>').length).toBe(1);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const hostile = $('article.rule').filter((_, a) => $(a).find('h4').text() === '<script>alert(1)</script>');
    expect(hostile.find('.snippet').first().text()).toBe('“"><img src=x onerror=alert(1)>”');
    expect($('article.rule.error .message').text()).toBe(
      'The rule failed to run: </p></article><style>body{background:url(https://evil.example/x.png)}</style>',
    );
    expect($('section.category h3').first().text()).toBe('</title><script>alert(6)</script>');
    // The hostile rule id becomes a safe anchor, and the action plan links to it.
    expect(hostile.attr('id')).toBe('rule--script-alert-1-script-');
    expect($('#actions a[href="#rule--script-alert-1-script-"]').length).toBe(1);
    expect($('span.url').map((_, s) => $(s).text()).get()).toEqual(
      expect.arrayContaining(['javascript:alert(1)', 'JaVaScRiPt:alert(2)', 'data:text/html,<script>alert(3)</script>']),
    );
    // An account whose URL cannot be linked shows its handle as plain text.
    expect($('section[aria-labelledby="accounts-title"] span.url').first().text()).toBe('<b onclick=alert(7)>x</b>');
    // The quote in an http URL is percent-encoded in the href and cannot end the attribute.
    expect($('a[href^="https://ok.example/"]').attr('href')).toBe('https://ok.example/%22onmouseover=%22alert(4)');
    expect($('#methodology').text()).toContain('<iframe src=https://evil.example/>');
    expect($('#methodology table.sources td').map((_, td) => $(td).text()).get()).toContain('<svg onload=alert(10)>');
    expect($('meta[http-equiv="refresh"]').length).toBe(0);
    expect($('style').length).toBe(1);
    expect($('head > title').text()).toBe('Bad &amp; Co — Customer-care audit');
  });

  it('stays inert in French too', () => {
    const html = renderHtml(hostileReport(), { lang: 'fr' });
    expect(activeContent(html)).toEqual([]);
    expect(wellFormednessProblems(html)).toEqual([]);
  });

  it('shows a scraped text that looks like a date or a coded word exactly as it was seen', () => {
    const report = sampleReport();
    rule(report, 'support-links-to-social').evidence = [{ url: 'https://www.acme.example/', snippet: '2025-03-01' }];
    report.accounts[0].handle = 'footer';
    const $ = cheerio.load(renderHtml(report, { lang: 'fr' }));
    expect($('article.rule.fail .snippet').first().text()).toBe('«\u202f2025-03-01\u202f»');
  });
});

describe('escape helpers', () => {
  it('escapeHtml escapes the five HTML characters and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a> é\u202f`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt; é\u202f',
    );
  });

  it('escapeText strips control characters and escape sequences first', () => {
    expect(escapeText('\u001b[31mred\u001b[0m <b>\u0007')).toBe('red &lt;b&gt;');
    expect(escapeText(undefined)).toBe('');
  });

  it('httpUrl accepts only absolute http(s) URLs', () => {
    expect(httpUrl('https://a.example/x y')).toBe('https://a.example/x%20y');
    expect(httpUrl('HTTP://A.example')).toBe('http://a.example/');
    for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', '/relative', '//evil.example/x', 'file:///etc/passwd', '', undefined]) {
      expect(httpUrl(bad), String(bad)).toBeNull();
    }
  });
});

describe('renderHtml — real reports', () => {
  const files = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.report.json'));

  it('has real golden reports to render', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    for (const lang of LANGS) {
      it(`renders ${file} in ${lang}`, () => {
        const report = JSON.parse(readFileSync(path.join(GOLDEN_DIR, file), 'utf8')) as AuditReport;
        const tr = translator(lang);
        const html = renderHtml(report, { lang });
        expect(wellFormednessProblems(html)).toEqual([]);
        expect(activeContent(html)).toEqual([]);
        const $ = cheerio.load(html);
        expect($('html').attr('lang')).toBe(lang);
        expect($('h1').text()).toBe(report.target.brandName);
        expect($('ul.bars rect.bar').length).toBe(report.categories.length);
        // Every rule once: a card for a finding, a row of the table of criteria met otherwise.
        expect($('article.rule').length + $('table.met tbody tr:not(.group)').length).toBe(report.rules.length);
        const titles = $('article.rule h4, table.met .criterion').map((_, h) => $(h).text()).get();
        for (const r of report.rules) expect(titles).toContain(ruleTitle(tr, r));
        expect($('#actions ol.actions > li').length).toBe(report.rules.filter((r) => r.status === 'fail' || r.status === 'warn').length);
        expect($('#methodology .unchecked a').length).toBe(report.site.failedPages.length);
        expect(visible(html)).not.toMatch(RAW_KEY);
      });
    }
  }
});
