// Rule listening-asks-opinions: the brand asks its community for opinions and ideas in its own posts.
import type { Rule } from './types.js';
import { textLayer } from '../computed/text-layer.js';
import { brandOwnPosts, usableConversations, windowDays } from '../computed/conversations.js';
import { limitEvidence } from './helpers/evidence.js';
import { integerOption, numberOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import {
  BRAND_POSTS_READ,
  NO_USABLE_DATA_MESSAGES,
  TOO_FEW_POSTS,
  brandPostsReadEvidence,
  noUsableData,
  postEvidence,
  skippedAccounts,
} from './helpers/social.js';

export const rule: Rule = {
  meta: {
    id: 'listening-asks-opinions',
    category: 'listening',
    requires: ['conversations'],
    defaultOptions: {
      // One post in twenty: an opinion question every few weeks for a brand posting a few times a week. A house
      // convention, not a study figure.
      minShare: 0.05,
      // Fewer than five posts say little about a habit.
      minSample: 5,
    },
    schema: {
      minShare: { type: 'number', minimum: 0, maximum: 1 },
      minSample: { type: 'integer', minimum: 1 },
    },
    messages: ['asks', 'rarely', 'never', TOO_FEW_POSTS, ...NO_USABLE_DATA_MESSAGES, BRAND_POSTS_READ],
  },

  evaluate(snapshot, options) {
    const minShare = numberOption(options, 'minShare');
    const minSample = integerOption(options, 'minSample');
    const usable = usableConversations(snapshot);
    const days = windowDays(snapshot, usable);
    if (usable.length === 0) return noUsableData(snapshot, { posts: 0, asking: 0, share: null, windowDays: days });

    const posts = usable.flatMap((conv) => brandOwnPosts(conv).map((post) => ({ conv, post })));
    const asking = posts.filter(({ post }) => textLayer().asksForOpinion(post.text));
    const share = posts.length === 0 ? null : asking.length / posts.length;
    const data = { posts: posts.length, asking: asking.length, share, windowDays: days, skipped: skippedAccounts(snapshot) };
    const accountNotes = limitEvidence(usable.map((conv) => brandPostsReadEvidence(conv, brandOwnPosts(conv).length)));
    if (posts.length < minSample) return notApplicable(TOO_FEW_POSTS, data, accountNotes);

    const evidence = limitEvidence(asking.map(({ conv, post }) => postEvidence(post, conv)));
    const exact = asking.length / posts.length;
    if (exact >= minShare) return outcome('pass', 1, 'asks', data, evidence);
    if (asking.length > 0) return outcome('warn', exact / minShare, 'rarely', data, evidence);
    return outcome('fail', 0, 'never', data, accountNotes);
  },
};
