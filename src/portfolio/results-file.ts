// The batch results file: append-only JSONL, each line written whole in one write and flushed, so a killed run
// leaves every finished brand readable. Read back as a stream (memory flat in the number of brands); a last line
// without its newline is what a kill -9 mid-write leaves: it is detected and ignored, and cut off before appending.
import { closeSync, createReadStream, fdatasyncSync, ftruncateSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { isResultRecord, type ResultRecord } from './records.js';

export interface ReadStats {
  /** Bytes up to the end of the last complete line: where appending resumes. */
  validBytes: number;
  /** Whether a torn last line (no newline) was found and ignored. */
  torn: boolean;
}

/**
 * Streams the records of a results file, calling `onRecord` for each with its line number. A complete line that is
 * not a result record is a ConfigError naming the file and line; a torn last line is ignored (see ReadStats).
 */
export async function readResults(file: string, onRecord: (record: ResultRecord, line: number) => void | Promise<void>): Promise<ReadStats> {
  let stream;
  try {
    stream = createReadStream(file);
  } catch (err) {
    throw new ConfigError(`cannot read results: ${(err as NodeJS.ErrnoException).code}`, file);
  }
  let pending: Buffer[] = [];
  let line = 0;
  let validBytes = 0;
  let offset = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let start = 0;
      for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
        pending.push(chunk.subarray(start, nl));
        const text = Buffer.concat(pending).toString('utf8');
        pending = [];
        line++;
        validBytes = offset + nl + 1;
        start = nl + 1;
        if (text.trim() === '') continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          throw new ConfigError('not a JSON line: the results file is damaged before its end', file, line);
        }
        if (!isResultRecord(parsed)) throw new ConfigError('not a brand-audit batch result (write one with `brand-audit batch --results`)', file, line);
        await onRecord(parsed, line);
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
      offset += chunk.length;
    }
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === 'ENOENT' || e.code === 'EISDIR' || e.code === 'EACCES') throw new ConfigError(`cannot read results: ${e.code}`, file);
    throw err;
  }
  const torn = pending.some((b) => b.length > 0);
  return { validBytes, torn };
}

/** Appends whole lines to a results file. */
export class ResultsWriter {
  private constructor(
    readonly file: string,
    private fd: number | undefined,
  ) {}

  /**
   * Opens `file` for appending: with `keepBytes`, what lies after that many bytes (a torn line) is cut off first;
   * without, the file starts empty.
   */
  static open(file: string, keepBytes?: number): ResultsWriter {
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const fd = openSync(file, keepBytes === undefined ? 'w' : 'r+');
    if (keepBytes !== undefined) ftruncateSync(fd, keepBytes);
    closeSync(fd);
    return new ResultsWriter(file, openSync(file, 'a'));
  }

  /** Writes one record as one line and flushes it to disk before returning. */
  append(record: ResultRecord): void {
    if (this.fd === undefined) throw new Error('results file closed');
    const bytes = Buffer.from(`${JSON.stringify(record)}\n`, 'utf8');
    for (let written = 0; written < bytes.length; ) written += writeSync(this.fd, bytes, written);
    fdatasyncSync(this.fd);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
