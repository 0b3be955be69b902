// Rule cross-posting: the brand does not paste the same text on every network.
import type { Conversation, Post } from '../snapshot/types.js';
import type { Rule } from './types.js';
import { textLayer } from '../computed/text-layer.js';
import { brandOwnPosts, usableConversations, windowDays } from '../computed/conversations.js';
import { limitEvidence } from './helpers/evidence.js';
import { integerOption, numberOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { BRAND_POSTS_READ, NO_USABLE_DATA_MESSAGES, brandPostsReadEvidence, noUsableData, postEvidence, skippedAccounts } from './helpers/social.js';

interface Item {
  conv: Conversation;
  post: Post;
  key: string;
}

export const rule: Rule = {
  meta: {
    id: 'cross-posting',
    category: 'relevance',
    requires: ['conversations'],
    defaultOptions: {
      // More than half the posts copied means the networks get no content of their own. A house convention.
      maxShare: 0.5,
      // Short texts ("Merci !", "Bon week-end") repeat by chance; only texts this long (normalised characters)
      // are compared.
      minLength: 20,
      // Fewer than five posts across the networks compared say little about a habit.
      minSample: 5,
    },
    schema: {
      maxShare: { type: 'number', minimum: 0, maximum: 1 },
      minLength: { type: 'integer', minimum: 1 },
      minSample: { type: 'integer', minimum: 1 },
    },
    // too-few-posts is the rule's own (posts long enough to compare), not the shared one.
    messages: ['adapted', 'copied', 'single-network', 'too-few-posts', ...NO_USABLE_DATA_MESSAGES, BRAND_POSTS_READ, 'copy-on'],
  },

  evaluate(snapshot, options) {
    const maxShare = numberOption(options, 'maxShare');
    const minLength = integerOption(options, 'minLength');
    const minSample = integerOption(options, 'minSample');
    const usable = usableConversations(snapshot);
    const days = windowDays(snapshot, usable);
    const empty = { posts: 0, copies: 0, share: null, groups: 0, networks: 0, platforms: [] as string[], windowDays: days };
    if (usable.length === 0) return noUsableData(snapshot, empty);
    const skipped = skippedAccounts(snapshot);

    const items: Item[] = usable.flatMap((conv) =>
      brandOwnPosts(conv)
        .map((post) => ({ conv, post, key: textLayer().normalizeForCompare(post.text) }))
        .filter((i) => i.key.length >= minLength),
    );
    const platforms = [...new Set(items.map((i) => i.conv.platform))].sort();
    const base = { ...empty, posts: items.length, networks: platforms.length, platforms, skipped };
    const accountNotes = limitEvidence(usable.map((conv) => brandPostsReadEvidence(conv, brandOwnPosts(conv).length)));
    // Copies only exist between networks: one network (or several accounts on the same one) gives nothing to compare.
    if (platforms.length < 2) return notApplicable('single-network', base, accountNotes);
    if (items.length < minSample) return notApplicable('too-few-posts', base, accountNotes);

    const byText = new Map<string, Item[]>();
    for (const item of items) byText.set(item.key, [...(byText.get(item.key) ?? []), item]);
    const copiedGroups = [...byText.values()].filter((group) => new Set(group.map((i) => i.conv.platform)).size >= 2);
    const copies = copiedGroups.flat();
    const share = copies.length / items.length;
    const data = { ...base, copies: copies.length, share, groups: copiedGroups.length };
    const evidence =
      copies.length > 0
        ? limitEvidence(copies.map(({ conv, post }) => postEvidence(post, conv, { id: 'copy-on', data: { platform: conv.platform } })))
        : accountNotes;
    if (share <= maxShare) return outcome('pass', 1, 'adapted', data, evidence);
    return outcome('warn', 1 - share, 'copied', data, evidence);
  },
};
