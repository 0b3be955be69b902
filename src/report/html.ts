// Renders an AuditReport as one self-contained HTML5 document a consultant can send as is (inline CSS and SVG, no script).
import type { AuditReport } from './types.js';
import type { Lang } from '../locale/langs.js';
import { translator, type Translator } from '../locale/translator.js';
import { cleanText } from './sanitize.js';
import { ruleSetTitle } from './text.js';
import { dateTimeText, doc } from './document/words.js';
import { STYLES } from './html/styles.js';
import { clean, escapeHtml, escapeText, link, say } from './html/parts.js';
import { categorySections, legendSection, overviewSection, prioritiesSection } from './html/rules.js';
import { accountsSection } from './html/accounts.js';
import { socialSection } from './html/social.js';
import { uncheckedSection } from './html/unchecked.js';

/** What the HTML report needs to know besides the report: the language to write it in (default English). */
export interface HtmlOptions {
  lang?: Lang;
}

/**
 * Nothing may load or run, even if some escaping were ever wrong: no script, no frame, no fetch, no font, no
 * stylesheet but the inline one, images only from data: URLs (there are none; charts are inline SVG).
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function brandOf(report: AuditReport): string {
  return cleanText(report.target.brandName) || cleanText(report.target.domain) || cleanText(report.target.url);
}

function cover(tr: Translator, report: AuditReport): string {
  const collected = dateTimeText(tr, report.collectedAt);
  const generated = dateTimeText(tr, report.generatedAt);
  const pages =
    report.site.pagesFailed > 0
      ? doc(tr, 'header.pagesWithFailures', { crawled: report.site.pagesCrawled, failed: report.site.pagesFailed })
      : tr.number(report.site.pagesCrawled);
  const rows: [string, string][] = [[say(tr, 'header.collected'), escapeHtml(collected)]];
  // A snapshot re-scored later is reported on another day than it was collected: say so only when they differ.
  if (generated !== collected) rows.push([say(tr, 'header.generated'), escapeHtml(generated)]);
  // A social-only audit has no site to link and no pages to count.
  const audited = report.site.audited !== false;
  rows.push([say(tr, 'header.ruleSet'), say(tr, 'header.ruleSetValue', { title: clean(ruleSetTitle(tr, report.ruleSet)), id: clean(report.ruleSet.id) })]);
  if (audited) rows.push([say(tr, 'header.pages'), escapeHtml(pages)]);
  rows.push([say(tr, 'header.tool'), `${escapeText(report.tool.name)} ${escapeText(report.tool.version)}`]);
  const meta = rows.map(([dt, dd]) => `<div><dt>${dt}</dt><dd>${dd}</dd></div>`).join('');
  return [
    '<header class="cover"><div class="wrap">',
    `<p class="kicker">${say(tr, 'title')}</p>`,
    `<h1>${escapeHtml(brandOf(report))}</h1>`,
    `<p class="site">${audited ? link(report.target.url) : say(tr, 'header.websiteNotAudited')}</p>`,
    `<dl class="meta">${meta}</dl>`,
    '</div></header>',
  ].join('\n');
}

function footer(tr: Translator, report: AuditReport): string {
  const tool = `${clean(report.tool.name)} ${clean(report.tool.version)}`;
  return [
    '<footer class="doc-footer"><div class="wrap">',
    `<p>${say(tr, 'generatedBy', { tool, date: dateTimeText(tr, report.generatedAt) })}</p>`,
    '</div></footer>',
  ].join('\n');
}

/**
 * Renders `report` as a complete HTML5 document in `opts.lang` (`<html lang>` says which): cover, overall score with
 * grade and band, a chart of the category scores, the rules to improve, one section per category with every rule
 * and its evidence, the social accounts found, the social audit (when the report has one) and what could not be
 * checked, styled for screen and A4 print. Self-contained and inert: inline CSS and SVG only, no JavaScript, a
 * Content-Security-Policy that forbids any load, links only to http(s) URLs, and every string from the report
 * cleaned of control characters and escaped.
 */
export function renderHtml(report: AuditReport, opts: HtmlOptions = {}): string {
  const tr = translator(opts.lang ?? 'en');
  const brand = cleanText(report.target.brandName) || cleanText(report.target.domain);
  const title = [brand, doc(tr, 'title')].filter(Boolean).join(' — ');
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(tr.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeText(`${report.tool.name} ${report.tool.version}`)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
    cover(tr, report),
    '<main><div class="wrap">',
    overviewSection(tr, report),
    prioritiesSection(tr, report),
    legendSection(tr),
    categorySections(tr, report),
    accountsSection(tr, report),
    socialSection(tr, report),
    uncheckedSection(tr, report),
    '</div></main>',
    footer(tr, report),
    '</body>',
    '</html>',
    '',
  ]
    .filter((part) => part !== '')
    .join('\n')
    .concat('\n');
}
