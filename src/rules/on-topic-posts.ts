// Rule on-topic-posts: the brand's posts talk about what the brand is about (its keywords and site vocabulary).
import type { Rule } from './types.js';
import { isOnTopic, siteVocabulary } from '../text/index.js';
import { limitEvidence } from './helpers/evidence.js';
import { numberOption } from './helpers/options.js';
import { notApplicable, outcome, round2 } from './helpers/outcome.js';
import { okPages } from './helpers/site.js';
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
    id: 'on-topic-posts',
    category: 'relevance',
    title: { en: 'Posts on the brand’s topics', fr: 'Publications dans le sujet de la marque' },
    failureTitle: { en: 'Posts off the brand’s topics', fr: 'Publications hors du sujet de la marque' },
    description: {
      en:
        'Share of the brand’s own posts that deal with its topics: the keywords of the brand file, plus the ' +
        'vocabulary of its website’s page titles. People follow a brand for what it does; Performics (2012): 49% ' +
        'un-liked a brand because its posts were not relevant.',
      fr:
        'Part des publications de la marque qui traitent de ses sujets : les mots-clés du fichier de marque et le ' +
        'vocabulaire des titres de pages de son site. On suit une marque pour ce qu’elle fait ; Performics (2012) : ' +
        '49 % ont cessé de suivre une marque dont les publications n’étaient pas pertinentes.',
    },
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
    messages: {
      'on-topic': {
        en: '{{onTopic}} of {{posts}} brand posts over {{windowDays}} days are on the brand’s topics ({{share}}).',
        fr: '{{onTopic}} publication(s) de la marque sur {{posts}} en {{windowDays}} jours traitent de ses sujets ({{share}}).',
      },
      drifting: {
        en: 'Only {{onTopic}} of {{posts}} brand posts over {{windowDays}} days are on the brand’s topics ({{share}}).',
        fr: 'Seulement {{onTopic}} publication(s) de la marque sur {{posts}} en {{windowDays}} jours traitent de ses sujets ({{share}}).',
      },
      'off-topic': {
        en: 'Most brand posts over {{windowDays}} days are off the brand’s topics: {{onTopic}} of {{posts}} on topic ({{share}}).',
        fr: 'La plupart des publications de la marque en {{windowDays}} jours sont hors sujet : {{onTopic}} sur {{posts}} dans le sujet ({{share}}).',
      },
      'no-topics': {
        en: 'The brand file gives no keywords and the site’s page titles give no vocabulary: topics are unknown.',
        fr: 'Le fichier de marque ne donne aucun mot-clé et les titres du site aucun vocabulaire : les sujets sont inconnus.',
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
    const keywords = (snapshot.brand?.keywords ?? []).filter((k) => k.trim() !== '');
    const titles = okPages(snapshot).flatMap((p) => (p.title ? [p.title] : []));
    const vocabulary = titles.length > 0 ? siteVocabulary(titles) : [];
    const empty = { posts: 0, onTopic: 0, share: null, keywords: keywords.length, vocabulary: vocabulary.length, windowDays: days };
    if (usable.length === 0) return noUsableData(snapshot, empty);
    const skipped = skippedAccounts(snapshot);
    const accountNotes = usable.map((conv) =>
      accountEvidence(conv, {
        en: `${brandOwnPosts(conv).length} brand posts read over ${conv.window.days} days`,
        fr: `${brandOwnPosts(conv).length} publications de la marque lues en ${conv.window.days} jours`,
      }),
    );
    if (keywords.length === 0 && vocabulary.length === 0) return notApplicable('no-topics', { ...empty, skipped }, limitEvidence(accountNotes));

    const posts = usable.flatMap((conv) => brandOwnPosts(conv).map((post) => ({ conv, post, on: isOnTopic(post.text, keywords, vocabulary) })));
    const onTopic = posts.filter((p) => p.on);
    const share = posts.length === 0 ? null : round2(onTopic.length / posts.length);
    const data = { ...empty, posts: posts.length, onTopic: onTopic.length, share, skipped };
    if (posts.length < minSample) return notApplicable('too-few-posts', data, limitEvidence(accountNotes));

    const exact = onTopic.length / posts.length;
    // Off-topic posts are what to change; when the feed passes, the on-topic ones show what was matched.
    const offTopic = posts.filter((p) => !p.on);
    const shown = exact >= minShare || offTopic.length === 0 ? onTopic : offTopic;
    const evidence = shown.length > 0 ? limitEvidence(shown.map(({ conv, post }) => postEvidence(post, conv))) : limitEvidence(accountNotes);
    if (exact >= minShare) return outcome('pass', 1, 'on-topic', data, evidence);
    if (exact >= warnShare) return outcome('warn', exact / minShare, 'drifting', data, evidence);
    return outcome('fail', exact / minShare, 'off-topic', data, evidence);
  },
};
