// Thread roots for posts read from API responses (saved or live), whose threads may be cut: a reply whose parent was
// not read starts the part of its thread that was.
import type { Post } from '../../snapshot/types.js';

/** A post before its thread root is known. */
export type RootlessPost = Omit<Post, 'root'>;

/**
 * Each post with `root` set to the id of the first post of its thread among those given: follow `replyTo` while the
 * parent is in the list. A reply loop (which no platform produces, but a hand-edited file can) stops where it closes.
 */
export function withRoots(posts: readonly RootlessPost[]): Post[] {
  const byId = new Map(posts.map((p) => [p.id, p]));
  return posts.map((post) => {
    const seen = new Set<string>([post.id]);
    let at = post;
    for (let parent = at.replyTo === undefined ? undefined : byId.get(at.replyTo); parent && !seen.has(parent.id); ) {
      seen.add(parent.id);
      at = parent;
      parent = at.replyTo === undefined ? undefined : byId.get(at.replyTo);
    }
    return { ...post, root: at.id } as Post;
  });
}
