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
  // An index into the queue rather than shift(), and one push per child rather than a spread: a post with 100,000
  // replies must cost 100,000 steps, not their square, nor overflow the stack as arguments.
  const queue: Post[] = [];
  for (const child of index.children.get(post.id) ?? []) queue.push(child);
  for (let at = 0; at < queue.length; at++) {
    const next = queue[at];
    if (seen.has(next.id)) continue;
    seen.add(next.id);
    out.push(next);
    for (const child of index.children.get(next.id) ?? []) queue.push(child);
  }
  return out;
}

/** Per index, the brand's earliest reply below each post, computed once (see firstBrandReply). */
const brandBelow = new WeakMap<ThreadIndex, Map<string, Post | undefined>>();

/** The earlier of two posts (undefined counts as never). */
function earlier(a: Post | undefined, b: Post | undefined): Post | undefined {
  if (!a) return b;
  if (!b) return a;
  return timeOf(b) < timeOf(a) ? b : a;
}

/**
 * For every post of the index, the brand's earliest reply anywhere below it, in one post-order walk of the threads
 * (linear, whatever their depth or width). A reply that loops back to a post being walked is not followed.
 */
function brandRepliesBelow(index: ThreadIndex): Map<string, Post | undefined> {
  const best = new Map<string, Post | undefined>();
  const open = new Set<string>();
  for (const start of index.byId.values()) {
    if (best.has(start.id)) continue;
    const stack: { post: Post; child: number }[] = [{ post: start, child: 0 }];
    open.add(start.id);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const children = index.children.get(frame.post.id) ?? [];
      if (frame.child < children.length) {
        const next = children[frame.child++];
        if (!best.has(next.id) && !open.has(next.id)) {
          open.add(next.id);
          stack.push({ post: next, child: 0 });
        }
        continue;
      }
      let first: Post | undefined;
      for (const child of children) {
        if (open.has(child.id)) continue; // a loop back up the walk (or a post answering itself)
        const own = child.author.role === 'brand' && !child.repostOf ? child : undefined;
        first = earlier(first, earlier(own, best.get(child.id)));
      }
      best.set(frame.post.id, first);
      open.delete(frame.post.id);
      stack.pop();
    }
  }
  return best;
}

/**
 * The brand's earliest reply anywhere below `post` (a direct answer, or one deeper in the thread after a fan
 * followed up), or undefined when the brand never replied there.
 */
export function firstBrandReply(post: Post, index: ThreadIndex): Post | undefined {
  let below = brandBelow.get(index);
  if (!below) {
    below = brandRepliesBelow(index);
    brandBelow.set(index, below);
  }
  if (below.has(post.id)) return below.get(post.id);
  // A post outside the index (not read): walk what the index knows below it.
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
