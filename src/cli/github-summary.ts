// Appends the Markdown summary of a report to the GitHub Actions job summary (GITHUB_STEP_SUMMARY), within its size
// limit: the CLI does this file I/O; the summary itself is rendered by the Markdown formatter.
import { readFile, stat } from 'node:fs/promises';
import { writeFileAtomic } from '../write-file.js';
import type { AuditReport } from '../report/types.js';
import type { Lang } from '../locale/langs.js';
import { translator } from '../locale/translator.js';
import { escapeMarkdown, renderMarkdownSummary } from '../report/markdown.js';
import { gateVerdict } from '../report/gates.js';

export interface GithubSummaryOptions {
  /** The language of the summary (and of the note written instead of it). */
  lang: Lang;
  /** Scrubs secrets from the text appended (Io.redact). */
  redact?: (text: string) => string;
}

/** Renders the summary of `report` in at most `maxBytes` UTF-8 bytes. */
export type SummaryRenderer = (report: AuditReport, maxBytes: number, opts: GithubSummaryOptions) => string;

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

/** The one line written instead of the summary when the file has too little room left, in `opts.lang`. */
function note(report: AuditReport, opts: GithubSummaryOptions): string {
  const tr = translator(opts.lang);
  const brand = escapeMarkdown(report.target.brandName || report.target.domain);
  const score = report.score == null ? tr.t('report.githubSummary.notScored') : tr.t('report.score.value', { score: report.score });
  // Even cut to one line, a gated run says first whether it passed.
  const verdict = report.gates ? ` ${report.gates.ok ? '✅' : '❌'} ${escapeMarkdown(gateVerdict(tr, report.gates).word)}` : '';
  return `> **brand-audit**${verdict} — ${tr.t('report.githubSummary.omitted', { brand, score })}\n`;
}

/**
 * When `env.GITHUB_STEP_SUMMARY` names a file, appends the report's Markdown summary in `opts.lang` to it, keeping
 * the whole file under GitHub's 1 MiB limit: the renderer gets the bytes that remain; when fewer than
 * MIN_SUMMARY_BYTES remain (or the renderer returns nothing that fits) a one-line note with the score is appended
 * instead, and nothing at all when even that does not fit. Resolves to whether anything was written; rejects when the file cannot be written.
 */
export async function appendGithubSummary(
  report: AuditReport,
  env: NodeJS.ProcessEnv,
  opts: GithubSummaryOptions,
  render: SummaryRenderer = renderMarkdownSummary,
): Promise<boolean> {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  const size = await currentSize(file);
  // What is already there (an earlier brand of a batch, another tool) must not run into this block: after a
  // final newline, one more gives the blank line that separates Markdown blocks.
  const separator = size > 0 ? '\n' : '';
  const room = GITHUB_SUMMARY_LIMIT - size - bytes(separator);
  let text = room >= MIN_SUMMARY_BYTES ? render(report, room, opts) : '';
  if (text && !text.endsWith('\n')) text += '\n';
  if (!text.trim() || bytes(text) > room) text = note(report, opts);
  if (opts.redact) text = opts.redact(text);
  if (bytes(text) > room) return false;
  // Appended by rewriting the file whole (what was there, then this block): a killed run leaves the summary as it was.
  const before = size > 0 ? await readFile(file) : Buffer.alloc(0);
  await writeFileAtomic(file, Buffer.concat([before, Buffer.from(separator + text, 'utf8')]));
  return true;
}
