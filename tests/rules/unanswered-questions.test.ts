// Cases for the unanswered-questions rule.
import { rule } from '../../src/rules/unanswered-questions.js';
import { ruleCases } from './snapshot-builder.js';
import { archiveConversation, authorlessConversation, conversation, failedConversation, fanPost, questionThread, skippedEntry, socialSnapshot, unreadableData } from './social-builder.js';

const hiddenFirst = (id: string, hours: number) => questionThread({ id, askedHoursAgo: hours, hiddenAfterMinutes: 10, answeredAfterMinutes: 40 });
const fbAccount = (questions: number, missed: number) => [{ account: 'facebook:maison', questions, unanswered: missed }];

const answered = (id: string, hours: number, extra: { deep?: boolean; text?: string } = {}) =>
  questionThread({ id, askedHoursAgo: hours, answeredAfterMinutes: 30, ...extra });
const unanswered = (id: string, hours: number, text?: string) => questionThread({ id, askedHoursAgo: hours, text });
const facebook = failedConversation('facebook', 'no-source');
const account = (questions: number, missed: number) => [{ account: 'bluesky:maison', questions, unanswered: missed }];

ruleCases(rule, [
  {
    name: 'pass: three of four questions answered, one of them deep in the thread',
    snapshot: socialSnapshot([
      conversation({
        posts: [
          ...answered('q1', 48),
          ...answered('q2', 72, { deep: true, text: 'Est-ce que vous livrez en Belgique' }),
          ...answered('q3', 96, { text: 'How do I return a damaged lamp' }),
          ...unanswered('q4', 120, 'Wie kann ich meine Bestellung stornieren?'),
        ],
      }),
    ]),
    status: 'pass',
    messageId: 'answered',
    data: { questions: 4, unanswered: 1, undetermined: 0, ratio: 0.25, windowDays: 30, accounts: account(4, 1), skipped: [] },
    evidence: ['https://social.example/alice/q4-q'],
  },
  {
    name: 'pass: a question inside the grace period and one older than the window are not judged',
    snapshot: socialSnapshot([
      conversation({
        posts: [
          ...answered('q1', 48),
          ...answered('q2', 72),
          ...answered('q3', 96),
          ...unanswered('recent', 3),
          ...unanswered('old', 40 * 24),
        ],
      }),
    ]),
    status: 'pass',
    messageId: 'answered',
    data: { questions: 3, unanswered: 0, undetermined: 0, ratio: 0, windowDays: 30, accounts: account(3, 0), skipped: [] },
    evidence: ['https://social.example/alice/q1-q'],
  },
  {
    name: 'pass: a shorter grace period (the summary is counted with it) judges a question asked three hours ago',
    snapshot: socialSnapshot([
      conversation({ posts: [...answered('q1', 48), ...answered('q2', 72), ...answered('q3', 96), ...unanswered('recent', 3)] }),
    ]),
    options: { graceHours: 2 },
    status: 'pass',
    messageId: 'answered',
    data: { questions: 4, unanswered: 1, undetermined: 0, ratio: 0.25, windowDays: 30, accounts: account(4, 1), skipped: [] },
    evidence: ['https://social.example/alice/recent-q'],
  },
  {
    name: 'pass: a fan asking another fan is left to the community',
    snapshot: socialSnapshot([
      conversation({
        posts: [
          ...answered('q1', 48),
          ...answered('q2', 72),
          ...answered('q3', 96),
          fanPost('bob-asks', 'bob', 'Comment tu as fait pour le monter ?', 40, { replyTo: 'q1-q' }),
          fanPost('plain', 'carol', "J'adore ce plaid, superbe qualité !", 50, { replyTo: 'q1-root' }),
        ],
      }),
    ]),
    status: 'pass',
    messageId: 'answered',
    data: { questions: 3, unanswered: 0, undetermined: 0, ratio: 0, windowDays: 30, accounts: account(3, 0), skipped: [] },
  },
  {
    name: 'warn: two of five questions unanswered, worse than the Socially Devoted bar',
    snapshot: socialSnapshot([
      conversation({
        posts: [...answered('q1', 48), ...answered('q2', 60), ...answered('q3', 72), ...unanswered('q4', 84), ...unanswered('q5', 96)],
      }),
      facebook,
    ]),
    status: 'warn',
    messageId: 'many-unanswered',
    score: 0.6,
    data: { questions: 5, unanswered: 2, undetermined: 0, ratio: 0.4, windowDays: 30, accounts: account(5, 2), skipped: [skippedEntry(facebook)] },
    evidence: ['https://social.example/alice/q4-q', 'https://social.example/alice/q5-q'],
  },
  {
    name: 'fail: three of four unanswered, worse than the 2012 norm',
    snapshot: socialSnapshot([
      conversation({ posts: [...answered('q1', 48), ...unanswered('q2', 60), ...unanswered('q3', 72), ...unanswered('q4', 84)] }),
    ]),
    status: 'fail',
    messageId: 'mostly-unanswered',
    score: 0.25,
    data: { questions: 4, unanswered: 3, undetermined: 0, ratio: 0.75, windowDays: 30, accounts: account(4, 3), skipped: [] },
  },
  {
    name: 'warn: a stricter maxRatio turns one missed question in four into a warning',
    snapshot: socialSnapshot([
      conversation({ posts: [...answered('q1', 48), ...answered('q2', 60), ...answered('q3', 72), ...unanswered('q4', 84)] }),
    ]),
    options: { maxRatio: 0.1 },
    status: 'warn',
    messageId: 'many-unanswered',
    score: 0.75,
    data: { questions: 4, unanswered: 1, undetermined: 0, ratio: 0.25, windowDays: 30, accounts: account(4, 1), skipped: [] },
  },
  {
    name: 'na: two questions are too few to judge',
    snapshot: socialSnapshot([conversation({ posts: [...answered('q1', 48), ...unanswered('q2', 60)] })]),
    status: 'na',
    messageId: 'too-few-questions',
    data: { questions: 2, unanswered: 1, undetermined: 0, ratio: 0.5, windowDays: 30, accounts: account(2, 1), skipped: [] },
  },
  {
    name: 'pass: a fan replying to another fan and tagging the brand addresses the brand',
    snapshot: socialSnapshot([
      conversation({
        posts: [
          ...answered('q1', 48),
          ...answered('q2', 72),
          ...answered('q3', 96),
          ...answered('q4', 100),
          fanPost('tagged', 'bob', '@alice @Maison vous livrez en Suisse ?', 40, { replyTo: 'q1-q' }),
          fanPost('not-tagged', 'carol', '@alice tu l’as payé combien ?', 41, { replyTo: 'q1-q' }),
          fanPost('look-alike', 'dan', '@maisonette vous livrez en Italie ?', 42, { replyTo: 'q1-q' }),
        ],
      }),
    ]),
    status: 'pass',
    messageId: 'answered',
    data: { questions: 5, unanswered: 1, undetermined: 0, ratio: 0.2, windowDays: 30, accounts: account(5, 1), skipped: [] },
    evidence: ['https://social.example/bob/tagged'],
  },
  {
    name: 'pass: a question whose first reply has a hidden author is set apart, not counted either way',
    snapshot: socialSnapshot([
      conversation({ platform: 'facebook', posts: [...answered('q1', 48), ...answered('q2', 72), ...answered('q3', 96), ...hiddenFirst('h1', 60)] }),
    ]),
    status: 'pass',
    messageId: 'answered',
    data: { questions: 3, unanswered: 0, undetermined: 1, ratio: 0, windowDays: 30, accounts: fbAccount(3, 0), skipped: [] },
    notes: [{ id: 'authors-hidden', data: { account: 'facebook:maison', count: 1 } }],
  },
  {
    name: 'na: too few questions left once those with hidden reply authors are set apart',
    snapshot: socialSnapshot([
      conversation({ platform: 'facebook', posts: [...answered('q1', 48), ...hiddenFirst('h1', 60), ...hiddenFirst('h2', 70)] }),
    ]),
    status: 'na',
    messageId: 'authors-unknown',
    data: { questions: 1, unanswered: 0, undetermined: 2, ratio: 0, windowDays: 30, accounts: fbAccount(1, 0), skipped: [], hidden: ['facebook:maison'] },
    notes: [{ id: 'authors-hidden', data: { account: 'facebook:maison', count: 2 } }],
  },
  {
    name: 'na: no account could be read, with the reason',
    snapshot: socialSnapshot([facebook]),
    status: 'na',
    messageId: 'no-usable-data',
    data: {
      questions: 0,
      unanswered: 0,
      ratio: null,
      windowDays: 30,
      accounts: [],
      ...unreadableData(facebook),
    },
    evidence: ['https://facebook.example/maison'],
  },
  {
    name: 'na: an X archive holds the brand’s posts only, so unanswered posts are not in the data',
    snapshot: socialSnapshot([archiveConversation([5, 10, 45])]),
    status: 'na',
    messageId: 'not-measurable-archive',
    data: { questions: 0, unanswered: 0, ratio: null, windowDays: 30, accounts: [], skipped: [], unmeasured: ['x:maison'] },
    evidence: ['https://x.example/maison'],
  },
  {
    name: 'na: comments without authors cannot tell the brand’s replies',
    snapshot: socialSnapshot([authorlessConversation()]),
    status: 'na',
    messageId: 'not-measurable-authors',
    data: { questions: 0, unanswered: 0, ratio: null, windowDays: 30, accounts: [], skipped: [], unmeasured: ['facebook:maison'] },
  },
  {
    name: 'pass: counted on the accounts that can be, the archive named as not measured',
    snapshot: socialSnapshot([conversation({ posts: [...answered('q1', 48), ...answered('q2', 60), ...answered('q3', 72)] }), archiveConversation([5])]),
    status: 'pass',
    messageId: 'answered',
    data: { questions: 3, unanswered: 0, undetermined: 0, ratio: 0, windowDays: 30, accounts: account(3, 0), skipped: [], unmeasured: ['x:maison'] },
  },

]);
