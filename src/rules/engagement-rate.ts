// Rule engagement-rate: the brand's posts draw reactions in proportion to its audience, per account.
import type { Conversation } from '../snapshot/types.js';
import type { Rule } from './types.js';
import { limitEvidence } from './helpers/evidence.js';
import { numberOption } from './helpers/options.js';
import { notApplicable, outcome, round2 } from './helpers/outcome.js';
import {
  NO_USABLE_DATA_MESSAGE,
  accountEvidence,
  accountName,
  brandOwnPosts,
  noUsableData,
  skippedAccounts,
  usableConversations,
  windowDays,
} from './helpers/social.js';

/** Rates are small fractions (0.1% = 0.001): five decimals keep them readable and stable in saved reports. */
function round5(value: number): number {
  return Math.round(value * 100_000) / 100_000;
}

interface AccountEngagement {
  account: string;
  posts: number;
  followers: number;
  meanEngagement: number;
  rate: number;
  ok: boolean;
}

/** "0.35%" for notes. */
function percent(rate: number): string {
  return `${round2(rate * 100)}%`;
}

export const rule: Rule = {
  meta: {
    id: 'engagement-rate',
    category: 'relevance',
    title: { en: 'Posts that engage', fr: 'Publications qui font réagir' },
    failureTitle: { en: 'Posts that hardly engage', fr: 'Publications qui font peu réagir' },
    description: {
      en:
        'For each account whose profile gives a follower count: the mean of likes + replies + reposts per brand ' +
        'post, divided by followers. Posts nobody reacts to are posts the audience does not find worth its time ' +
        '("Who Gives a Tweet?", 2012: 64% of tweets rated not worth reading).',
      fr:
        'Pour chaque compte dont le profil donne le nombre d’abonnés : la moyenne des mentions j’aime + réponses + ' +
        'partages par publication de la marque, rapportée aux abonnés. Une publication qui ne fait réagir personne ' +
        'n’intéresse pas son public (« Who Gives a Tweet? », 2012 : 64 % des tweets jugés sans intérêt).',
    },
    requires: ['conversations'],
    defaultOptions: {
      // 0.1% of followers reacting per post: a floor commonly used by social-media benchmarks. A convention,
      // not a figure from a published study.
      minRate: 0.001,
      // Fewer than three posts on an account: one viral or ignored post decides the mean.
      minSample: 3,
    },
    messages: {
      engaging: {
        en: 'Every account measured reaches the engagement floor over {{windowDays}} days: {{details}}.',
        fr: 'Chaque compte mesuré atteint le seuil d’engagement sur {{windowDays}} jours : {{details}}.',
      },
      'some-low': {
        en: '{{low}} of {{count}} accounts draw few reactions for their audience: {{details}}.',
        fr: '{{low}} compte(s) sur {{count}} font peu réagir pour leur audience : {{details}}.',
      },
      low: {
        en: 'No account measured reaches the engagement floor over {{windowDays}} days: {{details}}.',
        fr: 'Aucun compte mesuré n’atteint le seuil d’engagement sur {{windowDays}} jours : {{details}}.',
      },
      'no-followers': {
        en: 'No account read gives both a follower count and enough brand posts: engagement cannot be measured.',
        fr: 'Aucun compte lu ne donne à la fois son nombre d’abonnés et assez de publications : l’engagement ne peut être mesuré.',
      },
      'no-usable-data': NO_USABLE_DATA_MESSAGE,
    },
  },

  evaluate(snapshot, options) {
    const minRate = numberOption(options, 'minRate');
    const minSample = numberOption(options, 'minSample');
    const usable = usableConversations(snapshot);
    const days = windowDays(snapshot, usable);
    const empty = { accounts: [], count: 0, low: 0, details: '', unmeasured: [], windowDays: days };
    if (usable.length === 0) return noUsableData(snapshot, empty);

    const measured: { conv: Conversation; result: AccountEngagement }[] = [];
    const unmeasured: string[] = [];
    for (const conv of usable) {
      const posts = brandOwnPosts(conv);
      const followers = conv.profile?.followers;
      if (followers === undefined || followers <= 0 || posts.length < minSample) {
        unmeasured.push(accountName(conv));
        continue;
      }
      const reactions = posts.reduce((sum, p) => sum + p.metrics.likes + p.metrics.replies + p.metrics.reposts, 0);
      const meanEngagement = reactions / posts.length;
      const rate = meanEngagement / followers;
      const result = { account: accountName(conv), posts: posts.length, followers, meanEngagement: round2(meanEngagement), rate: round5(rate), ok: rate >= minRate };
      measured.push({ conv, result });
    }
    const accounts = measured.map((m) => m.result);
    const lowOnes = accounts.filter((a) => !a.ok);
    const details = (lowOnes.length > 0 ? lowOnes : accounts).map((a) => `${a.account} ${percent(a.rate)}`).join(', ');
    const data = { accounts, count: accounts.length, low: lowOnes.length, details, unmeasured, windowDays: days, skipped: skippedAccounts(snapshot) };
    if (accounts.length === 0) {
      const evidence = usable.map((conv) =>
        accountEvidence(conv, {
          en: `followers ${conv.profile?.followers ?? 'unknown'}, ${brandOwnPosts(conv).length} brand posts`,
          fr: `abonnés ${conv.profile?.followers ?? 'inconnu'}, ${brandOwnPosts(conv).length} publications de la marque`,
        }),
      );
      return notApplicable('no-followers', data, limitEvidence(evidence));
    }

    const evidence = limitEvidence(
      measured.map(({ conv, result }) =>
        accountEvidence(conv, {
          en: `${result.meanEngagement} reactions per post for ${result.followers} followers (${percent(result.rate)})`,
          fr: `${result.meanEngagement} réactions par publication pour ${result.followers} abonnés (${percent(result.rate)})`,
        }),
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
