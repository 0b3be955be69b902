// Cases for the response-time rule.
import { rule } from '../../src/rules/response-time.js';
import { ruleCases } from './snapshot-builder.js';
import { archiveConversation, authorlessConversation, conversation, failedConversation, questionThread, skippedEntry, socialSnapshot, unreadableData } from './social-builder.js';

/** Threads whose questions (asked 100 h and more ago) were answered after the given delays in minutes. */
const answeredAfter = (...minutes: number[]) =>
  minutes.flatMap((m, i) => questionThread({ id: `t${i}`, askedHoursAgo: 100 + i * 10, answeredAfterMinutes: m, deep: i === 0 }));
/**
 * The reply-time figures a snapshot without opening hours gives: all hours only, scored on the clock.
 * Delays are the all-hours minutes of the answered questions.
 */
function allHoursOnly(...delays: number[]) {
  const sorted = [...delays].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n === 0 ? null : n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return {
    clock: 'all',
    clockRequested: 'auto',
    hoursFrom: 'none',
    allHoursAnswered: n,
    allHoursMedianMinutes: median,
    allHoursWithinHourShare: n === 0 ? null : sorted.filter((m) => m <= 60).length / n,
    allHoursWithin24hShare: n === 0 ? null : sorted.filter((m) => m <= 1440).length / n,
    businessAnswered: 0,
    businessMedianMinutes: null,
    businessWithinHourShare: null,
    businessWithin24hShare: null,
    outOfHoursAnswered: 0,
    outOfHoursMedianMinutes: null,
    outOfHoursWithinHourShare: null,
    outOfHoursWithin24hShare: null,
  };
}

// Collection is Monday 15 June 2026 at 12:00Z (14:00 in Paris, summer time). The brand answers Mon–Fri 09:00–18:00.
const PARIS_HOURS = {
  source: 'brand-file' as const,
  timeZoneFrom: 'brand-file' as const,
  timeZone: 'Europe/Paris',
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, opens: '09:00', closes: '18:00' })),
  holidays: [] as string[],
};
// Thursday 21:00 Paris answered Friday 09:05 (725 min, 5 in business hours, asked out of hours); Wednesday 10:00
// answered 10:30 (30 min); Friday 17:30 answered Monday 09:30 (3840 min, 60 in business hours: 30 on Friday, 30 on Monday).
const nightAndWeekend = () => [
  ...questionThread({ id: 'night', askedHoursAgo: 89, answeredAfterMinutes: 725 }),
  ...questionThread({ id: 'day', askedHoursAgo: 124, answeredAfterMinutes: 30 }),
  ...questionThread({ id: 'weekend', askedHoursAgo: 68.5, answeredAfterMinutes: 3840 }),
];
const withHours = (hours = PARIS_HOURS) => socialSnapshot([conversation({ posts: nightAndWeekend() })], { overrides: { businessHours: hours } });
const BUSINESS_FIGURES = {
  hoursFrom: 'file',
  allHoursAnswered: 3,
  allHoursMedianMinutes: 725,
  allHoursWithinHourShare: 1 / 3,
  allHoursWithin24hShare: 2 / 3,
  businessAnswered: 3,
  businessMedianMinutes: 30,
  businessWithinHourShare: 1,
  businessWithin24hShare: 1,
  // Only the Thursday-night question was asked while closed (Friday 17:30 is still open).
  outOfHoursAnswered: 1,
  outOfHoursMedianMinutes: 725,
  outOfHoursWithinHourShare: 0,
  outOfHoursWithin24hShare: 1,
};

const mastodon = failedConversation('mastodon', 'auth-required', [{ code: 'auth-required', data: { platform: 'mastodon' } }]);

ruleCases(rule, [
  {
    name: 'pass: median reply within the hour (the first reply sits below a follow-up)',
    snapshot: socialSnapshot([conversation({ posts: answeredAfter(10, 30, 50) })]),
    status: 'pass',
    messageId: 'fast',
    data: { answered: 3, questions: 3, medianMinutes: 30, withinHourShare: 1, within24hShare: 1, passMedianMinutes: 60, warnMedianMinutes: 1440, windowDays: 30, ...allHoursOnly(10, 30, 50), skipped: [] },
    evidence: ['https://social.example/alice/t0-q'],
  },
  {
    name: 'warn: median within the day (even count: mean of the two middle delays)',
    snapshot: socialSnapshot([conversation({ posts: [...answeredAfter(30, 120, 300, 600), ...questionThread({ id: 'open', askedHoursAgo: 60 })] }), mastodon]),
    status: 'warn',
    messageId: 'same-day',
    score: 0.5 + 0.5 * 0.25,
    data: { answered: 4, questions: 5, medianMinutes: 210, withinHourShare: 0.25, within24hShare: 1, passMedianMinutes: 60, warnMedianMinutes: 1440, windowDays: 30, ...allHoursOnly(30, 120, 300, 600), skipped: [skippedEntry(mastodon)] },
  },
  {
    name: 'fail: median beyond 24 h',
    snapshot: socialSnapshot([conversation({ posts: answeredAfter(600, 1500, 2000, 3000) })]),
    status: 'fail',
    messageId: 'slow',
    score: 0.5 * 0.25,
    data: { answered: 4, questions: 4, medianMinutes: 1750, withinHourShare: 0, within24hShare: 0.25, passMedianMinutes: 60, warnMedianMinutes: 1440, windowDays: 30, ...allHoursOnly(600, 1500, 2000, 3000), skipped: [] },
    evidence: ['https://social.example/alice/t3-q'],
  },
  {
    name: 'warn: a 15-minute bar (Facebook badge) turns a 30-minute median into a warning',
    snapshot: socialSnapshot([conversation({ posts: answeredAfter(10, 30, 50) })]),
    options: { passMedianMinutes: 15 },
    status: 'warn',
    messageId: 'same-day',
    score: 0.5 + 0.5 / 3,
    data: { answered: 3, questions: 3, medianMinutes: 30, withinHourShare: 1, within24hShare: 1, passMedianMinutes: 15, warnMedianMinutes: 1440, windowDays: 30, ...allHoursOnly(10, 30, 50), skipped: [] },
  },
  {
    name: 'na: two answered questions are too few to time',
    snapshot: socialSnapshot([conversation({ posts: [...answeredAfter(10, 20), ...questionThread({ id: 'open', askedHoursAgo: 60 })] })]),
    status: 'na',
    messageId: 'too-few-answers',
    data: { answered: 2, questions: 3, medianMinutes: null, withinHourShare: null, within24hShare: null, passMedianMinutes: 60, warnMedianMinutes: 1440, windowDays: 30, ...allHoursOnly(), skipped: [] },
  },
  {
    name: 'pass: a question whose first reply has a hidden author is not timed, and said so',
    snapshot: socialSnapshot([
      conversation({ platform: 'facebook', posts: [...answeredAfter(10, 30, 50), ...questionThread({ id: 'h', askedHoursAgo: 60, hiddenAfterMinutes: 5, answeredAfterMinutes: 20 })] }),
    ]),
    status: 'pass',
    messageId: 'fast',
    data: { answered: 3, questions: 3, medianMinutes: 30, withinHourShare: 1, within24hShare: 1, passMedianMinutes: 60, warnMedianMinutes: 1440, windowDays: 30, ...allHoursOnly(10, 30, 50), skipped: [] },
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
      ...allHoursOnly(),
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
      ...allHoursOnly(),
      ...unreadableData(mastodon),
    },
  },
  {
    name: 'pass: an X archive times each reply exactly (the answered post’s time comes from its id)',
    snapshot: socialSnapshot([archiveConversation([5, 10, 45])]),
    status: 'pass',
    messageId: 'fast',
    data: { answered: 3, questions: 3, medianMinutes: 10, withinHourShare: 1, within24hShare: 1, passMedianMinutes: 60, warnMedianMinutes: 1440, windowDays: 30, ...allHoursOnly(5, 10, 45), skipped: [] },
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
      ...allHoursOnly(),
      skipped: [],
      unmeasured: ['facebook:maison'],
    },
  },

  {
    name: 'pass: with opening hours, business hours score by default (a night question answered at 09:05 waited 5 minutes)',
    snapshot: withHours(),
    status: 'pass',
    messageId: 'fast',
    data: {
      answered: 3,
      questions: 3,
      medianMinutes: 30,
      withinHourShare: 1,
      within24hShare: 1,
      passMedianMinutes: 60,
      warnMedianMinutes: 1440,
      windowDays: 30,
      clock: 'business',
      clockRequested: 'auto',
      ...BUSINESS_FIGURES,
      skipped: [],
    },
    // Slowest in business hours first: the weekend question (60 business minutes).
    evidence: ['https://social.example/alice/weekend-q'],
    notes: [{ id: 'answered-after-hours', data: { delayMinutes: 725, businessMinutes: 5, outOfHours: true } }],
  },
  {
    name: 'warn: the rule set can score all hours; the business-hours figures stay in the data',
    snapshot: withHours(),
    options: { clock: 'all' },
    status: 'warn',
    messageId: 'same-day',
    score: 0.5 + 0.5 / 3,
    data: {
      answered: 3,
      questions: 3,
      medianMinutes: 725,
      withinHourShare: 1 / 3,
      within24hShare: 2 / 3,
      passMedianMinutes: 60,
      warnMedianMinutes: 1440,
      windowDays: 30,
      clock: 'all',
      clockRequested: 'all',
      ...BUSINESS_FIGURES,
      skipped: [],
    },
    evidence: ['https://social.example/alice/weekend-q'],
  },
  {
    name: 'warn: business hours asked without known opening hours fall back to all hours, and say so',
    snapshot: socialSnapshot([conversation({ posts: nightAndWeekend() })]),
    options: { clock: 'business' },
    status: 'warn',
    messageId: 'same-day',
    score: 0.5 + 0.5 / 3,
    data: {
      answered: 3,
      questions: 3,
      medianMinutes: 725,
      withinHourShare: 1 / 3,
      within24hShare: 2 / 3,
      passMedianMinutes: 60,
      warnMedianMinutes: 1440,
      windowDays: 30,
      ...allHoursOnly(725, 30, 3840),
      clockRequested: 'business',
      skipped: [],
    },
  },
  {
    name: 'pass: a holiday on the Friday moves the night question’s answer out of business time',
    // Friday 12 June closed: the Thursday-night question answered Friday 09:05 waited 0 business minutes.
    snapshot: withHours({ ...PARIS_HOURS, holidays: ['2026-06-12'] }),
    status: 'pass',
    messageId: 'fast',
    data: {
      answered: 3,
      questions: 3,
      // Business minutes: 0 (holiday), 30, 30 (Friday closed, 30 on Monday).
      medianMinutes: 30,
      withinHourShare: 1,
      within24hShare: 1,
      passMedianMinutes: 60,
      warnMedianMinutes: 1440,
      windowDays: 30,
      clock: 'business',
      clockRequested: 'auto',
      ...BUSINESS_FIGURES,
      businessMedianMinutes: 30,
      // Friday closed: the Friday 17:30 question was asked out of hours too.
      outOfHoursAnswered: 2,
      outOfHoursMedianMinutes: (725 + 3840) / 2,
      outOfHoursWithin24hShare: 1 / 2,
      skipped: [],
    },
    notes: [{ id: 'answered-after-hours', data: { delayMinutes: 725, businessMinutes: 0, outOfHours: true } }],
  },
]);
