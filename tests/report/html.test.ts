// Tests for the HTML report: content in en and fr, charts, social part, inertness against hostile data, well-formed
// markup, real golden reports, and the golden sample files (UPDATE_GOLDEN=1 rewrites them, HTML and Markdown).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { Parser } from 'htmlparser2';
import { renderHtml } from '../../src/report/html.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { escapeHtml, escapeText, httpUrl } from '../../src/report/html/escape.js';
import { wrapLabel } from '../../src/report/html/charts.js';
import type { AuditReport } from '../../src/report/types.js';
import { formatDay, formatDuration, formatPercent, formatShortDay, tDoc, typeset } from '../../src/report/i18n.js';
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
    if (!/^https?:\/\//.test(href)) found.push(`a href=${href}`);
  });
  const css = $('style').text();
  if (/url\(|@import|expression\(/i.test(css)) found.push('CSS reference');
  if (/<script/i.test(html)) found.push('<script text');
  return found;
}

describe('renderHtml — document', () => {
  it('is one HTML5 document with charset, lang, a strict CSP and a title', () => {
    const html = renderHtml(sampleReport('en'));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    const $ = cheerio.load(html);
    expect($('meta[http-equiv="Content-Security-Policy"]').attr('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
    );
    expect($('head > title').text()).toBe('Acme — Customer-care audit');
    expect(cheerio.load(renderHtml(sampleReport('fr')))('html').attr('lang')).toBe('fr');
    expect(html.endsWith('</html>\n')).toBe(true);
  });

  it('has a print stylesheet for A4 that keeps rule cards whole', () => {
    const css = cheerio.load(renderHtml(sampleReport('en')))('style').text();
    expect(css).toContain('@page { size: A4; margin: 15mm; }');
    expect(css).toMatch(/@media print \{[\s\S]*\.rule[^{]*\{[^}]*break-inside: avoid/);
    expect(css).toMatch(/a\.show-url::after \{ content: " \(" attr\(href\) "\)"/);
  });

  it('contains no script and references no resource (src, url(), @import), only http(s) links', () => {
    for (const report of [sampleReport('en'), sampleSocialReport('fr')]) {
      expect(activeContent(renderHtml(report))).toEqual([]);
    }
  });

  it('is well-formed: every element opened is closed, in order', () => {
    for (const report of [sampleReport('en'), sampleReport('fr'), sampleSocialReport('en'), sampleSocialReport('fr')]) {
      expect(wellFormednessProblems(renderHtml(report))).toEqual([]);
    }
    // The checker itself notices what it is there for.
    expect(wellFormednessProblems('<div><p>a</div>')).not.toEqual([]);
    expect(wellFormednessProblems('<div>a</div></span>')).not.toEqual([]);
  });
});

describe('renderHtml — content', () => {
  it('shows the cover: brand, site link, collection date, rule set, pages and tool version', () => {
    const $ = cheerio.load(renderHtml(sampleReport('en')));
    const cover = $('header.cover');
    expect(cover.find('h1').text()).toBe('Acme');
    expect(cover.find('a[href="https://www.acme.example/"]').length).toBe(1);
    const meta = cover.find('dl.meta').text();
    expect(meta).toContain('Collected12 March 2025, 10:04 UTC');
    expect(meta).toContain('Report generated12 March 2025, 10:05 UTC');
    expect(meta).toContain('Rule setCustomer-care audit (default)');
    expect(meta).toContain('Pages crawled25 (2 could not be read)');
    expect(meta).toContain('Toolbrand-audit 0.1.0');
  });

  it('shows the overall score with grade and band, and the status counts', () => {
    const $ = cheerio.load(renderHtml(sampleReport('en')));
    expect($('.chart-gauge .gauge-value').text()).toBe('55.1');
    expect($('.chart-gauge').attr('aria-label')).toBe('Overall score · 55.1/100 · Grade C · average');
    expect($('.score-block .grade').text()).toBe('Grade C');
    expect($('.score-block .band-word').hasClass('band-average')).toBe(true);
    expect($('.score-block .band-word').text()).toBe('average');
    expect($('ul.counts li').map((_, li) => $(li).text()).get()).toEqual(['PASS3', 'WARN1', 'FAIL2', 'N/A1', 'ERROR1']);
  });

  it('colours the score by the report band, not by recomputing it', () => {
    const report = sampleReport('en');
    report.band = 'poor'; // the report is the authority; formatters never re-score
    const $ = cheerio.load(renderHtml(report));
    expect($('.score-block .band-word').hasClass('band-poor')).toBe(true);
  });

  it('draws an accessible category chart with one bar per category, values written beside the bars', () => {
    const report = sampleReport('en');
    const $ = cheerio.load(renderHtml(report));
    const chart = $('svg.chart-categories');
    expect(chart.attr('role')).toBe('img');
    expect(chart.attr('aria-label')).toBe(
      'Category scores out of 100: Social presence 87.5, Support area 0, Contact channels 100, Trust and legal 33.3',
    );
    expect(chart.find('title').text()).toBe(chart.attr('aria-label'));
    expect(chart.find('rect.bar').length).toBe(report.categories.length);
    const widths = chart.find('rect.bar').map((_, r) => Number($(r).attr('width'))).get();
    expect(widths).toEqual([271.3, 0, 310, 103.2]); // 310 units = 100
    expect(chart.text()).toContain('87.5');

    // An unscored category still gets its (empty) bar and says so.
    report.categories[1].score = null;
    const again = cheerio.load(renderHtml(report))('svg.chart-categories');
    expect(again.find('rect.bar').length).toBe(report.categories.length);
    expect(again.text()).toContain('not scored');
  });

  it('has one section per category with every rule: badge, title, message, score, weight, evidence', () => {
    const report = sampleReport('en');
    const $ = cheerio.load(renderHtml(report));
    const titles = $('section.category h2').map((_, h) => $(h).text()).get();
    expect(titles).toEqual(report.categories.map((c) => c.title));
    expect($('article.rule').length).toBe(report.rules.length);
    const failing = $('article.rule').filter((_, a) => $(a).find('h3').text() === 'The support area does not point to social care');
    expect(failing.hasClass('fail')).toBe(true);
    expect(failing.find('.badge').text()).toBe('FAIL');
    expect(failing.find('.rule-score').text()).toBe('score 0/100 · weight 3');
    expect(failing.find('.message').text()).toContain('None of the 7 support pages');
    expect(failing.find('a[href="https://www.acme.example/help/topic-2"]').text()).toBe('https://www.acme.example/help/topic-2');
    expect(failing.find('.snippet').eq(1).text()).toBe('“Help topic 2: returns and refunds”');
    // Failures come before passes inside a category.
    const presence = $('section.category').first().find('article.rule .badge').map((_, b) => $(b).text()).get();
    expect(presence).toEqual(['WARN', 'PASS']);
    expect($('ul.priorities li').length).toBe(3);
  });

  it('caps long evidence lists with "… and N more"', () => {
    const report = sampleReport('en');
    report.rules[2].evidence = Array.from({ length: 40 }, (_, i) => ({ url: `https://www.acme.example/p/${i}` }));
    const $ = cheerio.load(renderHtml(report));
    const list = $('article.rule.fail').first().find('.evidence li');
    expect(list.length).toBe(26);
    expect(list.last().text()).toBe('… and 15 more');
  });

  it('lists the accounts per platform, official or mentioned, with reason and the page they were seen on', () => {
    const $ = cheerio.load(renderHtml(sampleReport('en')));
    const rows = $('section[aria-labelledby="accounts-title"] tbody tr');
    expect(rows.map((_, r) => $(r).find('td').first().text()).get()).toEqual(['Facebook', 'X', 'YouTube']);
    const facebook = rows.eq(0);
    expect(facebook.find('a[href="https://www.facebook.com/acme"]').text()).toBe('acme');
    expect(facebook.find('.tag.official').text()).toBe('official');
    expect(facebook.text()).toContain('in the footer of every page');
    expect(facebook.find('a[href="https://www.acme.example/"]').length).toBe(1);
    expect(facebook.text()).toContain('(footer)');
    expect(rows.eq(1).find('.tag.mentioned').text()).toBe('mentioned');
    expect(rows.eq(2).find('a').first().text()).toBe('evil'); // ANSI codes stripped from the handle
  });

  it('says what could not be checked: na and error rules, failed pages, crawl limit, sources', () => {
    const $ = cheerio.load(renderHtml(sampleReport('en')));
    const text = $('section.unchecked').text();
    expect(text).toContain('Rules not applicable');
    expect(text).toContain('A help centre is reachableNo help page could be read');
    expect(text).toContain('Rules that could not run');
    expect(text).toContain('A real-time channel is offeredThe rule failed: unexpected contact value.');
    expect($('section.unchecked a[href="https://www.acme.example/faq"]').length).toBe(1);
    expect(text).toContain('http-404: Not Found · depth 1');
    expect(text).toContain('timeout: No response after 15 s · depth 2');
    expect(text).toContain('max-pages: Stopped after 25 pages');
    expect(text).toContain('The crawl stopped at the page limit after 25 pages');
    expect(text).toContain('bluesky: profile not found');
    expect(text).not.toContain('Social accounts not fully read');
  });

  it('lists rules that share one reason once, with that reason', () => {
    const report = sampleReport('en');
    const reason = 'No social account could be read.';
    report.rules.push(
      { ...report.rules[3], id: 'fast-replies', title: 'Fast replies', message: reason },
      { ...report.rules[3], id: 'fans-recognised', title: 'Fans recognised', message: reason },
    );
    const $ = cheerio.load(renderHtml(report));
    const items = $('section.unchecked ul.plain').first().find('li');
    expect(items.length).toBe(2);
    expect(items.eq(1).find('.titles').text()).toBe('Fast replies, Fans recognised');
    expect(items.eq(1).text()).toContain(reason);
  });

  it('says everything could be checked when nothing is missing', () => {
    const report = sampleReport('en');
    report.rules = report.rules.filter((r) => r.status !== 'na' && r.status !== 'error');
    report.site = { ...report.site, failedPages: [], errors: [], truncated: false, pagesFailed: 0 };
    report.sources = [{ source: 'site', ok: true }];
    const $ = cheerio.load(renderHtml(report));
    expect($('section.unchecked').text()).toContain('Everything could be checked.');
  });

  it('writes everything in French for a French report, with French typography', () => {
    const html = renderHtml(sampleReport('fr'));
    const $ = cheerio.load(html);
    expect($('.cover .kicker').text()).toBe('Audit de la relation client');
    expect($('.chart-gauge .gauge-value').text()).toBe('55,1');
    expect($('.score-block .grade').text()).toBe('Note C');
    expect($('.score-block .band-word').text()).toBe('moyen');
    expect($('section.category h2').map((_, h) => $(h).text()).get()).toEqual([
      'Présence sociale',
      'Espace service client',
      'Canaux de contact',
      'Confiance et mentions légales',
    ]);
    expect($('.badge').map((_, b) => $(b).text()).get()).toEqual(expect.arrayContaining(['OK', 'À AMÉLIORER', 'ÉCHEC', 'N/A', 'ERREUR']));
    expect($('dl.meta').text()).toContain('12 mars 2025 à 10:04 UTC');
    // Narrow no-break spaces before the colon and inside the guillemets.
    expect($('section.unchecked').text()).toContain('http-404\u202f: Not Found · profondeur 1');
    expect($('article.rule.fail').first().find('.snippet').eq(1).text()).toBe('«\u202fHelp topic 2: returns and refunds\u202f»');
    expect($('section.unchecked').text()).toContain("N'a pas pu être vérifié");
    expect($('.tag.official').text()).toBe('officiel');
    expect(html).not.toMatch(/Overall score|Could not be checked|>weight /);
  });
});

describe('renderHtml — social audit', () => {
  it('has no social section or social chart when the report has no social part', () => {
    const $ = cheerio.load(renderHtml(sampleReport('en')));
    expect($('#social-title').length).toBe(0);
    expect($('.social-account, svg.chart-columns, svg.chart-series').length).toBe(0);
  });

  it('shows per account a figures table, the response-time and cadence charts, and the unanswered questions', () => {
    const report = sampleSocialReport('en');
    const $ = cheerio.load(renderHtml(report));
    const cards = $('.social-account');
    expect(cards.length).toBe(4);
    const bluesky = cards.eq(0);
    expect(bluesky.find('h3').text()).toBe('Bluesky · @acme.bsky.social');
    expect(bluesky.find('.badge').text()).toBe('read');
    expect(bluesky.find('table.figures td').map((_, td) => $(td).text()).get()).toEqual([
      '214',
      '61',
      '153',
      '40',
      '14 (35%)',
      '3.1 h',
    ]);
    const buckets = bluesky.find('svg.chart-columns');
    expect(buckets.attr('role')).toBe('img');
    expect(buckets.find('rect.col').length).toBe(5);
    expect(buckets.attr('aria-label')).toBe(
      'Answered questions by response time: under 1 h 6, 1–4 h 9, 4–24 h 7, 1–3 days 3, over 3 days 1',
    );
    const cadence = bluesky.find('svg.chart-series');
    expect(cadence.find('rect.week').length).toBe(12); // 13 weeks, one without a post
    expect(cadence.attr('aria-label')).toContain('9 December 2024 to 3 March 2025: 61 in all, at most 8 in one week');
    const questions = bluesky.find('ul.questions li');
    expect(questions.length).toBe(3);
    expect(questions.eq(0).text()).toContain('Where is my order #4521?');
    expect(questions.eq(0).text()).toContain('jeanne.bsky.social · 8 March 2025, 18:20 UTC');
    expect(questions.eq(0).find('a[href="https://bsky.app/profile/jeanne.bsky.social/post/3kx1"]').text()).toBe('view the post');
    expect(bluesky.text()).toContain('3 shown of 14.');

    // A community that was read but is quiet: charts say there was nothing, figures are zeros and dashes.
    const community = cards.eq(2);
    expect(community.find('h3').text()).toBe('Discourse · community.acme.example');
    expect(community.text()).toContain('No question was answered in the window.');
    expect(community.find('svg.chart-series rect.week').length).toBe(0);
    expect(community.text()).toContain('No fan question old enough to judge in the window.');
    expect(community.find('table.figures td').eq(4).text()).toBe('—');

    // An account nothing could be read from: a slim card with its status and reason, no blank figures.
    const youtube = cards.eq(3);
    expect(youtube.hasClass('unread')).toBe(true);
    expect(youtube.find('.badge').text()).toBe('needs an access token');
    expect(youtube.text()).toContain('comments need a YouTube Data API key');
    expect(youtube.find('svg, table').length).toBe(0);

    const unchecked = $('section.unchecked').text();
    expect(unchecked).toContain('Social accounts not fully read');
    expect(unchecked).toContain('Mastodon acme@social.example — partly read — stopped at --max-posts 200');
    expect(unchecked).toContain('YouTube @acme — needs an access token — comments need a YouTube Data API key');
  });

  it('puts accounts nothing could be read from after those with measurements', () => {
    const report = sampleSocialReport('en');
    report.social!.accounts.unshift(report.social!.accounts.pop()!);
    const $ = cheerio.load(renderHtml(report));
    expect($('.social-account h3').map((_, h) => $(h).text()).get()).toEqual([
      'Bluesky · @acme.bsky.social',
      'Mastodon · acme@social.example',
      'Discourse · community.acme.example',
      'YouTube · @acme',
    ]);
  });

  it('says so when an account that was read has no weekly cadence', () => {
    const report = sampleSocialReport('en');
    report.social!.accounts[0].cadence = [];
    const card = cheerio.load(renderHtml(report))('.social-account').first();
    expect(card.find('svg.chart-series').length).toBe(0);
    expect(card.text()).toContain('No posting data for the window.');
  });

  it('shows a hostile question as text and its javascript: URL as text, never as a link', () => {
    const html = renderHtml(sampleSocialReport('en'));
    const $ = cheerio.load(html);
    const q = $('ul.questions li').eq(1);
    expect(q.find('.q').text()).toBe('“<img src=x onerror=alert(1)> does the warranty cover | this?”');
    expect(q.find('a').length).toBe(0);
    expect(q.find('span.url').text()).toBe('javascript:alert(1)');
    expect(activeContent(html)).toEqual([]);
  });

  it('writes the social part in French with French number formats', () => {
    const $ = cheerio.load(renderHtml(sampleSocialReport('fr')));
    expect($('#social-title').text()).toBe('Relation client sur les réseaux sociaux');
    const cells = $('.social-account').eq(0).find('table.figures td').map((_, td) => $(td).text()).get();
    expect(cells.slice(4)).toEqual(['14 (35\u202f%)', '3,1 h']);
    expect($('.social-account').eq(1).find('.badge').text()).toBe('lu en partie');
    expect($('.social-account').eq(0).find('svg.chart-columns').attr('aria-label')).toMatch(/^Questions répondues par délai de réponse\u202f: moins d’1 h 6/);
  });
});

/** A report whose every scraped string tries something. */
function hostileReport(lang: 'en' | 'fr'): AuditReport {
  const report = sampleSocialReport(lang);
  report.target.brandName = 'Bad &amp; Co\u001b[31m\u001b]0;owned\u0007';
  report.target.url = 'javascript:alert(document.cookie)';
  report.rules[2].title = '<script>alert(1)</script>';
  report.rules[2].message = '</p></article><style>body{background:url(https://evil.example/x.png)}</style>';
  report.rules[2].evidence = [
    { url: 'javascript:alert(1)', snippet: '"><img src=x onerror=alert(1)>' },
    { url: ' JaVaScRiPt:alert(2)' },
    { url: 'data:text/html,<script>alert(3)</script>' },
    { url: 'https://ok.example/"onmouseover="alert(4)', snippet: "'><svg onload=alert(5)>" },
  ];
  report.categories[0].title = '</title><script>alert(6)</script>';
  report.accounts[0].handle = '<b onclick=alert(7)>x</b>';
  report.accounts[0].url = 'vbscript:msgbox(8)';
  report.site.failedPages[0].error.message = '<iframe src=https://evil.example/>';
  report.ruleSet.title = '"><link rel=stylesheet href=https://evil.example/x.css>';
  report.tool.version = '1.0"><meta http-equiv=refresh content="0;url=https://evil.example">';
  report.lang = 'en"><script>alert(9)</script>' as 'en';
  return report;
}

describe('renderHtml — hostile data renders as inert text', () => {
  it('escapes every scraped string and links no non-http URL', () => {
    const html = renderHtml(hostileReport('en'));
    expect(activeContent(html)).toEqual([]);
    expect(wellFormednessProblems(html)).toEqual([]);
    const $ = cheerio.load(html);
    expect($('html').attr('lang')).toBe('en');
    expect($('h1').text()).toBe('Bad &amp; Co');
    expect(html).toContain('<h1>Bad &amp;amp; Co</h1>');
    expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
    expect($('article.rule h3').filter((_, h) => $(h).text() === '<script>alert(1)</script>').length).toBe(1);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const hostile = $('article.rule').filter((_, a) => $(a).find('h3').text() === '<script>alert(1)</script>');
    expect(hostile.find('.snippet').first().text()).toBe('“"><img src=x onerror=alert(1)>”');
    expect(hostile.find('.message').text()).toBe('</p></article><style>body{background:url(https://evil.example/x.png)}</style>');
    expect($('span.url').map((_, s) => $(s).text()).get()).toEqual(
      expect.arrayContaining(['javascript:alert(1)', 'JaVaScRiPt:alert(2)', 'data:text/html,<script>alert(3)</script>']),
    );
    // An account whose URL cannot be linked shows its handle as plain text.
    expect($('section[aria-labelledby="accounts-title"] span.url').first().text()).toBe('<b onclick=alert(7)>x</b>');
    // The quote in an http URL is percent-encoded in the href and cannot end the attribute.
    expect($('a[href^="https://ok.example/"]').attr('href')).toBe('https://ok.example/%22onmouseover=%22alert(4)');
    expect($('meta[http-equiv="refresh"]').length).toBe(0);
    expect($('style').length).toBe(1);
    expect($('head > title').text()).toBe('Bad &amp; Co — Customer-care audit');
  });

  it('stays inert in French too', () => {
    const html = renderHtml(hostileReport('fr'));
    expect(activeContent(html)).toEqual([]);
    expect(wellFormednessProblems(html)).toEqual([]);
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

  it('wrapLabel splits chart labels into at most two lines and shortens the rest', () => {
    expect(wrapLabel('Trust and legal', 24, 2)).toEqual(['Trust and legal']);
    expect(wrapLabel('Confiance et mentions légales', 24, 2)).toEqual(['Confiance et mentions', 'légales']);
    expect(wrapLabel('one two three four five six seven eight nine ten', 10, 2)).toEqual(['one two', 'three fou…']);
  });
});

describe('document i18n helpers (i18n.ts additions)', () => {
  it('typesets French templates with narrow no-break spaces, leaving English and the variables alone', () => {
    expect(typeset('fr', 'Score : {{x}} ; vraiment ? oui ! « cité »')).toBe(
      'Score\u202f: {{x}}\u202f; vraiment\u202f? oui\u202f! «\u202fcité\u202f»',
    );
    expect(typeset('en', 'Score : x')).toBe('Score : x');
    expect(tDoc('fr', 'unchecked.pageError', { code: 'a : b', message: 'c' })).toBe('a : b\u202f: c');
    expect(tDoc('en', 'unchecked.pageError', { code: 'a', message: 'c' })).toBe('a: c');
  });

  it('formats days, short days, durations and percentages per language', () => {
    expect(formatDay('en', '2025-03-01T23:59:00Z')).toBe('1 March 2025');
    expect(formatDay('fr', '2025-03-01T23:59:00Z')).toBe('1er mars 2025');
    expect(formatDay('en', 'not a date')).toBe('not a date');
    expect(formatShortDay('en', '2024-12-09')).toBe('9 Dec');
    expect(formatShortDay('fr', '2024-02-05')).toBe('5 févr.');
    expect(formatDuration('en', 42.4)).toBe('42 min');
    expect(formatDuration('en', 185)).toBe('3.1 h');
    expect(formatDuration('fr', 185)).toBe('3,1 h');
    expect(formatDuration('en', 60 * 50)).toBe('2.1 d');
    expect(formatDuration('fr', 60 * 72)).toBe('3 j');
    expect(formatPercent('en', 0.35)).toBe('35%');
    expect(formatPercent('fr', 0.125)).toBe('12,5\u202f%');
  });
});

describe('renderHtml — real reports', () => {
  const files = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.report.json'));

  it('has real golden reports to render', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`renders ${file}`, () => {
      const report = JSON.parse(readFileSync(path.join(GOLDEN_DIR, file), 'utf8')) as AuditReport;
      const html = renderHtml(report);
      expect(wellFormednessProblems(html)).toEqual([]);
      expect(activeContent(html)).toEqual([]);
      const $ = cheerio.load(html);
      expect($('html').attr('lang')).toBe(report.lang);
      expect($('h1').text()).toBe(report.target.brandName);
      expect($('svg.chart-categories rect.bar').length).toBe(report.categories.length);
      expect($('article.rule').length).toBe(report.rules.length);
      for (const rule of report.rules) expect($('article.rule h3').text()).toContain(rule.title);
      expect($('section.unchecked a').length).toBe(report.site.failedPages.length);
    });
  }
});

describe('golden sample files', () => {
  const update = process.env.UPDATE_GOLDEN === '1';
  const cases = [
    ...(['en', 'fr'] as const).map((lang) => ({ file: `sample.${lang}.html`, render: () => renderHtml(sampleSocialReport(lang)) })),
    ...(['en', 'fr'] as const).map((lang) => ({ file: `sample.${lang}.md`, render: () => renderMarkdown(sampleSocialReport(lang)) })),
  ];
  for (const { file, render } of cases) {
    it(`tests/golden/${file} matches the renderer${update ? ' (rewritten)' : ''}`, () => {
      const target = path.join(GOLDEN_DIR, file);
      const actual = render();
      if (update) writeFileSync(target, actual);
      expect(existsSync(target), `${file} is missing: run UPDATE_GOLDEN=1 npx vitest run tests/report/html.test.ts`).toBe(true);
      expect(actual).toBe(readFileSync(target, 'utf8'));
    });
  }
});
