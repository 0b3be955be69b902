// Rule promise-kept: the website promises a reply delay ("réponse sous 24 h", "within 2 business days"); the share of
// answered fans' questions the brand answered within it, counted in the promise's own terms, per network and overall.
import type { Rule } from './types.js';
import type { OpeningHours, PromiseTerms } from '../snapshot/types.js';
import type { AnsweredQuestion } from '../computed/types.js';
import { accountName, isUsableStatus, repliesKnown, windowDays } from '../computed/conversations.js';
import { businessDaysBetween, businessMinutesBetween } from '../computed/business-hours.js';
import { limitEvidence, urlEvidence } from './helpers/evidence.js';
import { integerOption, numberOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { okPages, pageUrl } from './helpers/site.js';
import { NO_USABLE_DATA_MESSAGES, NOT_MEASURABLE_AUTHORS, measuredAccounts, questionEvidence, skippedAccounts } from './helpers/social.js';

/** The promise the rule checks: the fastest one the site publishes with a figure, in its own terms. */
interface CheckedPromise {
  text: string;
  url: string;
  terms: PromiseTerms;
}

/**
 * Business time when the brand's opening hours are unknown: Monday to Friday, 9:00–17:00 (Sprout Social's default
 * business hours), in UTC. The data says `hoursFrom: assumed`.
 */
const ASSUMED_HOURS: OpeningHours = {
  timeZone: 'UTC',
  weekly: [1, 2, 3, 4, 5].map((day) => ({ day, opens: '09:00', closes: '17:00' })),
  holidays: [],
};

const UNIT_MINUTES: Record<PromiseTerms['unit'], number> = { minutes: 1, hours: 60, days: 1440, weeks: 7 * 1440 };

/** How a reply is measured against the promise: on the clock, in business minutes, or in business days. */
type Measure = 'clock' | 'hours' | 'days';

function measureOf(terms: PromiseTerms): Measure {
  if (!terms.business) return 'clock';
  return terms.unit === 'days' || terms.unit === 'weeks' ? 'days' : 'hours';
}

/**
 * A promise about a live channel ("réponse en moins de 2 heures par chat", "call us, we answer in 5 minutes") says
 * nothing of social replies: left out. Accent-insensitive enough for the four languages' spellings.
 */
const LIVE_CHANNEL = /(?<![\p{L}])(chat|tchat|live ?chat|t[ée]l[ée]phone|phone|telefon\p{L}*|tel[ée]fono|hotline|appel\p{L}*|call\p{L}*|anruf\p{L}*|llamada\p{L}*)(?![\p{L}])/iu;

/**
 * The site's fastest promise that states a figure, live-channel promises left out; promises read before terms were
 * recorded count as calendar hours.
 */
function sitePromise(snapshot: Parameters<Rule['evaluate']>[0]): { promise?: CheckedPromise; vague: number } {
  let best: (CheckedPromise & { hours: number }) | undefined;
  let vague = 0;
  for (const page of okPages(snapshot)) {
    for (const p of page.facts.promises) {
      if (LIVE_CHANNEL.test(p.text)) continue;
      if (p.hours === null) {
        vague++;
        continue;
      }
      const terms = p.terms ?? { amount: p.hours, unit: 'hours' as const, business: false };
      if (!best || p.hours < best.hours) best = { text: p.text, url: pageUrl(page), terms, hours: p.hours };
    }
  }
  return { promise: best && { text: best.text, url: best.url, terms: best.terms }, vague };
}

/** One answered question measured in the promise's terms. */
interface Measured {
  question: AnsweredQuestion;
  account: { platform: string; handle: string; url: string };
  /** The delay in the promise's unit of measure: minutes (clock or business) or business days. */
  delay: number;
  kept: boolean;
  businessDays: number | null;
}

export const rule: Rule = {
  meta: {
    id: 'promise-kept',
    category: 'reactivity',
    requires: ['site', 'conversations'],
    defaultOptions: {
      // A promise kept nine times in ten: the Facebook "very responsive" badge asked for a 90% response rate.
      passShare: 0.9,
      // Kept less often than the Socially Devoted bar of 65% answered (Socialbakers 2012) is a promise broken.
      warnShare: 0.65,
      // A share of fewer than three replies is one or two anecdotes.
      minSample: 3,
    },
    schema: {
      passShare: { type: 'number', minimum: 0, maximum: 1 },
      warnShare: { type: 'number', minimum: 0, maximum: 1 },
      minSample: { type: 'integer', minimum: 1 },
    },
    messages: [
      'kept',
      'mostly-kept',
      'broken',
      'no-promise',
      'too-few-answers',
      'network-share',
      'beyond-promise',
      'within-promise',
      ...NO_USABLE_DATA_MESSAGES,
      NOT_MEASURABLE_AUTHORS,
    ],
  },

  evaluate(snapshot, options, context) {
    const passShare = numberOption(options, 'passShare');
    const warnShare = numberOption(options, 'warnShare');
    const minSample = integerOption(options, 'minSample');
    const { promise, vague } = sitePromise(snapshot);
    const social = context.computed.social;
    const read = social.accounts.filter((a) => isUsableStatus(a.status));
    const days = windowDays(snapshot, read);
    const terms = promise?.terms;
    const hoursFrom = social.businessHours ? (social.businessHours.source === 'brand-file' ? 'file' : 'site') : terms && measureOf(terms) !== 'clock' ? 'assumed' : 'none';
    const empty = {
      promiseText: promise?.text ?? null,
      promiseAmount: terms?.amount ?? null,
      promiseUnit: terms?.unit ?? null,
      promiseBusiness: terms?.business ?? null,
      measure: terms ? measureOf(terms) : null,
      hoursFrom,
      answered: 0,
      kept: 0,
      share: null,
      networks: [],
      passShare,
      warnShare,
      windowDays: days,
      vaguePromises: vague,
    };
    if (!promise || !terms) return notApplicable('no-promise', empty);
    const accounts = measuredAccounts(snapshot, read, repliesKnown, empty);
    if (accounts.na) return accounts.na;
    const { measured: usable, unmeasured } = accounts;

    const hours: OpeningHours = social.businessHours ?? ASSUMED_HOURS;
    const measure = measureOf(terms);
    const limit = measure === 'days' ? terms.amount * (terms.unit === 'weeks' ? 5 : 1) : terms.amount * UNIT_MINUTES[terms.unit];
    const names = new Set(usable.map(accountName));
    const rows: Measured[] = context.computed.answers
      .filter((a) => names.has(accountName(a)))
      .flatMap((a) =>
        a.answers.map(({ repliedAt, ...question }) => {
          const asked = Date.parse(question.createdAt);
          const replied = Date.parse(repliedAt);
          const businessDays = measure === 'days' ? businessDaysBetween(asked, replied, hours) : null;
          const delay =
            measure === 'clock' ? question.replyMinutes : measure === 'hours' ? (question.businessMinutes ?? businessMinutesBetween(asked, replied, hours)) : businessDays!;
          return { question, account: { platform: a.platform, handle: a.handle, url: a.url }, delay, kept: delay <= limit, businessDays };
        }),
      );
    const skipped = skippedAccounts(snapshot);
    if (rows.length < minSample) return notApplicable('too-few-answers', { ...empty, answered: rows.length, kept: rows.filter((r) => r.kept).length, skipped });

    const platforms = [...new Set(rows.map((r) => r.account.platform))];
    const networks = platforms.map((platform) => {
      const mine = rows.filter((r) => r.account.platform === platform);
      const kept = mine.filter((r) => r.kept).length;
      return { platform, url: mine[0].account.url, answered: mine.length, kept, share: kept / mine.length };
    });
    const kept = rows.filter((r) => r.kept).length;
    const share = kept / rows.length;
    const data = {
      ...empty,
      answered: rows.length,
      kept,
      share,
      networks: networks.map(({ url: _url, ...n }) => n),
      skipped,
      ...(unmeasured.length > 0 ? { unmeasured } : {}),
    };
    // The promise as published, each network's share, then the slowest replies (broken promises first).
    const slowest = [...rows].sort((a, b) => b.delay - a.delay || b.question.replyMinutes - a.question.replyMinutes);
    const evidence = limitEvidence([
      urlEvidence(promise.url, promise.text),
      ...networks.map((n) => urlEvidence(n.url, undefined, { id: 'network-share', data: { platform: n.platform, answered: n.answered, kept: n.kept, share: n.share } })),
      ...slowest.map((r) =>
        questionEvidence(r.question, r.account, {
          id: r.kept ? 'within-promise' : 'beyond-promise',
          data: { measure, delayMinutes: r.question.replyMinutes, businessMinutes: r.question.businessMinutes ?? (measure === 'hours' ? r.delay : null), businessDays: r.businessDays ?? 0 },
        }),
      ),
    ]);
    if (share >= passShare) return outcome('pass', 1, 'kept', data, evidence);
    if (share >= warnShare) return outcome('warn', share, 'mostly-kept', data, evidence);
    return outcome('fail', share, 'broken', data, evidence);
  },
};
