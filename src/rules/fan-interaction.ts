// Rule fan-interaction: fans answer each other on the brand's spaces, not only the brand.
import type { Conversation, Post } from '../snapshot/types.js';
import type { Rule } from './types.js';
import { limitEvidence } from './helpers/evidence.js';
import { numberOption } from './helpers/options.js';
import { notApplicable, outcome, round2 } from './helpers/outcome.js';
import {
  NO_USABLE_DATA_MESSAGE,
  accountEvidence,
  inWindow,
  noUsableData,
  postEvidence,
  skippedAccounts,
  usableConversations,
  windowDays,
} from './helpers/social.js';
import { indexThreads, parentOf } from './helpers/threads.js';

/**
 * Fans' replies whose parent was read, split by who the parent is. A fan continuing their own thread is talking
 * to no one, and a reply to an unread post cannot be classified: both are left out.
 */
function classifyFanReplies(conv: Conversation): { replies: Post[]; toFans: Post[] } {
  const index = indexThreads(conv.posts);
  const replies: Post[] = [];
  const toFans: Post[] = [];
  for (const post of index.byId.values()) {
    if (post.author.role !== 'fan' || post.repostOf || !inWindow(post, conv)) continue;
    const parent = parentOf(post, index);
    if (!parent || parent.author.handle === post.author.handle) continue;
    replies.push(post);
    if (parent.author.role === 'fan') toFans.push(post);
  }
  return { replies, toFans };
}

export const rule: Rule = {
  meta: {
    id: 'fan-interaction',
    category: 'interaction',
    title: { en: 'Fans talk to each other', fr: 'Les fans échangent entre eux' },
    failureTitle: { en: 'Fans do not talk to each other', fr: 'Les fans n’échangent pas entre eux' },
    description: {
      en:
        'Share of fans’ replies that answer another fan rather than the brand, on the brand’s accounts and ' +
        'communities. Interaction between fans is one of the Qualiweb barometer’s social criteria: a community ' +
        'where customers help each other answers questions the brand has not seen yet.',
      fr:
        'Part des réponses de fans adressées à un autre fan plutôt qu’à la marque, sur les comptes et ' +
        'communautés de la marque. L’interaction entre fans est l’un des critères sociaux du baromètre Qualiweb : ' +
        'une communauté où les clients s’entraident répond aux questions que la marque n’a pas encore vues.',
    },
    requires: ['conversations'],
    defaultOptions: {
      // One fan reply in ten going to another fan: the start of a conversation between customers. A house
      // convention, not a study figure.
      minShare: 0.1,
      // Fewer than five fan replies say nothing about a community.
      minSample: 5,
    },
    messages: {
      lively: {
        en: '{{fanToFan}} of {{fanReplies}} fans’ replies over {{windowDays}} days answer another fan ({{share}}).',
        fr: '{{fanToFan}} réponse(s) de fans sur {{fanReplies}} en {{windowDays}} jours s’adressent à un autre fan ({{share}}).',
      },
      rare: {
        en: 'Only {{fanToFan}} of {{fanReplies}} fans’ replies over {{windowDays}} days answer another fan ({{share}}).',
        fr: 'Seulement {{fanToFan}} réponse(s) de fans sur {{fanReplies}} en {{windowDays}} jours s’adressent à un autre fan ({{share}}).',
      },
      none: {
        en: 'None of the {{fanReplies}} fans’ replies over {{windowDays}} days answers another fan: fans only talk to the brand.',
        fr: 'Aucune des {{fanReplies}} réponses de fans en {{windowDays}} jours ne s’adresse à un autre fan : les fans ne parlent qu’à la marque.',
      },
      'too-few-replies': {
        en: 'Only {{fanReplies}} fans’ reply(ies) over {{windowDays}} days: too few to judge.',
        fr: 'Seulement {{fanReplies}} réponse(s) de fans en {{windowDays}} jours : trop peu pour juger.',
      },
      'no-usable-data': NO_USABLE_DATA_MESSAGE,
    },
  },

  evaluate(snapshot, options) {
    const minShare = numberOption(options, 'minShare');
    const minSample = numberOption(options, 'minSample');
    const usable = usableConversations(snapshot);
    const days = windowDays(snapshot, usable);
    if (usable.length === 0) return noUsableData(snapshot, { fanReplies: 0, fanToFan: 0, share: null, windowDays: days });

    const classified = usable.map((conv) => ({ conv, ...classifyFanReplies(conv) }));
    const fanReplies = classified.reduce((n, c) => n + c.replies.length, 0);
    const toFans = classified.flatMap((c) => c.toFans.map((post) => ({ conv: c.conv, post })));
    const share = fanReplies === 0 ? null : round2(toFans.length / fanReplies);
    const data = { fanReplies, fanToFan: toFans.length, share, windowDays: days, skipped: skippedAccounts(snapshot) };
    const accountNotes = classified.map((c) =>
      accountEvidence(c.conv, {
        en: `${c.replies.length} fans’ replies read over ${c.conv.window.days} days`,
        fr: `${c.replies.length} réponses de fans lues en ${c.conv.window.days} jours`,
      }),
    );
    if (fanReplies < minSample) return notApplicable('too-few-replies', data, limitEvidence(accountNotes));

    const evidence = limitEvidence(toFans.map(({ conv, post }) => postEvidence(post, conv)));
    const exact = toFans.length / fanReplies;
    if (exact >= minShare) return outcome('pass', 1, 'lively', data, evidence);
    if (toFans.length > 0) return outcome('warn', exact / minShare, 'rare', data, evidence);
    return outcome('fail', 0, 'none', data, limitEvidence(accountNotes));
  },
};
