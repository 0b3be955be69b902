// Validated rows to a Conversation: roles, threads, reply counts and the summary notes.
import { basename } from 'node:path';
import { stat } from 'node:fs/promises';
import type { Conversation, Note, Post } from '../../../snapshot/types.js';
import { note } from '../../codes.js';
import { dedupePosts, plainText } from '../common.js';
import { normHandle, type ExportAccount } from './account.js';
import { isRejection, type ExportProblem, type ProblemList } from './problems.js';
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

/** The id of the thread's first post, following replyTo (cycles were cut by linkRows). */
function rootOf(row: GoodRow, byId: Map<string, GoodRow>): string {
  let at = row;
  for (let next = at.replyTo && byId.get(at.replyTo); next; next = at.replyTo && byId.get(at.replyTo)) at = next;
  return at.id;
}

/** A file's problems in line order (problems of one line keep the order they were found in: the sort is stable). */
export function sortedProblems(problems: ProblemList): ExportProblem[] {
  return [...problems.items].sort((a, b) => a.data.line - b.data.line);
}

/**
 * What a conversation's notes say of its file's problems: `export.rejected` (rows left out), `export.problems`
 * (count) and the first problem itself; nothing when there were none.
 */
export function problemNotes(list: readonly ExportProblem[]): Note[] {
  const rejected = new Set(list.filter(isRejection).map((p) => p.data.line)).size;
  const notes: Note[] = [];
  if (rejected > 0) notes.push(note('export.rejected', { count: rejected }));
  if (list.length > 0) notes.push(note('export.problems', { count: list.length }), list[0]);
  return notes;
}

/** The window a file's posts span (the file's date when it has none), until the audit window replaces it. */
export function spanWindow(posts: readonly Post[], fallback: Date): Conversation['window'] {
  const times = posts.map((p) => Date.parse(p.createdAt));
  const from = times.length ? Math.min(...times) : fallback.getTime();
  const to = times.length ? Math.max(...times) : fallback.getTime();
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString(), days: Math.ceil((to - from) / 86_400_000) };
}

function toPost(r: GoodRow, account: ExportAccount, byId: Map<string, GoodRow>, replies: Map<string, number>): Post {
  const post: Post = {
    id: r.id,
    platform: account.platform,
    author: { id: normHandle(r.author), handle: r.author.replace(/^@/, ''), role: normHandle(r.author) === account.handle ? 'brand' : 'fan' },
    createdAt: r.createdAt,
    text: plainText(r.text),
    root: rootOf(r, byId),
    metrics: { likes: r.likes, replies: replies.get(r.id) ?? 0, reposts: r.reposts },
    kind: 'post',
  };
  if (r.url) post.url = r.url;
  if (r.replyTo) post.replyTo = r.replyTo;
  return post;
}

/**
 * Validates the rows and builds the Conversation, its window spanning its posts. Its notes: `export.read` (file,
 * count), then when they apply `export.rejected` (count of rows left out), `export.problems` (count) followed by the
 * first problem itself.
 */
export async function buildConversation(account: ExportAccount, raws: RawRow[], file: string, problems: ProblemList): Promise<AccountRead> {
  const good: GoodRow[] = [];
  const rejectedIds = new Set<string>();
  for (const raw of raws) {
    const row = validateRow(raw, problems);
    if (row) good.push(row);
    else if (typeof raw.values.id === 'string' && raw.values.id.trim() !== '') rejectedIds.add(raw.values.id.trim());
  }
  const rows = linkRows(good, rejectedIds, problems);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const replies = new Map<string, number>();
  for (const r of rows) if (r.replyTo) replies.set(r.replyTo, (replies.get(r.replyTo) ?? 0) + 1);
  const posts = rows.map((r) => toPost(r, account, byId, replies));

  const list = sortedProblems(problems);
  const notes: Note[] = [note('export.read', { file: basename(file), count: posts.length }), ...problemNotes(list)];

  const conversation: Conversation = {
    platform: account.platform,
    handle: account.handle,
    url: account.url,
    source: 'export',
    status: list.length > 0 ? 'partial' : 'ok',
    notes,
    window: spanWindow(posts, (await stat(file)).mtime),
    posts: dedupePosts(posts),
  };
  return { conversation, problems: list };
}
