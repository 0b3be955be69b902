// Rule fan-recognition: the brand thanks, names or features its fans, and shares their content.
import type { Conversation, Post } from '../snapshot/types.js';
import type { Rule } from './types.js';
import { textLayer } from '../computed/text-layer.js';
import { brandPublications, brandReplies, inWindow, repliesKnown, usableConversations, windowDays } from '../computed/conversations.js';
import { limitEvidence } from './helpers/evidence.js';
import { integerOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import {
  NO_USABLE_DATA_MESSAGES,
  NOT_MEASURABLE_AUTHORS,
  POSTS_READ,
  measuredAccounts,
  postEvidence,
  postsReadEvidence,
  skippedAccounts,
} from './helpers/social.js';

/**
 * Tells whether a text names one of the fans by @handle. The handle must end there: "@alice" does not name
 * "@alicebakes", and a sentence's full stop after the handle is not part of it. Handles are looked up by the text
 * after each "@" (one lookup per distinct handle length), not tried one by one: an account with thousands of fans and
 * replies would otherwise cost fans × replies regular expressions.
 */
function fanNamer(fanHandles: readonly string[]): (text: string) => boolean {
  const handles = new Set(fanHandles.map((h) => h.toLowerCase()));
  const lengths = [...new Set([...handles].map((h) => h.length))];
  const ends = (text: string, at: number): boolean => {
    const next = text[at] ?? '';
    return !/[\w-]/u.test(next) && !(next === '.' && /\w/u.test(text[at + 1] ?? ''));
  };
  return (text) => {
    if (handles.size === 0) return false;
    const lower = text.toLowerCase();
    for (let at = lower.indexOf('@'); at >= 0; at = lower.indexOf('@', at + 1)) {
      for (const length of lengths) {
        if (handles.has(lower.slice(at + 1, at + 1 + length)) && ends(lower, at + 1 + length)) return true;
      }
    }
    return false;
  };
}

/** Brand replies that thank or credit a fan, or name one, in this conversation. */
function recognisingReplies(conv: Conversation): Post[] {
  const namesFan = fanNamer(conv.posts.filter((p) => p.author.role === 'fan' && p.author.handle !== '').map((p) => p.author.handle));
  return brandReplies(conv).filter((p) => !p.repostOf && (textLayer().isRecognition(p.text) || namesFan(p.text)));
}

export const rule: Rule = {
  meta: {
    id: 'fan-recognition',
    category: 'recognition',
    requires: ['conversations'],
    defaultOptions: {
      // Two acts of recognition over the window: more than a one-off. A house convention, not a study figure.
      minCount: 2,
    },
    schema: {
      minCount: { type: 'integer', minimum: 1 },
    },
    messages: ['recognises', 'rarely', 'never', 'no-fans', ...NO_USABLE_DATA_MESSAGES, NOT_MEASURABLE_AUTHORS, POSTS_READ, 'repost-of'],
  },

  evaluate(snapshot, options) {
    const minCount = integerOption(options, 'minCount');
    const read = usableConversations(snapshot);
    const days = windowDays(snapshot, read);
    const empty = { replies: 0, reposts: 0, total: 0, brandReplies: 0, windowDays: days };
    // The brand's replies must be told from fans' comments (an archive's are: they are all the brand's).
    const accounts = measuredAccounts(snapshot, read, repliesKnown, empty);
    if (accounts.na) return accounts.na;
    const { measured: usable, unmeasured } = accounts;

    const replies = usable.flatMap((conv) => recognisingReplies(conv).map((post) => ({ conv, post })));
    const reposts = usable.flatMap((conv) =>
      brandPublications(conv)
        .filter((p) => p.repostOf?.role === 'fan')
        .map((post) => ({ conv, post })),
    );
    const fanPosts = usable.reduce((n, conv) => n + conv.posts.filter((p) => p.author.role === 'fan' && inWindow(p, conv)).length, 0);
    const total = replies.length + reposts.length;
    const data = {
      replies: replies.length,
      reposts: reposts.length,
      total,
      brandReplies: usable.reduce((n, conv) => n + brandReplies(conv).length, 0),
      windowDays: days,
      skipped: skippedAccounts(snapshot),
      ...(unmeasured.length > 0 ? { unmeasured } : {}),
    };
    const accountNotes = limitEvidence(usable.map((conv) => postsReadEvidence(conv, conv.posts.length)));
    // Without fans' posts or reposts of them there is nothing the brand could have recognised.
    if (fanPosts === 0 && reposts.length === 0) return notApplicable('no-fans', data, accountNotes);

    const evidence = limitEvidence([
      ...replies.map(({ conv, post }) => postEvidence(post, conv)),
      ...reposts.map(({ conv, post }) => postEvidence(post, conv, { id: 'repost-of', data: { fan: post.repostOf!.handle } })),
    ]);
    if (total >= minCount) return outcome('pass', 1, 'recognises', data, evidence);
    if (total > 0) return outcome('warn', total / minCount, 'rarely', data, evidence);
    return outcome('fail', 0, 'never', data, accountNotes);
  },
};
