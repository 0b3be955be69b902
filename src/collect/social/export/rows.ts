// Row validation, shared by the JSON and CSV readers: each field checked strictly, duplicate ids dropped, replyTo
// targets checked and reply cycles cut. A row with a bad field is left out; a bad replyTo only makes the row a
// thread start. Every problem becomes a note with file, line and field (problems.ts).
import { parseIsoDateTime } from './dates.js';
import { shown, type ProblemList } from './problems.js';

/** One post as read from the file, before validation: JSON values keep their types, CSV values are strings. */
export interface RawRow {
  line: number;
  values: Record<string, unknown>;
  csv: boolean;
}

/** A row that passed validation. */
export interface GoodRow {
  line: number;
  id: string;
  author: string;
  createdAt: string;
  text: string;
  replyTo?: string;
  likes: number;
  reposts: number;
  url?: string;
}

const isBlank = (v: unknown): boolean => v === undefined || v === null || v === '';

/** A count field: empty → 0, else a non-negative safe integer (JSON: a number; CSV: digits); undefined when bad. */
function countField(v: unknown, csv: boolean): number | undefined {
  if (isBlank(v)) return 0;
  if (csv && typeof v === 'string') {
    const t = v.trim();
    if (t === '') return 0;
    return /^\d+$/.test(t) && Number.isSafeInteger(Number(t)) ? Number(t) : undefined;
  }
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined;
}

/** What a bad value is shown as: CSV cells trimmed, JSON values as they are. */
function asWritten(v: unknown, csv: boolean): string {
  return shown(csv && typeof v === 'string' ? v.trim() : v);
}

function isWebUrl(u: string): boolean {
  try {
    return u !== '' && ['http:', 'https:'].includes(new URL(u).protocol);
  } catch {
    return false;
  }
}

/** Validates one row; returns the row, or undefined when a problem rejects it (replyTo problems never reject). */
export function validateRow(raw: RawRow, problems: ProblemList): GoodRow | undefined {
  const before = problems.length;
  const v = raw.values;
  const bad = (field: string, code: 'export.missing' | 'export.required' | 'export.bad-text' | 'export.bad-date' | 'export.bad-count' | 'export.bad-url'): void => {
    problems.add(code, raw.line, field, code === 'export.missing' ? {} : { value: asWritten(v[field], raw.csv) });
  };
  const str = (field: string): string | undefined => {
    const value = v[field];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    bad(field, value === undefined ? 'export.missing' : 'export.required');
    return undefined;
  };
  const id = str('id');
  const author = str('author');
  let createdAt: string | undefined;
  if (typeof v.createdAt === 'string' && v.createdAt.trim() !== '') {
    createdAt = parseIsoDateTime(v.createdAt);
    if (!createdAt) bad('createdAt', 'export.bad-date');
  } else {
    str('createdAt');
  }
  if (typeof v.text !== 'string') bad('text', v.text === undefined ? 'export.missing' : 'export.bad-text');
  const likes = countField(v.likes, raw.csv);
  if (likes === undefined) bad('likes', 'export.bad-count');
  const reposts = countField(v.reposts, raw.csv);
  if (reposts === undefined) bad('reposts', 'export.bad-count');
  let url: string | undefined;
  if (!isBlank(v.url)) {
    const u = typeof v.url === 'string' ? v.url.trim() : '';
    if (isWebUrl(u)) url = u;
    else bad('url', 'export.bad-url');
  }
  if (problems.length > before || !id || !author || !createdAt || typeof v.text !== 'string' || likes === undefined || reposts === undefined) {
    return undefined;
  }
  const row: GoodRow = { line: raw.line, id, author, createdAt, text: v.text, likes, reposts };
  if (url) row.url = url;
  if (typeof v.replyTo === 'string' && v.replyTo.trim() !== '') row.replyTo = v.replyTo.trim();
  else if (!isBlank(v.replyTo)) problems.add('export.reply-not-text', raw.line, 'replyTo', { value: asWritten(v.replyTo, raw.csv) });
  return row;
}

/** What linking needs of a row: where it is, its id and the id it answers. */
export interface LinkedRow {
  line: number;
  id: string;
  replyTo?: string;
}

/**
 * Drops duplicate ids, checks replyTo targets and breaks reply cycles (each cycle cut at its first row in the file);
 * returns the kept rows. Linear in the number of rows, whatever the shape of the reply chains.
 */
export function linkRows<R extends LinkedRow>(rows: R[], rejectedIds: Set<string>, problems: ProblemList): R[] {
  const byId = new Map<string, R>();
  const kept: R[] = [];
  for (const row of rows) {
    const first = byId.get(row.id);
    if (first) problems.add('export.duplicate-id', row.line, 'id', { value: shown(row.id), firstLine: first.line });
    else {
      byId.set(row.id, row);
      kept.push(row);
    }
  }
  for (const row of kept) {
    if (row.replyTo === undefined || byId.has(row.replyTo)) continue;
    problems.add(rejectedIds.has(row.replyTo) ? 'export.reply-rejected' : 'export.reply-unknown', row.line, 'replyTo', { value: shown(row.replyTo) });
    delete row.replyTo;
  }
  // A reply chain that loops (a → b → a, or a post replying to itself) has no first post. Each row is walked once:
  // 1 while on the current walk, 2 once its chain is known to end.
  const state = new Map<string, 1 | 2>();
  for (const row of kept) {
    if (state.has(row.id)) continue;
    const path: R[] = [];
    let at: R | undefined = row;
    while (at && !state.has(at.id)) {
      state.set(at.id, 1);
      path.push(at);
      at = at.replyTo !== undefined ? byId.get(at.replyTo) : undefined;
    }
    if (at && state.get(at.id) === 1) {
      const members = path.slice(path.indexOf(at));
      const cut = members.reduce((a, b) => (b.line < a.line ? b : a));
      problems.add('export.reply-cycle', cut.line, 'replyTo', { value: shown(cut.replyTo) });
      delete cut.replyTo;
    }
    for (const p of path) state.set(p.id, 2);
  }
  return kept;
}
