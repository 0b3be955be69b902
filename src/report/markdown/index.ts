// Renders an AuditReport as GitHub-flavoured Markdown: the full report, for wikis and pull requests.
import { translator } from '../../locale/translator.js';
import type { AuditReport } from '../types.js';
import { dateTimeText, doc } from '../document/words.js';
import { escapeMarkdown } from './escape.js';
import { accountsTable } from './accounts.js';
import { header, overview } from './overview.js';
import { categorySections } from './rules.js';
import { socialSection } from './social.js';
import { uncheckedLines } from './unchecked.js';
import type { MarkdownOptions } from './parts.js';

export type { MarkdownOptions };


/** Failed pages, crawl problems and the other gaps listed before "… and N more". */
const LIST_LIMIT = 50;

/**
 * Renders `report` as GitHub-flavoured Markdown in `opts.lang`: header, overall score, category table, every rule
 * with its message and evidence links by category, the accounts found, the social audit (when present) and what
 * could not be checked. Untrusted text is escaped for Markdown (no raw HTML reaches GitHub) and only http(s) URLs
 * become links. Ends with a newline.
 */
export function renderMarkdown(report: AuditReport, opts: MarkdownOptions = {}): string {
  const tr = translator(opts.lang ?? 'en');
  const lines: string[] = [...header(tr, report), ...overview(tr, report), ...categorySections(tr, report)];
  lines.push('', `## ${doc(tr, 'section.accounts')}`, '', ...accountsTable(tr, report));
  lines.push(...socialSection(tr, report));
  lines.push('', `## ${doc(tr, 'section.unchecked')}`, ...uncheckedLines(tr, report, LIST_LIMIT, '###'));
  const tool = `${escapeMarkdown(report.tool.name)} ${escapeMarkdown(report.tool.version)}`;
  lines.push('', '---', '', doc(tr, 'generatedBy', { tool, date: escapeMarkdown(dateTimeText(tr, report.generatedAt)) }));
  return lines.join('\n') + '\n';
}
