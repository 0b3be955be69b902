// Cases for the engagement-rate rule.
import { rule } from '../../src/rules/engagement-rate.js';
import { ruleCases } from './snapshot-builder.js';
import { brandPost, brandSeries, conversation, failedConversation, fanRepost, skippedEntry, socialSnapshot, unreadableData } from './social-builder.js';

const TEXTS = ['Notre nouvelle collection de linge de maison est en ligne.'];
/** 1,000 followers, four posts with 1 like + 1 reply each: 2 reactions per post, 0.2%. A viral reply and a repost do not count. */
const engaging = conversation({
  profile: { exists: true, followers: 1000 },
  posts: [
    ...brandSeries('p', 4, TEXTS, 24, { likes: 1, replies: 1 }),
    brandPost('reply', 'Merci !', 10, { replyTo: 'p0', likes: 500 }),
    { ...fanRepost('rp', 'bob', 'Mon salon', 12), metrics: { likes: 900, replies: 0, reposts: 0 } },
  ],
});
const engagingData = { account: 'bluesky:maison', posts: 4, followers: 1000, meanEngagement: 2, rate: 0.002, ok: true };
/** 10,000 followers, one reaction per post: 0.01%. */
const flat = conversation({ platform: 'mastodon', profile: { exists: true, followers: 10_000 }, posts: brandSeries('m', 3, TEXTS, 24, { reposts: 1 }) });
const flatData = { account: 'mastodon:maison', posts: 3, followers: 10_000, meanEngagement: 1, rate: 0.0001, ok: false };
const noFollowers = conversation({ platform: 'youtube', posts: brandSeries('v', 5, TEXTS, 24, { likes: 40 }) });
const fewPosts = conversation({ platform: 'x', source: 'export', profile: { exists: true, followers: 50 }, posts: brandSeries('x', 2, TEXTS, 24) });
const facebook = failedConversation('facebook', 'no-source');

ruleCases(rule, [
  {
    name: 'pass: 0.2% of followers react per post; unmeasurable accounts are listed',
    snapshot: socialSnapshot([engaging, noFollowers, fewPosts]),
    status: 'pass',
    messageId: 'engaging',
    data: { accounts: [engagingData], count: 1, low: 0, minRate: 0.001, measured: ['bluesky:maison'], lowAccounts: [], unmeasured: ['youtube:maison', 'x:maison'], windowDays: 30, skipped: [] },
    evidence: ['https://bluesky.example/maison'],
  },
  {
    name: 'warn: one account of two under the floor',
    snapshot: socialSnapshot([engaging, flat, facebook]),
    status: 'warn',
    messageId: 'some-low',
    score: 0.5,
    data: { accounts: [engagingData, flatData], count: 2, low: 1, minRate: 0.001, measured: ['bluesky:maison', 'mastodon:maison'], lowAccounts: ['mastodon:maison'], unmeasured: [], windowDays: 30, skipped: [skippedEntry(facebook)] },
  },
  {
    name: 'fail: the only account measured is far under the floor',
    snapshot: socialSnapshot([flat]),
    status: 'fail',
    messageId: 'low',
    score: 0.05,
    data: { accounts: [flatData], count: 1, low: 1, minRate: 0.001, measured: ['mastodon:maison'], lowAccounts: ['mastodon:maison'], unmeasured: [], windowDays: 30, skipped: [] },
    evidence: ['https://mastodon.example/maison'],
  },
  {
    name: 'na: no follower counts (or too few posts where there is one)',
    snapshot: socialSnapshot([noFollowers, fewPosts]),
    status: 'na',
    messageId: 'no-followers',
    data: { accounts: [], count: 0, low: 0, minRate: 0.001, measured: [], lowAccounts: [], unmeasured: ['youtube:maison', 'x:maison'], windowDays: 30, skipped: [] },
    evidence: ['https://youtube.example/maison', 'https://x.example/maison'],
  },
  {
    name: 'na: no account could be read',
    snapshot: socialSnapshot([facebook]),
    status: 'na',
    messageId: 'no-usable-data',
    data: {
      accounts: [],
      count: 0,
      low: 0,
      minRate: 0.001,
      measured: [],
      lowAccounts: [],
      unmeasured: [],
      windowDays: 30,
      ...unreadableData(facebook),
    },
  },
]);
