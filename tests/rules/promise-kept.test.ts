// Cases for the promise-kept rule. Collection is Monday 15 June 2026 at 12:00Z (14:00 in Paris, summer time).
import type { BusinessHoursRecord, PromiseFinding } from '../../src/snapshot/types.js';
import { rule } from '../../src/rules/promise-kept.js';
import { SITE, facts, kindPage, ruleCases, startPage } from './snapshot-builder.js';
import { authorlessConversation, conversation, failedConversation, questionThread, skippedEntry, socialSnapshot, unreadableData } from './social-builder.js';

const contactWith = (...promises: PromiseFinding[]) => kindPage('/contact', ['contact'], { facts: facts({ promises }) });
const day: PromiseFinding = { text: 'Réponse sous 24 h', hours: 24, terms: { amount: 24, unit: 'hours', business: false } };
const businessHour: PromiseFinding = { text: 'Réponse sous 1 h ouvrée', hours: 1, terms: { amount: 1, unit: 'hours', business: true } };
const businessDay: PromiseFinding = { text: 'We answer within 1 business day', hours: 24, terms: { amount: 1, unit: 'days', business: true } };
const chat: PromiseFinding = { text: 'Discutez avec un conseiller : réponse en moins de 2 heures par chat.', hours: 2, terms: { amount: 2, unit: 'hours', business: false } };
const vague: PromiseFinding = { text: 'Nous vous répondons dans les meilleurs délais', hours: null };

const PARIS: BusinessHoursRecord = {
  source: 'site',
  url: `${SITE}/contact`,
  how: 'json-ld',
  timeZone: 'Europe/Paris',
  timeZoneFrom: 'site-language',
  weekly: [1, 2, 3, 4, 5].map((d) => ({ day: d, opens: '09:00', closes: '18:00' })),
  holidays: [],
};

/** Threads answered after the given delays in minutes (asked 100 h and more ago). */
const answeredAfter = (prefix: string, ...minutes: number[]) =>
  minutes.flatMap((m, i) => questionThread({ id: `${prefix}${i}`, askedHoursAgo: 100 + i * 10, answeredAfterMinutes: m }));
// Thursday 21:00 Paris answered Friday 09:05 (725 min, 5 business minutes, 1 business day); Wednesday 10:00 answered
// 10:30 (30 min, same day); Friday 17:30 answered Monday 09:30 (3840 min, 60 business minutes, 1 business day).
const nightAndWeekend = () => [
  ...questionThread({ id: 'night', askedHoursAgo: 89, answeredAfterMinutes: 725 }),
  ...questionThread({ id: 'day', askedHoursAgo: 124, answeredAfterMinutes: 30 }),
  ...questionThread({ id: 'weekend', askedHoursAgo: 68.5, answeredAfterMinutes: 3840 }),
];

const base = (promise: PromiseFinding | null, hoursFrom = 'none') => ({
  promiseText: promise?.text ?? null,
  promiseAmount: promise?.terms?.amount ?? null,
  promiseUnit: promise?.terms?.unit ?? null,
  promiseBusiness: promise?.terms?.business ?? null,
  measure: promise?.terms ? (promise.terms.business ? (promise.terms.unit === 'days' ? 'days' : 'hours') : 'clock') : null,
  hoursFrom,
  passShare: 0.9,
  warnShare: 0.65,
  windowDays: 30,
  vaguePromises: 0,
});
const mastodon = failedConversation('mastodon', 'auth-required', [{ code: 'auth-required', data: { platform: 'mastodon' } }]);

ruleCases(rule, [
  {
    name: 'pass: every answer came within the 24 hours the contact page promises',
    // The faster chat promise is about the chat, not social replies: the 24-hour one is checked.
    snapshot: socialSnapshot([conversation({ posts: answeredAfter('t', 30, 120, 600) })], { pages: [startPage(), contactWith(chat, day)] }),
    status: 'pass',
    messageId: 'kept',
    data: { ...base(day), answered: 3, kept: 3, share: 1, networks: [{ platform: 'bluesky', answered: 3, kept: 3, share: 1 }], skipped: [] },
    evidence: [`${SITE}/contact`, 'https://social.example/alice/t2-q'],
    notes: [
      { id: 'network-share', data: { platform: 'bluesky', answered: 3, kept: 3, share: 1 } },
      { id: 'within-promise', data: { measure: 'clock', delayMinutes: 600, businessMinutes: null, businessDays: 0 } },
    ],
  },
  {
    name: 'fail: two of three answers came after the promised 24 hours; the slowest are the evidence',
    snapshot: socialSnapshot([conversation({ posts: answeredAfter('t', 30, 2000, 3000) }), mastodon], { pages: [startPage(), contactWith(day)] }),
    status: 'fail',
    messageId: 'broken',
    score: 1 / 3,
    data: {
      ...base(day),
      answered: 3,
      kept: 1,
      share: 1 / 3,
      networks: [{ platform: 'bluesky', answered: 3, kept: 1, share: 1 / 3 }],
      skipped: [skippedEntry(mastodon)],
    },
    evidence: [`${SITE}/contact`, 'https://social.example/alice/t2-q', 'https://social.example/alice/t1-q'],
    notes: [{ id: 'beyond-promise', data: { measure: 'clock', delayMinutes: 3000, businessMinutes: null, businessDays: 0 } }],
  },
  {
    name: 'warn: three of four kept, per network and overall',
    snapshot: socialSnapshot(
      [conversation({ posts: answeredAfter('b', 30, 60) }), conversation({ platform: 'mastodon', handle: 'maison@social.example', posts: answeredAfter('m', 90, 2000) })],
      { pages: [startPage(), contactWith(day)] },
    ),
    status: 'warn',
    messageId: 'mostly-kept',
    score: 0.75,
    data: {
      ...base(day),
      answered: 4,
      kept: 3,
      share: 0.75,
      networks: [
        { platform: 'bluesky', answered: 2, kept: 2, share: 1 },
        { platform: 'mastodon', answered: 2, kept: 1, share: 0.5 },
      ],
      skipped: [],
    },
    notes: [{ id: 'network-share', data: { platform: 'mastodon', answered: 2, kept: 1, share: 0.5 } }],
  },
  {
    name: 'pass: "1 h ouvrée" is counted in business hours: the night and weekend questions waited 5 and 60 minutes',
    snapshot: socialSnapshot([conversation({ posts: nightAndWeekend() })], { pages: [startPage(), contactWith(businessHour)], overrides: { businessHours: PARIS } }),
    status: 'pass',
    messageId: 'kept',
    data: { ...base(businessHour, 'site'), answered: 3, kept: 3, share: 1, networks: [{ platform: 'bluesky', answered: 3, kept: 3, share: 1 }], skipped: [] },
    notes: [{ id: 'within-promise', data: { measure: 'hours', delayMinutes: 3840, businessMinutes: 60, businessDays: 0 } }],
  },
  {
    name: 'pass: on a shorter week (Friday closed, Wednesday a holiday) business time shrinks and the promise still holds',
    snapshot: socialSnapshot([conversation({ posts: nightAndWeekend() })], {
      pages: [startPage(), contactWith(businessHour)],
      overrides: { businessHours: { ...PARIS, weekly: PARIS.weekly.filter((i) => i.day !== 5), holidays: ['2026-06-10'] } },
    }),
    // Wednesday 10:00 → 10:30 on a holiday: 0 business minutes; Thursday 21:00 → Friday 09:05, Friday closed: 0;
    // Friday 17:30 → Monday 09:30: 30 business minutes (Monday only).
    status: 'pass',
    messageId: 'kept',
    data: { ...base(businessHour, 'site'), answered: 3, kept: 3, share: 1, networks: [{ platform: 'bluesky', answered: 3, kept: 3, share: 1 }], skipped: [] },
  },
  {
    name: 'pass: "1 business day": Thursday night and Friday evening questions answered the next open day',
    snapshot: socialSnapshot([conversation({ posts: nightAndWeekend() })], { pages: [startPage(), contactWith(businessDay)], overrides: { businessHours: PARIS } }),
    status: 'pass',
    messageId: 'kept',
    data: { ...base(businessDay, 'site'), answered: 3, kept: 3, share: 1, networks: [{ platform: 'bluesky', answered: 3, kept: 3, share: 1 }], skipped: [] },
    notes: [{ id: 'within-promise', data: { measure: 'days', delayMinutes: 725, businessMinutes: 5, businessDays: 1 } }],
  },
  {
    name: 'fail: business days without known opening hours assume Monday–Friday; a reply two open days later breaks "1 business day"',
    snapshot: socialSnapshot([conversation({ posts: answeredAfter('t', 30, 60, 3 * 24 * 60) })], { pages: [startPage(), contactWith(businessDay)] }),
    // Asked Thursday 08:00Z, Wednesday 22:00Z and Wednesday 12:00Z (Monday–Friday 9:00–17:00 UTC assumed): the first
    // two answered the same day, the third on Saturday, two open days (Thursday, Friday) after the question's day.
    status: 'fail',
    messageId: 'broken',
    score: 2 / 3,
    options: { warnShare: 0.7 },
    data: { ...base(businessDay, 'assumed'), warnShare: 0.7, answered: 3, kept: 2, share: 2 / 3, networks: [{ platform: 'bluesky', answered: 3, kept: 2, share: 2 / 3 }], skipped: [] },
    notes: [{ id: 'beyond-promise', data: { measure: 'days', delayMinutes: 4320, businessMinutes: null, businessDays: 2 } }],
  },
  {
    name: 'na: the site promises nothing',
    snapshot: socialSnapshot([conversation({ posts: answeredAfter('t', 30, 60, 90) })]),
    status: 'na',
    messageId: 'no-promise',
    data: { ...base(null), answered: 0, kept: 0, share: null, networks: [] },
  },
  {
    name: 'na: a promise without a delay cannot be checked',
    snapshot: socialSnapshot([conversation({ posts: answeredAfter('t', 30, 60, 90) })], { pages: [startPage(), contactWith(vague)] }),
    status: 'na',
    messageId: 'no-promise',
    data: { ...base(null), vaguePromises: 1, answered: 0, kept: 0, share: null, networks: [] },
  },
  {
    name: 'na: no conversation could be read',
    snapshot: socialSnapshot([mastodon], { pages: [startPage(), contactWith(day)] }),
    status: 'na',
    messageId: 'no-usable-data',
    data: { ...base(day), answered: 0, kept: 0, share: null, networks: [], ...unreadableData(mastodon) },
  },
  {
    name: 'na: two answered questions are too few to check the promise',
    snapshot: socialSnapshot([conversation({ posts: answeredAfter('t', 30, 60) })], { pages: [startPage(), contactWith(day)] }),
    status: 'na',
    messageId: 'too-few-answers',
    data: { ...base(day), answered: 2, kept: 2, share: null, networks: [], skipped: [] },
  },
  {
    name: 'na: comments without authors give no reply to check',
    snapshot: socialSnapshot([authorlessConversation()], { pages: [startPage(), contactWith(day)] }),
    status: 'na',
    messageId: 'not-measurable-authors',
    data: { ...base(day), answered: 0, kept: 0, share: null, networks: [], skipped: [], unmeasured: ['facebook:maison'] },
  },
]);
