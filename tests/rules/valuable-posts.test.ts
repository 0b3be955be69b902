// Cases for the valuable-posts rule.
import { rule } from '../../src/rules/valuable-posts.js';
import { ruleCases } from './snapshot-builder.js';
import { brandPost, conversation, failedConversation, fanRepost, skippedEntry, socialSnapshot, unreadableData } from './social-builder.js';

const INFORMATION = 'Nos boutiques seront fermées le 14 juillet.';
const TIP = "Astuce : lavez le lin à 30 °C pour qu'il reste doux.";
const EXCLUSIVE = 'Les coulisses de notre atelier de tissage dans les Vosges.';
const OFFER = 'Jeu-concours : un plaid à gagner parmi nos abonnés !';
const PROMOTION = 'Découvrez notre nouvelle collection, disponible dès maintenant !';
const PROMOTION_EN = 'Shop now: our new linen collection is online.';
const OTHER = 'Bon week-end à tous !';
const feed = (...texts: string[]) => texts.map((t, i) => brandPost(`p${i}`, t, 24 + i * 24));
const kinds = (information: number, tip: number, exclusive: number, offer: number, promotion: number, other: number) => ({
  information,
  tip,
  exclusive,
  offer,
  promotion,
  other,
});
const linkedin = failedConversation('linkedin', 'no-source');

ruleCases(rule, [
  {
    name: 'pass: four posts of six carry value (a reply and a repost are not the brand’s own posts)',
    snapshot: socialSnapshot([
      conversation({
        posts: [
          ...feed(INFORMATION, TIP, EXCLUSIVE, OFFER, PROMOTION, OTHER),
          brandPost('reply', PROMOTION_EN, 5, { replyTo: 'p0' }),
          fanRepost('rp', 'bob', 'Mon salon tout neuf, shop now!', 6),
        ],
      }),
    ]),
    status: 'pass',
    messageId: 'valuable',
    data: { posts: 6, valuable: 4, promotion: 1, share: 4 / 6, kinds: kinds(1, 1, 1, 1, 1, 1), windowDays: 30, skipped: [] },
    evidence: ['https://social.example/maison/p1', 'https://social.example/maison/p3'],
  },
  {
    name: 'warn: two of five, above the 36% "worth reading" of 2012',
    snapshot: socialSnapshot([conversation({ posts: feed(TIP, OFFER, PROMOTION, PROMOTION_EN, OTHER) }), linkedin]),
    status: 'warn',
    messageId: 'too-promotional',
    score: 0.4 / 0.6,
    data: { posts: 5, valuable: 2, promotion: 2, share: 0.4, kinds: kinds(0, 1, 0, 1, 2, 1), windowDays: 30, skipped: [skippedEntry(linkedin)] },
    evidence: ['https://social.example/maison/p2', 'https://social.example/maison/p3'],
  },
  {
    name: 'fail: one of five; the evidence is the self-promotion',
    snapshot: socialSnapshot([conversation({ posts: feed(INFORMATION, PROMOTION, PROMOTION_EN, PROMOTION, PROMOTION_EN) })]),
    status: 'fail',
    messageId: 'mostly-promotional',
    score: 0.2 / 0.6,
    data: { posts: 5, valuable: 1, promotion: 4, share: 0.2, kinds: kinds(1, 0, 0, 0, 4, 0), windowDays: 30, skipped: [] },
    evidence: ['https://social.example/maison/p1'],
  },
  {
    name: 'na: four posts are too few',
    snapshot: socialSnapshot([conversation({ posts: feed(INFORMATION, TIP, PROMOTION, OTHER) })]),
    status: 'na',
    messageId: 'too-few-posts',
    data: { posts: 4, valuable: 2, promotion: 1, share: 0.5, kinds: kinds(1, 1, 0, 0, 1, 1), windowDays: 30, skipped: [] },
  },
  {
    name: 'na: no account could be read',
    snapshot: socialSnapshot([linkedin]),
    status: 'na',
    messageId: 'no-usable-data',
    data: {
      posts: 0,
      valuable: 0,
      promotion: 0,
      share: null,
      kinds: kinds(0, 0, 0, 0, 0, 0),
      windowDays: 30,
      ...unreadableData(linkedin),
    },
  },
]);
