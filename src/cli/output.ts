// Writes the rendered report: to stdout, to --out FILE, or one file per format under --out-dir DIR; files are
// written whole (write-file.ts: a temporary file, then a rename), so a killed run never leaves half a report. PDF is the
// HTML printed by Chromium. A run that wrote files ends with the closing summary on stderr (score, counts, the files).
// Every text, the HTML given to Chromium included, is scrubbed of the run's secrets (Io.redact) before it leaves.
import path from 'node:path';
import { writeFileAtomic } from '../write-file.js';
import { EXTENSIONS, FORMATS, renderReport, type Format } from '../report/index.js';
import { renderHtml } from '../report/html.js';
import { renderClosingSummary } from '../report/terminal.js';
import type { Branding } from '../report/branding.js';
import type { AuditReport } from '../report/types.js';
import type { Lang } from '../locale/langs.js';
import type { Progress } from '../progress.js';
import { findChromium, printPdf } from './pdf.js';
import type { Io } from './io.js';

/** Every format the CLI writes: the text formats, and PDF (the HTML report printed by Chromium). */
export const OUTPUT_FORMATS = [...FORMATS, 'pdf'] as const;
export type OutputFormat = Format | 'pdf';

/** File extension used for each format with --out-dir. */
export const OUTPUT_EXTENSIONS: Record<OutputFormat, string> = { ...EXTENSIONS, pdf: 'pdf' };

export interface OutputTarget {
  formats: OutputFormat[];
  out?: string;
  outDir?: string;
  /** The language every format is rendered in (reports themselves carry none). */
  lang: Lang;
  color: boolean;
  verbose?: boolean;
  quiet?: boolean;
  /** The consultant's or agency's name, logo and accent colour (HTML, PDF, Markdown). */
  branding?: Branding;
}

/** A file name for the report of a brand: its domain (a social-only audit has none: its name), safe for every file system. */
export function reportBaseName(report: AuditReport): string {
  return (report.target.domain || report.target.brandName || 'brand').replace(/[^a-z0-9.-]+/gi, '-').replace(/^[.-]+/, '') || 'brand';
}

/**
 * Columns for the terminal format: the terminal's width, else COLUMNS (a piped run keeps the width its user set),
 * else the formatter's default.
 */
export function terminalWidth(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): number | undefined {
  if (stream.isTTY && stream.columns) return stream.columns;
  const columns = Number(env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : undefined;
}

/** Checks that PDF output can be printed before any slow work, so a missing Chromium fails in a second (exit 2). */
export function checkPdfReady(formats: readonly OutputFormat[], env: NodeJS.ProcessEnv): string | undefined {
  return formats.includes('pdf') ? findChromium(env) : undefined;
}

/** Renders every asked format and writes each where it belongs; returns the files written. */
export async function writeOutputs(report: AuditReport, target: OutputTarget, io: Io, progress: Progress): Promise<string[]> {
  const width = terminalWidth(io.stdout, io.env);
  const files: string[] = [];
  for (const format of target.formats) {
    const redact = io.redact ?? ((text: string) => text);
    const content =
      format === 'pdf'
        ? await printPdf(redact(renderHtml(report, { lang: target.lang, branding: target.branding })), findChromium(io.env))
        : redact(renderReport(report, format, { lang: target.lang, color: target.color, width, verbose: target.verbose, branding: target.branding }));
    const file = target.outDir ? path.join(target.outDir, `${reportBaseName(report)}.${OUTPUT_EXTENSIONS[format]}`) : target.out;
    if (file) {
      await writeFileAtomic(file, content);
      files.push(file);
    } else {
      io.stdout.write(content);
    }
  }
  if (files.length > 0 && !target.quiet) {
    progress.info(renderClosingSummary(report, { lang: target.lang, color: false, width: terminalWidth(io.stderr, io.env), files }).trimEnd());
  }
  return files;
}

