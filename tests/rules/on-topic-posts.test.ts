// Cases for the on-topic-posts rule.
import { rule } from '../../src/rules/on-topic-posts.js';
import { page, ruleCases, startPage } from './snapshot-builder.js';
import { brandPost, conversation, failedConversation, skippedEntry, socialSnapshot, unreadableData } from './social-builder.js';

const KEYWORDS = ['linge de maison', 'lin', 'plaid', 'nappe'];
const ON = ['Notre nouveau plaid en laine mérinos', 'Lavez le lin à 30 °C', 'Nappes en lin lavé, coloris terracotta', 'Le linge de maison se choisit avec soin.'];
const OFF = ['Bonne fête à toutes les mamans !', 'Quel match hier soir, bravo les Bleus !', 'Joyeux Noël à tous'];
const feed = (...texts: string[]) => texts.map((t, i) => brandPost(`p${i}`, t, 24 + i * 24));
/** A site whose titles give the vocabulary plaids, couvertures, laine, linge, lin, nappes… (11 words with "brand"). */
const shop = [
  startPage(),
  page('/plaids', { title: 'Plaids et couvertures en laine — Maison' }),
  page('/lit', { title: 'Linge de lit en lin lavé' }),
  page('/table', { title: 'Nappes et serviettes en lin' }),
];
const mastodon = failedConversation('mastodon', 'rate-limited', [{ code: 'rate-limited', data: { retries: 3 } }]);

ruleCases(rule, [
  {
    name: 'pass: seven posts of eight on the brand’s keywords',
    snapshot: socialSnapshot([conversation({ posts: feed(...ON, ...ON.slice(0, 3), OFF[0]) })], { keywords: KEYWORDS }),
    status: 'pass',
    messageId: 'on-topic',
    data: { posts: 8, onTopic: 7, share: 7 / 8, keywords: 4, vocabulary: 1, windowDays: 30, skipped: [] },
    evidence: ['https://social.example/maison/p0'],
  },
  {
    name: 'pass: no keywords, but posts share the site’s vocabulary',
    snapshot: socialSnapshot([conversation({ posts: feed('Couvertures en laine pour l’hiver', ON[0], ON[2], ON[3], 'Nos serviettes en lin lavé sont de retour') })], { pages: shop }),
    status: 'pass',
    messageId: 'on-topic',
    data: { posts: 5, onTopic: 5, share: 1, keywords: 0, vocabulary: 11, windowDays: 30, skipped: [] },
  },
  {
    name: 'warn: three of five on topic',
    snapshot: socialSnapshot([conversation({ posts: feed(ON[0], ON[1], ON[2], OFF[0], OFF[1]) }), mastodon], { keywords: KEYWORDS }),
    status: 'warn',
    messageId: 'drifting',
    score: 0.6 / 0.7,
    data: { posts: 5, onTopic: 3, share: 0.6, keywords: 4, vocabulary: 1, windowDays: 30, skipped: [skippedEntry(mastodon)] },
    evidence: ['https://social.example/maison/p3', 'https://social.example/maison/p4'],
  },
  {
    name: 'fail: one of five on topic; the evidence is the off-topic posts',
    snapshot: socialSnapshot([conversation({ posts: feed(ON[0], ...OFF, 'Vive les vacances !') })], { keywords: KEYWORDS }),
    status: 'fail',
    messageId: 'off-topic',
    score: 0.2 / 0.7,
    data: { posts: 5, onTopic: 1, share: 0.2, keywords: 4, vocabulary: 1, windowDays: 30, skipped: [] },
    evidence: ['https://social.example/maison/p1'],
  },
  {
    name: 'na: neither keywords nor a site vocabulary',
    snapshot: socialSnapshot([conversation({ posts: feed(...ON, ...OFF) })], { pages: [startPage({ title: 'Accueil' })] }),
    status: 'na',
    messageId: 'no-topics',
    data: { posts: 0, onTopic: 0, share: null, keywords: 0, vocabulary: 0, windowDays: 30, skipped: [] },
  },
  {
    name: 'na: four posts are too few',
    snapshot: socialSnapshot([conversation({ posts: feed(...ON) })], { keywords: KEYWORDS }),
    status: 'na',
    messageId: 'too-few-posts',
    data: { posts: 4, onTopic: 4, share: 1, keywords: 4, vocabulary: 1, windowDays: 30, skipped: [] },
  },
  {
    name: 'na: no account could be read',
    snapshot: socialSnapshot([mastodon], { keywords: KEYWORDS }),
    status: 'na',
    messageId: 'no-usable-data',
    data: {
      posts: 0,
      onTopic: 0,
      share: null,
      keywords: 4,
      vocabulary: 1,
      windowDays: 30,
      ...unreadableData(mastodon),
    },
  },
]);
