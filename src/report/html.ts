// Renders an AuditReport as one self-contained HTML5 document a consultant can send as is (inline CSS and SVG, no script).
import type { AuditReport } from './types.js';
import { formatDate, formatNumber, tDoc, type Lang } from './i18n.js';
import { cleanText } from './sanitize.js';
import { STYLES } from './html/styles.js';
import { clean, escapeHtml, escapeText, link, say } from './html/parts.js';
import { categorySections, legendSection, overviewSection, prioritiesSection } from './html/rules.js';
import { accountsSection, socialSection } from './html/accounts.js';
import { uncheckedSection } from './html/unchecked.js';

/**
 * Nothing may load or run, even if some escaping were ever wrong: no script, no frame, no fetch, no font, no
 * stylesheet but the inline one, images only from data: URLs (there are none; charts are inline SVG).
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function cover(report: AuditReport, lang: Lang): string {
  const brand = cleanText(report.target.brandName) || cleanText(report.target.domain) || cleanText(report.target.url);
  const collected = formatDate(lang, report.collectedAt);
  const generated = formatDate(lang, report.generatedAt);
  const pages =
    report.site.pagesFailed > 0
      ? tDoc(lang, 'header.pagesWithFailures', {
          crawled: formatNumber(lang, report.site.pagesCrawled),
          failed: formatNumber(lang, report.site.pagesFailed),
        })
      : formatNumber(lang, report.site.pagesCrawled);
  const rows: [string, string][] = [[say(lang, 'header.collected'), escapeHtml(collected)]];
  // A snapshot re-scored later is reported on another day than it was collected: say so only when they differ.
  if (generated !== collected) rows.push([say(lang, 'header.generated'), escapeHtml(generated)]);
  rows.push(
    [
      say(lang, 'header.ruleSet'),
      say(lang, 'header.ruleSetValue', { title: clean(report.ruleSet.title), id: clean(report.ruleSet.id) }),
    ],
    [say(lang, 'header.pages'), escapeHtml(pages)],
    [say(lang, 'header.tool'), `${escapeText(report.tool.name)} ${escapeText(report.tool.version)}`],
  );
  const meta = rows.map(([dt, dd]) => `<div><dt>${dt}</dt><dd>${dd}</dd></div>`).join('');
  return [
    '<header class="cover"><div class="wrap">',
    `<p class="kicker">${say(lang, 'report.title')}</p>`,
    `<h1>${escapeHtml(brand)}</h1>`,
    `<p class="site">${link(report.target.url)}</p>`,
    `<dl class="meta">${meta}</dl>`,
    '</div></header>',
  ].join('\n');
}

function footer(report: AuditReport, lang: Lang): string {
  const tool = `${clean(report.tool.name)} ${clean(report.tool.version)}`;
  return [
    '<footer class="doc-footer"><div class="wrap">',
    `<p>${say(lang, 'doc.generatedBy', { tool, date: formatDate(lang, report.generatedAt) })}</p>`,
    '</div></footer>',
  ].join('\n');
}

/**
 * Renders `report` as a complete HTML5 document in `report.lang`: cover, overall score with grade and band, a chart
 * of the category scores, one section per category with every rule and its evidence, the social accounts found,
 * the social audit (when the report has one) and what could not be checked, styled for screen and A4 print.
 * Self-contained and inert: inline CSS and SVG only, no JavaScript, a Content-Security-Policy that forbids any
 * load, links only to http(s) URLs, and every string from the report cleaned of control characters and escaped.
 */
export function renderHtml(report: AuditReport): string {
  const lang: Lang = report.lang === 'fr' ? 'fr' : 'en';
  const brand = cleanText(report.target.brandName) || cleanText(report.target.domain);
  const title = [brand, tDoc(lang, 'report.title')].filter(Boolean).join(' — ');
  return [
    '<!DOCTYPE html>',
    `<html lang="${lang}">`,
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
    cover(report, lang),
    '<main><div class="wrap">',
    overviewSection(report, lang),
    prioritiesSection(report, lang),
    legendSection(lang),
    categorySections(report, lang),
    accountsSection(report, lang),
    socialSection(report, lang),
    uncheckedSection(report, lang),
    '</div></main>',
    footer(report, lang),
    '</body>',
    '</html>',
    '',
  ]
    .filter((part) => part !== '')
    .join('\n')
    .concat('\n');
}
