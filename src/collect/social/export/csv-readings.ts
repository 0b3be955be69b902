// A CSV export read as a stream more than once: each reading keeps only what it needs, so memory stays bounded
// whatever the number of rows, at the price of reading the file again. This project's CSV format (csv.ts) and the X
// research CSV (research-csv.ts) both read that way; what their readings share is here: a syntax error as a usage
// error naming the file and line, the delimiter found by the first reading reused by the next ones, and the last
// reading, which builds only the rows kept.
import { CsvSyntaxError, type CsvDelimiter } from './csv-records.js';
import { streamCsv, type CsvStreamOptions, type StreamedRecord } from './csv-stream.js';
import { exportError } from './errors.js';

/** One file's readings. */
export interface CsvReadings {
  /** Reads the file again, calling `onRecord` for every record, the header's included; returning false stops there. */
  read(onRecord: (record: StreamedRecord) => boolean | void): Promise<void>;
  /** The encoding the last reading found (a byte-order mark wins over the one asked for). */
  readonly encoding: string;
  /** The delimiter given, or the one the first reading guessed from the header line. */
  readonly delimiter: CsvDelimiter | undefined;
}

/** The readings of `file`: each one asks for the encoding given, and for the delimiter known by then. */
export function csvReadings(file: string, opts: Omit<CsvStreamOptions, 'chunkSize'>): CsvReadings {
  let delimiter = opts.delimiter;
  let encoding = opts.encoding;
  return {
    async read(onRecord) {
      try {
        ({ delimiter, encoding } = await streamCsv(file, { encoding: opts.encoding, ...(delimiter ? { delimiter } : {}), knownColumns: opts.knownColumns }, onRecord));
      } catch (err) {
        if (err instanceof CsvSyntaxError) throw exportError(file, err.line, `invalid CSV: ${err.message}`);
        throw err;
      }
    },
    get encoding() {
      return encoding;
    },
    get delimiter() {
      return delimiter;
    },
  };
}

/**
 * The last reading: the records that start on `lines` (a record starts on a line no other record starts on, so its
 * line is its key) built by `build`, keyed by that line; the header is skipped, and the reading stops once every
 * one is built. Only these rows are ever held whole: the earlier readings kept a few numbers per row.
 */
export async function rowsAtLines<T>(readings: CsvReadings, lines: ReadonlySet<number>, build: (record: StreamedRecord) => T | undefined): Promise<Map<number, T>> {
  const out = new Map<number, T>();
  let header = true;
  await readings.read((record) => {
    if (header) {
      header = false;
      return;
    }
    if (!lines.has(record.line)) return;
    const row = build(record);
    if (row !== undefined) out.set(record.line, row);
    return out.size < lines.size;
  });
  return out;
}
