// `brand-audit report FILE` re-renders a saved report or re-audits a saved snapshot; `compare A B` diffs two reports.
import { readFileSync } from 'node:fs';
import { ConfigError } from '../config/errors.js';
import { loadRuleSet } from '../config/rule-set.js';
import { checkSnapshot } from '../snapshot/io.js';
import { buildReport } from '../report/build.js';
import { compareReports, renderDiff } from '../report/compare.js';
import { createProgress } from '../progress.js';
import { writeOutputs } from './output.js';
import { loadReport, EXIT, type Io } from './run-audit.js';
import type { Format } from '../report/index.js';
import type { AuditReport } from '../report/types.js';
import type { Lang } from '../rules/runner.js';

export interface ReportCommandOptions {
  formats: Format[];
  out?: string;
  outDir?: string;
  lang?: Lang;
  rules?: string;
  color: boolean;
  quiet?: boolean;
  verbose?: boolean;
}

/**
 * A saved report is rendered as it is (never re-scored); a saved snapshot is audited again offline, with the
 * given rule set and language. The file's own shape says which it is.
 */
export async function runReportCommand(file: string, opts: ReportCommandOptions, io: Io): Promise<number> {
  const data = readJson(file);
  let report: AuditReport;
  if (looksLikeReport(data)) {
    if (opts.rules) throw new ConfigError('--rules applies to snapshots; a saved report is rendered as it was scored', file);
    report = loadReport(file);
    if (opts.lang && opts.lang !== report.lang) {
      throw new ConfigError(`this report was written in "${report.lang}"; re-audit its snapshot to get it in "${opts.lang}"`, file);
    }
  } else {
    const snapshot = checkSnapshot(data, file);
    report = buildReport(snapshot, loadRuleSet(opts.rules ?? 'default'), opts.lang ?? 'en');
  }
  const progress = createProgress({ quiet: !!opts.quiet, stream: io.stderr, env: io.env });
  await writeOutputs(report, opts, io.stdout, progress);
  return EXIT.ok;
}

/** Prints what changed between two saved reports (score, categories, rules, accounts). */
export function runCompareCommand(before: string, after: string, opts: { format: 'terminal' | 'json' | 'markdown'; color: boolean; lang?: Lang }, io: Io): number {
  const a = loadReport(before);
  const b = loadReport(after);
  const diff = compareReports(a, b);
  io.stdout.write(renderDiff(diff, opts.format, { color: opts.color, lang: opts.lang ?? b.lang ?? 'en' }));
  return EXIT.ok;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new ConfigError(e.code ? `cannot read: ${e.code}` : `not valid JSON: ${e.message}`, file);
  }
}

function looksLikeReport(data: unknown): boolean {
  return !!data && typeof data === 'object' && Array.isArray((data as AuditReport).rules) && Array.isArray((data as AuditReport).categories);
}
