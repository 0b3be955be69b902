// Saved JSON reports, read for `report FILE`, `compare A B` and --baseline. Kept apart from the audit job
// (run-audit.ts) so that rendering or comparing saved reports does not load the collectors and their libraries.
import { readFileSync } from 'node:fs';
import { ConfigError } from '../errors.js';
import { checkInputSize } from '../limits.js';
import { REPORT_SCHEMA_VERSION, type AuditReport } from '../report/types.js';

/**
 * Reads a saved JSON report (for `report`, --baseline and `compare`); problems are usage errors naming the file.
 * Reports carry no language, so any saved report renders in any language.
 */
export function loadReport(file: string): AuditReport {
  checkInputSize(file, 'report');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new ConfigError(e.code ? `cannot read report: ${e.code}` : `not valid JSON: ${e.message}`, file);
  }
  return checkReport(data, file);
}

/**
 * Checks a saved report already read and parsed (`report FILE` reads the file once to tell a report from a
 * snapshot, then checks what it parsed rather than reading it again).
 */
export function checkReport(data: unknown, file: string): AuditReport {
  if (!looksLikeReport(data))
    throw new ConfigError('not a brand-audit JSON report (expected score, categories and rules; write one with --format json)', file);
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  // A report from a newer brand-audit cannot be made current by re-auditing here: this version is the older one.
  if (typeof version === 'number' && version > REPORT_SCHEMA_VERSION) {
    throw new ConfigError(
      `this report has schemaVersion ${version}, newer than the ${REPORT_SCHEMA_VERSION} this version of brand-audit reads: upgrade brand-audit`,
      file,
    );
  }
  if (version !== REPORT_SCHEMA_VERSION) {
    throw new ConfigError(
      `this report has schemaVersion ${JSON.stringify(version ?? null)}, this version of brand-audit reads ${REPORT_SCHEMA_VERSION}: ` +
        're-audit its snapshot (brand-audit report SNAPSHOT.json) to get a current report',
      file,
    );
  }
  return data as AuditReport;
}

/** A saved report (rather than a snapshot): it has rules, categories and a score. */
export function looksLikeReport(data: unknown): boolean {
  const r = data as Partial<AuditReport> | null;
  return !!r && typeof r === 'object' && Array.isArray(r.rules) && Array.isArray(r.categories) && 'score' in r;
}
