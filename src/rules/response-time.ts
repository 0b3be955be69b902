// Rule response-time: how long fans wait for the brand's first reply to their questions on social accounts.
// The delays come from the computed social summary: the same questions unanswered-questions judges, counted with
// its grace period.
import type { Rule } from './types.js';
import { accountName, isUsableStatus, repliesKnown, windowDays } from '../computed/conversations.js';
import { median } from '../computed/threads.js';
import { limitEvidence } from './helpers/evidence.js';
import { integerOption, numberOption, stringOption } from './helpers/options.js';
import { responseClock, responseFigures } from './helpers/response-clock.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import {
  ANSWERED_AFTER,
  ANSWERED_AFTER_HOURS,
  AUTHORS_MESSAGES,
  AUTHORS_UNKNOWN,
  NO_USABLE_DATA_MESSAGES,
  NOT_MEASURABLE_AUTHORS,
  POSTS_READ,
  authorsHiddenEvidence,
  measuredAccounts,
  postsReadEvidence,
  questionEvidence,
  skippedAccounts,
} from './helpers/social.js';

/** The longest audit window a brand file accepts (366 days), in minutes: no threshold beyond it means anything. */
const MAX_MINUTES = 366 * 24 * 60;

export const rule: Rule = {
  meta: {
    id: 'response-time',
    category: 'reactivity',
    requires: ['conversations'],
    defaultOptions: {
      // Within the hour: what 41% of consumers expect (CMO Council / Lithium: 22% immediately + 19% within the hour).
      passMedianMinutes: 60,
      // Within 24 h: the delay 47% of consumers expect (CMO Council / Lithium); slower fails.
      warnMedianMinutes: 1440,
      // A median of fewer than three delays is one or two anecdotes.
      minSample: 3,
      // Which reply times score: `auto` counts business hours when the brand's opening hours are known (Sprout
      // Social's care reports split business, off and all hours), all hours otherwise.
      clock: 'auto',
    },
    schema: {
      passMedianMinutes: { type: 'number', minimum: 0, maximum: MAX_MINUTES },
      warnMedianMinutes: { type: 'number', minimum: 0, maximum: MAX_MINUTES },
      minSample: { type: 'integer', minimum: 1 },
      clock: { type: 'string', enum: ['auto', 'business', 'all'] },
    },
    messages: ['fast', 'same-day', 'slow', 'too-few-answers', ...NO_USABLE_DATA_MESSAGES, ...AUTHORS_MESSAGES, NOT_MEASURABLE_AUTHORS, POSTS_READ, ANSWERED_AFTER, ANSWERED_AFTER_HOURS],
  },

  evaluate(snapshot, options, context) {
    const passMedian = numberOption(options, 'passMedianMinutes');
    const warnMedian = numberOption(options, 'warnMedianMinutes');
    const minSample = integerOption(options, 'minSample');
    const clock = responseClock(stringOption(options, 'clock'), context.computed.social);
    // Questions older than unanswered-questions' grace period, as the summary counted them (computed/index.ts).
    const read = context.computed.social.accounts.filter((a) => isUsableStatus(a.status));
    const days = windowDays(snapshot, read);
    const targets = { passMedianMinutes: passMedian, warnMedianMinutes: warnMedian };
    const empty = {
      answered: 0,
      questions: 0,
      medianMinutes: null,
      withinHourShare: null,
      within24hShare: null,
      ...targets,
      windowDays: days,
      ...responseFigures([], clock),
    };
    // An archive's replies are timed exactly (the X id of the post answered gives its time); a source that hid who
    // wrote each comment cannot tell a reply from the brand.
    const accounts = measuredAccounts(snapshot, read, repliesKnown, empty);
    if (accounts.na) return accounts.na;
    const { measured: usable, unmeasured } = accounts;

    const allDelays = usable.flatMap((a) => a.responseMinutes);
    // The scored delays: business-hours minutes when the rule set (or `auto` with known hours) asks for them.
    const delays = clock.clock === 'business' ? usable.flatMap((a) => a.businessResponseMinutes) : allDelays;
    const questions = usable.reduce((n, a) => n + a.questions, 0);
    const skipped = skippedAccounts(snapshot);
    // Answers the platform hid (a reply of unknown author first) are not timed, and said so.
    const hidden = usable.filter((a) => a.undetermined > 0);
    const hiddenEvidence = hidden.map((a) => authorsHiddenEvidence(a, a.undetermined));
    if (delays.length < minSample) {
      if (hidden.length > 0) {
        const undetermined = hidden.reduce((n, a) => n + a.undetermined, 0);
        return notApplicable(
          AUTHORS_UNKNOWN,
          { ...empty, answered: delays.length, questions, undetermined, hidden: hidden.map(accountName), skipped },
          limitEvidence(hiddenEvidence),
        );
      }
      const evidence = usable.map((a) => postsReadEvidence(a, a.postsRead));
      return notApplicable('too-few-answers', { ...empty, answered: delays.length, questions, skipped }, limitEvidence(evidence));
    }

    const shareWithin = (limit: number) => delays.filter((m) => m <= limit).length / delays.length;
    const medianMinutes = median(delays)!;
    const data = {
      answered: delays.length,
      questions,
      medianMinutes,
      withinHourShare: shareWithin(60),
      within24hShare: shareWithin(24 * 60),
      ...targets,
      windowDays: days,
      ...responseFigures(usable, clock),
      skipped,
      ...(unmeasured.length > 0 ? { unmeasured } : {}),
    };
    // Slowest first: the waits a customer would complain about are the proof.
    const evidence = limitEvidence([
      ...hiddenEvidence,
      ...usable
        .flatMap((a) => a.answeredQuestions.map((q) => ({ a, q, scored: clock.clock === 'business' ? (q.businessMinutes ?? q.replyMinutes) : q.replyMinutes })))
        .sort((x, y) => y.scored - x.scored)
        .map(({ a, q }) =>
          questionEvidence(
            q,
            a,
            q.businessMinutes === undefined
              ? { id: ANSWERED_AFTER, data: { delayMinutes: q.replyMinutes } }
              : { id: ANSWERED_AFTER_HOURS, data: { delayMinutes: q.replyMinutes, businessMinutes: q.businessMinutes, outOfHours: q.outOfHours === true } },
          ),
        ),
    ]);
    // Partial credit for the replies that met the bar the median missed (a warn can never reach 1: if every reply
    // met the pass bar, so would the median).
    if (medianMinutes <= passMedian) return outcome('pass', 1, 'fast', data, evidence);
    if (medianMinutes <= warnMedian) return outcome('warn', 0.5 + 0.5 * shareWithin(passMedian), 'same-day', data, evidence);
    return outcome('fail', 0.5 * shareWithin(warnMedian), 'slow', data, evidence);
  },
};
