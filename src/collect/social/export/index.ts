// Reads a social export a consultant supplies (JSON or CSV, format in docs/exports.md) into a Conversation, for
// platforms whose data needs an account (Facebook, Instagram, X, LinkedIn, TikTok). Rows are validated strictly:
// each bad row becomes a note with file, line and field, and the others are kept. Files: decode.ts (bytes to text),
// csv-records.ts and json-lines.ts (syntax), csv.ts and json.ts (the two formats), account.ts, rows.ts,
// conversation.ts (the Conversation and its notes), problems.ts (note codes).
import { readFile, stat } from 'node:fs/promises';
import { formatSize, INPUT_LIMITS } from '../../../limits.js';
import { extname } from 'node:path';
import type { ExportResult } from './conversation.js';
import { decodeExport, exportEncoding } from './decode.js';
import { exportError } from './errors.js';
import { readCsvExport } from './csv.js';
import { readJsonExport } from './json.js';
import type { ReadExportOptions } from './options.js';

export type { ExportResult } from './conversation.js';
export type { ReadExportOptions } from './options.js';
export { EXPORT_COLUMNS, csvDelimiter } from './csv.js';
export { EXPORT_NOTE_CODES, isRejection, type ExportProblem, type ExportProblemCode, type ExportProblemData } from './problems.js';
export { exportEncoding } from './decode.js';
export { parseIsoDateTime } from './dates.js';

/**
 * Reads a JSON or CSV export (chosen by the file's extension) into a Conversation with source 'export'. Bad rows are
 * left out and listed in `problems` as notes with file, line and field; the Conversation is then 'partial' and its
 * notes give the counts and the first problem. Throws a ConfigError whose message starts with `file:line:` when the
 * file cannot be used at all (unreadable, unknown encoding or delimiter, invalid JSON or CSV syntax, missing header,
 * missing or unknown platform or account).
 */
export async function readExport(file: string, opts: ReadExportOptions = {}): Promise<ExportResult> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.json' && ext !== '.csv') throw exportError(file, 1, 'unknown export format: the file name must end in .json or .csv');
  let encoding: string | undefined;
  if (opts.encoding !== undefined) {
    encoding = exportEncoding(opts.encoding);
    if (!encoding) throw exportError(file, 1, `unknown encoding "${opts.encoding}" (use a label such as utf-8, windows-1252 or utf-16le)`);
  }
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (err) {
    throw exportError(file, 1, `cannot read the export: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  // JSON is parsed whole (with the line of every post), CSV read as a stream: each has its own bound.
  const limit = ext === '.json' ? INPUT_LIMITS.jsonExport : INPUT_LIMITS.csvExport;
  if (size > limit.bytes) throw exportError(file, 1, `the export is ${formatSize(size)}, more than the ${formatSize(limit.bytes)} a ${limit.what} may be`);
  if (ext === '.csv') return readCsvExport(file, { ...opts, encoding: encoding ?? 'utf-8' });
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw exportError(file, 1, `cannot read the export: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  return readJsonExport(file, decodeExport(bytes, encoding), opts);
}
