// Reads the conversation exports a consultant supplies, for platforms whose data needs an account (Facebook,
// Instagram, X, LinkedIn, TikTok), the format told from the content (docs/exports.md): this project's JSON and CSV,
// an X account archive (tweets.js), saved Graph API and X API v2 responses, and the research CSV of brand care
// accounts. Rows are validated strictly: each bad row becomes a note with file, line and field, and the others are
// kept. Files: decode.ts (bytes to text), format.ts (which format), csv-records.ts, csv-stream.ts and json-lines.ts
// (syntax), csv.ts, json.ts, x-archive.ts, api-dump.ts, research-csv.ts and research-table.ts (the formats),
// account.ts, rows.ts, conversation.ts (a Conversation and its notes), window.ts (the audit window), problems.ts
// (note codes).
import { open, readFile, stat } from 'node:fs/promises';
import { formatExcess, formatSize, INPUT_LIMITS } from '../../../limits.js';
import { decodeExport, exportEncoding } from './decode.js';
import { exportError } from './errors.js';
import { checkedDelimiter, csvDelimiter, KNOWN_COLUMNS, readCsvExport, readCsvExportStream } from './csv.js';
import { readJsonExport } from './json.js';
import { archivePrefix, isXArchive, readXArchive, readXArchiveStream } from './x-archive.js';
import { IrregularJson } from './json-split.js';
import { readSavedStream, WholeJson } from './json-stream.js';
import { readApiDump } from './api-dump.js';
import { detectFormat, streamedCsv } from './format.js';
import { readResearchCsv } from './research-csv.js';
import { windowExport } from './window.js';
import type { ExportRead } from './conversation.js';
import type { ReadExportOptions } from './options.js';

export type { ExportRead } from './conversation.js';
export type { ReadExportOptions } from './options.js';
export { windowExport, type ExportWindow } from './window.js';
export { EXPORT_COLUMNS, csvDelimiter } from './csv.js';
export { EXPORT_NOTE_CODES, isRejection, type ExportProblem, type ExportProblemCode, type ExportProblemData } from './problems.js';
export { exportEncoding } from './decode.js';
export { parseIsoDateTime } from './dates.js';

/**
 * Reads an export into Conversations with source 'export' (one, or one per brand of a research CSV, or one per
 * network of a file of saved API responses), the format told from the content. Bad rows are left out and listed in
 * `problems` as notes with file, line and field; the Conversation is then 'partial' and its notes give the counts and
 * the first problem. With `window`, the audit window is applied (window.ts); without, each Conversation's window spans
 * its posts. Throws a ConfigError whose message starts with `file:line:` when the file cannot be used at all
 * (unreadable, a format it is not, unknown encoding or delimiter, invalid syntax, missing header, missing or unknown
 * platform or account).
 */
export async function readExport(file: string, opts: ReadExportOptions = {}): Promise<ExportRead> {
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
  // The CSV formats (this project's and the research CSV), X archives and saved API responses are read as a stream,
  // a row or a value at a time (saved responses keeping all their posts until the end); this project's JSON (and a
  // JSON file the stream cannot split) is decoded and parsed whole, which costs several times the file's size. Each
  // has its size limit, checked before the file is read.
  const head = decodeExport(await readHead(file, HEAD_BYTES), encoding);
  const asked = opts.delimiter !== undefined ? csvDelimiter(opts.delimiter) : undefined;
  const streamed = streamedCsv(head.text, asked);
  const json = streamed ? undefined : streamedJson(head.text);
  const limit = streamed ? INPUT_LIMITS.csvExport : json === 'archive' ? INPUT_LIMITS.archiveExport : INPUT_LIMITS.export;
  const tooLarge = (l: { bytes: number; what: string }): Error => exportError(file, 1, `the export is ${formatExcess(size, l.bytes)}, more than the ${formatSize(l.bytes)} ${l.what} may be`);
  if (size > limit.bytes) throw tooLarge(limit);
  if (streamed) {
    const read =
      streamed === 'research'
        ? await readResearchCsv(file, opts, { encoding: head.encoding, delimiter: checkedDelimiter(file, opts.delimiter), knownColumns: KNOWN_COLUMNS })
        : await readCsvExportStream(file, { ...opts, encoding: encoding ?? 'utf-8' });
    return opts.window ? { ...read, conversations: windowExport(read.conversations, opts.window) } : read;
  }
  if (json) {
    try {
      let read: ExportRead;
      if (json === 'archive') {
        const one = await readXArchiveStream(file, archivePrefix(head.text), encoding, opts);
        read = { conversations: [one.conversation], problems: one.problems };
      } else {
        read = await readSavedStream(file, encoding, INPUT_LIMITS.export.bytes, opts);
      }
      return opts.window ? { ...read, conversations: windowExport(read.conversations, opts.window) } : read;
    } catch (err) {
      if (!(err instanceof IrregularJson || err instanceof WholeJson)) throw err;
      // Read whole below, which words the error as it always did, when the file is small enough for it.
      if (size > INPUT_LIMITS.export.bytes) {
        if (err instanceof WholeJson) throw tooLarge(INPUT_LIMITS.export);
        throw exportError(file, err.line, `${json === 'archive' ? 'invalid archive' : 'invalid JSON'}: ${err.message}`);
      }
    }
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (err) {
    throw exportError(file, 1, `cannot read the export: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const decoded = decodeExport(bytes, encoding);
  const format = detectFormat(file, decoded);
  let read: ExportRead;
  switch (format.kind) {
    case 'x-archive': {
      const one = await readXArchive(file, decoded, opts);
      read = { conversations: [one.conversation], problems: one.problems };
      break;
    }
    case 'json': {
      const one = await readJsonExport(file, decoded, format.parsed, opts);
      read = { conversations: [one.conversation], problems: one.problems };
      break;
    }
    case 'api': {
      read = await readApiDump(file, decoded, format.parsed, opts);
      break;
    }
    case 'csv':
      read = await readCsvExport(file, decoded, opts);
      break;
  }
  return opts.window ? { ...read, conversations: windowExport(read.conversations, opts.window) } : read;
}

/**
 * Which JSON export an opening (decoded) shows, when it may be read as a stream: an X archive file, or JSON values
 * (saved responses, or this project's JSON, which the stream hands back to the whole-file reader).
 */
function streamedJson(head: string): 'archive' | 'values' | undefined {
  const text = head.replace(/^\ufeff/, '');
  if (text.trim() === '') return undefined;
  if (isXArchive(text)) return 'archive';
  const start = text.trimStart()[0];
  return start === '{' || start === '[' ? 'values' : undefined;
}

/** Bytes of a file's opening looked at to tell a CSV export that can be streamed: its header line, and more. */
const HEAD_BYTES = 64 * 1024;

/** The first `bytes` bytes of `file` (fewer when it is shorter). */
async function readHead(file: string, bytes: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } catch (err) {
    throw exportError(file, 1, `cannot read the export: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  } finally {
    await handle?.close();
  }
}
