// Writes the rendered report: to stdout, to --out FILE, or one file per format under --out-dir DIR; files are
// written whole (write-file.ts: a temporary file, then a rename), so a killed run never leaves half a report.
import path from 'node:path';
import { writeFileAtomic } from '../write-file.js';
import { EXTENSIONS, renderReport, type Format } from '../report/index.js';
import type { AuditReport } from '../report/types.js';
import type { Lang } from '../locale/langs.js';
import type { Progress } from '../progress.js';

export interface OutputTarget {
  formats: Format[];
  out?: string;
  outDir?: string;
  /** The language every format is rendered in (reports themselves carry none). */
  lang: Lang;
  color: boolean;
  verbose?: boolean;
  /** Scrubs secrets from each rendered file (Io.redact). */
  redact?: (text: string) => string;
}

/** A file name for the report of a brand: its domain, safe for every file system. */
export function reportBaseName(report: AuditReport): string {
  return (report.target.domain || 'brand').replace(/[^a-z0-9.-]+/gi, '-').replace(/^[.-]+/, '') || 'brand';
}

/** Renders every asked format and writes each where it belongs. */
export async function writeOutputs(report: AuditReport, target: OutputTarget, stdout: NodeJS.WriteStream, progress: Progress): Promise<void> {
  for (const format of target.formats) {
    const rendered = renderReport(report, format, { lang: target.lang, color: target.color, width: stdout.columns, verbose: target.verbose });
    const text = target.redact ? target.redact(rendered) : rendered;
    if (target.outDir) {
      const file = path.join(target.outDir, `${reportBaseName(report)}.${EXTENSIONS[format]}`);
      await writeFileAtomic(file, text);
      progress.info(`Report written to ${file}`);
    } else if (target.out) {
      await writeFileAtomic(target.out, text);
      progress.info(`Report written to ${target.out}`);
    } else {
      stdout.write(text);
    }
  }
}

export { writeFileAtomic };
