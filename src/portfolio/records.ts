// The lines of a batch results file (JSONL): one per brand, its AuditReport or why it could not be audited, with
// the hashes --resume and `merge` compare.
import type { AuditReport } from '../report/types.js';

/** Marks a line as a batch result and versions its shape. */
export const RESULT_FORMAT = 'brand-audit-result/1' as const;

interface RecordBase {
  format: typeof RESULT_FORMAT;
  id: string;
  sector?: string;
  /** Where the brand is declared (portfolio file and line). */
  origin: string;
  /** Hash of the brand's settings and the batch's collection flags (portfolio/hash.ts). */
  settings: string;
  ruleSet: { id: string; hash: string };
}

export interface AuditedRecord extends RecordBase {
  status: 'audited';
  report: AuditReport;
}

/** Why a brand could not be audited: its brand file is wrong (config), its site could not be read (target), a bug. */
export interface FailedRecord extends RecordBase {
  status: 'failed';
  brand?: { name: string; website?: string };
  error: { code: 'config' | 'target' | 'internal'; message: string };
}

export type ResultRecord = AuditedRecord | FailedRecord;

/** Whether a parsed line is a result record. */
export function isResultRecord(value: unknown): value is ResultRecord {
  const r = value as Partial<ResultRecord> | null;
  return !!r && typeof r === 'object' && r.format === RESULT_FORMAT && typeof r.id === 'string' && (r.status === 'audited' || r.status === 'failed');
}
