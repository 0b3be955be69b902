// The audit window over what an export read: the posts inside it are counted, the threads around them kept (the
// posts they answer, for who-answers-whom; the replies after the window's end, so a question of its last day still
// gets its answer), and the posts outside it are counted and said. An export all older than the default window is
// audited over the same number of days up to its newest post, and says so.
import type { Conversation, Note, Post } from '../../../snapshot/types.js';
import { note } from '../../codes.js';
import { windowPosition, windowRecord, type AuditWindow } from '../common.js';

const DAY_MS = 86_400_000;

/** The window asked for, and whether it may be moved onto an old export. */
export interface ExportWindow {
  window: AuditWindow;
  /**
   * True when the window is the default one (no --window, --since or --until, nor in the brand file): an export whose
   * posts are all older than it is then audited over the same number of days up to its newest post.
   */
  anchor: boolean;
}

/** The posts an export holds of its own: without the fans' posts known only because the brand replied to them. */
function filePosts(conv: Conversation): Post[] {
  return conv.coverage === 'brand-posts' ? conv.posts.filter((p) => p.author.role === 'brand') : conv.posts;
}

/** The posts inside the window with every post they answer (up the thread) and every reply below them. */
function threadsAround(posts: readonly Post[], inside: readonly Post[]): Post[] {
  const byId = new Map(posts.map((p) => [p.id, p]));
  const children = new Map<string, Post[]>();
  for (const p of posts) if (p.replyTo !== undefined) children.set(p.replyTo, [...(children.get(p.replyTo) ?? []), p]);
  const keep = new Set<string>();
  for (const post of inside) {
    for (let at: Post | undefined = post; at && !keep.has(at.id); at = at.replyTo === undefined ? undefined : byId.get(at.replyTo)) keep.add(at.id);
  }
  const queue = inside.flatMap((p) => children.get(p.id) ?? []);
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (keep.has(next.id)) continue;
    keep.add(next.id);
    queue.push(...(children.get(next.id) ?? []));
  }
  return posts.filter((p) => keep.has(p.id));
}

/** A window bound as the day it falls on (UTC), the way notes show it: "2017-10-01". */
function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The time of the newest post of the files, by a loop: hundreds of thousands spread into Math.max overflow the stack. */
function newestTime(conversations: readonly Conversation[]): number | undefined {
  let newest: number | undefined;
  for (const c of conversations) {
    for (const p of filePosts(c)) {
      const t = Date.parse(p.createdAt);
      if (Number.isFinite(t) && (newest === undefined || t > newest)) newest = t;
    }
  }
  return newest;
}

/**
 * Applies the audit window to the accounts one export gave. Each conversation gets the window (moved when `anchor`
 * and every post of the file is older than it), `dataUntil` (the file's newest post), and after its `export.read`
 * note `export.window-anchored` (from, to, days) and `export.outside-window` (count, from, to) when they apply.
 */
export function windowExport(conversations: readonly Conversation[], asked: ExportWindow): Conversation[] {
  const newest = newestTime(conversations);
  let window = asked.window;
  const anchored = asked.anchor && newest !== undefined && newest < window.from.getTime();
  if (anchored) window = { from: new Date(newest - window.days * DAY_MS), to: new Date(newest), days: window.days };
  const bounds = { from: day(window.from), to: day(window.to) };
  return conversations.map((conv) => {
    const inside = conv.posts.filter((p) => windowPosition(p.createdAt, window) === 'inside');
    const outside = filePosts(conv).filter((p) => windowPosition(p.createdAt, window) !== 'inside').length;
    const said: Note[] = [];
    if (anchored) said.push(note('export.window-anchored', { ...bounds, days: window.days }));
    if (outside > 0) said.push(note('export.outside-window', { count: outside, ...bounds }));
    const notes = [...(conv.notes ?? [])];
    const at = notes.findIndex((n) => n.code === 'export.read') + 1;
    notes.splice(at, 0, ...said);
    // Key order follows the Conversation type, so saved snapshots read the same whatever the source.
    const { profile, posts, ...head } = conv;
    return {
      ...head,
      notes,
      window: windowRecord(window),
      ...(newest !== undefined ? { dataUntil: new Date(newest).toISOString() } : {}),
      ...(profile ? { profile } : {}),
      posts: threadsAround(posts, inside),
    };
  });
}
