// Rule fan-interaction: fans answer each other on the brand's spaces, not only the brand.
import type { Conversation, Post } from '../snapshot/types.js';
import type { Rule } from './types.js';
import { inWindow, unansweredCountable, usableConversations, windowDays } from '../computed/conversations.js';
import { indexThreads, parentOf } from '../computed/threads.js';
import { limitEvidence } from './helpers/evidence.js';
import { integerOption, numberOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import {
  NO_USABLE_DATA_MESSAGES,
  NOT_MEASURABLE_MESSAGES,
  accountEvidence,
  measuredAccounts,
  postEvidence,
  skippedAccounts,
} from './helpers/social.js';

/**
 * Fans' replies whose parent was read, split by who the parent is. A fan continuing their own thread is talking
 * to no one, and a reply to an unread post cannot be classified: both are left out.
 */
function classifyFanReplies(conv: Conversation): { replies: Post[]; toFans: { post: Post; parent: string }[] } {
  const index = indexThreads(conv.posts);
  const replies: Post[] = [];
  const toFans: { post: Post; parent: string }[] = [];
  for (const post of index.byId.values()) {
    if (post.author.role !== 'fan' || post.repostOf || !inWindow(post, conv)) continue;
    const parent = parentOf(post, index);
    if (!parent || parent.author.handle === post.author.handle) continue;
    replies.push(post);
    if (parent.author.role === 'fan') toFans.push({ post, parent: parent.author.handle });
  }
  return { replies, toFans };
}

export const rule: Rule = {
  meta: {
    id: 'fan-interaction',
    category: 'interaction',
    requires: ['conversations'],
    defaultOptions: {
      // One fan reply in ten going to another fan: the start of a conversation between customers. A house
      // convention, not a study figure.
      minShare: 0.1,
      // Fewer than five fan replies say nothing about a community.
      minSample: 5,
    },
    schema: {
      minShare: { type: 'number', minimum: 0, maximum: 1 },
      minSample: { type: 'integer', minimum: 1 },
    },
    messages: ['lively', 'rare', 'none', 'too-few-replies', ...NO_USABLE_DATA_MESSAGES, ...NOT_MEASURABLE_MESSAGES, 'fan-replies-read', 'answers-fan'],
  },

  evaluate(snapshot, options) {
    const minShare = numberOption(options, 'minShare');
    const minSample = integerOption(options, 'minSample');
    const read = usableConversations(snapshot);
    const days = windowDays(snapshot, read);
    const empty = { fanReplies: 0, fanToFan: 0, share: null, windowDays: days };
    // Fans answering fans are not in an archive of the brand's posts, nor told apart when authors are unknown.
    const accounts = measuredAccounts(snapshot, read, unansweredCountable, empty);
    if (accounts.na) return accounts.na;
    const { measured: usable, unmeasured } = accounts;

    const classified = usable.map((conv) => ({ conv, ...classifyFanReplies(conv) }));
    const fanReplies = classified.reduce((n, c) => n + c.replies.length, 0);
    const toFans = classified.flatMap((c) => c.toFans.map(({ post, parent }) => ({ conv: c.conv, post, parent })));
    const share = fanReplies === 0 ? null : toFans.length / fanReplies;
    const data = { fanReplies, fanToFan: toFans.length, share, windowDays: days, skipped: skippedAccounts(snapshot), ...(unmeasured.length > 0 ? { unmeasured } : {}) };
    const accountNotes = limitEvidence(
      classified.map((c) => accountEvidence(c.conv, 'fan-replies-read', { replies: c.replies.length, days: c.conv.window.days })),
    );
    if (fanReplies < minSample) return notApplicable('too-few-replies', data, accountNotes);

    const evidence = limitEvidence(toFans.map(({ conv, post, parent }) => postEvidence(post, conv, { id: 'answers-fan', data: { fan: parent } })));
    const exact = toFans.length / fanReplies;
    if (exact >= minShare) return outcome('pass', 1, 'lively', data, evidence);
    if (toFans.length > 0) return outcome('warn', exact / minShare, 'rare', data, evidence);
    return outcome('fail', 0, 'none', data, accountNotes);
  },
};
