// The CSV export format (docs/exports.md): a header line naming the columns (any order, any case, extra columns
// ignored), then one post per record. A header with the research CSV's columns is read by research-csv.ts.
import { normHandle, normPlatform, profileUrl, resolveHandle, resolvePlatform } from './account.js';
import { buildConversation, type ExportRead } from './conversation.js';
import { CSV_DELIMITERS, CsvSyntaxError, detectDelimiter, parseCsv, type CsvDelimiter, type CsvRecord } from './csv-records.js';
import { hasBadLine, type DecodedExport } from './decode.js';
import { exportError } from './errors.js';
import type { ReadExportOptions } from './options.js';
import { ProblemList, shown } from './problems.js';
import type { RawRow } from './rows.js';
import { RESEARCH_COLUMNS, isResearchHeader, readResearchCsv } from './research-csv.js';

/** The columns of the CSV format (and the fields of a JSON post), in documented order. */
export const EXPORT_COLUMNS = ['id', 'author', 'createdAt', 'text', 'replyTo', 'likes', 'reposts', 'url'] as const;
const REQUIRED_COLUMNS = ['id', 'author', 'createdAt', 'text'];
const CONTEXT_COLUMNS = ['platform', 'account'];
const ALL_COLUMNS = [...EXPORT_COLUMNS, ...CONTEXT_COLUMNS];

/** The delimiter the caller asked for ('tab' is accepted for '\t'), or undefined when it is not one exports use. */
export function csvDelimiter(value: string): CsvDelimiter | undefined {
  const v = value.toLowerCase() === 'tab' ? '\t' : value;
  return (CSV_DELIMITERS as readonly string[]).includes(v) ? (v as CsvDelimiter) : undefined;
}

/** The header's known columns and where they are; throws when one is missing or named twice. */
function columnIndex(head: CsvRecord, file: string): Map<string, number> {
  const known = new Map(ALL_COLUMNS.map((c) => [c.toLowerCase(), c]));
  const index = new Map<string, number>();
  head.fields.forEach((name, i) => {
    const canonical = known.get(name.trim().toLowerCase());
    if (!canonical) return; // extra columns from a tool's export are ignored
    if (index.has(canonical)) throw exportError(file, head.line, `column "${canonical}" appears twice in the header`);
    index.set(canonical, i);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0) {
    throw exportError(file, head.line, `missing header column(s) ${missing.join(', ')}: expected a header line ${EXPORT_COLUMNS.join(',')}`);
  }
  return index;
}

/**
 * Reads a decoded CSV export (this project's format, or the research CSV, told by the header); throws a usage error
 * naming file and line when the file cannot be used.
 */
export async function readCsvExport(file: string, decoded: DecodedExport, opts: ReadExportOptions): Promise<ExportRead> {
  let delimiter: CsvDelimiter;
  if (opts.delimiter !== undefined) {
    const asked = csvDelimiter(opts.delimiter);
    if (!asked) throw exportError(file, 1, `delimiter ${JSON.stringify(opts.delimiter)} is not one of "," ";" "\\t" (tab)`);
    delimiter = asked;
  } else {
    delimiter = detectDelimiter(decoded.text, [...ALL_COLUMNS, ...RESEARCH_COLUMNS]);
  }
  let records: CsvRecord[];
  try {
    records = parseCsv(decoded.text, delimiter);
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw exportError(file, err.line, `invalid CSV: ${err.message}`);
    throw err;
  }
  const head = records[0];
  if (!head) throw exportError(file, 1, `empty file: expected a header line ${EXPORT_COLUMNS.join(',')}`);
  if (isResearchHeader(head.fields)) return readResearchCsv(file, decoded, records, opts);
  const index = columnIndex(head, file);
  const body = records.slice(1);
  const firstValue = (column: string): string | undefined => {
    const i = index.get(column);
    if (i === undefined) return undefined;
    return body.filter((r) => !hasBadLine(decoded.badLines, r.line, r.endLine)).map((r) => r.fields[i]?.trim()).find((v) => v !== undefined && v !== '');
  };
  const platform = resolvePlatform(firstValue('platform'), opts.platform, file, body[0]?.line ?? head.line);
  const handle = resolveHandle(firstValue('account'), opts.account, file, body[0]?.line ?? head.line);
  const problems = new ProblemList(file);
  const raws: RawRow[] = [];
  for (const record of body) {
    const reject = (code: Parameters<ProblemList['add']>[0], field: string, extra?: Record<string, unknown>): void => problems.add(code, record.line, field, extra);
    if (hasBadLine(decoded.badLines, record.line, record.endLine)) {
      reject('export.undecodable', 'row', { encoding: decoded.encoding });
      continue;
    }
    if (record.badQuote !== undefined) {
      reject('export.bad-quoting', 'row', { column: record.badQuote });
      continue;
    }
    if (record.fields.length !== head.fields.length) {
      reject('export.field-count', 'row', { expected: head.fields.length, found: record.fields.length });
      continue;
    }
    const values: Record<string, unknown> = {};
    for (const [name, i] of index) values[name] = record.fields[i];
    // Per-row platform/account columns must agree with the export's (a file mixing accounts is not one account).
    const rowPlatform = typeof values.platform === 'string' && values.platform.trim() !== '' ? values.platform : undefined;
    if (rowPlatform !== undefined && normPlatform(rowPlatform) !== platform) {
      reject('export.platform-differs', 'platform', { value: shown(rowPlatform), platform });
      continue;
    }
    const rowAccount = typeof values.account === 'string' && values.account.trim() !== '' ? values.account : undefined;
    if (rowAccount !== undefined && normHandle(rowAccount) !== handle) {
      reject('export.account-differs', 'account', { value: shown(rowAccount), account: handle });
      continue;
    }
    raws.push({ line: record.line, values, csv: true });
  }
  const { conversation, problems: list } = await buildConversation({ platform, handle, url: profileUrl(platform, handle) }, raws, file, problems);
  return { conversations: [conversation], problems: list };
}
