// The CSV export format (docs/exports.md): a header line naming the columns (any order, any case, extra columns
// ignored), then one post per record. A header with the research CSV's columns is read by research-csv.ts. A file in
// this format is read as a stream (readCsvExportStream), in bounded memory whatever its number of rows.
import { normHandle, normPlatform, profileUrl, resolveHandle, resolvePlatform } from './account.js';
import { buildFromMetas, metaOf, type ExportRead, type RowMeta } from './conversation.js';
import { CSV_DELIMITERS, CsvSyntaxError, detectDelimiter, parseCsv, type CsvDelimiter, type CsvRecord } from './csv-records.js';
import type { DecodedExport } from './decode.js';
import { exportError } from './errors.js';
import type { ReadExportOptions } from './options.js';
import { ProblemList, shown } from './problems.js';
import { validateRow, type GoodRow, type RawRow } from './rows.js';
import type { StreamedRecord } from './csv-stream.js';
import { csvReadings, rowsAtLines } from './csv-readings.js';
import { RESEARCH_COLUMNS, isResearchHeader, readResearchCsv } from './research-csv.js';

/** The columns of the CSV format (and the fields of a JSON post), in documented order. */
export const EXPORT_COLUMNS = ['id', 'author', 'createdAt', 'text', 'replyTo', 'likes', 'reposts', 'url'] as const;
const REQUIRED_COLUMNS = ['id', 'author', 'createdAt', 'text'];
const CONTEXT_COLUMNS = ['platform', 'account'];
const ALL_COLUMNS = [...EXPORT_COLUMNS, ...CONTEXT_COLUMNS];
/** Every column name a CSV export may have: what guesses the delimiter from a header line. */
export const KNOWN_COLUMNS: readonly string[] = [...ALL_COLUMNS, ...RESEARCH_COLUMNS];

/** The delimiter the caller asked for ('tab' is accepted for '\t'), or undefined when it is not one exports use. */
export function csvDelimiter(value: string): CsvDelimiter | undefined {
  const v = value.toLowerCase() === 'tab' ? '\t' : value;
  return (CSV_DELIMITERS as readonly string[]).includes(v) ? (v as CsvDelimiter) : undefined;
}

/** The delimiter the caller asked for, undefined when none was; throws a usage error when it is not one exports use. */
export function checkedDelimiter(file: string, value: string | undefined): CsvDelimiter | undefined {
  if (value === undefined) return undefined;
  const asked = csvDelimiter(value);
  if (!asked) throw exportError(file, 1, `delimiter ${JSON.stringify(value)} is not one of "," ";" "\\t" (tab)`);
  return asked;
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
 * Reads a decoded CSV export whose opening did not show it as one of the streamed formats (readExport streams both
 * when it does): the whole header tells which, and that reader reads the file again as a stream. Throws a usage error
 * naming file and line when the file cannot be used.
 */
export async function readCsvExport(file: string, decoded: DecodedExport, opts: ReadExportOptions): Promise<ExportRead> {
  const delimiter = checkedDelimiter(file, opts.delimiter) ?? detectDelimiter(decoded.text, KNOWN_COLUMNS);
  let records: CsvRecord[];
  try {
    records = parseCsv(decoded.text, delimiter);
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw exportError(file, err.line, `invalid CSV: ${err.message}`);
    throw err;
  }
  const head = records[0];
  if (!head) throw exportError(file, 1, `empty file: expected a header line ${EXPORT_COLUMNS.join(',')}`);
  if (isResearchHeader(head.fields)) return readResearchCsv(file, opts, { encoding: decoded.encoding, delimiter, knownColumns: KNOWN_COLUMNS });
  // A header the opening did not show as this project's (a delimiter asked that splits it otherwise): the stream says why.
  return readCsvExportStream(file, { ...opts, encoding: decoded.encoding });
}

/** The columns of the header: the record's values by column. */
function valuesOf(record: CsvRecord, index: Map<string, number>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, i] of index) values[name] = record.fields[i];
  return values;
}

/**
 * Reads a CSV export in this project's format as a stream, so a file of millions of rows is read in bounded memory;
 * throws a usage error naming file and line when the file cannot be used. Three readings at most: the header and the
 * first values of the `platform` and `account` columns (stops as soon as they are known), every row checked (keeping
 * only ids, replies and dates), then the rows that become posts built. Same rows, problems and notes as
 * readCsvExport gives for the whole text.
 */
export async function readCsvExportStream(file: string, opts: ReadExportOptions & { encoding: string }): Promise<ExportRead> {
  const delimiter = checkedDelimiter(file, opts.delimiter);
  const readings = csvReadings(file, { encoding: opts.encoding, ...(delimiter ? { delimiter } : {}), knownColumns: KNOWN_COLUMNS });

  // 1. The header, and the first platform and account the rows name (the caller's must agree).
  let head: StreamedRecord | undefined;
  let index = new Map<string, number>();
  let firstLine: number | undefined;
  const first: { platform?: string; account?: string } = {};
  const pending = (): string[] => CONTEXT_COLUMNS.filter((c) => index.has(c) && first[c as 'platform' | 'account'] === undefined);
  await readings.read((record) => {
    if (!head) {
      head = record;
      index = columnIndex(record, file);
      return true; // the first row's line names the file's rows in messages
    }
    firstLine ??= record.line;
    if (record.undecodable) return true;
    for (const column of pending()) {
      const value = record.fields[index.get(column)!]?.trim();
      if (value !== undefined && value !== '') first[column as 'platform' | 'account'] = value;
    }
    return pending().length > 0;
  });
  if (!head) throw exportError(file, 1, `empty file: expected a header line ${EXPORT_COLUMNS.join(',')}`);
  const header = head;
  const platform = resolvePlatform(first.platform, opts.platform, file, firstLine ?? header.line);
  const handle = resolveHandle(first.account, opts.account, file, firstLine ?? header.line);

  // 2. Every row checked; only what linking and choosing need is kept.
  const problems = new ProblemList(file);
  const metas: RowMeta[] = [];
  const rejectedIds = new Set<string>();
  let seenHeader = false;
  // The encoding the first reading found (a byte-order mark wins over the one asked for), for the problems' wording.
  const encoding = readings.encoding;
  await readings.read((record) => {
    if (!seenHeader) {
      seenHeader = true;
      return;
    }
    const raw = checkedRecord(record, header, index, platform, handle, problems, encoding);
    if (!raw) return;
    const row = validateRow(raw, problems);
    // A record starts on a line no other record starts on: its line is its key.
    if (row) metas.push(metaOf(row, row.line));
    else if (typeof raw.values.id === 'string' && raw.values.id.trim() !== '') rejectedIds.add(raw.values.id.trim());
  });

  // 3. The rows that become posts, built from the file again (problems were counted in 2).
  const materialize = (lines: ReadonlySet<number>): Promise<Map<number, GoodRow>> => {
    const scratch = new ProblemList(file);
    return rowsAtLines(readings, lines, (record) => validateRow({ line: record.line, values: valuesOf(record, index), csv: true }, scratch));
  };
  const { conversation, problems: list } = await buildFromMetas({ platform, handle, url: profileUrl(platform, handle) }, metas, rejectedIds, file, problems, materialize);
  return { conversations: [conversation], problems: list };
}

/**
 * The row of a record, or undefined when the record is rejected before its fields are read (undecodable bytes, bad
 * quoting, a wrong number of fields, another platform or account than the export's).
 */
function checkedRecord(
  record: StreamedRecord,
  head: CsvRecord,
  index: Map<string, number>,
  platform: string,
  handle: string,
  problems: ProblemList,
  encoding: string,
): RawRow | undefined {
  const reject = (code: Parameters<ProblemList['add']>[0], field: string, extra?: Record<string, unknown>): undefined => {
    problems.add(code, record.line, field, extra);
    return undefined;
  };
  if (record.undecodable) return reject('export.undecodable', 'row', { encoding });
  if (record.badQuote !== undefined) return reject('export.bad-quoting', 'row', { column: record.badQuote });
  if (record.fields.length !== head.fields.length) return reject('export.field-count', 'row', { expected: head.fields.length, found: record.fields.length });
  const values = valuesOf(record, index);
  // Per-row platform/account columns must agree with the export's (a file mixing accounts is not one account).
  const rowPlatform = typeof values.platform === 'string' && values.platform.trim() !== '' ? values.platform : undefined;
  if (rowPlatform !== undefined && normPlatform(rowPlatform) !== platform) return reject('export.platform-differs', 'platform', { value: shown(rowPlatform), platform });
  const rowAccount = typeof values.account === 'string' && values.account.trim() !== '' ? values.account : undefined;
  if (rowAccount !== undefined && normHandle(rowAccount) !== handle) return reject('export.account-differs', 'account', { value: shown(rowAccount), account: handle });
  return { line: record.line, values, csv: true };
}
