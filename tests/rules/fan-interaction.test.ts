// Cases for the fan-interaction rule.
import { rule } from '../../src/rules/fan-interaction.js';
import { ruleCases } from './snapshot-builder.js';
import { archiveConversation, authorlessConversation, brandPost, conversation, failedConversation, fanPost, skippedEntry, socialSnapshot, unreadableData } from './social-builder.js';

const root = brandPost('root', 'Notre nouvelle collection de linge de maison est en ligne.', 200);
/** `n` fans replying to the brand's post. */
const toBrand = (n: number) => Array.from({ length: n }, (_, i) => fanPost(`b${i}`, `fan${i}`, 'Très joli !', 150 - i));
const withParent = (n: number) => toBrand(n).map((p) => ({ ...p, replyTo: 'root' }));
const fanToFan = fanPost('ff', 'dave', 'Moi aussi je l’ai, il est très doux.', 100, { replyTo: 'b0' });
const selfReply = fanPost('self', 'fan0', 'Et il va avec mon canapé.', 99, { replyTo: 'b0' });
const toUnread = fanPost('orphan', 'erin', 'Pareil !', 98, { replyTo: 'not-read' });
const topic = fanPost('topic', 'frank', 'Quel lin pour un lit de 160 ?', 97);
const facebook = failedConversation('facebook', 'no-source');

ruleCases(rule, [
  {
    name: 'pass: one fan reply in five goes to another fan (self-replies and unread parents left out)',
    snapshot: socialSnapshot([conversation({ posts: [root, ...withParent(4), fanToFan, selfReply, toUnread, topic] })]),
    status: 'pass',
    messageId: 'lively',
    data: { fanReplies: 5, fanToFan: 1, share: 0.2, windowDays: 30, skipped: [] },
    evidence: ['https://social.example/dave/ff'],
  },
  {
    name: 'warn: one fan reply in twelve',
    snapshot: socialSnapshot([conversation({ posts: [root, ...withParent(11), fanToFan] }), facebook]),
    status: 'warn',
    messageId: 'rare',
    score: 1 / 12 / 0.1,
    data: { fanReplies: 12, fanToFan: 1, share: 1 / 12, windowDays: 30, skipped: [skippedEntry(facebook)] },
  },
  {
    name: 'fail: fans only talk to the brand',
    snapshot: socialSnapshot([conversation({ posts: [root, ...withParent(6)] })]),
    status: 'fail',
    messageId: 'none',
    score: 0,
    data: { fanReplies: 6, fanToFan: 0, share: 0, windowDays: 30, skipped: [] },
    evidence: ['https://bluesky.example/maison'],
  },
  {
    name: 'na: three fan replies are too few',
    snapshot: socialSnapshot([conversation({ posts: [root, ...withParent(2), fanToFan] })]),
    status: 'na',
    messageId: 'too-few-replies',
    data: { fanReplies: 3, fanToFan: 1, share: 1 / 3, windowDays: 30, skipped: [] },
  },
  {
    name: 'na: no account could be read',
    snapshot: socialSnapshot([facebook]),
    status: 'na',
    messageId: 'no-usable-data',
    data: { fanReplies: 0, fanToFan: 0, share: null, windowDays: 30, ...unreadableData(facebook) },
  },
  {
    name: 'na: fans answering fans are not in an archive of the brand’s posts',
    snapshot: socialSnapshot([archiveConversation([5, 10, 45])]),
    status: 'na',
    messageId: 'not-measurable-archive',
    data: { fanReplies: 0, fanToFan: 0, share: null, windowDays: 30, skipped: [], unmeasured: ['x:maison'] },
  },
  {
    name: 'na: comments without authors cannot be told apart',
    snapshot: socialSnapshot([authorlessConversation()]),
    status: 'na',
    messageId: 'not-measurable-authors',
    data: { fanReplies: 0, fanToFan: 0, share: null, windowDays: 30, skipped: [], unmeasured: ['facebook:maison'] },
  },

]);
