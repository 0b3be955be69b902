// Rule valuable-posts: the brand's posts give readers something (information, tips, exclusives, offers).
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

/** The kinds valueKind() returns, in the order data lists them. */
const KINDS = ['information', 'tip', 'exclusive', 'offer', 'promotion', 'other'] as const;
type Kind = (typeof KINDS)[number];

export const rule: Rule = {
  meta: {
    id: 'valuable-posts',
    category: 'relevance',
    requires: ['conversations'],
    defaultOptions: {
      // Most posts should be worth reading; 60% is well above the 36% readers found worth reading in 2012.
      minShare: 0.6,
      // "Who Gives a Tweet?": 36% of tweets were worth reading. Below that norm, the feed fails.
      warnShare: 0.36,
      // Fewer than five posts say little about an editorial line.
      minSample: 5,
    },
    schema: {
      minShare: { type: 'number', minimum: 0, maximum: 1 },
      warnShare: { type: 'number', minimum: 0, maximum: 1 },
      minSample: { type: 'integer', minimum: 1 },
    },
    messages: ['valuable', 'too-promotional', 'mostly-promotional', TOO_FEW_POSTS, ...NO_USABLE_DATA_MESSAGES, BRAND_POSTS_READ, 'post-kind'],
  },

  evaluate(snapshot, options) {
    const minShare = numberOption(options, 'minShare');
    const warnShare = numberOption(options, 'warnShare');
    const minSample = integerOption(options, 'minSample');
    const usable = usableConversations(snapshot);
    const days = windowDays(snapshot, usable);
    const kinds = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
    const empty = { posts: 0, valuable: 0, promotion: 0, share: null, kinds, windowDays: days };
    if (usable.length === 0) return noUsableData(snapshot, empty);

    const posts = usable.flatMap((conv) => brandOwnPosts(conv).map((post) => ({ conv, post, kind: textLayer().valueKind(post.text) })));
    for (const p of posts) kinds[p.kind] += 1;
    const valuable = posts.filter((p) => textLayer().carriesValue(p.kind));
    const promotional = posts.filter((p) => p.kind === 'promotion');
    const share = posts.length === 0 ? null : valuable.length / posts.length;
    const data = { posts: posts.length, valuable: valuable.length, promotion: promotional.length, share, kinds, windowDays: days, skipped: skippedAccounts(snapshot) };
    if (posts.length < minSample) {
      return notApplicable(TOO_FEW_POSTS, data, limitEvidence(usable.map((conv) => brandPostsReadEvidence(conv, brandOwnPosts(conv).length))));
    }

    const exact = valuable.length / posts.length;
    // When the feed passes, the valuable posts show why; otherwise the self-promotion shows what to change.
    const shown = exact >= minShare ? valuable : promotional.length > 0 ? promotional : posts.filter((p) => !textLayer().carriesValue(p.kind));
    // The note names the post's kind; "postKind", not "kind", so no terms file of page kinds is picked up.
    const evidence = limitEvidence(shown.map(({ conv, post, kind }) => postEvidence(post, conv, { id: 'post-kind', data: { postKind: kind } })));
    if (exact >= minShare) return outcome('pass', 1, 'valuable', data, evidence);
    if (exact >= warnShare) return outcome('warn', exact / minShare, 'too-promotional', data, evidence);
    return outcome('fail', exact / minShare, 'mostly-promotional', data, evidence);
  },
};
