// Cases for the response-time rule.
import { rule } from '../../src/rules/response-time.js';
import { ruleCases } from './snapshot-builder.js';
import { archiveConversation, authorlessConversation, conversation, failedConversation, questionThread, skippedEntry, socialSnapshot, unreadableData } from './social-builder.js';

/** Threads whose questions (asked 100 h and more ago) were answered after the given delays in minutes. */
const answeredAfter = (...minutes: number[]) =>
  minutes.flatMap((m, i) => questionThread({ id: `t${i}`, askedHoursAgo: 100 + i * 10, answeredAfterMinutes: m, deep: i === 0 }));
const mastodon = failedConversation('mastodon', 'auth-required', [{ code: 'auth-required', data: { platform: 'mastodon' } }]);

ruleCases(rule, [
  {
    name: 'pass: median reply within the hour (the first reply sits below a follow-up)',
    snapshot: socialSnapshot([conversation({ posts: answeredAfter(10, 30, 50) })]),
    status: 'pass',
    messageId: 'fast',
    data: { answered: 3, questions: 3, medianMinutes: 30, withinHourShare: 1, within24hShare: 1, passMedianMinutes: 60, warnMedianMinutes: 1440, windowDays: 30, skipped: [] },
    evidence: ['https://social.example/alice/t0-q'],
  },
  {
    name: 'warn: median within the day (even count: mean of the two middle delays)',
    snapshot: socialSnapshot([conversation({ posts: [...answeredAfter(30, 120, 300, 600), ...questionThread({ id: 'open', askedHoursAgo: 60 })] }), mastodon]),
    status: 'warn',
    messageId: 'same-day',
    score: 0.5 + 0.5 * 0.25,
    data: { answered: 4, questions: 5, medianMinutes: 210, withinHourShare: 0.25, within24hShare: 1, passMedianMinutes: 60, warnMedianMinutes: 1440, windowDays: 30, skipped: [skippedEntry(mastodon)] },
  },
  {
    name: 'fail: median beyond 24 h',
    snapshot: socialSnapshot([conversation({ posts: answeredAfter(600, 1500, 2000, 3000) })]),
    status: 'fail',
    messageId: 'slow',
    score: 0.5 * 0.25,
    data: { answered: 4, questions: 4, medianMinutes: 1750, withinHourShare: 0, within24hShare: 0.25, passMedianMinutes: 60, warnMedianMinutes: 1440, windowDays: 30, skipped: [] },
    evidence: ['https://social.example/alice/t3-q'],
  },
  {
    name: 'warn: a 15-minute bar (Facebook badge) turns a 30-minute median into a warning',
    snapshot: socialSnapshot([conversation({ posts: answeredAfter(10, 30, 50) })]),
    options: { passMedianMinutes: 15 },
    status: 'warn',
    messageId: 'same-day',
    score: 0.5 + 0.5 / 3,
    data: { answered: 3, questions: 3, medianMinutes: 30, withinHourShare: 1, within24hShare: 1, passMedianMinutes: 15, warnMedianMinutes: 1440, windowDays: 30, skipped: [] },
  },
  {
    name: 'na: two answered questions are too few to time',
    snapshot: socialSnapshot([conversation({ posts: [...answeredAfter(10, 20), ...questionThread({ id: 'open', askedHoursAgo: 60 })] })]),
    status: 'na',
    messageId: 'too-few-answers',
    data: { answered: 2, questions: 3, medianMinutes: null, withinHourShare: null, within24hShare: null, passMedianMinutes: 60, warnMedianMinutes: 1440, windowDays: 30, skipped: [] },
  },
  {
    name: 'pass: a question whose first reply has a hidden author is not timed, and said so',
    snapshot: socialSnapshot([
      conversation({ platform: 'facebook', posts: [...answeredAfter(10, 30, 50), ...questionThread({ id: 'h', askedHoursAgo: 60, hiddenAfterMinutes: 5, answeredAfterMinutes: 20 })] }),
    ]),
    status: 'pass',
    messageId: 'fast',
    data: { answered: 3, questions: 3, medianMinutes: 30, withinHourShare: 1, within24hShare: 1, passMedianMinutes: 60, warnMedianMinutes: 1440, windowDays: 30, skipped: [] },
    notes: [{ id: 'authors-hidden', data: { account: 'facebook:maison', count: 1 } }],
  },
  {
    name: 'na: answers hidden behind unknown authors leave too few to time',
    snapshot: socialSnapshot([
      conversation({
        platform: 'facebook',
        posts: [
          ...answeredAfter(10),
          ...questionThread({ id: 'h1', askedHoursAgo: 60, hiddenAfterMinutes: 5 }),
          ...questionThread({ id: 'h2', askedHoursAgo: 70, hiddenAfterMinutes: 5, answeredAfterMinutes: 20 }),
        ],
      }),
    ]),
    status: 'na',
    messageId: 'authors-unknown',
    data: {
      answered: 1,
      questions: 1,
      undetermined: 2,
      hidden: ['facebook:maison'],
      medianMinutes: null,
      withinHourShare: null,
      within24hShare: null,
      passMedianMinutes: 60,
      warnMedianMinutes: 1440,
      windowDays: 30,
      skipped: [],
    },
    notes: [{ id: 'authors-hidden', data: { account: 'facebook:maison', count: 2 } }],
  },
  {
    name: 'na: no account could be read',
    snapshot: socialSnapshot([mastodon]),
    status: 'na',
    messageId: 'no-usable-data',
    data: {
      answered: 0,
      questions: 0,
      medianMinutes: null,
      withinHourShare: null,
      within24hShare: null,
      passMedianMinutes: 60,
      warnMedianMinutes: 1440,
      windowDays: 30,
      ...unreadableData(mastodon),
    },
  },
  {
    name: 'pass: an X archive times each reply exactly (the answered post’s time comes from its id)',
    snapshot: socialSnapshot([archiveConversation([5, 10, 45])]),
    status: 'pass',
    messageId: 'fast',
    data: { answered: 3, questions: 3, medianMinutes: 10, withinHourShare: 1, within24hShare: 1, passMedianMinutes: 60, warnMedianMinutes: 1440, windowDays: 30, skipped: [] },
    evidence: ['https://social.example/fan2/s2'],
  },
  {
    name: 'na: comments without authors give no reply to time',
    snapshot: socialSnapshot([authorlessConversation()]),
    status: 'na',
    messageId: 'not-measurable-authors',
    data: {
      answered: 0,
      questions: 0,
      medianMinutes: null,
      withinHourShare: null,
      within24hShare: null,
      passMedianMinutes: 60,
      warnMedianMinutes: 1440,
      windowDays: 30,
      skipped: [],
      unmeasured: ['facebook:maison'],
    },
  },

]);
