// Tests for the computed social summary, the conversation and thread helpers it shares with the social rules, and
// the agreement between the summary the report embeds and the rules that read it.
import { describe, expect, it } from 'vitest';
import type { BrandSnapshot } from '../../src/snapshot/types.js';
import { computeArtifacts } from '../../src/computed/index.js';
import { computeSocialSummary } from '../../src/computed/social-summary.js';
import { RESPONSE_BUCKETS } from '../../src/computed/types.js';
import { fanQuestions, responseBucket, usableConversations, weekStart, windowWeeks } from '../../src/computed/conversations.js';
import { firstBrandReply, indexThreads, median, replySubtree } from '../../src/computed/threads.js';
import { rule as unansweredQuestions } from '../../src/rules/unanswered-questions.js';
import { rule as responseTime } from '../../src/rules/response-time.js';
import {
  COLLECTED_AT,
  brandPost,
  conversation,
  daysAgo,
  failedConversation,
  fanPost,
  hoursAgo,
  questionThread,
  socialSnapshot,
} from '../rules/social-builder.js';

const ids = (posts: { id: string }[]) => posts.map((p) => p.id);

describe('thread helpers', () => {
  const root = brandPost('root', 'Nouvelle collection en ligne.', 100);
  const q = fanPost('q', 'alice', 'Vous livrez en Belgique ?', 90, { replyTo: 'root' });
  const follow = fanPost('f', 'alice', 'Je précise : à Liège.', 89, { replyTo: 'q' });
  const other = fanPost('o', 'bob', 'Moi aussi je voudrais savoir.', 88, { replyTo: 'f' });
  const lateBrand = brandPost('late', 'Oui, en 3 jours ouvrés.', 80, { replyTo: 'o' });
  const earlyBrand = brandPost('early', 'Bonjour, oui !', 85, { replyTo: 'f' });
  const sibling = fanPost('s', 'carol', 'Super !', 87, { replyTo: 'root' });

  it('walks nested replies at any depth, breadth first, and only below the post', () => {
    const index = indexThreads([root, q, follow, other, lateBrand, sibling]);
    expect(ids(replySubtree(q, index))).toEqual(['f', 'o', 'late']);
    expect(ids(replySubtree(root, index))).toEqual(['q', 's', 'f', 'o', 'late']); // siblings oldest first
    expect(replySubtree(sibling, index)).toEqual([]);
  });

  it('survives replies that loop back on themselves', () => {
    const a = fanPost('a', 'alice', 'A', 10, { replyTo: 'b' });
    const b = fanPost('b', 'bob', 'B', 9, { replyTo: 'a' });
    expect(ids(replySubtree(a, indexThreads([a, b])))).toEqual(['b']);
  });

  it('finds the brand reply deep in the subtree, and the earliest of several', () => {
    expect(firstBrandReply(q, indexThreads([root, q, follow, other, lateBrand]))?.id).toBe('late');
    expect(firstBrandReply(q, indexThreads([root, q, follow, other, lateBrand, earlyBrand]))?.id).toBe('early');
    // A brand reply beside the question (under the root) is not an answer to it.
    expect(firstBrandReply(q, indexThreads([root, q, brandPost('beside', 'Merci !', 80, { replyTo: 'root' })]))).toBeUndefined();
  });

  it('counts fans’ questions to the brand outside the grace period and inside the window', () => {
    const conv = conversation({
      posts: [
        root,
        q, // to the brand, 90 h old
        fanPost('young', 'dave', 'Vous livrez le dimanche ?', 5, { replyTo: 'root' }), // inside the 24 h grace
        fanPost('ancient', 'erin', 'Vous livrez en Suisse ?', 40 * 24), // older than the 30-day window
        fanPost('topic', 'frank', 'Est-ce que vous livrez en Belgique', 70), // a thread of its own, no mark
        fanPost('mention', 'gina', 'Comment je fais pour être remboursé', 60, { replyTo: 'unread' }), // parent not read
        fanPost('to-fan', 'bob', 'Tu l’as payé combien ?', 60, { replyTo: 'q' }), // a fan asking a fan
        fanPost('praise', 'hugo', 'Très joli plaid.', 60, { replyTo: 'root' }),
        brandPost('brand-asks', 'Qu’en pensez-vous ?', 60),
      ],
    });
    expect(ids(fanQuestions(conv, COLLECTED_AT, 24)).sort()).toEqual(['mention', 'q', 'topic']);
    expect(ids(fanQuestions(conv, COLLECTED_AT, 0)).sort()).toEqual(['mention', 'q', 'topic', 'young']);
  });

  it('keeps only ok and partial conversations as usable', () => {
    const snap = socialSnapshot([conversation(), conversation({ platform: 'mastodon', status: 'partial' }), failedConversation('x', 'error', [{ code: 'http-500', data: { status: 500 } }])]);
    expect(usableConversations(snap).map((c) => c.platform)).toEqual(['bluesky', 'mastodon']);
  });

  it('computes medians, buckets and Monday-started weeks', () => {
    expect(median([])).toBeNull();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect([0, 60, 61, 240, 241, 1440, 1441, 4320, 4321].map(responseBucket)).toEqual([
      'under-1h',
      'under-1h',
      '1-4h',
      '1-4h',
      '4-24h',
      '4-24h',
      '1-3d',
      '1-3d',
      'over-3d',
    ]);
    expect(weekStart(Date.parse('2026-06-14T23:30:00Z'))).toBe('2026-06-08'); // a Sunday
    expect(weekStart(Date.parse('2026-06-15T00:00:00Z'))).toBe('2026-06-15'); // a Monday
    expect(windowWeeks({ from: '2026-05-16T12:00:00Z', to: '2026-06-15T12:00:00Z' })).toEqual([
      '2026-05-11',
      '2026-05-18',
      '2026-05-25',
      '2026-06-01',
      '2026-06-08',
      '2026-06-15',
    ]);
  });
});

describe('computeSocialSummary', () => {
  /** Questions answered after 30 min, 2 h, 10 h, 2000 min and 5000 min: one per bucket. */
  const delays = [30, 120, 600, 2000, 5000];
  const answered = delays.flatMap((m, i) => questionThread({ id: `a${i}`, askedHoursAgo: 100 + i * 5, answeredAfterMinutes: m }));
  const missed = Array.from({ length: 22 }, (_, i) => questionThread({ id: `m${i}`, askedHoursAgo: 30 + i * 10, text: `Vous livrez en Belgique, commande ${i} ?` })).flat();
  const conv = conversation({ posts: [...answered, ...missed, brandPost('p-sun', 'Bon dimanche !', 12.5)] });
  const facebook = failedConversation('facebook', 'no-source');
  const social = computeSocialSummary(socialSnapshot([conv, facebook]));
  const [summary, failed] = social.accounts;

  it('gives one entry per conversation, failed ones included, in snapshot order, with the grace period used', () => {
    expect(social.accounts.map((s) => `${s.platform}:${s.status}`)).toEqual(['bluesky:ok', 'facebook:no-source']);
    expect(social.graceHours).toBe(24);
  });

  it('is plain JSON (the report embeds it)', () => {
    expect(JSON.parse(JSON.stringify(social))).toEqual(social);
  });

  it('counts posts, questions and unanswered questions', () => {
    expect(summary).toMatchObject({
      platform: 'bluesky',
      handle: 'maison',
      url: 'https://bluesky.example/maison',
      source: 'bluesky',
      status: 'ok',
      window: { from: daysAgo(30), to: COLLECTED_AT, days: 30 },
      postsRead: 5 * 3 + 22 * 2 + 1,
      brandPosts: 5 * 2 + 22 + 1,
      fanPosts: 5 + 22,
      questions: 27,
      unanswered: 22,
      unansweredRatio: 22 / 27,
      medianResponseMinutes: 600,
    });
    expect(summary.notes).toEqual([]);
  });

  it('keeps every reply delay, shortest first, and the answered questions slowest first', () => {
    expect(summary.responseMinutes).toEqual([30, 120, 600, 2000, 5000]);
    expect(summary.answeredQuestions.map((q) => [q.url, q.replyMinutes])).toEqual([
      ['https://social.example/alice/a4-q', 5000],
      ['https://social.example/alice/a3-q', 2000],
      ['https://social.example/alice/a2-q', 600],
      ['https://social.example/alice/a1-q', 120],
      ['https://social.example/alice/a0-q', 30],
    ]);
    expect(summary.answeredQuestions[0]).toMatchObject({ author: 'alice', text: 'Comment je fais pour être remboursé' });
  });

  it('fills every response bucket, in report order', () => {
    expect(summary.responseBuckets).toEqual(RESPONSE_BUCKETS.map((bucket) => ({ bucket, count: 1 })));
  });

  it('lists every Monday-started week of the window with the brand’s publications (not its replies)', () => {
    expect(summary.cadence.map((w) => w.week)).toEqual(['2026-05-11', '2026-05-18', '2026-05-25', '2026-06-01', '2026-06-08', '2026-06-15']);
    // Thread roots sit a day before each question: 5 answered + 22 missed threads, asked 30 h to 270 h ago, plus
    // the Sunday post. Brand replies are not publications.
    const total = summary.cadence.reduce((n, w) => n + w.posts, 0);
    expect(total).toBe(5 + 22 + 1);
    expect(summary.cadence.find((w) => w.week === '2026-06-08')?.posts).toBeGreaterThan(0);
    expect(summary.cadence.find((w) => w.week === '2026-05-11')?.posts).toBe(0);
  });

  it('lists the unanswered questions newest first, at most 20', () => {
    expect(summary.unansweredQuestions).toHaveLength(20);
    expect(summary.unansweredQuestions[0]).toEqual({
      text: 'Vous livrez en Belgique, commande 0 ?',
      url: 'https://social.example/alice/m0-q',
      createdAt: new Date(Date.parse(COLLECTED_AT) - 30 * 3_600_000).toISOString(),
      author: 'alice',
    });
    const times = summary.unansweredQuestions.map((q) => Date.parse(q.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(summary.unansweredQuestions.at(-1)?.text).toBe('Vous livrez en Belgique, commande 19 ?');
  });

  it('measures nothing on an account that could not be read', () => {
    expect(failed).toEqual({
      platform: 'facebook',
      handle: 'maison',
      url: 'https://facebook.example/maison',
      source: 'none',
      status: 'no-source',
      notes: [{ code: 'no-public-data', data: { platform: 'facebook' } }],
      window: { from: daysAgo(30), to: COLLECTED_AT, days: 30 },
      postsRead: 0,
      brandPosts: 0,
      fanPosts: 0,
      questions: 0,
      unanswered: 0,
      undetermined: 0,
      unansweredRatio: null,
      medianResponseMinutes: null,
      responseMinutes: [],
      businessResponseMinutes: [],
      outOfHoursResponseMinutes: [],
      responseTimes: {
        allHours: { answered: 0, medianMinutes: null, withinHourShare: null, within24hShare: null },
        businessHours: null,
        outOfHours: null,
      },
      responseBuckets: RESPONSE_BUCKETS.map((bucket) => ({ bucket, count: 0 })),
      cadence: [],
      unansweredQuestions: [],
      answeredQuestions: [],
    });
  });

  it('judges an export’s questions at the end of its data: one asked just before the file ends is not judged yet', () => {
    const conv = { ...conversation({ posts: [...questionThread({ id: 'early', askedHoursAgo: 200 }), ...questionThread({ id: 'late', askedHoursAgo: 110 })] }), dataUntil: daysAgo(4) };
    // 110 h ago is 14 h before the file's newest post (96 h ago): inside the grace period at that time.
    expect(computeSocialSummary(socialSnapshot([conv])).accounts[0]).toMatchObject({ questions: 1, unanswered: 1 });
  });

  it('does not count what lies after the window’s end (an export’s answers kept for the questions of its last day)', () => {
    const base = conversation({ posts: [...questionThread({ id: 'in', askedHoursAgo: 200, answeredAfterMinutes: 30 }), ...questionThread({ id: 'after', askedHoursAgo: 50 })] });
    const conv = { ...base, window: { from: daysAgo(30), to: hoursAgo(100), days: 29 } };
    const s = computeSocialSummary(socialSnapshot([conv])).accounts[0];
    expect(s).toMatchObject({ questions: 1, unanswered: 0, responseMinutes: [30] });
  });

  it('from the brand’s posts alone (an archive): every fan’s post it answered is a timed request; no ratio', () => {
    const posts = [
      fanPost('s1', 'lena', '', 100),
      brandPost('r1', '@lena done', 99.5, { replyTo: 's1' }),
      fanPost('s2', 'tom', '', 2), // younger than the grace period: answered, so still counted
      brandPost('r2', '@tom done', 1, { replyTo: 's2' }),
      brandPost('own', 'Nouvelle collection', 50),
    ];
    const archive = { ...conversation({ platform: 'x', source: 'export', posts }), coverage: 'brand-posts' as const };
    expect(computeSocialSummary(socialSnapshot([archive])).accounts[0]).toMatchObject({
      coverage: 'brand-posts',
      questions: 2,
      unanswered: 0,
      unansweredRatio: null,
      responseMinutes: [30, 60],
      unansweredQuestions: [],
    });
    const authorless = { ...conversation({ posts: questionThread({ id: 'q', askedHoursAgo: 100, answeredAfterMinutes: 10 }) }), coverage: 'unknown-authors' as const };
    expect(computeSocialSummary(socialSnapshot([authorless])).accounts[0]).toMatchObject({ coverage: 'unknown-authors', questions: 0, unansweredRatio: null, responseMinutes: [] });
  });

  it('honours a shorter grace period', () => {
    const recent = conversation({ posts: questionThread({ id: 'r', askedHoursAgo: 3 }) });
    expect(computeSocialSummary(socialSnapshot([recent])).accounts[0].questions).toBe(0);
    const shorter = computeSocialSummary(socialSnapshot([recent]), 2);
    expect(shorter.graceHours).toBe(2);
    expect(shorter.accounts[0]).toMatchObject({ questions: 1, unanswered: 1 });
  });
});

describe('the summary and the rules that read it agree', () => {
  /** A rule set as the loader resolves it (options merged over the defaults), unanswered-questions' grace at 48 h. */
  const ruleSet = {
    id: 'agreement',
    title: 'agreement',
    source: 'test',
    categories: {},
    rules: [
      { id: 'unanswered-questions', weight: 5, options: { ...unansweredQuestions.meta.defaultOptions, graceHours: 48 } },
      { id: 'response-time', weight: 4, options: { ...responseTime.meta.defaultOptions } },
    ],
    asserts: [],
  };
  // Questions asked 30 h and 40 h ago are judged with the default 24 h grace period, not with 48 h.
  const bluesky = conversation({
    posts: [
      ...questionThread({ id: 'b-young', askedHoursAgo: 30 }),
      ...questionThread({ id: 'b-young2', askedHoursAgo: 40, answeredAfterMinutes: 20 }),
      ...questionThread({ id: 'b1', askedHoursAgo: 60, answeredAfterMinutes: 45 }),
      ...questionThread({ id: 'b2', askedHoursAgo: 80, answeredAfterMinutes: 300 }),
      ...questionThread({ id: 'b3', askedHoursAgo: 100 }),
    ],
  });
  const mastodon = conversation({
    platform: 'mastodon',
    posts: [
      ...questionThread({ id: 'm-young', askedHoursAgo: 36 }),
      ...questionThread({ id: 'm1', askedHoursAgo: 50, answeredAfterMinutes: 90 }),
      ...questionThread({ id: 'm2', askedHoursAgo: 70 }),
    ],
  });
  const snap: BrandSnapshot = socialSnapshot([bluesky, failedConversation('facebook', 'no-source'), mastodon]);
  const computed = computeArtifacts(snap, ruleSet);
  const options = (id: string) => ruleSet.rules.find((r) => r.id === id)!.options;
  const unanswered = unansweredQuestions.evaluate(snap, options('unanswered-questions'), { computed });
  const timing = responseTime.evaluate(snap, options('response-time'), { computed });

  it('counts the summary with the rule set’s grace period, not the default', () => {
    expect(computed.social.graceHours).toBe(48);
    const perAccount = (s: typeof computed.social) => s.accounts.map((a) => [`${a.platform}:${a.handle}`, a.questions, a.unanswered]);
    expect(perAccount(computed.social)).toEqual([
      ['bluesky:maison', 3, 1],
      ['facebook:maison', 0, 0],
      ['mastodon:maison', 2, 1],
    ]);
    // The default grace period would have judged the three younger questions too.
    expect(perAccount(computeSocialSummary(snap))).toEqual([
      ['bluesky:maison', 5, 2],
      ['facebook:maison', 0, 0],
      ['mastodon:maison', 3, 2],
    ]);
  });

  it('gives unanswered-questions the report table’s figures, account by account', () => {
    const readable = computed.social.accounts.filter((a) => a.status === 'ok');
    expect(unanswered.data.accounts).toEqual(
      readable.map((a) => ({ account: `${a.platform}:${a.handle}`, questions: a.questions, unanswered: a.unanswered })),
    );
    expect(unanswered.data).toMatchObject({ questions: 5, unanswered: 2, ratio: 2 / 5 });
    expect(unanswered.status).toBe('warn');
    // Its evidence is the summary's unanswered questions, newest first.
    expect(unanswered.evidence.map((e) => e.url)).toEqual(['https://social.example/alice/m2-q', 'https://social.example/alice/b3-q']);
  });

  it('gives response-time the same questions and the summary’s delays', () => {
    const readable = computed.social.accounts.filter((a) => a.status === 'ok');
    expect(timing.data).toMatchObject({
      questions: readable.reduce((n, a) => n + a.questions, 0),
      answered: readable.reduce((n, a) => n + a.responseMinutes.length, 0),
      medianMinutes: 90,
    });
    expect(timing.evidence.map((e) => e.note?.data?.delayMinutes)).toEqual([300, 90, 45]);
  });
});

describe('reply times in business hours', () => {
  // Collection: Monday 15 June 2026, 12:00Z. The brand answers Mon–Fri 09:00–18:00 in Paris (UTC+2 in June).
  const hours = {
    source: 'site' as const,
    url: 'https://www.maison.test/contact',
    how: 'json-ld' as const,
    timeZone: 'Europe/Paris',
    timeZoneFrom: 'site-language' as const,
    weekly: [1, 2, 3, 4, 5].map((day) => ({ day, opens: '09:00', closes: '18:00' })),
    holidays: [],
  };
  const posts = [
    // Thursday 21:00 Paris, answered Friday 09:05: 725 minutes on the clock, 5 in business hours.
    ...questionThread({ id: 'night', askedHoursAgo: 89, answeredAfterMinutes: 725 }),
    // Wednesday 10:00, answered 10:30.
    ...questionThread({ id: 'day', askedHoursAgo: 124, answeredAfterMinutes: 30 }),
  ];

  it('gives every account its figures all hours, in business hours and for questions asked out of hours', () => {
    const snap = socialSnapshot([conversation({ posts })], { overrides: { businessHours: hours } });
    const social = computeSocialSummary(snap);
    expect(social.businessHours).toEqual(hours);
    const [account] = social.accounts;
    expect(account.responseMinutes).toEqual([30, 725]);
    expect(account.businessResponseMinutes).toEqual([5, 30]);
    expect(account.outOfHoursResponseMinutes).toEqual([725]);
    expect(account.responseTimes).toEqual({
      allHours: { answered: 2, medianMinutes: 377.5, withinHourShare: 0.5, within24hShare: 1 },
      businessHours: { answered: 2, medianMinutes: 17.5, withinHourShare: 1, within24hShare: 1 },
      outOfHours: { answered: 1, medianMinutes: 725, withinHourShare: 0, within24hShare: 1 },
    });
    expect(account.answeredQuestions[0]).toMatchObject({ replyMinutes: 725, businessMinutes: 5, outOfHours: true });
    expect(account.answeredQuestions[1]).toMatchObject({ replyMinutes: 30, businessMinutes: 30, outOfHours: false });
  });

  it('gives null business and out-of-hours figures when the hours are not known (or name no open time)', () => {
    for (const snap of [
      socialSnapshot([conversation({ posts })]),
      socialSnapshot([conversation({ posts })], { overrides: { businessHours: { ...hours, weekly: [] } } }),
    ]) {
      const social = computeSocialSummary(snap);
      expect(social.businessHours).toBeNull();
      expect(social.accounts[0].responseTimes.businessHours).toBeNull();
      expect(social.accounts[0].responseTimes.outOfHours).toBeNull();
      expect(social.accounts[0].businessResponseMinutes).toEqual([]);
      expect(social.accounts[0].answeredQuestions[0].businessMinutes).toBeUndefined();
    }
  });

  it('times every answered question for rules, past the 20 the summary lists', () => {
    const many = Array.from({ length: 25 }, (_, i) => questionThread({ id: `q${i}`, askedHoursAgo: 100 + i, answeredAfterMinutes: 10 + i })).flat();
    const artifacts = computeArtifacts(socialSnapshot([conversation({ posts: many })], { overrides: { businessHours: hours } }), { rules: [] });
    expect(artifacts.social.accounts[0].answeredQuestions).toHaveLength(20);
    expect(artifacts.answers[0].answers).toHaveLength(25);
    expect(artifacts.answers[0].answers.every((a) => typeof a.repliedAt === 'string' && a.businessMinutes !== undefined)).toBe(true);
  });
});
