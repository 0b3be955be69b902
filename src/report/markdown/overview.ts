// The Markdown report's head: title line, header list, overall score, rule counts and the category table.
import type { Translator } from '../../locale/translator.js';
import type { AuditReport } from '../types.js';
import { cleanText } from '../sanitize.js';
import { categoryTitle, ruleSetTitle } from '../text.js';
import { bandWord, dateTimeText, doc, labelled, statusWord, STATUSES } from '../document/words.js';
import { escapeMarkdown, markdownLink } from './escape.js';
import { more, status, table, textBar } from './parts.js';

function brandOf(report: AuditReport): string {
  return cleanText(report.target.brandName) || cleanText(report.target.domain);
}

/** "Acme — Customer-care audit". */
export function titleLine(tr: Translator, report: AuditReport): string {
  return [escapeMarkdown(brandOf(report)), doc(tr, 'title')].filter(Boolean).join(' — ');
}

/** "**Overall score: 55.1/100** · Grade C · average", band and grade as the report gives them. */
export function scoreLine(tr: Translator, report: AuditReport): string {
  const label = doc(tr, 'score.label');
  if (report.score == null) return `**${labelled(tr, label, doc(tr, 'score.none'))}**`;
  const parts = [`**${labelled(tr, label, doc(tr, 'score.value', { score: report.score }))}**`];
  if (report.grade) parts.push(doc(tr, 'score.grade', { grade: escapeMarkdown(report.grade) }));
  if (report.band) parts.push(bandWord(tr, report.band));
  return parts.join(' · ');
}

/** "Rules: 3 PASS · 1 WARN · …", from the report's counts. */
export function countsLine(tr: Translator, report: AuditReport): string {
  const counts = STATUSES.map((s) => doc(tr, 'summary.count', { count: report.counts?.[s] ?? 0, label: escapeMarkdown(statusWord(tr, s)) }));
  return doc(tr, 'summary.rules', { counts: counts.join(' · ') });
}

/** "87.5/100", or "not scored". */
export function scoreText(tr: Translator, score: number | null): string {
  return score == null ? doc(tr, 'category.noScore') : doc(tr, 'category.score', { score });
}

/** The category table (title, score, weight, and a text bar unless `bars` is false); `max` caps its rows. */
export function categoriesTable(tr: Translator, report: AuditReport, max = Infinity, bars = true): string[] {
  const head = [doc(tr, 'table.category'), doc(tr, 'table.score'), doc(tr, 'table.weight')];
  const rows = report.categories.slice(0, max).map((c) => {
    const row = [escapeMarkdown(categoryTitle(tr, c.id)), scoreText(tr, c.score), tr.number(c.weight)];
    return bars ? [...row, textBar(c.score)] : row;
  });
  const lines = bars ? table([...head, ' '], ['l', 'r', 'r', 'l'], rows) : table(head, ['l', 'r', 'r'], rows);
  if (report.categories.length > max) lines.push('', more(tr, report.categories.length - max));
  return lines;
}

/** The title and the header list: site, who prepared it, collection date, generation date when it differs, rule set, pages, tool. */
export function header(tr: Translator, report: AuditReport, preparedBy?: string): string[] {
  const collected = escapeMarkdown(dateTimeText(tr, report.collectedAt));
  const generated = escapeMarkdown(dateTimeText(tr, report.generatedAt));
  const pages =
    report.site.pagesFailed > 0
      ? doc(tr, 'header.pagesWithFailures', { crawled: report.site.pagesCrawled, failed: report.site.pagesFailed })
      : tr.number(report.site.pagesCrawled);
  const ruleSet = doc(tr, 'header.ruleSetValue', { title: escapeMarkdown(ruleSetTitle(tr, report.ruleSet)), id: escapeMarkdown(report.ruleSet.id) });
  // A social-only audit has no site to link and no pages to count.
  const audited = report.site.audited !== false;
  const rows: [string, string][] = [
    ['header.site', audited ? markdownLink(report.target.url) : doc(tr, 'header.websiteNotAudited')],
    ['header.collected', collected],
  ];
  // A snapshot re-scored later is reported on another day than it was collected: say so only when they differ.
  if (generated !== collected) rows.push(['header.generated', generated]);
  rows.push(['header.ruleSet', ruleSet]);
  if (audited) rows.push(['header.pages', pages]);
  rows.push(
    ['header.tool', `${escapeMarkdown(report.tool.name)} ${escapeMarkdown(report.tool.version)}`],
  );
  const lines = [`# ${titleLine(tr, report)}`, ''];
  if (preparedBy) lines.push(`*${escapeMarkdown(doc(tr, 'branding.preparedBy', { name: cleanText(preparedBy) }))}*`, '');
  return [...lines, ...rows.map(([key, value]) => `- ${labelled(tr, `**${doc(tr, key)}**`, value)}`)];
}

/** The category scores: overall score, rule counts and the category table with text bars. */
export function scores(tr: Translator, report: AuditReport): string[] {
  const lines = ['', `## ${doc(tr, 'section.categories')}`, '', scoreLine(tr, report), '', countsLine(tr, report)];
  if (report.categories.length > 0) lines.push('', ...categoriesTable(tr, report));
  return lines;
}
