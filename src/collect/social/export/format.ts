// Which kind of export a file is, told from its content (never its name): an X archive file opens with
// `window.YTD.…`, JSON with `{` or `[` (this project's format has `posts`; saved API responses have Graph or X v2
// shapes), anything else is read as CSV when its header names known columns.
import { isApiResponse } from './api-dump.js';
import { CSV_DELIMITERS, detectDelimiter, type CsvDelimiter } from './csv-records.js';
import { EXPORT_COLUMNS } from './csv.js';
import type { DecodedExport } from './decode.js';
import { exportError } from './errors.js';
import { JsonSyntaxError, parseJsonSequence, type JsonLines } from './json-lines.js';
import { isProjectJson } from './json.js';
import { isResearchHeader, RESEARCH_COLUMNS } from './research-csv.js';
import { isXArchive } from './x-archive.js';

/** What a file was found to be, with what was parsed on the way. */
export type ExportFormat =
  | { kind: 'x-archive' }
  | { kind: 'json'; parsed: { value: unknown; lines: JsonLines } }
  | { kind: 'api'; parsed: { values: { value: unknown; line: number }[]; lines: JsonLines } }
  | { kind: 'csv' };

const FORMATS =
  'an X archive (tweets.js), saved Graph API or X API v2 responses (JSON, one or several), the research CSV ' +
  `(${RESEARCH_COLUMNS.join(',')}) or brand-audit's JSON or CSV export (${EXPORT_COLUMNS.join(',')}); see docs/exports.md`;

/** The message of a file that is none of the formats. */
export function unknown(file: string, line: number): never {
  throw exportError(file, line, `unknown export format: expected ${FORMATS}`);
}

/** True when the first non-empty line, split on any delimiter exports use, names a column of a known CSV format. */
function hasKnownHeader(text: string): boolean {
  const header = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const known = new Set([...EXPORT_COLUMNS, ...RESEARCH_COLUMNS].map((c) => c.toLowerCase()));
  return CSV_DELIMITERS.some((d) => header.split(d).some((cell) => known.has(cell.trim().replace(/^"(.*)"$/, '$1').trim().toLowerCase())));
}

/**
 * Tells the format of a decoded export. Throws a usage error naming file and line for an empty file, invalid JSON,
 * and content that is none of the formats (the message lists them).
 */
export function detectFormat(file: string, decoded: DecodedExport): ExportFormat {
  const text = decoded.text.replace(/^\ufeff/, '');
  if (text.trim() === '') throw exportError(file, 1, `empty file: expected ${FORMATS}`);
  if (isXArchive(text)) return { kind: 'x-archive' };
  const start = text.trimStart()[0];
  if (start === '{' || start === '[') {
    let parsed: ReturnType<typeof parseJsonSequence>;
    try {
      parsed = parseJsonSequence(text);
    } catch (err) {
      if (err instanceof JsonSyntaxError) throw exportError(file, err.line, `invalid JSON: ${err.message}`);
      throw err;
    }
    const { values, lines } = parsed;
    if (values.length === 1 && isProjectJson(values[0].value)) return { kind: 'json', parsed: { value: values[0].value, lines } };
    const notApi = values.find((v) => !isApiResponse(v.value));
    if (notApi) unknown(file, notApi.line);
    return { kind: 'api', parsed };
  }
  if (!hasKnownHeader(text)) unknown(file, 1);
  return { kind: 'csv' };
}

/**
 * Which CSV an export's opening (`head`, decoded) shows, when it is one that is read as a stream: `project` (a known
 * header that is not the research CSV's) or `research` (tweet_id, author_id, inbound); undefined for anything else,
 * which is decoded and parsed whole.
 */
export function streamedCsv(head: string, delimiter?: CsvDelimiter): 'project' | 'research' | undefined {
  const text = head.replace(/^\ufeff/, '');
  if (text.trim() === '' || isXArchive(text)) return undefined;
  const start = text.trimStart()[0];
  if (start === '{' || start === '[' || !hasKnownHeader(text)) return undefined;
  const d = delimiter ?? detectDelimiter(text, [...EXPORT_COLUMNS, ...RESEARCH_COLUMNS]);
  const header = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  return isResearchHeader(header.split(d).map((c) => c.trim().replace(/^"(.*)"$/, '$1'))) ? 'research' : 'project';
}
