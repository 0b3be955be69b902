// The notes an export read leaves: one per rejected or corrected row (file, line, field and what was wrong, as
// data), and the conversation's summary. Codes are catalogue keys `collect.<code>` (locales/<lang>/collect/export.json).
import type { Note } from '../../../snapshot/types.js';

/** Summary notes on the Conversation read from an export. */
export const EXPORT_SUMMARY_CODES = [
  'export.read',
  'export.window-anchored',
  'export.outside-window',
  'export.rejected',
  'export.problems',
  // X archives and timelines: fans' posts known by the brand's replies; replies whose post's id gives no time.
  'export.brand-posts',
  'export.untimed-replies',
  // The research CSV: posts of threads no brand of the file took part in or was tagged in.
  'export.unattributed',
  // Saved API responses: an error saved among the pages, items without id or date, nested comment lists with more
  // pages than saved, comments without an author.
  'export.api-error',
  'export.skipped-items',
  'export.more-comments',
  'export.no-author',
] as const;

/** Problems that leave a row out of the conversation. */
export const EXPORT_REJECT_CODES = [
  'export.missing',
  'export.required',
  'export.bad-text',
  'export.bad-date',
  'export.bad-x-date',
  'export.bad-flag',
  'export.bad-count',
  'export.bad-url',
  'export.duplicate-id',
  'export.field-count',
  'export.bad-quoting',
  'export.not-object',
  'export.platform-differs',
  'export.account-differs',
  'export.undecodable',
] as const;

/** Problems with a row's `replyTo` only: the row is kept as the start of its own thread. */
export const EXPORT_KEEP_CODES = ['export.reply-unknown', 'export.reply-rejected', 'export.reply-cycle', 'export.reply-not-text'] as const;

/** Every note code an export read can write. */
export const EXPORT_NOTE_CODES = [...EXPORT_SUMMARY_CODES, ...EXPORT_REJECT_CODES, ...EXPORT_KEEP_CODES] as const;

export type ExportProblemCode = (typeof EXPORT_REJECT_CODES)[number] | (typeof EXPORT_KEEP_CODES)[number];

/** Where a problem is, and the values its message takes. */
export interface ExportProblemData {
  /** The export's path, as given. */
  file: string;
  /** CSV: the physical line the record starts on; JSON: the line of the post object (or of the key at fault). */
  line: number;
  /** The column or post field at fault; `row` (CSV) or `post` (JSON) when the whole row is. */
  field: string;
  [key: string]: unknown;
}

/** One rejected or corrected row, as a note: `{ code: 'export.bad-date', data: { file, line, field, value } }`. */
export interface ExportProblem extends Note {
  code: ExportProblemCode;
  data: ExportProblemData;
}

const KEPT = new Set<string>(EXPORT_KEEP_CODES);

/** Whether the problem left its row out (rather than keeping it as a thread start). */
export function isRejection(problem: ExportProblem): boolean {
  return !KEPT.has(problem.code);
}

/**
 * Problems kept one by one per file (each becomes a line of the report's "could not be checked" part); beyond this
 * they are counted only. An export of a million broken rows must not become a million notes.
 */
export const MAX_PROBLEMS_KEPT = 200;

/** Collects the problems of one file: all counted, the first MAX_PROBLEMS_KEPT kept. */
export class ProblemList {
  readonly items: ExportProblem[] = [];
  /** Every problem found, kept or not. */
  total = 0;
  /** Lines with a problem that left the row out. */
  readonly rejectedLines = new Set<number>();

  constructor(readonly file: string) {}

  add(code: ExportProblemCode, line: number, field: string, extra: Record<string, unknown> = {}): void {
    this.total++;
    if (!KEPT.has(code)) this.rejectedLines.add(line);
    if (this.items.length < MAX_PROBLEMS_KEPT) this.items.push({ code, data: { file: this.file, line, field, ...extra } });
  }

  /** How many problems were found (kept or not): a row's validation compares it before and after. */
  get length(): number {
    return this.total;
  }
}

// Values are quoted as written (JSON text: `"2 novembre 2026"`, `42`, `-1`), so a message shows exactly what was
// in the file and a date-looking value is never reformatted as a date; long ones are cut.
const MAX_SHOWN = 80;

/** A value as the file wrote it, for a note's `value`: JSON text, at most 80 characters. */
export function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
