// Cases for the fan-recognition rule.
import { rule } from '../../src/rules/fan-recognition.js';
import { ruleCases } from './snapshot-builder.js';
import { authorlessConversation, brandPost, brandSeries, conversation, failedConversation, fanPost, fanRepost, skippedEntry, socialSnapshot, unreadableData } from './social-builder.js';

const root = brandPost('root', 'Notre nouvelle collection de linge de maison est en ligne.', 100);
const photo = fanPost('photo', 'alice', 'Mon salon avec votre plaid bleu 😍', 90, { replyTo: 'root' });
const howTo = fanPost('howto', 'bob', 'La housse se lave à quelle température', 80, { replyTo: 'root' });
const thanks = brandPost('thanks', 'Merci beaucoup pour cette jolie photo, ça nous fait très plaisir !', 85, { replyTo: 'photo' });
const naming = brandPost('naming', '@bob la housse se lave à 30 °C, la notice est page 4.', 70, { replyTo: 'howto' });
const neutral = brandPost('neutral', 'La housse se lave à 30 °C, la notice est page 4.', 70, { replyTo: 'howto' });
const notAFan = brandPost('notafan', 'Voir la notice de @alicebakes page 4.', 60, { replyTo: 'photo' });
// Handles as Bluesky and Mastodon write them (dots), named in another case, at the end of a sentence.
const dotted = fanPost('dotted', 'dana.bsky.social', 'Le plaid existe-t-il en vert ?', 75, { replyTo: 'root' });
const namingDotted = brandPost('namingdotted', 'Oui ! Il arrive en vert le mois prochain, @Dana.Bsky.Social.', 65, { replyTo: 'dotted' });
const prefixOnly = brandPost('prefixonly', 'Réponse envoyée à @dana.bsky.socialite et à @bob-pro.', 64, { replyTo: 'dotted' });
const repost = fanRepost('repost', 'carol', 'Ma cuisine refaite avec vos torchons', 50);
const instagram = failedConversation('instagram', 'no-source');

ruleCases(rule, [
  {
    name: 'pass: a reply naming a fan and a repost of a fan’s content',
    snapshot: socialSnapshot([conversation({ posts: [root, photo, howTo, naming, repost] })]),
    status: 'pass',
    messageId: 'recognises',
    data: { replies: 1, reposts: 1, total: 2, brandReplies: 1, windowDays: 30, skipped: [] },
    evidence: ['https://social.example/maison/naming', 'https://social.example/maison/repost'],
  },
  {
    name: 'pass: a thank-you and a reply naming a fan',
    snapshot: socialSnapshot([conversation({ posts: [root, photo, howTo, thanks, naming] })]),
    status: 'pass',
    messageId: 'recognises',
    data: { replies: 2, reposts: 0, total: 2, brandReplies: 2, windowDays: 30, skipped: [] },
    evidence: ['https://social.example/maison/thanks'],
  },
  {
    name: 'warn: a single thank-you',
    snapshot: socialSnapshot([conversation({ posts: [root, photo, howTo, thanks, neutral] }), instagram]),
    status: 'warn',
    messageId: 'rarely',
    score: 0.5,
    data: { replies: 1, reposts: 0, total: 1, brandReplies: 2, windowDays: 30, skipped: [skippedEntry(instagram)] },
  },
  {
    name: 'fail: replies that neither thank nor name a fan (@alicebakes is not @alice)',
    snapshot: socialSnapshot([conversation({ posts: [root, photo, howTo, neutral, notAFan] })]),
    status: 'fail',
    messageId: 'never',
    score: 0,
    data: { replies: 0, reposts: 0, total: 0, brandReplies: 2, windowDays: 30, skipped: [] },
    evidence: ['https://bluesky.example/maison'],
  },
  {
    name: 'warn: a handle with dots is named in another case before a full stop; a longer handle it starts is not it',
    snapshot: socialSnapshot([conversation({ posts: [root, howTo, dotted, namingDotted, prefixOnly] })]),
    status: 'warn',
    messageId: 'rarely',
    score: 0.5,
    data: { replies: 1, reposts: 0, total: 1, brandReplies: 2, windowDays: 30, skipped: [] },
  },
  {
    name: 'na: no fan posted',
    snapshot: socialSnapshot([conversation({ posts: brandSeries('p', 5, ['Nouvelle collection en ligne.']) })]),
    status: 'na',
    messageId: 'no-fans',
    data: { replies: 0, reposts: 0, total: 0, brandReplies: 0, windowDays: 30, skipped: [] },
  },
  {
    name: 'na: no account could be read',
    snapshot: socialSnapshot([instagram]),
    status: 'na',
    messageId: 'no-usable-data',
    data: {
      replies: 0,
      reposts: 0,
      total: 0,
      brandReplies: 0,
      windowDays: 30,
      ...unreadableData(instagram),
    },
  },
  {
    name: 'na: comments without authors hide the brand’s replies',
    snapshot: socialSnapshot([authorlessConversation()]),
    status: 'na',
    messageId: 'not-measurable-authors',
    data: { replies: 0, reposts: 0, total: 0, brandReplies: 0, windowDays: 30, skipped: [], unmeasured: ['facebook:maison'] },
  },

]);
