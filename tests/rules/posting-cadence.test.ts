// Cases for the posting-cadence rule.
import { rule } from '../../src/rules/posting-cadence.js';
import { ruleCases } from './snapshot-builder.js';
import { brandPost, brandSeries, conversation, daysAgo, failedConversation, hoursAgo, skippedEntry, socialSnapshot, unreadableData } from './social-builder.js';

/** The default thresholds, which every outcome states in its data. */
const THRESHOLDS = { minPostsPerWeek: 1, maxSilenceDays: 14 };
/** Posts per week over the 30-day window. */
const perWeek = (posts: number) => posts / (30 / 7);

const TEXTS = ['Notre nouvelle collection de linge de maison est en ligne.', 'Conseil du jour : lavez le lin à 30 °C.'];
/** Eight posts, one a day, the latest a day ago, plus a reply (replies are not publications). */
const lively = conversation({ posts: [...brandSeries('p', 8, TEXTS, 24), brandPost('r', 'Merci !', 5, { replyTo: 'p0' })] });
const livelyData = { account: 'bluesky:maison', posts: 8, postsPerWeek: perWeek(8), lastPostAt: hoursAgo(24), silenceDays: 1, ok: true };
const channel = conversation({ platform: 'youtube', posts: brandSeries('v', 5, ['Tuto : entretenir le lin'], 48, { kind: 'video' }) });
const channelData = { account: 'youtube:maison', posts: 5, postsPerWeek: perWeek(5), lastPostAt: hoursAgo(48), silenceDays: 2, ok: true };
const forum = conversation({ platform: 'discourse', handle: 'communaute.maison.example', posts: [] });
const quiet = conversation({ platform: 'mastodon', posts: brandSeries('m', 2, TEXTS, 20 * 24) });
const quietData = { account: 'mastodon:maison', posts: 2, postsPerWeek: perWeek(2), lastPostAt: daysAgo(20), silenceDays: 20, ok: false };
const linkedin = failedConversation('linkedin', 'no-source');

ruleCases(rule, [
  {
    name: 'pass: a lively account and a YouTube channel; the community is left out',
    snapshot: socialSnapshot([lively, channel, forum]),
    status: 'pass',
    messageId: 'regular',
    data: { accounts: [livelyData, channelData], count: 2, irregular: 0, accountNames: ['bluesky:maison', 'youtube:maison'], irregularAccounts: [], ...THRESHOLDS, windowDays: 30, skipped: [] },
    evidence: ['https://bluesky.example/maison', 'https://youtube.example/maison'],
  },
  {
    name: 'warn: one account of two has gone quiet',
    snapshot: socialSnapshot([lively, quiet, linkedin]),
    status: 'warn',
    messageId: 'irregular',
    score: 0.5,
    data: { accounts: [livelyData, quietData], count: 2, irregular: 1, accountNames: ['bluesky:maison', 'mastodon:maison'], irregularAccounts: ['mastodon:maison'], ...THRESHOLDS, windowDays: 30, skipped: [skippedEntry(linkedin)] },
    evidence: ['https://mastodon.example/maison'],
  },
  {
    name: 'fail: busy once, silent for twenty days (half marks for the rhythm)',
    snapshot: socialSnapshot([conversation({ posts: brandSeries('p', 10, TEXTS, 20 * 24) })]),
    status: 'fail',
    messageId: 'silent',
    score: 0.5,
    data: {
      accounts: [{ account: 'bluesky:maison', posts: 10, postsPerWeek: perWeek(10), lastPostAt: daysAgo(20), silenceDays: 20, ok: false }],
      count: 1,
      irregular: 1,
      accountNames: ['bluesky:maison'],
      irregularAccounts: ['bluesky:maison'],
      ...THRESHOLDS,
      windowDays: 30,
      skipped: [],
    },
  },
  {
    name: 'fail: nothing in the window; a thread root read from 45 days ago dates the silence',
    snapshot: socialSnapshot([conversation({ posts: [brandPost('old', 'Ancienne publication', 45 * 24)] })]),
    status: 'fail',
    messageId: 'silent',
    score: 0,
    data: {
      accounts: [{ account: 'bluesky:maison', posts: 0, postsPerWeek: 0, lastPostAt: daysAgo(45), silenceDays: 45, ok: false }],
      count: 1,
      irregular: 1,
      accountNames: ['bluesky:maison'],
      irregularAccounts: ['bluesky:maison'],
      ...THRESHOLDS,
      windowDays: 30,
      skipped: [],
    },
  },
  {
    name: 'fail: nothing in the window; the profile says the last post was 60 days ago',
    snapshot: socialSnapshot([conversation({ posts: [], profile: { exists: true, lastPostAt: daysAgo(60) } })]),
    status: 'fail',
    messageId: 'silent',
    score: 0,
    data: {
      accounts: [{ account: 'bluesky:maison', posts: 0, postsPerWeek: 0, lastPostAt: daysAgo(60), silenceDays: 60, ok: false }],
      count: 1,
      irregular: 1,
      accountNames: ['bluesky:maison'],
      irregularAccounts: ['bluesky:maison'],
      ...THRESHOLDS,
      windowDays: 30,
      skipped: [],
    },
  },
  {
    name: 'fail: no post at all and no date on the profile',
    snapshot: socialSnapshot([conversation({ posts: [] })]),
    status: 'fail',
    messageId: 'silent',
    score: 0,
    data: {
      accounts: [{ account: 'bluesky:maison', posts: 0, postsPerWeek: 0, lastPostAt: null, silenceDays: null, ok: false }],
      count: 1,
      irregular: 1,
      accountNames: ['bluesky:maison'],
      irregularAccounts: ['bluesky:maison'],
      ...THRESHOLDS,
      windowDays: 30,
      skipped: [],
    },
  },
  {
    name: 'na: only a community was read',
    snapshot: socialSnapshot([forum]),
    status: 'na',
    messageId: 'no-publishing-account',
    data: { accounts: [], count: 0, irregular: 0, accountNames: [], irregularAccounts: [], ...THRESHOLDS, windowDays: 30, skipped: [] },
    evidence: ['https://discourse.example/communaute.maison.example'],
  },
  {
    name: 'na: no account could be read',
    snapshot: socialSnapshot([linkedin]),
    status: 'na',
    messageId: 'no-usable-data',
    data: {
      accounts: [],
      count: 0,
      irregular: 0,
      accountNames: [],
      irregularAccounts: [],
      ...THRESHOLDS,
      windowDays: 30,
      ...unreadableData(linkedin),
    },
  },
]);
