// A CSV export read as a stream of records: the file chunk by chunk, decoded line by line (decode.ts), parsed by
// csv-parse's streaming parser with the options parseCsv uses, each record with the physical lines it spans. Memory
// stays bounded by the longest record, however large the file.
import { createReadStream } from 'node:fs';
import { once } from 'node:events';
import { parse, type Parser } from 'csv-parse';
import { CSV_DIALECT, CsvSyntaxError, detectDelimiter, type CsvDelimiter, type CsvRecord } from './csv-records.js';
import { LineDecoder, type DecodedLine } from './decode.js';

/** A record and whether one of its lines could not be decoded. */
export interface StreamedRecord extends CsvRecord {
  undecodable: boolean;
}

export interface CsvStreamOptions {
  /** The file's encoding (exportEncoding name); a byte-order mark wins. */
  encoding: string;
  /** The delimiter; guessed from the header line (the first non-empty one) when absent. */
  delimiter?: CsvDelimiter;
  /** Column names that help guess the delimiter. */
  knownColumns: readonly string[];
  /** Bytes read from the file at a time (tests make it tiny, to cut records and line ends anywhere). */
  chunkSize?: number;
}

/** Where a physical line starts in the text handed to the parser (UTF-8 bytes, as csv-parse counts). */
interface LineMark {
  line: number;
  offset: number;
  blank: boolean;
  bad: boolean;
}

// Bytes read from the file at a time.
const CHUNK = 1 << 20;

/**
 * Calls `onRecord` for every record of the CSV file, in order; returning false stops the reading there. Resolves with
 * the encoding and delimiter read. A syntax error that leaves the rest unreadable (an unterminated quoted field)
 * rejects with CsvSyntaxError naming the line its record starts on.
 */
export async function streamCsv(
  file: string,
  opts: CsvStreamOptions,
  onRecord: (record: StreamedRecord) => boolean | void,
): Promise<{ encoding: string; delimiter: CsvDelimiter }> {
  const decoder = new LineDecoder(opts.encoding);
  let delimiter = opts.delimiter;
  let parser: Parser | undefined;
  let parsed: Promise<void> | undefined;
  let stopped = false;
  const marks: LineMark[] = [];
  let head = 0; // first mark a later record can start on
  let fed = 0; // bytes handed to the parser
  let lastEnd = 0; // where the last record ended
  let waiting: DecodedLine[] = []; // lines before the delimiter is known
  let failure: { err: unknown } | undefined;

  /** The first non-blank line at or after the last record's end: where the next record starts. */
  const startMark = (): number => {
    while (head < marks.length && (marks[head].offset < lastEnd || marks[head].blank)) head++;
    return head;
  };

  const makeParser = (d: CsvDelimiter): Parser => {
    const p = parse({
      delimiter: d,
      ...CSV_DIALECT,
      // No `cast` (as parseCsv uses): csv-parse builds a context object per field for it, which costs more than the
      // parsing itself on a file of millions of rows. Bad quoting is found in the record's raw text instead.
      on_record: (record: unknown, context) => {
        if (stopped) return null;
        const first = startMark();
        let last = first;
        while (last + 1 < marks.length && marks[last + 1].offset <= context.bytes - 1) last++;
        let undecodable = false;
        for (let k = first; k <= last && k < marks.length; k++) if (marks[k].bad) undecodable = true;
        const out: StreamedRecord = {
          line: marks[first]?.line ?? 1,
          endLine: marks[last]?.line ?? 1,
          fields: (record as { record: string[] }).record,
          undecodable,
        };
        const badQuote = textAfterQuote(context.raw ?? '', d);
        if (badQuote !== undefined) out.badQuote = badQuote;
        lastEnd = context.bytes;
        // Forget the lines behind: the window stays as small as the records are long.
        if (head > 4096) {
          marks.splice(0, head);
          head = 0;
        }
        try {
          if (onRecord(out) === false) stopped = true;
        } catch (err) {
          // The caller's own error (a bad header, say) is its to throw, not a CSV syntax error.
          failure = { err };
          stopped = true;
        }
        return null;
      },
    });
    parsed = new Promise<void>((resolve, reject) => {
      p.on('error', (err: Error & { code?: string }) => {
        // Past the point the caller stopped at, the rest of the file is not its concern.
        if (stopped) return resolve();
        const at = marks[startMark()]?.line ?? marks[marks.length - 1]?.line ?? 1;
        reject(new CsvSyntaxError(at, err.code === 'CSV_QUOTE_NOT_CLOSED' ? 'unterminated quoted field' : err.message));
      });
      p.on('end', () => resolve());
    });
    p.resume(); // records are handed over in on_record; nothing is read from the stream side
    return p;
  };

  const feed = async (lines: DecodedLine[]): Promise<void> => {
    if (!parser) {
      for (const l of lines) waiting.push(l);
      const header = waiting.find((l) => l.text !== '');
      if (!header) return;
      delimiter ??= detectDelimiter(header.text, opts.knownColumns);
      parser = makeParser(delimiter);
      lines = waiting;
      waiting = [];
    }
    if (lines.length === 0) return;
    const parts: string[] = [];
    for (const l of lines) {
      // A BOM the encoding did not announce (one written twice, or a label given over it) is not text.
      const text = l.line === 1 && l.text.charCodeAt(0) === 0xfeff ? l.text.slice(1) : l.text;
      marks.push({ line: l.line, offset: fed, blank: text === '', bad: l.bad });
      fed += Buffer.byteLength(text) + Buffer.byteLength(l.eol);
      parts.push(text, l.eol);
    }
    if (!parser.write(parts.join(''))) await Promise.race([once(parser, 'drain'), parsed]);
  };

  const stream = createReadStream(file, { highWaterMark: opts.chunkSize ?? CHUNK });
  try {
    for await (const chunk of stream) {
      await feed(decoder.push(chunk as Buffer));
      if (stopped) break;
    }
    if (!stopped) await feed(decoder.end());
  } finally {
    stream.destroy();
  }
  if (parser) {
    parser.end();
    await parsed;
  }
  if (failure) throw failure.err;
  return { encoding: decoder.encoding, delimiter: delimiter ?? ',' };
}

/**
 * The 1-based number of the first quoted field of a record's raw text that has text after its closing quote
 * (`"ok"tail`), or undefined. csv-parse (relax_quotes) keeps such a field with its quotes, as it keeps a field that
 * really held them: only the raw text tells the two apart. The raw text may start with the line ends csv-parse left
 * over from the previous record.
 */
export function textAfterQuote(raw: string, delimiter: string): number | undefined {
  let i = 0;
  while (raw[i] === '\r' || raw[i] === '\n') i++;
  for (let field = 1; i <= raw.length; field++) {
    if (raw[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = raw.indexOf('"', j);
        if (q < 0) return undefined; // unterminated: csv-parse says so itself
        if (raw[q + 1] === '"') {
          j = q + 2;
          continue;
        }
        const next = raw[q + 1];
        if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') return field;
        i = q + 1;
        break;
      }
    } else {
      while (i < raw.length && raw[i] !== delimiter && raw[i] !== '\r' && raw[i] !== '\n') i++;
    }
    if (raw[i] !== delimiter) return undefined;
    i++;
  }
  return undefined;
}
