// Writes the rendered report: to stdout, to --out FILE, or one file per format under --out-dir DIR; files are
// written whole (a temporary file, then a rename), so a killed run never leaves half a report.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EXTENSIONS, type Format } from '../report/formats.js';
import { loadRenderer } from '../report/load.js';
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
}

/** A file name for the report of a brand: its domain, safe for every file system. */
export function reportBaseName(report: AuditReport): string {
  return (report.target.domain || 'brand').replace(/[^a-z0-9.-]+/gi, '-').replace(/^[.-]+/, '') || 'brand';
}

/** Renders every asked format and writes each where it belongs. */
export async function writeOutputs(report: AuditReport, target: OutputTarget, stdout: NodeJS.WriteStream, progress: Progress): Promise<void> {
  for (const format of target.formats) {
    const render = await loadRenderer(format);
    const text = render(report, { lang: target.lang, color: target.color, width: stdout.columns, verbose: target.verbose });
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

/** Writes `text` to `file` through a temporary file in the same folder and a rename (atomic on one file system). */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const full = path.resolve(file);
  await mkdir(path.dirname(full), { recursive: true });
  const temp = `${full}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    await writeFile(temp, text, 'utf8');
    await rename(temp, full);
  } catch (err) {
    await rm(temp, { force: true });
    // The error names the file asked for, not the temporary one.
    if (err && typeof err === 'object' && 'path' in err) (err as NodeJS.ErrnoException).path = file;
    throw err;
  }
}
