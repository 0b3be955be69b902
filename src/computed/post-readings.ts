// Computed artifact: each post's reading (language, question, complaint), made once per audit and shared by the
// social summary and the rules, which all look at the same fans' posts.
import type { Post } from '../snapshot/types.js';
import type { PostReading } from '../text/index.js';
import { textLayer } from './text-layer.js';

/** The readings of an audit's posts, each made on first use and kept for the audit. */
export interface PostReadings {
  of(post: Post): PostReading;
}

/** A fresh cache of readings; the pipeline makes one per audit (computeArtifacts). */
export function createPostReadings(): PostReadings {
  const cache = new WeakMap<Post, PostReading>();
  return {
    of(post) {
      let reading = cache.get(post);
      if (!reading) {
        reading = textLayer().readPost(post.text);
        cache.set(post, reading);
      }
      return reading;
    },
  };
}
