// Validated rows to a Conversation: roles, threads, reply counts and the summary notes.
import { basename } from 'node:path';
import { stat } from 'node:fs/promises';
import type { Conversation, Note, Post } from '../../../snapshot/types.js';
import { note } from '../../codes.js';
import { dedupePosts, plainText } from '../common.js';
import { normHandle, type ExportAccount } from './account.js';
import type { ExportProblem, ProblemList } from './problems.js';
import { linkRows, validateRow, type GoodRow, type RawRow } from './rows.js';

/** One account read from an export, before the audit window is applied (window.ts). */
export interface AccountRead {
  conversation: Conversation;
  /** Every rejected or corrected row, in line order. */
  problems: ExportProblem[];
}

/** What one export file gave: its accounts (one, or one per brand of a research CSV) and the file's problems. */
export interface ExportRead {
  conversations: Conversation[];
  /** Every rejected or corrected row of the file, in line order. */
  problems: ExportProblem[];
}

/**
 * Posts one export may give (README, "Limits"): far more than a care audit needs; beyond it, the newest rows are kept
 * and the conversation says so (`limits.export-posts`).
 */
export const MAX_EXPORT_POSTS = 100_000;

/**
 * The first post of each row's thread, following replyTo (cycles were cut by linkRows), each chain walked once: a
 * chain of 100,000 replies costs 100,000 steps, not 100,000 walks of it.
 */
function threadRoots(rows: readonly RowMeta[]): Map<string, string> {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const roots = new Map<string, string>();
  for (const row of rows) {
    const path: RowMeta[] = [];
    let at: RowMeta | undefined = row;
    let root: string | undefined;
    while (at) {
      const known = roots.get(at.id);
      if (known !== undefined) {
        root = known;
        break;
      }
      path.push(at);
      const parent: RowMeta | undefined = at.replyTo !== undefined ? byId.get(at.replyTo) : undefined;
      if (!parent) {
        root = at.id;
        break;
      }
      at = parent;
    }
    for (const p of path) roots.set(p.id, root!);
  }
  return roots;
}

/** A file's problems in line order (problems of one line keep the order they were found in: the sort is stable). */
export function sortedProblems(problems: ProblemList): ExportProblem[] {
  return [...problems.items].sort((a, b) => a.data.line - b.data.line);
}

/**
 * What a conversation's notes say of its file's problems: `export.rejected` (rows left out), `export.problems`
 * (count) and the first problem itself; nothing when there were none.
 */
export function problemNotes(problems: ProblemList): Note[] {
  // Counted on the whole list: only its first problems are kept one by one (problems.ts, MAX_PROBLEMS_KEPT).
  const rejected = problems.rejectedLines.size;
  const notes: Note[] = [];
  if (rejected > 0) notes.push(note('export.rejected', { count: rejected }));
  if (problems.total > 0) notes.push(note('export.problems', { count: problems.total }), sortedProblems(problems)[0]);
  return notes;
}

/** The window a file's posts span (the file's date when it has none), until the audit window replaces it. */
export function spanWindow(posts: readonly Post[], fallback: Date): Conversation['window'] {
  // A loop, not Math.min(...times): an export of a few hundred thousand rows would overflow the stack as arguments.
  let from = Infinity;
  let to = -Infinity;
  for (const p of posts) {
    const t = Date.parse(p.createdAt);
    if (t < from) from = t;
    if (t > to) to = t;
  }
  if (posts.length === 0) from = to = fallback.getTime();
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString(), days: Math.ceil((to - from) / 86_400_000) };
}

function toPost(r: GoodRow, account: ExportAccount, root: string, replies: Map<string, number>): Post {
  const post: Post = {
    id: r.id,
    platform: account.platform,
    author: { id: normHandle(r.author), handle: r.author.replace(/^@/, ''), role: normHandle(r.author) === account.handle ? 'brand' : 'fan' },
    createdAt: r.createdAt,
    text: plainText(r.text),
    root,
    metrics: { likes: r.likes, replies: replies.get(r.id) ?? 0, reposts: r.reposts },
    kind: 'post',
  };
  if (r.url) post.url = r.url;
  if (r.replyTo) post.replyTo = r.replyTo;
  return post;
}

/** What the reader keeps of a valid row until it knows which rows become posts: no text. */
export interface RowMeta {
  /** Tells the row from every other of its file (a CSV record's line; a JSON post's position: a file may be one line). */
  key: number;
  line: number;
  id: string;
  replyTo?: string;
  /** createdAt in ms. */
  time: number;
}

/**
 * Builds the valid rows of the given keys, by key (the JSON reader has them at hand; the streamed CSV reads the file
 * again).
 */
export type Materialize = (keys: ReadonlySet<number>) => Promise<Map<number, GoodRow>> | Map<number, GoodRow>;

/**
 * Validates the rows and builds the Conversation, its window spanning its posts. Its notes: `export.read` (file,
 * count), then when they apply `limits.export-posts` (the newest MAX_EXPORT_POSTS rows kept), `export.rejected` (count
 * of rows left out), `export.problems` (count) followed by the first problem itself.
 */
export async function buildConversation(account: ExportAccount, raws: RawRow[], file: string, problems: ProblemList): Promise<AccountRead> {
  const good: GoodRow[] = [];
  const rejectedIds = new Set<string>();
  for (const raw of raws) {
    const row = validateRow(raw, problems);
    if (row) good.push(row);
    else if (typeof raw.values.id === 'string' && raw.values.id.trim() !== '') rejectedIds.add(raw.values.id.trim());
  }
  // The rows are at hand: the chosen lines are picked from them.
  return buildFromMetas(account, good.map((row, i) => metaOf(row, i)), rejectedIds, file, problems, (keys) => new Map([...keys].map((k) => [k, good[k]])));
}

/** What linking and choosing need of a valid row, under its `key`. */
export function metaOf(row: GoodRow, key: number): RowMeta {
  return { key, line: row.line, id: row.id, ...(row.replyTo !== undefined ? { replyTo: row.replyTo } : {}), time: Date.parse(row.createdAt) };
}

/**
 * Links the rows (duplicates, replies, cycles) from what is kept of them, picks the rows that become posts (all, or
 * the newest MAX_EXPORT_POSTS), has them built by `materialize` and builds the Conversation: a reader that streams
 * its file keeps only the metas of millions of rows, and the text of the posts kept.
 */
export async function buildFromMetas(
  account: ExportAccount,
  metas: RowMeta[],
  rejectedIds: Set<string>,
  file: string,
  problems: ProblemList,
  materialize: Materialize,
): Promise<AccountRead> {
  const rows = linkRows(metas, rejectedIds, problems);
  const roots = threadRoots(rows);
  const replies = new Map<string, number>();
  for (const r of rows) if (r.replyTo) replies.set(r.replyTo, (replies.get(r.replyTo) ?? 0) + 1);
  const chosen = rows.length > MAX_EXPORT_POSTS ? [...rows].sort((a, b) => b.time - a.time || a.line - b.line).slice(0, MAX_EXPORT_POSTS) : rows;
  const built = await materialize(new Set(chosen.map((r) => r.key)));
  const posts: Post[] = [];
  // In the file's order, as the rows were read.
  for (const meta of [...chosen].sort((a, b) => a.key - b.key)) {
    const g = built.get(meta.key);
    if (!g) continue;
    // Linking may have cut the row's reply (an unknown target, a cycle): the row follows its meta.
    if (meta.replyTo === undefined) delete g.replyTo;
    posts.push(toPost(g, account, roots.get(g.id) ?? g.id, replies));
  }

  const list = sortedProblems(problems);
  const notes: Note[] = [note('export.read', { file: basename(file), count: posts.length })];
  if (chosen !== rows) notes.push(note('limits.export-posts', { kept: chosen.length, total: rows.length }));
  notes.push(...problemNotes(problems));

  const conversation: Conversation = {
    platform: account.platform,
    handle: account.handle,
    url: account.url,
    source: 'export',
    status: problems.total > 0 || chosen !== rows ? 'partial' : 'ok',
    notes,
    window: spanWindow(posts, (await stat(file)).mtime),
    posts: dedupePosts(posts),
  };
  return { conversation, problems: list };
}
