// Appends the Markdown summary of a report to the GitHub Actions job summary (GITHUB_STEP_SUMMARY), within its size limit.
import { appendFile, stat } from 'node:fs/promises';
import type { AuditReport } from './types.js';
import { escapeMarkdown, renderMarkdownSummary } from './markdown.js';
import { formatNumber } from './i18n.js';

/** GitHub rejects a step summary over 1 MiB ("Job summaries … are limited to 1MiB", GitHub Actions docs). */
export const GITHUB_SUMMARY_LIMIT = 1024 * 1024;
/**
 * Below this budget a summary would be little more than its heading (score, one category table already take ~1 KB
 * for the default rule set): a one-line note says more than a summary cut to nothing.
 */
export const MIN_SUMMARY_BYTES = 4 * 1024;

const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Size of the summary file so far; a file that does not exist yet is empty (appending creates it). */
async function currentSize(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw err;
  }
}

/** The one line written instead of the summary when the file has too little room left. */
function note(report: AuditReport): string {
  const name = escapeMarkdown(report.target.brandName || report.target.domain);
  const fr = report.lang === 'fr';
  const score = report.score == null ? (fr ? 'non noté' : 'not scored') : `${formatNumber(fr ? 'fr' : 'en', report.score, 1)}/100`;
  return fr
    ? `> **brand-audit** — ${name} : ${score}. Résumé omis : le résumé de l'étape approche la limite de 1 Mio de GitHub.\n`
    : `> **brand-audit** — ${name}: ${score}. Summary left out: the step summary is close to GitHub's 1 MiB limit.\n`;
}

/**
 * When `env.GITHUB_STEP_SUMMARY` names a file, appends the report's Markdown summary to it, keeping the whole file
 * under GitHub's 1 MiB limit: the renderer gets the bytes that remain; when fewer than MIN_SUMMARY_BYTES remain (or
 * the renderer returns nothing that fits) a one-line note with the score is appended instead, and nothing at all
 * when even that does not fit. Resolves to whether anything was written; rejects when the file cannot be written.
 */
export async function appendGithubSummary(
  report: AuditReport,
  env: NodeJS.ProcessEnv,
  render: (report: AuditReport, maxBytes: number) => string = renderMarkdownSummary,
): Promise<boolean> {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  const size = await currentSize(file);
  // What is already there (an earlier brand of a batch, another tool) must not run into this block: after a
  // final newline, one more gives the blank line that separates Markdown blocks.
  const separator = size > 0 ? '\n' : '';
  const room = GITHUB_SUMMARY_LIMIT - size - bytes(separator);
  let text = room >= MIN_SUMMARY_BYTES ? render(report, room) : '';
  if (text && !text.endsWith('\n')) text += '\n';
  if (!text.trim() || bytes(text) > room) text = note(report);
  if (bytes(text) > room) return false;
  await appendFile(file, separator + text, 'utf8');
  return true;
}
