// Validated rows to a Conversation: roles, threads, reply counts, the optional window, and the summary notes.
import { basename } from 'node:path';
import { stat } from 'node:fs/promises';
import type { Conversation, Note, Post } from '../../../snapshot/types.js';
import { note } from '../../codes.js';
import { dedupePosts, isNotAfterWindow, plainText, windowPosition, windowRecord, type AuditWindow } from '../common.js';
import { normHandle, type ExportAccount } from './account.js';
import type { ExportProblem, ProblemList } from './problems.js';
import { linkRows, type GoodRow } from './rows.js';

export interface ExportResult {
  conversation: Conversation;
  /** Every rejected or corrected row, in line order. */
  problems: ExportProblem[];
}

/** What the reader keeps of a valid row until it knows which rows become posts: no text. */
export interface RowMeta {
  line: number;
  id: string;
  replyTo?: string;
  /** createdAt in ms. */
  time: number;
}

/**
 * Posts one export may give (README, "Limits"): far more than a care audit needs; beyond it, the newest rows are kept
 * and the conversation says so, so that a dump of millions of rows is read in bounded memory.
 */
export const MAX_EXPORT_POSTS = 100_000;

/** The first post of each row's thread, following replyTo (cycles were cut by linkRows), each chain walked once. */
function threadRoots(rows: RowMeta[]): Map<string, string> {
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

/** Keeps the threads with a post inside the window, without posts after its end. */
function applyWindow(posts: Post[], window: AuditWindow): Post[] {
  const live = new Set(posts.filter((p) => windowPosition(p.createdAt, window) === 'inside').map((p) => p.root));
  return posts.filter((p) => live.has(p.root) && isNotAfterWindow(p.createdAt, window));
}

function spanWindow(posts: Post[], fallback: Date): Conversation['window'] {
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

function toPost(r: GoodRow, account: ExportAccount, root: string, replies: number): Post {
  const post: Post = {
    id: r.id,
    platform: account.platform,
    author: { id: normHandle(r.author), handle: r.author.replace(/^@/, ''), role: normHandle(r.author) === account.handle ? 'brand' : 'fan' },
    createdAt: r.createdAt,
    text: plainText(r.text),
    root,
    metrics: { likes: r.likes, replies, reposts: r.reposts },
    kind: 'post',
  };
  if (r.url) post.url = r.url;
  if (r.replyTo) post.replyTo = r.replyTo;
  return post;
}

/** Builds the valid rows on the given lines (the JSON reader has them at hand; the CSV reader reads the file again). */
export type Materialize = (lines: ReadonlySet<number>) => Promise<GoodRow[]> | GoodRow[];

/**
 * Links the rows (duplicates, replies, cycles), picks the rows that become posts (all, or the newest
 * MAX_EXPORT_POSTS), builds them and the Conversation. Its notes: `export.read` (file, count), then when they apply
 * `limits.export-posts`, `export.outside-window` (count, days), `export.rejected` (count of rows left out),
 * `export.problems` (count) followed by the first problem itself.
 */
export async function buildConversation(
  account: ExportAccount,
  metas: RowMeta[],
  rejectedIds: Set<string>,
  file: string,
  problems: ProblemList,
  window: AuditWindow | undefined,
  materialize: Materialize,
): Promise<ExportResult> {
  const rows = linkRows(metas, rejectedIds, problems);
  const roots = threadRoots(rows);
  const replies = new Map<string, number>();
  for (const r of rows) if (r.replyTo) replies.set(r.replyTo, (replies.get(r.replyTo) ?? 0) + 1);
  const chosen = rows.length > MAX_EXPORT_POSTS ? [...rows].sort((a, b) => b.time - a.time || a.line - b.line).slice(0, MAX_EXPORT_POSTS) : rows;
  const byLine = new Map(chosen.map((r) => [r.line, r]));
  const good = await materialize(new Set(byLine.keys()));
  let posts: Post[] = [];
  for (const g of good) {
    const meta = byLine.get(g.line);
    if (!meta) continue;
    // Linking may have cut the row's reply (an unknown target, a cycle): the row follows its meta.
    if (meta.replyTo === undefined) delete g.replyTo;
    posts.push(toPost(g, account, roots.get(g.id) ?? g.id, replies.get(g.id) ?? 0));
  }
  const read = posts.length;
  if (window) posts = applyWindow(posts, window);

  // Stable sort: problems of one line keep the order they were found in.
  const list = [...problems.items].sort((a, b) => a.data.line - b.data.line);
  const rejected = problems.rejectedLines.size;
  const notes: Note[] = [note('export.read', { file: basename(file), count: read })];
  if (chosen !== rows) notes.push(note('limits.export-posts', { kept: chosen.length, total: rows.length }));
  if (window && read !== posts.length) notes.push(note('export.outside-window', { count: read - posts.length, days: window.days }));
  if (rejected > 0) notes.push(note('export.rejected', { count: rejected }));
  if (problems.total > 0) notes.push(note('export.problems', { count: problems.total }), list[0]);

  const conversation: Conversation = {
    platform: account.platform,
    handle: account.handle,
    url: account.url,
    source: 'export',
    status: problems.total > 0 || chosen !== rows ? 'partial' : 'ok',
    notes,
    window: window ? windowRecord(window) : spanWindow(posts, (await stat(file)).mtime),
    posts: dedupePosts(posts),
  };
  return { conversation, problems: list };
}
