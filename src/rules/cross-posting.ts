// Rule cross-posting: the brand does not paste the same text on every network.
import type { Conversation, Post } from '../snapshot/types.js';
import type { Rule } from './types.js';
import { normalizeForCompare } from '../text/index.js';
import { limitEvidence } from './helpers/evidence.js';
import { numberOption } from './helpers/options.js';
import { notApplicable, outcome, round2 } from './helpers/outcome.js';
import {
  NO_USABLE_DATA_MESSAGE,
  accountEvidence,
  brandOwnPosts,
  noUsableData,
  postEvidence,
  skippedAccounts,
  usableConversations,
  windowDays,
} from './helpers/social.js';

interface Item {
  conv: Conversation;
  post: Post;
  key: string;
}

export const rule: Rule = {
  meta: {
    id: 'cross-posting',
    category: 'relevance',
    title: { en: 'Posts written for each network', fr: 'Publications adaptées à chaque réseau' },
    failureTitle: { en: 'Same text pasted across networks', fr: 'Même texte copié sur tous les réseaux' },
    description: {
      en:
        'Finds brand posts whose text (normalised: case, spacing, links and punctuation aside) was posted verbatim ' +
        'on several networks. A feed copied everywhere gives followers of two networks the same post twice and ' +
        'ignores what each audience expects — part of why readers rated 64% of tweets not worth reading ("Who ' +
        'Gives a Tweet?", 2012).',
      fr:
        'Repère les publications de la marque dont le texte (normalisé : casse, espaces, liens et ponctuation ' +
        'mis à part) a été publié mot pour mot sur plusieurs réseaux. Un fil copié partout montre deux fois la même ' +
        'publication à qui suit deux réseaux et ignore les attentes de chaque public — l’une des raisons pour ' +
        'lesquelles 64 % des tweets ont été jugés sans intérêt (« Who Gives a Tweet? », 2012).',
    },
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
    messages: {
      adapted: {
        en: 'Brand posts are mostly written for each network: {{copies}} of {{posts}} over {{windowDays}} days appear verbatim on another network ({{share}}), across {{platforms}}.',
        fr: 'Les publications de la marque sont surtout écrites pour chaque réseau : {{copies}} sur {{posts}} en {{windowDays}} jours apparaissent telles quelles sur un autre réseau ({{share}}), entre {{platforms}}.',
      },
      copied: {
        en: 'Brand posts are pasted across networks: {{copies}} of {{posts}} over {{windowDays}} days appear verbatim on another network ({{share}}), across {{platforms}}.',
        fr: 'Les publications de la marque sont copiées d’un réseau à l’autre : {{copies}} sur {{posts}} en {{windowDays}} jours apparaissent telles quelles sur un autre réseau ({{share}}), entre {{platforms}}.',
      },
      'single-network': {
        en: 'Brand posts were read on {{networks}} network(s) only: there is nothing to compare.',
        fr: 'Les publications de la marque n’ont été lues que sur {{networks}} réseau(x) : rien à comparer.',
      },
      'too-few-posts': {
        en: 'Only {{posts}} brand post(s) long enough to compare over {{windowDays}} days: too few to judge.',
        fr: 'Seulement {{posts}} publication(s) de la marque assez longue(s) pour être comparée(s) en {{windowDays}} jours : trop peu pour juger.',
      },
      'no-usable-data': NO_USABLE_DATA_MESSAGE,
    },
  },

  evaluate(snapshot, options) {
    const maxShare = numberOption(options, 'maxShare');
    const minLength = numberOption(options, 'minLength');
    const minSample = numberOption(options, 'minSample');
    const usable = usableConversations(snapshot);
    const days = windowDays(snapshot, usable);
    const empty = { posts: 0, copies: 0, share: null, groups: 0, networks: 0, platforms: [] as string[], windowDays: days };
    if (usable.length === 0) return noUsableData(snapshot, empty);
    const skipped = skippedAccounts(snapshot);

    const items: Item[] = usable.flatMap((conv) =>
      brandOwnPosts(conv)
        .map((post) => ({ conv, post, key: normalizeForCompare(post.text) }))
        .filter((i) => i.key.length >= minLength),
    );
    const platforms = [...new Set(items.map((i) => i.conv.platform))].sort();
    const base = { ...empty, posts: items.length, networks: platforms.length, platforms, skipped };
    const accountNotes = usable.map((conv) =>
      accountEvidence(conv, {
        en: `${brandOwnPosts(conv).length} brand posts read over ${conv.window.days} days`,
        fr: `${brandOwnPosts(conv).length} publications de la marque lues en ${conv.window.days} jours`,
      }),
    );
    // Copies only exist between networks: one network (or several accounts on the same one) gives nothing to compare.
    if (platforms.length < 2) return notApplicable('single-network', base, limitEvidence(accountNotes));
    if (items.length < minSample) return notApplicable('too-few-posts', base, limitEvidence(accountNotes));

    const byText = new Map<string, Item[]>();
    for (const item of items) byText.set(item.key, [...(byText.get(item.key) ?? []), item]);
    const copiedGroups = [...byText.values()].filter((group) => new Set(group.map((i) => i.conv.platform)).size >= 2);
    const copies = copiedGroups.flat();
    const data = { ...base, copies: copies.length, share: round2(copies.length / items.length), groups: copiedGroups.length };
    const evidence = copies.length > 0 ? limitEvidence(copies.map(({ conv, post }) => postEvidence(post, conv, { en: conv.platform, fr: conv.platform }))) : limitEvidence(accountNotes);
    const share = copies.length / items.length;
    if (share <= maxShare) return outcome('pass', 1, 'adapted', data, evidence);
    return outcome('warn', 1 - share, 'copied', data, evidence);
  },
};
