// Renders an AuditReport as GitHub-flavoured Markdown: the full deliverable, for wikis, pull requests and editors.
import { translator } from '../../locale/translator.js';
import type { AuditReport } from '../types.js';
import { checkBranding } from '../branding.js';
import { isFinding } from '../document/rules.js';
import { dateTimeText, doc } from '../document/words.js';
import { escapeMarkdown } from './escape.js';
import { accountsTable } from './accounts.js';
import { header, scores } from './overview.js';
import { findingsSection, metSection } from './rules.js';
import { socialSection } from './social.js';
import { actionsSection, contents, methodology, summary } from './deliverable.js';
import type { MarkdownOptions } from './parts.js';

export type { MarkdownOptions };

/**
 * Renders `report` as GitHub-flavoured Markdown in `opts.lang`: title and header (with who prepared it, from
 * `opts.branding`), contents, executive summary, category scores, action plan, findings by category with their
 * benchmarks and evidence, the criteria met, the accounts found, the social audit (when present), and methodology
 * and coverage. Untrusted text is escaped for Markdown (no raw HTML reaches GitHub) and only http(s) URLs become
 * links; a logo is not embedded (Markdown renderers do not show data: images). Ends with a newline.
 */
export function renderMarkdown(report: AuditReport, opts: MarkdownOptions = {}): string {
  const tr = translator(opts.lang ?? 'en');
  const branding = checkBranding(opts.branding);
  const titles = [doc(tr, 'summary.title'), doc(tr, 'section.categories'), doc(tr, 'actions.title'), doc(tr, 'findings.title')];
  if (report.rules.some((r) => !isFinding(r))) titles.push(doc(tr, 'findings.metTitle'));
  titles.push(doc(tr, 'section.accounts'));
  if (report.social && report.social.accounts.length > 0) titles.push(doc(tr, 'section.social'));
  titles.push(doc(tr, 'methodology.title'));

  const lines: string[] = [...header(tr, report, branding.preparedBy), ...contents(tr, titles), ...summary(tr, report), ...scores(tr, report)];
  lines.push(...actionsSection(tr, report), ...findingsSection(tr, report), ...metSection(tr, report));
  lines.push('', `## ${doc(tr, 'section.accounts')}`, '', ...accountsTable(tr, report));
  lines.push(...socialSection(tr, report), ...methodology(tr, report));
  const tool = `${escapeMarkdown(report.tool.name)} ${escapeMarkdown(report.tool.version)}`;
  lines.push('', '---', '', doc(tr, 'generatedBy', { tool, date: escapeMarkdown(dateTimeText(tr, report.generatedAt)) }));
  return lines.join('\n') + '\n';
}
