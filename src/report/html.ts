// Renders an AuditReport as one self-contained HTML5 document a consultant can send as is (inline CSS and SVG, no
// script): cover, contents, executive summary, category scores, action plan, findings, criteria met, accounts, the
// social audit, methodology and coverage — on any screen from 360 px, and on A4 with page numbers.
import type { AuditReport } from './types.js';
import type { Lang } from '../locale/langs.js';
import { translator, type Translator } from '../locale/translator.js';
import { cleanText } from './sanitize.js';
import { ruleSetTitle } from './text.js';
import { checkBranding, paletteOf, type Branding } from './branding.js';
import { dateTimeText, doc } from './document/words.js';
import type { SectionId } from './document/anchors.js';
import { pageStyles, STYLES } from './html/styles.js';
import { clean, escapeHtml, escapeText, link, say } from './html/parts.js';
import { summarySection } from './html/summary.js';
import { findingsSection, metSection, scoresSection } from './html/rules.js';
import { isFinding } from './document/rules.js';
import { actionsSection } from './html/actions.js';
import { accountsSection } from './html/accounts.js';
import { socialSection } from './html/social.js';
import { methodologySection } from './html/methodology.js';
import { contentsNav } from './html/contents.js';

/** What the HTML report needs to know besides the report: the language to write it in (default English), branding. */
export interface HtmlOptions {
  lang?: Lang;
  /** The consultant's or agency's name, logo and accent colour. */
  branding?: Branding;
}

/**
 * Nothing may load or run, even if some escaping were ever wrong: no script, no frame, no fetch, no font, no
 * stylesheet but the inline one, images only from data: URLs (the logo, when there is one; charts are inline SVG).
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

function brandOf(report: AuditReport): string {
  return cleanText(report.target.brandName) || cleanText(report.target.domain) || cleanText(report.target.url);
}

function cover(tr: Translator, report: AuditReport, branding: Branding): string {
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
  const owner = branding.preparedBy ? clean(branding.preparedBy) : '';
  const logo = branding.logo
    ? `<img class="logo" src="${escapeHtml(branding.logo)}" alt="${say(tr, 'branding.logo', { name: owner || brandOf(report) })}">`
    : '';
  return [
    '<header class="cover"><div class="wrap">',
    `<div class="cover-top"><p class="kicker">${say(tr, 'title')}</p>${logo}</div>`,
    `<h1>${escapeHtml(brandOf(report))}</h1>`,
    `<p class="site">${audited ? link(report.target.url) : say(tr, 'header.websiteNotAudited')}</p>`,
    owner ? `<p class="prepared">${say(tr, 'branding.preparedBy', { name: owner })}</p>` : '',
    `<dl class="meta">${meta}</dl>`,
    '</div></header>',
  ]
    .filter(Boolean)
    .join('\n');
}

function footer(tr: Translator, report: AuditReport, branding: Branding): string {
  const tool = `${clean(report.tool.name)} ${clean(report.tool.version)}`;
  const owner = branding.preparedBy ? clean(branding.preparedBy) : '';
  return [
    '<footer class="doc-footer"><div class="wrap">',
    owner ? `<p>${say(tr, 'branding.preparedBy', { name: owner })}</p>` : '',
    `<p>${say(tr, 'generatedBy', { tool, date: dateTimeText(tr, report.generatedAt) })}</p>`,
    '</div></footer>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The sections this report has, in document order (no social section without a social audit, and so on). */
function sectionsOf(report: AuditReport): SectionId[] {
  const sections: SectionId[] = ['summary', 'scores', 'actions', 'findings'];
  if (report.rules.some((r) => !isFinding(r))) sections.push('met');
  sections.push('accounts');
  if (report.social && report.social.accounts.length > 0) sections.push('social');
  sections.push('methodology');
  return sections;
}

/**
 * Renders `report` as a complete HTML5 document in `opts.lang` (`<html lang>` says which), branded with
 * `opts.branding`. Self-contained and inert: inline CSS and SVG only (and the logo as a data: URI), no JavaScript, a
 * Content-Security-Policy that forbids any load, links only to http(s) URLs and to its own anchors, and every
 * string from the report cleaned of control characters and escaped. A bad branding value throws a ConfigError.
 */
export function renderHtml(report: AuditReport, opts: HtmlOptions = {}): string {
  const tr = translator(opts.lang ?? 'en');
  const branding = checkBranding(opts.branding);
  const brand = brandOf(report);
  const title = [brand, doc(tr, 'title')].filter(Boolean).join(' — ');
  const sections = sectionsOf(report);
  const css = pageStyles({
    palette: branding.accent ? paletteOf(branding.accent) : undefined,
    footer: doc(tr, 'branding.pageFooter', { brand, title: doc(tr, 'title') }),
    preparedBy: branding.preparedBy ? doc(tr, 'branding.preparedBy', { name: clean(branding.preparedBy) }) : undefined,
  });
  const body: Record<SectionId, () => string> = {
    summary: () => summarySection(tr, report),
    scores: () => scoresSection(tr, report),
    actions: () => actionsSection(tr, report),
    findings: () => findingsSection(tr, report),
    met: () => metSection(tr, report),
    accounts: () => accountsSection(tr, report),
    social: () => socialSection(tr, report),
    methodology: () => methodologySection(tr, report),
  };
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(tr.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="${escapeText(`${report.tool.name} ${report.tool.version}`)}">`,
    branding.preparedBy ? `<meta name="author" content="${escapeText(branding.preparedBy)}">` : '',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLES}${css}\n</style>`,
    '</head>',
    '<body>',
    cover(tr, report, branding),
    '<main><div class="wrap">',
    contentsNav(tr, sections),
    ...sections.map((id) => body[id]()),
    '</div></main>',
    footer(tr, report, branding),
    '</body>',
    '</html>',
    '',
  ]
    .filter((part) => part !== '')
    .join('\n')
    .concat('\n');
}
