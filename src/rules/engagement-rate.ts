// Rule engagement-rate: the brand's posts draw reactions in proportion to its audience, per account.
import type { Conversation } from '../snapshot/types.js';
import type { Evidence, Rule } from './types.js';
import { accountName, brandOwnPosts, usableConversations, windowDays } from '../computed/conversations.js';
import { limitEvidence } from './helpers/evidence.js';
import { integerOption, numberOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { NO_USABLE_DATA_MESSAGES, accountEvidence, noUsableData, skippedAccounts } from './helpers/social.js';

/** One measured account; figures unrounded (rate 0.002 is 0.2% of followers reacting per post). */
interface AccountEngagement {
  account: string;
  posts: number;
  followers: number;
  meanEngagement: number;
  rate: number;
  ok: boolean;
}

export const rule: Rule = {
  meta: {
    id: 'engagement-rate',
    category: 'relevance',
    requires: ['conversations'],
    defaultOptions: {
      // 0.1% of followers reacting per post: a floor commonly used by social-media benchmarks. A convention,
      // not a figure from a published study.
      minRate: 0.001,
      // Fewer than three posts on an account: one viral or ignored post decides the mean.
      minSample: 3,
    },
    schema: {
      minRate: { type: 'number', minimum: 0, maximum: 1 },
      minSample: { type: 'integer', minimum: 1 },
    },
    messages: ['engaging', 'some-low', 'low', 'no-followers', ...NO_USABLE_DATA_MESSAGES, 'engagement', 'no-follower-count', 'few-posts'],
  },

  evaluate(snapshot, options) {
    const minRate = numberOption(options, 'minRate');
    const minSample = integerOption(options, 'minSample');
    const usable = usableConversations(snapshot);
    const days = windowDays(snapshot, usable);
    const empty = { accounts: [], count: 0, low: 0, minRate, measured: [], lowAccounts: [], unmeasured: [], windowDays: days };
    if (usable.length === 0) return noUsableData(snapshot, empty);

    const measured: { conv: Conversation; result: AccountEngagement }[] = [];
    const unmeasured: string[] = [];
    const whyNot: Evidence[] = [];
    for (const conv of usable) {
      const posts = brandOwnPosts(conv);
      const followers = conv.profile?.followers;
      if (followers === undefined || followers <= 0) {
        unmeasured.push(accountName(conv));
        whyNot.push(accountEvidence(conv, 'no-follower-count', { posts: posts.length }));
        continue;
      }
      if (posts.length < minSample) {
        unmeasured.push(accountName(conv));
        whyNot.push(accountEvidence(conv, 'few-posts', { posts: posts.length, followers, minSample }));
        continue;
      }
      const reactions = posts.reduce((sum, p) => sum + p.metrics.likes + p.metrics.replies + p.metrics.reposts, 0);
      const meanEngagement = reactions / posts.length;
      const rate = meanEngagement / followers;
      measured.push({ conv, result: { account: accountName(conv), posts: posts.length, followers, meanEngagement, rate, ok: rate >= minRate } });
    }
    const accounts = measured.map((m) => m.result);
    const lowOnes = accounts.filter((a) => !a.ok);
    const data = {
      accounts,
      count: accounts.length,
      low: lowOnes.length,
      minRate,
      measured: accounts.map((a) => a.account),
      lowAccounts: lowOnes.map((a) => a.account),
      unmeasured,
      windowDays: days,
      skipped: skippedAccounts(snapshot),
    };
    if (accounts.length === 0) return notApplicable('no-followers', data, limitEvidence(whyNot));

    const evidence = limitEvidence(
      measured.map(({ conv, result }) =>
        accountEvidence(conv, 'engagement', { meanEngagement: result.meanEngagement, followers: result.followers, rate: result.rate }),
      ),
    );
    const okShare = (accounts.length - lowOnes.length) / accounts.length;
    if (lowOnes.length === 0) return outcome('pass', 1, 'engaging', data, evidence);
    if (lowOnes.length < accounts.length) return outcome('warn', okShare, 'some-low', data, evidence);
    // Credit for how close the best account came to the floor.
    const best = Math.max(...accounts.map((a) => a.rate));
    return outcome('fail', minRate > 0 ? Math.min(0.5, best / minRate / 2) : 0, 'low', data, evidence);
  },
};
