// Rule posting-cadence: each social account publishes regularly and has not gone quiet.
import type { Conversation } from '../snapshot/types.js';
import type { Rule } from './types.js';
import { accountName, brandPublications, daysBefore, usableConversations, windowDays } from '../computed/conversations.js';
import { timeOf } from '../computed/threads.js';
import { limitEvidence } from './helpers/evidence.js';
import { integerOption, numberOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { NO_USABLE_DATA_MESSAGES, accountEvidence, noUsableData, skippedAccounts } from './helpers/social.js';

/** One account's rhythm; postsPerWeek unrounded. */
interface AccountCadence {
  account: string;
  posts: number;
  postsPerWeek: number;
  lastPostAt: string | null;
  silenceDays: number | null;
  ok: boolean;
}

/**
 * Posts per week over the window and days since the latest publication. When no publication was read, the
 * profile's last-post date (Mastodon's last_status_at…) still tells how long the account has been silent.
 */
function cadenceOf(conv: Conversation, collectedAt: string, minPerWeek: number, maxSilence: number): AccountCadence {
  const posts = brandPublications(conv);
  const weeks = Math.max(conv.window.days, 1) / 7;
  // The latest publication read, even one older than the window (a thread root): it dates the silence.
  const latest = conv.posts
    .filter((p) => p.author.role === 'brand' && p.replyTo === undefined)
    .reduce<number>((max, p) => (Number.isFinite(timeOf(p)) ? Math.max(max, timeOf(p)) : max), Number.NEGATIVE_INFINITY);
  const profileLast = conv.profile?.lastPostAt ? Date.parse(conv.profile.lastPostAt) : Number.NaN;
  const last = Number.isFinite(latest) ? latest : Number.isFinite(profileLast) ? profileLast : null;
  const postsPerWeek = posts.length / weeks;
  const silenceDays = last === null ? null : daysBefore(collectedAt, last);
  const ok = postsPerWeek >= minPerWeek && silenceDays !== null && silenceDays <= maxSilence;
  return {
    account: accountName(conv),
    posts: posts.length,
    postsPerWeek,
    lastPostAt: last === null ? null : new Date(last).toISOString(),
    silenceDays,
    ok,
  };
}

export const rule: Rule = {
  meta: {
    id: 'posting-cadence',
    category: 'relevance',
    requires: ['conversations'],
    defaultOptions: {
      // At least one publication a week: the usual floor of social-media editorial calendars (a convention).
      minPostsPerWeek: 1,
      // Two weeks without a post: the account looks abandoned to a visitor scrolling its first screen.
      maxSilenceDays: 14,
    },
    schema: {
      minPostsPerWeek: { type: 'number', minimum: 0 },
      // Up to the longest audit window a brand file accepts.
      maxSilenceDays: { type: 'integer', minimum: 0, maximum: 366 },
    },
    messages: ['regular', 'irregular', 'silent', 'no-publishing-account', ...NO_USABLE_DATA_MESSAGES, 'cadence', 'cadence-no-post', 'community'],
  },

  evaluate(snapshot, options) {
    const minPerWeek = numberOption(options, 'minPostsPerWeek');
    const maxSilence = integerOption(options, 'maxSilenceDays');
    const all = usableConversations(snapshot);
    const days = windowDays(snapshot, all);
    const thresholds = { minPostsPerWeek: minPerWeek, maxSilenceDays: maxSilence };
    const empty = { accounts: [], count: 0, irregular: 0, accountNames: [], irregularAccounts: [], ...thresholds, windowDays: days };
    if (all.length === 0) return noUsableData(snapshot, empty);
    // A community is where fans post; the brand answering there is reactivity, not a publishing rhythm.
    const usable = all.filter((c) => c.platform !== 'discourse');
    const skipped = skippedAccounts(snapshot);
    if (usable.length === 0) {
      return notApplicable('no-publishing-account', { ...empty, skipped }, limitEvidence(all.map((c) => accountEvidence(c, 'community'))));
    }

    const accounts = usable.map((conv) => cadenceOf(conv, snapshot.collectedAt, minPerWeek, maxSilence));
    const irregular = accounts.filter((a) => !a.ok);
    const data = {
      accounts,
      count: accounts.length,
      irregular: irregular.length,
      accountNames: accounts.map((a) => a.account),
      irregularAccounts: irregular.map((a) => a.account),
      ...thresholds,
      windowDays: days,
      skipped,
    };
    const evidence = limitEvidence(
      usable.map((conv, i) => {
        const { posts, postsPerWeek, lastPostAt } = accounts[i];
        const figures = { posts, days: conv.window.days, postsPerWeek };
        return lastPostAt === null ? accountEvidence(conv, 'cadence-no-post', figures) : accountEvidence(conv, 'cadence', { ...figures, lastPostAt });
      }),
    );
    // Each account weighs the same: half for its rhythm, half for being alive lately.
    const score =
      accounts.reduce((sum, a) => sum + (a.postsPerWeek >= minPerWeek ? 0.5 : 0) + (a.silenceDays !== null && a.silenceDays <= maxSilence ? 0.5 : 0), 0) /
      accounts.length;
    if (irregular.length === 0) return outcome('pass', 1, 'regular', data, evidence);
    if (irregular.length < accounts.length) return outcome('warn', score, 'irregular', data, evidence);
    return outcome('fail', score, 'silent', data, evidence);
  },
};
