// Rule on-topic-posts: the brand's posts talk about what the brand is about (its keywords and site vocabulary).
import type { Rule } from './types.js';
import { textLayer } from '../computed/text-layer.js';
import { brandOwnPosts, usableConversations, windowDays } from '../computed/conversations.js';
import { limitEvidence } from './helpers/evidence.js';
import { integerOption, numberOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { okPages } from './helpers/site.js';
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
    id: 'on-topic-posts',
    category: 'relevance',
    requires: ['conversations'],
    defaultOptions: {
      // Seven posts in ten on topic leaves room for seasonal greetings and news without drifting.
      minShare: 0.7,
      // Half the posts off topic: the feed no longer says what the brand does (Performics 2012: 49% un-liked
      // brands for irrelevant posts). Below fails.
      warnShare: 0.5,
      // Fewer than five posts say little about an editorial line.
      minSample: 5,
    },
    schema: {
      minShare: { type: 'number', minimum: 0, maximum: 1 },
      warnShare: { type: 'number', minimum: 0, maximum: 1 },
      minSample: { type: 'integer', minimum: 1 },
    },
    messages: ['on-topic', 'drifting', 'off-topic', 'no-topics', TOO_FEW_POSTS, ...NO_USABLE_DATA_MESSAGES, BRAND_POSTS_READ],
  },

  evaluate(snapshot, options) {
    const minShare = numberOption(options, 'minShare');
    const warnShare = numberOption(options, 'warnShare');
    const minSample = integerOption(options, 'minSample');
    const usable = usableConversations(snapshot);
    const days = windowDays(snapshot, usable);
    const keywords = (snapshot.brand?.keywords ?? []).filter((k) => k.trim() !== '');
    const titles = okPages(snapshot).flatMap((p) => (p.title ? [p.title] : []));
    const vocabulary = titles.length > 0 ? textLayer().siteVocabulary(titles) : [];
    const empty = { posts: 0, onTopic: 0, share: null, keywords: keywords.length, vocabulary: vocabulary.length, windowDays: days };
    if (usable.length === 0) return noUsableData(snapshot, empty);
    const skipped = skippedAccounts(snapshot);
    const accountNotes = limitEvidence(usable.map((conv) => brandPostsReadEvidence(conv, brandOwnPosts(conv).length)));
    if (keywords.length === 0 && vocabulary.length === 0) return notApplicable('no-topics', { ...empty, skipped }, accountNotes);

    const posts = usable.flatMap((conv) => brandOwnPosts(conv).map((post) => ({ conv, post, on: textLayer().isOnTopic(post.text, keywords, vocabulary) })));
    const onTopic = posts.filter((p) => p.on);
    const share = posts.length === 0 ? null : onTopic.length / posts.length;
    const data = { ...empty, posts: posts.length, onTopic: onTopic.length, share, skipped };
    if (posts.length < minSample) return notApplicable(TOO_FEW_POSTS, data, accountNotes);

    const exact = onTopic.length / posts.length;
    // Off-topic posts are what to change; when the feed passes, the on-topic ones show what was matched.
    const offTopic = posts.filter((p) => !p.on);
    const shown = exact >= minShare || offTopic.length === 0 ? onTopic : offTopic;
    const evidence = shown.length > 0 ? limitEvidence(shown.map(({ conv, post }) => postEvidence(post, conv))) : accountNotes;
    if (exact >= minShare) return outcome('pass', 1, 'on-topic', data, evidence);
    if (exact >= warnShare) return outcome('warn', exact / minShare, 'drifting', data, evidence);
    return outcome('fail', exact / minShare, 'off-topic', data, evidence);
  },
};
