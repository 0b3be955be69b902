// Rule listening-asks-opinions: the brand asks its community for opinions and ideas in its own posts.
import type { Rule } from './types.js';
import { asksForOpinion } from '../text/index.js';
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

export const rule: Rule = {
  meta: {
    id: 'listening-asks-opinions',
    category: 'listening',
    title: { en: 'Brand asks its community', fr: 'La marque consulte sa communauté' },
    failureTitle: { en: 'Brand never asks its community', fr: 'La marque ne consulte pas sa communauté' },
    description: {
      en:
        'Share of the brand’s own posts (not its replies or reposts) that ask the community for opinions or ideas ' +
        '("what do you think?", "vos idées ?", "was meint ihr?"). Listening is one of the Qualiweb barometer’s ' +
        'social criteria: a brand that only broadcasts never learns what its customers want.',
      fr:
        'Part des publications de la marque (hors réponses et partages) qui demandent l’avis ou les idées de la ' +
        'communauté (« qu’en pensez-vous ? », « what do you think? », « was meint ihr? »). L’écoute est l’un des ' +
        'critères sociaux du baromètre Qualiweb : une marque qui ne fait que diffuser n’apprend rien de ses clients.',
    },
    requires: ['conversations'],
    defaultOptions: {
      // One post in twenty: an opinion question every few weeks for a brand posting a few times a week. A house
      // convention, not a study figure.
      minShare: 0.05,
      // Fewer than five posts say little about a habit.
      minSample: 5,
    },
    messages: {
      asks: {
        en: '{{asking}} of {{posts}} brand posts over {{windowDays}} days ask the community for its opinion ({{share}}).',
        fr: '{{asking}} publication(s) de la marque sur {{posts}} en {{windowDays}} jours sollicitent l’avis de la communauté ({{share}}).',
      },
      rarely: {
        en: 'Only {{asking}} of {{posts}} brand posts over {{windowDays}} days ask the community for its opinion ({{share}}).',
        fr: 'Seulement {{asking}} publication(s) de la marque sur {{posts}} en {{windowDays}} jours sollicitent l’avis de la communauté ({{share}}).',
      },
      never: {
        en: 'None of the {{posts}} brand posts over {{windowDays}} days asks the community for its opinion or ideas.',
        fr: 'Aucune des {{posts}} publications de la marque en {{windowDays}} jours ne sollicite l’avis ou les idées de la communauté.',
      },
      'too-few-posts': TOO_FEW_POSTS_MESSAGE,
      'no-usable-data': NO_USABLE_DATA_MESSAGE,
    },
  },

  evaluate(snapshot, options) {
    const minShare = numberOption(options, 'minShare');
    const minSample = numberOption(options, 'minSample');
    const usable = usableConversations(snapshot);
    const days = windowDays(snapshot, usable);
    if (usable.length === 0) return noUsableData(snapshot, { posts: 0, asking: 0, share: null, windowDays: days });

    const posts = usable.flatMap((conv) => brandOwnPosts(conv).map((post) => ({ conv, post })));
    const asking = posts.filter(({ post }) => asksForOpinion(post.text));
    const skipped = skippedAccounts(snapshot);
    const share = posts.length === 0 ? null : round2(asking.length / posts.length);
    const data = { posts: posts.length, asking: asking.length, share, windowDays: days, skipped };
    const accountNotes = usable.map((conv) =>
      accountEvidence(conv, {
        en: `${brandOwnPosts(conv).length} brand posts read over ${conv.window.days} days`,
        fr: `${brandOwnPosts(conv).length} publications de la marque lues en ${conv.window.days} jours`,
      }),
    );
    if (posts.length < minSample) return notApplicable('too-few-posts', data, limitEvidence(accountNotes));

    const evidence = limitEvidence(asking.map(({ conv, post }) => postEvidence(post, conv)));
    const exact = asking.length / posts.length;
    if (exact >= minShare) return outcome('pass', 1, 'asks', data, evidence);
    if (asking.length > 0) return outcome('warn', exact / minShare, 'rarely', data, evidence);
    return outcome('fail', 0, 'never', data, limitEvidence(accountNotes));
  },
};
