// Rule fan-recognition: the brand thanks, names or features its fans, and shares their content.
import type { Conversation, Post } from '../snapshot/types.js';
import type { Rule } from './types.js';
import { isRecognition } from '../text/index.js';
import { limitEvidence } from './helpers/evidence.js';
import { numberOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import {
  NO_USABLE_DATA_MESSAGE,
  accountEvidence,
  brandPublications,
  brandReplies,
  inWindow,
  noUsableData,
  postEvidence,
  skippedAccounts,
  usableConversations,
  windowDays,
} from './helpers/social.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * True when the text names one of the fans by @handle. The handle must end there: "@alice" does not name
 * "@alicebakes", and a sentence's full stop after the handle is not part of it.
 */
function namesFan(text: string, fanHandles: readonly string[]): boolean {
  return fanHandles.some((handle) => new RegExp(`@${escapeRegExp(handle)}(?![\\w-]|\\.\\w)`, 'iu').test(text));
}

/** Brand replies that thank or credit a fan, or name one, in this conversation. */
function recognisingReplies(conv: Conversation): Post[] {
  const fanHandles = [...new Set(conv.posts.filter((p) => p.author.role === 'fan').map((p) => p.author.handle))].filter((h) => h !== '');
  return brandReplies(conv).filter((p) => !p.repostOf && (isRecognition(p.text) || namesFan(p.text, fanHandles)));
}

export const rule: Rule = {
  meta: {
    id: 'fan-recognition',
    category: 'recognition',
    title: { en: 'Fans recognised', fr: 'Fans reconnus' },
    failureTitle: { en: 'Fans not recognised', fr: 'Fans non reconnus' },
    description: {
      en:
        'Counts the brand’s replies that thank or credit fans ("merci pour la photo", "thanks for sharing") or name ' +
        'them by @handle, and the brand’s reposts of fans’ content. Recognition is one of the Qualiweb barometer’s ' +
        'social criteria: fans who see their contribution acknowledged come back.',
      fr:
        'Compte les réponses de la marque qui remercient ou créditent des fans (« merci pour la photo », « thanks ' +
        'for sharing ») ou les nomment par leur @identifiant, et les partages de contenus de fans par la marque. La ' +
        'reconnaissance est l’un des critères sociaux du baromètre Qualiweb : un fan dont la contribution est ' +
        'saluée revient.',
    },
    requires: ['conversations'],
    defaultOptions: {
      // Two acts of recognition over the window: more than a one-off. A house convention, not a study figure.
      minCount: 2,
    },
    messages: {
      recognises: {
        en: 'The brand recognised its fans {{total}} time(s) over {{windowDays}} days: {{replies}} thanking or naming reply(ies), {{reposts}} repost(s) of fans’ content.',
        fr: 'La marque a salué ses fans {{total}} fois en {{windowDays}} jours : {{replies}} réponse(s) de remerciement ou de mention, {{reposts}} partage(s) de contenus de fans.',
      },
      rarely: {
        en: 'The brand recognised its fans only {{total}} time(s) over {{windowDays}} days ({{replies}} reply(ies), {{reposts}} repost(s)).',
        fr: 'La marque n’a salué ses fans que {{total}} fois en {{windowDays}} jours ({{replies}} réponse(s), {{reposts}} partage(s)).',
      },
      never: {
        en: 'Over {{windowDays}} days the brand never thanked, named or reposted a fan ({{brandReplies}} brand replies read).',
        fr: 'En {{windowDays}} jours la marque n’a jamais remercié, cité ni partagé un fan ({{brandReplies}} réponses de la marque lues).',
      },
      'no-fans': {
        en: 'No fan posted on the accounts read over {{windowDays}} days: there was no one to recognise.',
        fr: 'Aucun fan n’a publié sur les comptes lus en {{windowDays}} jours : personne à saluer.',
      },
      'no-usable-data': NO_USABLE_DATA_MESSAGE,
    },
  },

  evaluate(snapshot, options) {
    const minCount = numberOption(options, 'minCount');
    const usable = usableConversations(snapshot);
    const days = windowDays(snapshot, usable);
    const empty = { replies: 0, reposts: 0, total: 0, brandReplies: 0, windowDays: days };
    if (usable.length === 0) return noUsableData(snapshot, empty);

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
    };
    const accountNotes = usable.map((conv) =>
      accountEvidence(conv, {
        en: `${conv.posts.length} posts read over ${conv.window.days} days`,
        fr: `${conv.posts.length} publications lues en ${conv.window.days} jours`,
      }),
    );
    // Without fans' posts or reposts of them there is nothing the brand could have recognised.
    if (fanPosts === 0 && reposts.length === 0) return notApplicable('no-fans', data, limitEvidence(accountNotes));

    const evidence = limitEvidence([...replies, ...reposts].map(({ conv, post }) => postEvidence(post, conv)));
    if (total >= minCount) return outcome('pass', 1, 'recognises', data, evidence);
    if (total > 0) return outcome('warn', total / minCount, 'rarely', data, evidence);
    return outcome('fail', 0, 'never', data, limitEvidence(accountNotes));
  },
};
