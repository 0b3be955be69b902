// Saved API responses read as a stream (json-split.ts): each response (a line of JSON lines, or a value of a sequence)
// parsed on its own and turned into what the reader keeps of it, so memory holds the responses' posts, not the
// file's text and its parse.
import type { ExportRead } from './conversation.js';
import { isApiResponse, readSaved, savedOf, type Saved } from './api-dump.js';
import { exportError } from './errors.js';
import { unknown } from './format.js';
import { JsonSyntaxError, parseJsonWithLines } from './json-lines.js';
import { IrregularJson, parseValue, splitJsonFile, type SplitValue } from './json-split.js';
import { isProjectJson } from './json.js';
import type { ReadExportOptions } from './options.js';

/** The file is this project's JSON export: one document, read by the whole-file parser (its keys' lines). */
export class WholeJson extends Error {
  override name = 'WholeJson';
}

/** One value and the lines its items start on (an array of responses), or its own line. */
function parsedWithStarts(v: SplitValue): { value: unknown; starts: number[] } {
  if (!v.text.startsWith('[')) return { value: parseValue(v), starts: [v.line] };
  try {
    const { value, lines } = parseJsonWithLines(v.text);
    return { value, starts: (lines.items.get(value as unknown[]) ?? []).map((l) => l + v.line - 1) };
  } catch (err) {
    if (err instanceof JsonSyntaxError) throw new IrregularJson(v.line + err.line - 1, err.message);
    throw err;
  }
}

/**
 * Reads a file of JSON values (saved responses) as a stream. Throws WholeJson when its first value is this project's
 * JSON, IrregularJson where the whole-file parser must word the error, and usage errors naming file and line as
 * readApiDump does (a value that is no response, undecodable bytes…).
 */
export async function readSavedStream(file: string, encoding: string | undefined, maxValueChars: number, opts: ReadExportOptions): Promise<ExportRead> {
  const saved: Saved[] = [];
  let notApi: number | undefined;
  let first = true;
  const done = await splitJsonFile(file, { mode: 'sequence', ...(encoding ? { encoding } : {}), maxValueChars }, (v) => {
    const { value, starts } = parsedWithStarts(v);
    if (first && isProjectJson(value)) throw new WholeJson();
    first = false;
    // Past a value that is no response, the rest is only checked for syntax (whose error comes first, as when parsed whole).
    if (notApi !== undefined) return;
    if (!isApiResponse(value)) notApi = v.line;
    else for (const s of savedOf(file, value, v.line, starts)) saved.push(s);
  });
  if (notApi !== undefined) unknown(file, notApi);
  if (done.firstBadLine !== undefined) throw exportError(file, done.firstBadLine, `bytes that are not valid ${done.encoding} (give the file's encoding)`);
  return readSaved(file, saved, opts);
}
