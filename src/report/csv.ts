// Renders audit reports as CSV (RFC 4180), one row per rule and brand, for spreadsheets and agency dashboards.
// Codes, figures and data stay machine-readable (a spreadsheet filters on them); the message is in the language asked.
import type { AuditReport } from './types.js';
import type { RuleResult } from '../rules/types.js';
import type { Lang } from '../locale/langs.js';
import { translator, type Translator } from '../locale/translator.js';
import { ruleMessage } from './text.js';

export interface CsvOptions {
  /** The language of the message column. */
  lang: Lang;
}

export const CSV_HEADER = ['brand', 'domain', 'category', 'rule', 'status', 'score', 'weight', 'value', 'message'];

/** Longest `value` cell, in characters: a summary to filter and sort on, the full data is in the JSON report. */
const VALUE_MAX = 300;

/**
 * Control characters a spreadsheet or a terminal (`cat report.csv`) could act on: C0 except tab/LF/CR, DEL, C1.
 * Removing ESC and the 8-bit CSI disarms every escape sequence; tab/LF/CR stay, they are data that quoting protects.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * First characters that make a spreadsheet read a cell as a formula (or, for tab and CR, can hide one):
 * OWASP "CSV Injection" advises prefixing such cells with a single quote so they stay text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, injection-guarded and quoted when RFC 4180 requires it (comma, quote, CR or LF), quotes doubled. */
export function csvField(value: string): string {
  let s = value.replace(CONTROL, '');
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A rule's 0..1 score as 0..100 with at most one decimal; empty when the rule was not scored (na, error). */
function score(rule: RuleResult): string {
  if (rule.score == null || rule.status === 'na' || rule.status === 'error') return '';
  return String(Math.round(rule.score * 1000) / 10);
}

/**
 * The rule's data as compact JSON (figures unrounded, as the report holds them), cut to VALUE_MAX characters
 * (never inside a surrogate pair); '' for no data.
 */
export function summariseData(data: Record<string, unknown> | null | undefined): string {
  if (!data || Object.keys(data).length === 0) return '';
  const json = JSON.stringify(data) ?? '';
  const chars = Array.from(json);
  return chars.length <= VALUE_MAX ? json : chars.slice(0, VALUE_MAX - 1).join('') + '…';
}

function row(tr: Translator, report: AuditReport, rule: RuleResult): string[] {
  return [
    report.target.brandName,
    report.target.domain,
    rule.category,
    rule.id,
    rule.status,
    score(rule),
    String(rule.weight),
    summariseData(rule.data),
    ruleMessage(tr, rule),
  ];
}

/**
 * Renders every rule of every report as one CSV row under the header
 * `brand,domain,category,rule,status,score,weight,value,message` (the message in `opts.lang`, the rest codes and
 * figures): CRLF line endings (the last row included),
 * RFC 4180 quoting, control characters removed and cells that a spreadsheet would run as a formula prefixed with `'`.
 * No byte-order mark: it helps one spreadsheet and breaks the first column name for most other CSV readers.
 */
export function renderCsv(reports: AuditReport[], opts: CsvOptions = { lang: 'en' }): string {
  const tr = translator(opts.lang);
  const rows = [CSV_HEADER, ...reports.flatMap((report) => report.rules.map((rule) => row(tr, report, rule)))];
  return rows.map((cells) => cells.map(csvField).join(',') + '\r\n').join('');
}
