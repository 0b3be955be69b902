// Rule posting-cadence: each social account publishes regularly and has not gone quiet.
import type { Conversation } from '../snapshot/types.js';
import type { Rule } from './types.js';
import { limitEvidence } from './helpers/evidence.js';
import { numberOption } from './helpers/options.js';
import { notApplicable, outcome, round2 } from './helpers/outcome.js';
import {
  NO_USABLE_DATA_MESSAGE,
  accountEvidence,
  accountName,
  brandPublications,
  daysBefore,
  noUsableData,
  skippedAccounts,
  usableConversations,
  windowDays,
} from './helpers/social.js';
import { timeOf } from './helpers/threads.js';

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
  const postsPerWeek = round2(posts.length / weeks);
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
    title: { en: 'Accounts kept alive', fr: 'Comptes animés' },
    failureTitle: { en: 'Accounts posting rarely or gone quiet', fr: 'Comptes peu animés ou à l’abandon' },
    description: {
      en:
        'For each social account read (video channels included, communities excluded), the brand’s publications ' +
        'per week over the audit window and the days since its latest one. A customer who finds an account silent ' +
        'for weeks concludes nobody reads it — and does not ask it for help.',
      fr:
        'Pour chaque compte social lu (chaînes vidéo comprises, communautés exclues), les publications de la ' +
        'marque par semaine sur la période et le nombre de jours depuis la dernière. Un client qui trouve un compte ' +
        'muet depuis des semaines en conclut que personne ne le lit, et ne lui demande pas d’aide.',
    },
    requires: ['conversations'],
    defaultOptions: {
      // At least one publication a week: the usual floor of social-media editorial calendars (a convention).
      minPostsPerWeek: 1,
      // Two weeks without a post: the account looks abandoned to a visitor scrolling its first screen.
      maxSilenceDays: 14,
    },
    messages: {
      regular: {
        en: 'Every account read publishes regularly over {{windowDays}} days: {{details}}.',
        fr: 'Chaque compte lu publie régulièrement sur {{windowDays}} jours : {{details}}.',
      },
      irregular: {
        en: '{{irregular}} of {{count}} accounts post rarely or have gone quiet: {{details}}.',
        fr: '{{irregular}} compte(s) sur {{count}} publient peu ou se sont tus : {{details}}.',
      },
      silent: {
        en: 'No account read publishes regularly over {{windowDays}} days: {{details}}.',
        fr: 'Aucun compte lu ne publie régulièrement sur {{windowDays}} jours : {{details}}.',
      },
      'no-publishing-account': {
        en: 'Only communities were read; posting cadence applies to the brand’s own accounts.',
        fr: 'Seules des communautés ont été lues ; la fréquence de publication concerne les comptes de la marque.',
      },
      'no-usable-data': NO_USABLE_DATA_MESSAGE,
    },
  },

  evaluate(snapshot, options) {
    const minPerWeek = numberOption(options, 'minPostsPerWeek');
    const maxSilence = numberOption(options, 'maxSilenceDays');
    const all = usableConversations(snapshot);
    const days = windowDays(snapshot, all);
    const empty = { accounts: [], count: 0, irregular: 0, details: '', windowDays: days };
    if (all.length === 0) return noUsableData(snapshot, empty);
    // A community is where fans post; the brand answering there is reactivity, not a publishing rhythm.
    const usable = all.filter((c) => c.platform !== 'discourse');
    const skipped = skippedAccounts(snapshot);
    if (usable.length === 0) {
      return notApplicable('no-publishing-account', { ...empty, skipped }, limitEvidence(all.map((c) => accountEvidence(c, { en: 'community', fr: 'communauté' }))));
    }

    const accounts = usable.map((conv) => cadenceOf(conv, snapshot.collectedAt, minPerWeek, maxSilence));
    const irregular = accounts.filter((a) => !a.ok);
    // Account names only: the figures are in the data and the evidence notes, which are localised.
    const details = (irregular.length > 0 ? irregular : accounts).map((a) => a.account).join(', ');
    const data = { accounts, count: accounts.length, irregular: irregular.length, details, windowDays: days, skipped };
    const evidence = limitEvidence(
      usable.map((conv, i) => {
        const a = accounts[i];
        const last = a.lastPostAt === null ? { en: 'no post found', fr: 'aucune publication trouvée' } : { en: `last post ${a.lastPostAt.slice(0, 10)}`, fr: `dernière publication le ${a.lastPostAt.slice(0, 10)}` };
        return accountEvidence(conv, {
          en: `${a.posts} posts in ${conv.window.days} days (${a.postsPerWeek}/week), ${last.en}`,
          fr: `${a.posts} publications en ${conv.window.days} jours (${a.postsPerWeek}/semaine), ${last.fr}`,
        });
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
