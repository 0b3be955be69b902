// `brand-audit report FILE` renders a saved report (in any language) or re-audits a saved snapshot through the
// pipeline; `compare A B` prints what changed between two saved reports.
import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import { checkInputSize } from '../limits.js';
import { compareReports } from '../compare/diff.js';
import { renderDiff } from '../report/compare-text.js';
import { createProgress } from '../progress.js';
import { checkPdfReady, writeOutputs, type OutputFormat } from './output.js';
import { checkReport, loadReport, looksLikeReport } from './saved-report.js';
import { EXIT, type Io } from './io.js';
import type { Branding } from '../report/branding.js';
import type { AuditReport } from '../report/types.js';
import type { Lang } from '../locale/langs.js';

export interface ReportCommandOptions {
  formats: OutputFormat[];
  out?: string;
  outDir?: string;
  lang: Lang;
  rules?: string;
  /** The configuration file's rule set: used to re-audit a snapshot when --rules is not given, ignored for a report. */
  snapshotRules?: string;
  color: boolean;
  quiet?: boolean;
  verbose?: boolean;
  /** The branding of the document formats: the configuration file's, each flag winning over it. */
  branding?: Branding;
  /** The configuration file read, said on stderr as `audit`, `batch` and `merge` say theirs. */
  configFile?: string;
}

/**
 * A saved report is rendered as it was scored (never re-scored), in the language asked for: reports hold ids and
 * data, not text. A saved snapshot is audited again offline with the given rule set. The file's shape says which.
 */
export async function runReportCommand(file: string, opts: ReportCommandOptions, io: Io): Promise<number> {
  checkPdfReady(opts.formats, io.env);
  const progress = createProgress({ quiet: !!opts.quiet, stream: io.stderr, env: io.env });
  if (opts.configFile) progress.info(`Settings from ${opts.configFile}`);
  const data = readJson(file);
  let report: AuditReport;
  if (looksLikeReport(data)) {
    if (opts.rules) throw new ConfigError('--rules applies to snapshots; a saved report is rendered as it was scored', file);
    // The limit of a report stands once the shape says it is one; the text already parsed is checked, not read again.
    checkInputSize(file, 'report');
    report = checkReport(data, file);
  } else {
    // The rule engine (every rule, the text analysis, the complaint model) loads only to re-audit a snapshot:
    // rendering a saved report, or comparing two, does not need it.
    const [{ checkSnapshot }, { auditSnapshot }, { loadRuleSet }] = await Promise.all([
      import('../snapshot/io.js'),
      import('../pipeline.js'),
      import('../config/rule-set.js'),
    ]);
    const snapshot = checkSnapshot(data, file);
    report = auditSnapshot(snapshot, loadRuleSet(opts.rules ?? opts.snapshotRules ?? 'default'));
  }
  await writeOutputs(report, opts, io, progress);
  return EXIT.ok;
}

export interface CompareCommandOptions {
  format: 'terminal' | 'json' | 'markdown';
  color: boolean;
  lang: Lang;
}

/** Prints what changed between two saved reports (score, categories, rules, accounts). */
export function runCompareCommand(before: string, after: string, opts: CompareCommandOptions, io: Io): number {
  const diff = compareReports(loadReport(before), loadReport(after));
  io.stdout.write(renderDiff(diff, opts.format, { color: opts.color, lang: opts.lang, width: io.stdout.columns }));
  return EXIT.ok;
}

function readJson(file: string): unknown {
  // A saved report or a snapshot: the larger limit of the two stands until the shape says which it is.
  checkInputSize(file, 'snapshot');
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new ConfigError(e.code ? `cannot read: ${e.code}` : `not valid JSON: ${e.message}`, file);
  }
}
