// Thread walking at scale: a post with 150,000 direct replies and a chain 150,000 replies deep are walked in linear
// time, without spreading lists into arguments; the earliest brand reply below each post is the one a full walk finds.
import { describe, expect, it } from 'vitest';
import { firstBrandReply, indexThreads, replySubtree } from '../../src/computed/threads.js';
import type { Post } from '../../src/snapshot/types.js';

function post(id: string, replyTo: string | undefined, role: 'brand' | 'fan', minute: number): Post {
  return {
    id,
    platform: 'facebook',
    author: { id: role, handle: role, role },
    createdAt: new Date(Date.UTC(2026, 9, 1) + minute * 60_000).toISOString(),
    text: 't',
    root: 'root',
    ...(replyTo ? { replyTo } : {}),
    metrics: { likes: 0, replies: 0, reposts: 0 },
  };
}

describe('threads at scale', () => {
  it('walks a post with 150,000 direct replies', () => {
    const posts = [post('root', undefined, 'fan', 0), ...Array.from({ length: 150_000 }, (_, i) => post(`r${i}`, 'root', i === 149_999 ? 'brand' : 'fan', i + 1))];
    const index = indexThreads(posts);
    expect(replySubtree(posts[0], index)).toHaveLength(150_000);
    expect(firstBrandReply(posts[0], index)?.id).toBe('r149999');
  });

  it('walks a chain 150,000 replies deep, fans and brand alternating, and a reply loop', () => {
    const posts = Array.from({ length: 150_000 }, (_, i) => post(`c${i}`, i ? `c${i - 1}` : undefined, i % 2 ? 'brand' : 'fan', i));
    const index = indexThreads(posts);
    for (const i of [0, 2, 149_998]) expect(firstBrandReply(posts[i], index)?.id).toBe(`c${i + 1}`);
    expect(firstBrandReply(posts[149_999], index)).toBeUndefined();
    const loop = [post('a', 'b', 'fan', 0), post('b', 'a', 'brand', 1)];
    expect(firstBrandReply(loop[0], indexThreads(loop))?.id).toBe('b');
  });
});
