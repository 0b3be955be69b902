// Fans' posts known only through the brand's replies. An X archive (or a saved timeline) holds the brand's posts alone;
// each reply names the post it answers and its author, and the post's X id gives the time it was written. Such a
// post stands in the conversation with its id, author and time (no text), so the reply's delay is exact.
import type { Post } from '../../../snapshot/types.js';
import type { RootlessPost } from '../thread-roots.js';
import { snowflakeTime } from './snowflake.js';
import { xPostUrl } from './parse.js';

/** The post a brand reply answers, as the reply names it. */
export interface RepliedTo {
  /** The post's id. */
  id: string;
  /** Its author's user id, when the source gives it. */
  userId?: string;
  /** Its author's username, when the source gives it. */
  username?: string;
}

/** Stand-ins for the posts the brand answered, and the replies whose post's time the id does not give. */
export interface StandIns {
  posts: RootlessPost[];
  /** Replies to a fan's post whose id is not a Snowflake (before November 2010) or gives a time after the reply. */
  untimed: number;
}

/**
 * One stand-in per fan's post the brand replied to that is not among `known` ids: author from the reply, time from the
 * post's id. Replies to the brand's own posts (threads) and to authors the reply does not name are left as they are.
 * A post whose id gives no time, or a time after the brand's first reply to it, gets no stand-in and is counted.
 */
export function standIns(
  replies: readonly { reply: Pick<Post, 'createdAt'>; to: RepliedTo }[],
  known: ReadonlySet<string>,
  isBrand: (to: RepliedTo) => boolean,
): StandIns {
  const first = new Map<string, { to: RepliedTo; at: number }>();
  // Replies per post, counted once: filtering the replies for each post took minutes at 100,000 replies.
  const counts = new Map<string, number>();
  for (const { to } of replies) counts.set(to.id, (counts.get(to.id) ?? 0) + 1);
  for (const { reply, to } of replies) {
    if (known.has(to.id) || isBrand(to) || (to.userId === undefined && to.username === undefined)) continue;
    const at = Date.parse(reply.createdAt);
    const seen = first.get(to.id);
    if (!seen || at < seen.at) first.set(to.id, { to, at });
  }
  const out: StandIns = { posts: [], untimed: 0 };
  for (const { to, at } of first.values()) {
    const time = snowflakeTime(to.id);
    // Reply dates have whole seconds, Snowflake times milliseconds: the answered post may read up to 999 ms later.
    if (time === undefined || time > at + 999) {
      out.untimed++;
      continue;
    }
    out.posts.push({
      id: to.id,
      url: xPostUrl(to.id, to.username),
      platform: 'x',
      author: { id: to.userId ?? to.username!.toLowerCase(), handle: to.username ?? to.userId!, role: 'fan' },
      createdAt: new Date(Math.min(time, at)).toISOString(),
      text: '',
      metrics: { likes: 0, replies: counts.get(to.id) ?? 0, reposts: 0 },
      kind: 'post',
    });
  }
  return out;
}
