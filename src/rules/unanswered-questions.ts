// Rule unanswered-questions: fans' questions on the brand's social accounts that the brand never answered.
// The counts come from the computed social summary, built with this rule's graceHours, so the report's
// per-account table and this rule always agree.
import type { Evidence, Rule } from './types.js';
import { accountName, isUsableStatus, unansweredCountable, windowDays } from '../computed/conversations.js';
import { limitEvidence } from './helpers/evidence.js';
import { integerOption, numberOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import {
  ANSWERED_AFTER,
  AUTHORS_MESSAGES,
  AUTHORS_UNKNOWN,
  NO_REPLY,
  NO_USABLE_DATA_MESSAGES,
  NOT_MEASURABLE_MESSAGES,
  POSTS_READ,
  authorsHiddenEvidence,
  measuredAccounts,
  postsReadEvidence,
  questionEvidence,
  skippedAccounts,
} from './helpers/social.js';

export const rule: Rule = {
  meta: {
    id: 'unanswered-questions',
    category: 'reactivity',
    requires: ['conversations'],
    defaultOptions: {
      // Questions asked less than a day before collection are not judged: 47% of consumers expect an answer
      // within 24 h (CMO Council / Lithium), so a younger question may still be answered in time. The pipeline
      // builds the social summary with this value, for this rule, response-time and the report alike.
      graceHours: 24,
      // Socialbakers "Socially Devoted": at least 65% of questions answered, so at most 35% unanswered.
      maxRatio: 0.35,
      // Socialbakers 2012: 70% unanswered was the norm on Facebook pages; worse than the norm fails.
      warnRatio: 0.7,
      // Below three questions one missed reply swings the ratio by a third or more: too few to judge.
      minSample: 3,
    },
    schema: {
      // Up to the longest audit window a brand file accepts (366 days).
      graceHours: { type: 'number', minimum: 0, maximum: 366 * 24 },
      maxRatio: { type: 'number', minimum: 0, maximum: 1 },
      warnRatio: { type: 'number', minimum: 0, maximum: 1 },
      minSample: { type: 'integer', minimum: 1 },
    },
    messages: [
      'answered',
      'many-unanswered',
      'mostly-unanswered',
      'too-few-questions',
      ...NO_USABLE_DATA_MESSAGES,
      ...AUTHORS_MESSAGES,
      ...NOT_MEASURABLE_MESSAGES,
      POSTS_READ,
      NO_REPLY,
      ANSWERED_AFTER,
    ],
  },

  evaluate(snapshot, options, context) {
    const maxRatio = numberOption(options, 'maxRatio');
    const warnRatio = numberOption(options, 'warnRatio');
    const minSample = integerOption(options, 'minSample');
    // The summary was counted with this rule set's graceHours (computed/index.ts): its figures are this rule's.
    const read = context.computed.social.accounts.filter((a) => isUsableStatus(a.status));
    const skipped = skippedAccounts(snapshot);
    const days = windowDays(snapshot, read);
    // An archive holds the posts the brand answered, never those it did not: its accounts cannot be counted here.
    const measured = measuredAccounts(snapshot, read, unansweredCountable, { questions: 0, unanswered: 0, ratio: null, windowDays: days, accounts: [] });
    if (measured.na) return measured.na;
    const { measured: usable, unmeasured } = measured;

    const accounts = usable.map((a) => ({ account: accountName(a), questions: a.questions, unanswered: a.unanswered }));
    const questions = usable.reduce((n, a) => n + a.questions, 0);
    const unanswered = usable.reduce((n, a) => n + a.unanswered, 0);
    const ratio = questions === 0 ? null : unanswered / questions;
    // Questions whose answer the platform hid (a reply of unknown author first): counted apart, never guessed.
    const undetermined = usable.reduce((n, a) => n + a.undetermined, 0);
    const hidden = usable.filter((a) => a.undetermined > 0);
    const hiddenEvidence = hidden.map((a) => authorsHiddenEvidence(a, a.undetermined));
    const data = { questions, unanswered, undetermined, ratio, windowDays: days, accounts, skipped, ...(unmeasured.length > 0 ? { unmeasured } : {}) };

    if (questions < minSample) {
      if (undetermined > 0) return notApplicable(AUTHORS_UNKNOWN, { ...data, hidden: hidden.map(accountName) }, limitEvidence(hiddenEvidence));
      return notApplicable('too-few-questions', data, limitEvidence(usable.map((a) => postsReadEvidence(a, a.postsRead))));
    }

    // The unanswered questions, newest first, are the proof; when there are none, the answered ones (slowest
    // first) show what was checked.
    const missed = usable
      .flatMap((a) => a.unansweredQuestions.map((q) => ({ a, q })))
      .sort((x, y) => Date.parse(y.q.createdAt) - Date.parse(x.q.createdAt));
    const evidence: Evidence[] = [
      ...hiddenEvidence,
      ...(missed.length > 0
        ? missed.map(({ a, q }) => questionEvidence(q, a, { id: NO_REPLY }))
        : usable
            .flatMap((a) => a.answeredQuestions.map((q) => ({ a, q })))
            .sort((x, y) => y.q.replyMinutes - x.q.replyMinutes)
            .map(({ a, q }) => questionEvidence(q, a, { id: ANSWERED_AFTER, data: { delayMinutes: q.replyMinutes } }))),
    ];
    const share = unanswered / questions;
    if (share <= maxRatio) return outcome('pass', 1, 'answered', data, limitEvidence(evidence));
    if (share <= warnRatio) return outcome('warn', 1 - share, 'many-unanswered', data, limitEvidence(evidence));
    return outcome('fail', 1 - share, 'mostly-unanswered', data, limitEvidence(evidence));
  },
};
