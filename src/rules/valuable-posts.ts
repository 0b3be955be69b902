// Rule valuable-posts: the brand's posts give readers something (information, tips, exclusives, offers).
import type { Localized, Rule } from './types.js';
import { carriesValue, valueKind } from '../text/index.js';
import { limitEvidence } from './helpers/evidence.js';
import { numberOption } from './helpers/options.js';
import { notApplicable, outcome, round2 } from './helpers/outcome.js';
import {
  NO_USABLE_DATA_MESSAGE,
  TOO_FEW_POSTS_MESSAGE,
  accountEvidence,
  brandOwnPosts,
  noUsableData,
  postEvidence,
  skippedAccounts,
  usableConversations,
  windowDays,
} from './helpers/social.js';

/** The kinds valueKind() returns, in the order data lists them. */
const KINDS = ['information', 'tip', 'exclusive', 'offer', 'promotion', 'other'] as const;
type Kind = (typeof KINDS)[number];

/** How evidence names a post's kind in each report language. */
const KIND_LABELS: Record<Kind, Localized> = {
  information: { en: 'information', fr: 'information' },
  tip: { en: 'tip', fr: 'conseil' },
  exclusive: { en: 'exclusive', fr: 'exclusivité' },
  offer: { en: 'offer', fr: 'offre' },
  promotion: { en: 'self-promotion', fr: 'autopromotion' },
  other: { en: 'other', fr: 'autre' },
};

export const rule: Rule = {
  meta: {
    id: 'valuable-posts',
    category: 'relevance',
    title: { en: 'Posts worth reading', fr: 'Publications utiles' },
    failureTitle: { en: 'Posts mostly self-promotion', fr: 'Publications surtout autopromotionnelles' },
    description: {
      en:
        'Share of the brand’s own posts that carry value for the reader — information, tips, exclusives or offers — ' +
        'rather than pure self-promotion. "Who Gives a Tweet?" (CMU / MIT / Georgia Tech, 2012): readers rated 64% ' +
        'of 43,738 tweets not worth reading; Performics (2012): 49% of people un-liked a brand because its posts ' +
        'were not relevant.',
      fr:
        'Part des publications de la marque qui apportent quelque chose au lecteur — information, conseil, ' +
        'exclusivité ou offre — plutôt que de la pure autopromotion. « Who Gives a Tweet? » (CMU / MIT / Georgia ' +
        'Tech, 2012) : les lecteurs ont jugé 64 % de 43 738 tweets sans intérêt ; Performics (2012) : 49 % des ' +
        'personnes ont cessé de suivre une marque dont les publications n’étaient pas pertinentes.',
    },
    requires: ['conversations'],
    defaultOptions: {
      // Most posts should be worth reading; 60% is well above the 36% readers found worth reading in 2012.
      minShare: 0.6,
      // "Who Gives a Tweet?": 36% of tweets were worth reading. Below that norm, the feed fails.
      warnShare: 0.36,
      // Fewer than five posts say little about an editorial line.
      minSample: 5,
    },
    messages: {
      valuable: {
        en: '{{valuable}} of {{posts}} brand posts over {{windowDays}} days carry value for readers ({{share}}).',
        fr: '{{valuable}} publication(s) de la marque sur {{posts}} en {{windowDays}} jours apportent quelque chose au lecteur ({{share}}).',
      },
      'too-promotional': {
        en: 'Only {{valuable}} of {{posts}} brand posts over {{windowDays}} days carry value for readers ({{share}}); {{promotion}} are self-promotion.',
        fr: 'Seulement {{valuable}} publication(s) de la marque sur {{posts}} en {{windowDays}} jours apportent quelque chose ({{share}}) ; {{promotion}} relèvent de l’autopromotion.',
      },
      'mostly-promotional': {
        en: 'Most brand posts over {{windowDays}} days give readers nothing: {{valuable}} of {{posts}} carry value ({{share}}), {{promotion}} are self-promotion.',
        fr: 'La plupart des publications de la marque en {{windowDays}} jours n’apportent rien : {{valuable}} sur {{posts}} utiles ({{share}}), {{promotion}} d’autopromotion.',
      },
      'too-few-posts': TOO_FEW_POSTS_MESSAGE,
      'no-usable-data': NO_USABLE_DATA_MESSAGE,
    },
  },

  evaluate(snapshot, options) {
    const minShare = numberOption(options, 'minShare');
    const warnShare = numberOption(options, 'warnShare');
    const minSample = numberOption(options, 'minSample');
    const usable = usableConversations(snapshot);
    const days = windowDays(snapshot, usable);
    const kinds = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<Kind, number>;
    const empty = { posts: 0, valuable: 0, promotion: 0, share: null, kinds, windowDays: days };
    if (usable.length === 0) return noUsableData(snapshot, empty);

    const posts = usable.flatMap((conv) => brandOwnPosts(conv).map((post) => ({ conv, post, kind: valueKind(post.text) })));
    for (const p of posts) kinds[p.kind] += 1;
    const valuable = posts.filter((p) => carriesValue(p.kind));
    const promotional = posts.filter((p) => p.kind === 'promotion');
    const share = posts.length === 0 ? null : round2(valuable.length / posts.length);
    const data = { posts: posts.length, valuable: valuable.length, promotion: promotional.length, share, kinds, windowDays: days, skipped: skippedAccounts(snapshot) };
    if (posts.length < minSample) {
      const evidence = usable.map((conv) =>
        accountEvidence(conv, {
          en: `${brandOwnPosts(conv).length} brand posts read over ${conv.window.days} days`,
          fr: `${brandOwnPosts(conv).length} publications de la marque lues en ${conv.window.days} jours`,
        }),
      );
      return notApplicable('too-few-posts', data, limitEvidence(evidence));
    }

    const exact = valuable.length / posts.length;
    // When the feed passes, the valuable posts show why; otherwise the self-promotion shows what to change.
    const shown = exact >= minShare ? valuable : promotional.length > 0 ? promotional : posts.filter((p) => !carriesValue(p.kind));
    const evidence = limitEvidence(shown.map(({ conv, post, kind }) => postEvidence(post, conv, KIND_LABELS[kind])));
    if (exact >= minShare) return outcome('pass', 1, 'valuable', data, evidence);
    if (exact >= warnShare) return outcome('warn', exact / minShare, 'too-promotional', data, evidence);
    return outcome('fail', exact / minShare, 'mostly-promotional', data, evidence);
  },
};
