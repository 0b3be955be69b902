// Cases for the complaints-answered rule.
import { rule } from '../../src/rules/complaints-answered.js';
import { ruleCases } from './snapshot-builder.js';
import { archiveConversation, authorlessConversation, conversation, failedConversation, fanPost, questionThread, skippedEntry, socialSnapshot, unreadableData } from './social-builder.js';

const COMPLAINTS = [
  "Colis jamais arrivé, c'est inadmissible.",
  'Still waiting for my refund after three weeks, very disappointed.',
  'Lieferung beschädigt angekommen, sehr enttäuscht.',
  'Pedido dañado y nadie responde, muy decepcionada con el servicio.',
  'Troisième relance pour mon remboursement, toujours rien. Service client déplorable.',
];
/** Complaint threads; the first `answered` get a brand reply after two hours. */
const complaints = (n: number, answered: number) =>
  Array.from({ length: n }, (_, i) =>
    questionThread({ id: `c${i}`, text: COMPLAINTS[i % COMPLAINTS.length], askedHoursAgo: 50 + i * 12, answeredAfterMinutes: i < answered ? 120 : undefined }),
  ).flat();
const praise = fanPost('praise', 'carol', "J'adore ce plaid, superbe qualité !", 40, { replyTo: 'c0-root' });
const tiktok = failedConversation('tiktok', 'no-source');

ruleCases(rule, [
  {
    name: 'pass: four complaints in five answered; praise is not a complaint',
    snapshot: socialSnapshot([conversation({ posts: [...complaints(5, 4), praise] })]),
    status: 'pass',
    messageId: 'answered',
    data: { complaints: 5, answered: 4, undetermined: 0, share: 0.8, windowDays: 30, skipped: [] },
    evidence: ['https://social.example/alice/c4-q'],
  },
  {
    name: 'pass: every complaint answered; the answered ones are the evidence',
    snapshot: socialSnapshot([conversation({ posts: complaints(3, 3) })]),
    status: 'pass',
    messageId: 'answered',
    data: { complaints: 3, answered: 3, undetermined: 0, share: 1, windowDays: 30, skipped: [] },
    evidence: ['https://social.example/alice/c0-q'],
  },
  {
    name: 'warn: half the complaints answered',
    snapshot: socialSnapshot([conversation({ posts: complaints(4, 2) }), tiktok]),
    status: 'warn',
    messageId: 'some-unanswered',
    score: 0.5,
    data: { complaints: 4, answered: 2, undetermined: 0, share: 0.5, windowDays: 30, skipped: [skippedEntry(tiktok)] },
    evidence: ['https://social.example/alice/c2-q', 'https://social.example/alice/c3-q'],
  },
  {
    name: 'fail: one complaint in three answered',
    snapshot: socialSnapshot([conversation({ posts: complaints(3, 1) })]),
    status: 'fail',
    messageId: 'mostly-unanswered',
    score: 1 / 3,
    data: { complaints: 3, answered: 1, undetermined: 0, share: 1 / 3, windowDays: 30, skipped: [] },
  },
  {
    name: 'na: two complaints are too few',
    snapshot: socialSnapshot([conversation({ posts: complaints(2, 0) })]),
    status: 'na',
    messageId: 'too-few-complaints',
    data: { complaints: 2, answered: 0, undetermined: 0, share: 0, windowDays: 30, skipped: [] },
  },
  {
    name: 'pass: a complaint whose first reply has a hidden author is set apart, and said so',
    snapshot: socialSnapshot([
      conversation({
        platform: 'facebook',
        posts: [...complaints(3, 3), ...questionThread({ id: 'h', text: COMPLAINTS[0], askedHoursAgo: 30, hiddenAfterMinutes: 15 })],
      }),
    ]),
    status: 'pass',
    messageId: 'answered',
    data: { complaints: 3, answered: 3, undetermined: 1, share: 1, windowDays: 30, skipped: [] },
    notes: [{ id: 'authors-hidden', data: { account: 'facebook:maison', count: 1 } }],
  },
  {
    name: 'na: complaints whose replies have hidden authors leave too few to judge',
    snapshot: socialSnapshot([
      conversation({
        platform: 'facebook',
        posts: [
          ...complaints(1, 1),
          ...questionThread({ id: 'h1', text: COMPLAINTS[1], askedHoursAgo: 30, hiddenAfterMinutes: 15 }),
          ...questionThread({ id: 'h2', text: COMPLAINTS[2], askedHoursAgo: 35, hiddenAfterMinutes: 15 }),
        ],
      }),
    ]),
    status: 'na',
    messageId: 'authors-unknown',
    data: { complaints: 1, answered: 1, undetermined: 2, share: 1, windowDays: 30, skipped: [], hidden: ['facebook:maison'] },
    notes: [{ id: 'authors-hidden', data: { account: 'facebook:maison', count: 2 } }],
  },
  {
    name: 'na: no account could be read',
    snapshot: socialSnapshot([tiktok]),
    status: 'na',
    messageId: 'no-usable-data',
    data: { complaints: 0, answered: 0, share: null, windowDays: 30, ...unreadableData(tiktok) },
  },
  {
    name: 'na: an X archive has neither fans’ texts nor the complaints left unanswered',
    snapshot: socialSnapshot([archiveConversation([5, 10, 45])]),
    status: 'na',
    messageId: 'not-measurable-archive',
    data: { complaints: 0, answered: 0, share: null, windowDays: 30, skipped: [], unmeasured: ['x:maison'] },
  },
  {
    name: 'na: comments without authors',
    snapshot: socialSnapshot([authorlessConversation()]),
    status: 'na',
    messageId: 'not-measurable-authors',
    data: { complaints: 0, answered: 0, share: null, windowDays: 30, skipped: [], unmeasured: ['facebook:maison'] },
  },

]);
