// Thread utilities over a conversation's posts: who replies to whom, reply subtrees, the brand's first reply.
// Computed-layer code: the social summary and the social rules both read threads through these.
import type { Post } from '../snapshot/types.js';

const MINUTE_MS = 60_000;

/** The posts of a conversation indexed two ways: by id, and by the id of the post they answer. */
export interface ThreadIndex {
  byId: Map<string, Post>;
  /** Direct replies per parent id, oldest first. */
  children: Map<string, Post[]>;
}

/** Milliseconds since the epoch of an ISO date; NaN when the date cannot be read. */
export function timeOf(post: Pick<Post, 'createdAt'>): number {
  return Date.parse(post.createdAt);
}

/** Indexes posts by id and by parent. A post listed twice (pages overlapping) is kept once. */
export function indexThreads(posts: readonly Post[]): ThreadIndex {
  const byId = new Map<string, Post>();
  for (const post of posts) if (!byId.has(post.id)) byId.set(post.id, post);
  const children = new Map<string, Post[]>();
  for (const post of byId.values()) {
    if (post.replyTo === undefined || post.replyTo === post.id) continue;
    const list = children.get(post.replyTo) ?? [];
    list.push(post);
    children.set(post.replyTo, list);
  }
  for (const list of children.values()) list.sort((a, b) => timeOf(a) - timeOf(b));
  return { byId, children };
}

/**
 * Every reply below `post`, at any depth, in breadth-first order. Each post is visited once, so a malformed
 * export whose replies loop back on themselves cannot hang the audit.
 */
export function replySubtree(post: Post, index: ThreadIndex): Post[] {
  const out: Post[] = [];
  const seen = new Set<string>([post.id]);
  const queue = [...(index.children.get(post.id) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (seen.has(next.id)) continue;
    seen.add(next.id);
    out.push(next);
    queue.push(...(index.children.get(next.id) ?? []));
  }
  return out;
}

/**
 * The brand's earliest reply anywhere below `post` (a direct answer, or one deeper in the thread after a fan
 * followed up), or undefined when the brand never replied there.
 */
export function firstBrandReply(post: Post, index: ThreadIndex): Post | undefined {
  let first: Post | undefined;
  for (const reply of replySubtree(post, index)) {
    if (reply.author.role !== 'brand' || reply.repostOf) continue;
    if (first === undefined || timeOf(reply) < timeOf(first)) first = reply;
  }
  return first;
}

/**
 * The earliest reply below `post` whose author the platform did not give (role `unknown`), or undefined. When it
 * comes before the brand's first reply, it may have been the brand's: whether and when the brand answered is unknown.
 */
export function firstHiddenReply(post: Post, index: ThreadIndex): Post | undefined {
  let first: Post | undefined;
  for (const reply of replySubtree(post, index)) {
    if (reply.author.role !== 'unknown') continue;
    if (first === undefined || timeOf(reply) < timeOf(first)) first = reply;
  }
  return first;
}

/** The post `post` answers, when it is among the posts read. */
export function parentOf(post: Post, index: ThreadIndex): Post | undefined {
  return post.replyTo === undefined ? undefined : index.byId.get(post.replyTo);
}

/** Whole minutes from `from` to `to`, never negative (clocks of different servers can disagree by seconds). */
export function minutesBetween(from: Post, to: Post): number {
  return Math.max(0, Math.round((timeOf(to) - timeOf(from)) / MINUTE_MS));
}

/** The median of the values (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
