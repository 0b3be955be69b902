// Cases for the listening-asks-opinions rule.
import { rule } from '../../src/rules/listening-asks-opinions.js';
import { ruleCases } from './snapshot-builder.js';
import { brandPost, brandSeries, conversation, failedConversation, fanRepost, skippedEntry, socialSnapshot, unreadableData } from './social-builder.js';

const PLAIN = [
  'Notre nouvelle collection de linge de maison est en ligne.',
  'Livraison offerte ce week-end sur tout le site.',
  'Découvrez nos conseils pour entretenir le lin.',
  'Nouvelle boutique ouverte à Lyon, 12 rue de la République.',
];
const ASKING = "Qu'en pensez-vous ? Donnez-nous votre avis en commentaire.";
const x = failedConversation('x', 'no-source');

ruleCases(rule, [
  {
    name: 'pass: one post in ten asks for opinions (replies and reposts do not count)',
    snapshot: socialSnapshot([
      conversation({
        posts: [
          ...brandSeries('p', 9, PLAIN),
          brandPost('ask', ASKING, 20),
          brandPost('reply', 'What do you think of our new colours?', 10, { replyTo: 'p1' }),
          fanRepost('rp', 'bob', 'What do you think of my living room?', 12),
        ],
      }),
    ]),
    status: 'pass',
    messageId: 'asks',
    data: { posts: 10, asking: 1, share: 0.1, windowDays: 30, skipped: [] },
    evidence: ['https://social.example/maison/ask'],
  },
  {
    name: 'warn: one post in twenty-five',
    snapshot: socialSnapshot([conversation({ posts: [...brandSeries('p', 24, PLAIN), brandPost('ask', 'What do you think of our new colours? Tell us below!', 20)] }), x]),
    status: 'warn',
    messageId: 'rarely',
    score: 0.8,
    data: { posts: 25, asking: 1, share: 0.04, windowDays: 30, skipped: [skippedEntry(x)] },
  },
  {
    name: 'fail: the brand only broadcasts',
    snapshot: socialSnapshot([conversation({ posts: brandSeries('p', 6, PLAIN) })]),
    status: 'fail',
    messageId: 'never',
    score: 0,
    data: { posts: 6, asking: 0, share: 0, windowDays: 30, skipped: [] },
    evidence: ['https://bluesky.example/maison'],
  },
  {
    name: 'na: four posts are too few',
    snapshot: socialSnapshot([conversation({ posts: [...brandSeries('p', 3, PLAIN), brandPost('ask', ASKING, 20)] })]),
    status: 'na',
    messageId: 'too-few-posts',
    data: { posts: 4, asking: 1, share: 0.25, windowDays: 30, skipped: [] },
  },
  {
    name: 'na: no account could be read',
    snapshot: socialSnapshot([x]),
    status: 'na',
    messageId: 'no-usable-data',
    data: { posts: 0, asking: 0, share: null, windowDays: 30, ...unreadableData(x) },
  },
]);
