// CSV text to records with csv-parse (RFC 4180: quoted fields holding delimiters, quotes and line breaks; CRLF, LF
// or CR line ends), keeping what a bad-row report needs: the physical lines each record spans, and whether a quoted
// field had text after its closing quote. Also guesses the delimiter (comma, semicolon or tab) from the header.
import { parse, type Options } from 'csv-parse/sync';

/** The delimiters an export may use: comma (RFC 4180), semicolon (spreadsheets in French and German), tab. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;

/**
 * How every CSV export is parsed, whole (parseCsv) or streamed (csv-stream.ts): any line ending, RFC 4180 quotes,
 * ragged rows and stray quotes kept for the row checks to report, blank lines skipped, raw text kept for line numbers.
 */
export const CSV_DIALECT: Options = {
  record_delimiter: ['\r\n', '\n', '\r'],
  quote: '"',
  escape: '"',
  relax_quotes: true,
  relax_column_count: true,
  skip_empty_lines: true,
  raw: true,
};
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** One CSV record and the 1-based physical lines it spans. */
export interface CsvRecord {
  line: number;
  endLine: number;
  fields: string[];
  /** Set (1-based field number) when a quoted field had text after its closing quote; the fields are unreliable. */
  badQuote?: number;
}

/** A CSV syntax error that leaves the rest of the file unreadable (an unterminated quoted field). */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';

  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** Offsets where each physical line starts (a CRLF, a LF or a lone CR ends a line). */
function lineStarts(buf: Buffer): number[] {
  const starts = [0];
  for (let i = 0; i < buf.length; i++) {
    if (buf[i] === 0x0d && buf[i + 1] === 0x0a) i++;
    if (buf[i] === 0x0a || buf[i] === 0x0d) starts.push(i + 1);
  }
  return starts;
}

/** The 1-based line holding byte `offset` (a line's terminator belongs to it). */
function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The first offset from `from` that is not a line end: where a record starts after blank lines. */
function skipLineEnds(buf: Buffer, from: number): number {
  let i = from;
  while (i < buf.length && (buf[i] === 0x0a || buf[i] === 0x0d)) i++;
  return i;
}

/**
 * Whether a quoted field was closed cleanly: its raw text, up to the character that ended it, must be the value
 * quoted back (`"` + value with quotes doubled + `"`). With relax_quotes, csv-parse keeps `"ok"tail` as a value
 * with its quotes instead of failing, which this tells apart from a field that really held `"ok"tail`.
 */
function closedCleanly(raw: string, value: string, delimiter: string): boolean {
  const last = raw.at(-1);
  const upTo = last === delimiter || last === '\r' || last === '\n' ? raw.slice(0, -1) : raw;
  return upTo.endsWith(`"${value.replaceAll('"', '""')}"`);
}

/**
 * Splits CSV text into records. A leading BOM is ignored; blank lines (empty physical lines outside quotes) are
 * skipped, since spreadsheet tools often leave one at the end. A quote inside an unquoted field is a literal
 * character (what spreadsheet tools write for `5" pot`); text after a closing quote sets `badQuote`; an
 * unterminated quoted field throws CsvSyntaxError with the line its record starts on.
 */
export function parseCsv(text: string, delimiter: CsvDelimiter = ','): CsvRecord[] {
  const buf = Buffer.from(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, 'utf8');
  const starts = lineStarts(buf);
  const records: CsvRecord[] = [];
  let end = 0; // where the last record ended
  let badQuote: number | undefined;
  try {
    parse(buf, {
      delimiter,
      ...CSV_DIALECT,
      cast: (value, context) => {
        if (context.quoting && badQuote === undefined && !closedCleanly(context.raw ?? '', value, delimiter)) badQuote = context.index + 1;
        return value;
      },
      on_record: (record: unknown, context) => {
        const start = skipLineEnds(buf, end);
        const out: CsvRecord = {
          line: lineAt(starts, start),
          endLine: lineAt(starts, Math.max(start, context.bytes - 1)),
          fields: (record as { record: string[] }).record,
        };
        if (badQuote !== undefined) out.badQuote = badQuote;
        records.push(out);
        end = context.bytes;
        badQuote = undefined;
        return null;
      },
    });
  } catch (err) {
    const line = lineAt(starts, skipLineEnds(buf, end));
    const code = (err as { code?: string }).code;
    throw new CsvSyntaxError(line, code === 'CSV_QUOTE_NOT_CLOSED' ? 'unterminated quoted field' : (err as Error).message);
  }
  return records;
}

/**
 * The delimiter of a CSV export, read from its header (the first non-empty line): the candidate that splits it into
 * the most known column names, then into the most cells; comma when none does better.
 */
export function detectDelimiter(text: string, knownColumns: readonly string[]): CsvDelimiter {
  const header = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const known = new Set(knownColumns.map((c) => c.toLowerCase()));
  let best: CsvDelimiter = ',';
  let bestScore = [-1, -1];
  for (const d of CSV_DELIMITERS) {
    const cells = header.split(d).map((c) => c.trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase());
    const score = [cells.filter((c) => known.has(c)).length, cells.length];
    if (score[0] > bestScore[0] || (score[0] === bestScore[0] && score[1] > bestScore[1])) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}
