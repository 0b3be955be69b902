// Rule complaints-answered: fans' complaints on the brand's social accounts get a reply from the brand.
import type { Evidence, Rule } from './types.js';
import { accountName, checkAnswers, fanComplaints, unansweredCountable, usableConversations, windowDays } from '../computed/conversations.js';
import { timeOf } from '../computed/threads.js';
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
  postEvidence,
  postsReadEvidence,
  skippedAccounts,
} from './helpers/social.js';

export const rule: Rule = {
  meta: {
    id: 'complaints-answered',
    category: 'listening',
    requires: ['conversations'],
    defaultOptions: {
      // Four complaints in five answered: close to the Facebook "very responsive" badge's 90% response rate,
      // leaving room for complaints handled privately after a first public reply elsewhere.
      minShare: 0.8,
      // Half answered is still better than the 2012 norm (Socialbakers: 70% of questions unanswered); below fails.
      warnShare: 0.5,
      // Same grace period as unanswered-questions: 47% of consumers expect an answer within 24 h.
      graceHours: 24,
      // Fewer than three complaints: one missed reply is a third of the sample.
      minSample: 3,
    },
    schema: {
      minShare: { type: 'number', minimum: 0, maximum: 1 },
      warnShare: { type: 'number', minimum: 0, maximum: 1 },
      // Up to the longest audit window a brand file accepts (366 days).
      graceHours: { type: 'number', minimum: 0, maximum: 366 * 24 },
      minSample: { type: 'integer', minimum: 1 },
    },
    messages: [
      'answered',
      'some-unanswered',
      'mostly-unanswered',
      'too-few-complaints',
      ...NO_USABLE_DATA_MESSAGES,
      ...AUTHORS_MESSAGES,
      ...NOT_MEASURABLE_MESSAGES,
      POSTS_READ,
      NO_REPLY,
      ANSWERED_AFTER,
    ],
  },

  evaluate(snapshot, options, { computed }) {
    const minShare = numberOption(options, 'minShare');
    const warnShare = numberOption(options, 'warnShare');
    const graceHours = numberOption(options, 'graceHours');
    const minSample = integerOption(options, 'minSample');
    const read = usableConversations(snapshot);
    const days = windowDays(snapshot, read);
    // Complaints are read from fans' texts, and unanswered ones are what matters: an archive has neither.
    const accounts = measuredAccounts(snapshot, read, unansweredCountable, { complaints: 0, answered: 0, share: null, windowDays: days });
    if (accounts.na) return accounts.na;
    const { measured: usable, unmeasured } = accounts;

    const all = usable.flatMap((conv) => checkAnswers(conv, fanComplaints(conv, snapshot.collectedAt, graceHours, computed.posts)));
    // Complaints whose answer the platform hid (a reply of unknown author first) are set apart, never guessed.
    const checks = all.filter((c) => !c.undetermined);
    const hidden = usable
      .map((conv) => ({ conv, count: all.filter((c) => c.undetermined && c.conversation === conv).length }))
      .filter((h) => h.count > 0);
    const answered = checks.filter((c) => c.reply);
    const share = checks.length === 0 ? null : answered.length / checks.length;
    const undetermined = all.length - checks.length;
    const data = {
      complaints: checks.length,
      answered: answered.length,
      undetermined,
      share,
      windowDays: days,
      skipped: skippedAccounts(snapshot),
      ...(unmeasured.length > 0 ? { unmeasured } : {}),
    };
    if (checks.length < minSample) {
      if (undetermined > 0) {
        return notApplicable(
          AUTHORS_UNKNOWN,
          { ...data, hidden: hidden.map((h) => accountName(h.conv)) },
          limitEvidence(hidden.map((h) => authorsHiddenEvidence(h.conv, h.count))),
        );
      }
      return notApplicable('too-few-complaints', data, limitEvidence(usable.map((conv) => postsReadEvidence(conv, conv.posts.length))));
    }

    // The unanswered complaints, newest first, are the proof; with none, the answered ones show what was read.
    const missed = checks.filter((c) => !c.reply).sort((a, b) => timeOf(b.post) - timeOf(a.post));
    const evidence: Evidence[] = limitEvidence([
      ...hidden.map((h) => authorsHiddenEvidence(h.conv, h.count)),
      ...(missed.length > 0
        ? missed.map((c) => postEvidence(c.post, c.conversation, { id: NO_REPLY }))
        : checks.map((c) => postEvidence(c.post, c.conversation, { id: ANSWERED_AFTER, data: { delayMinutes: c.minutes } }))),
    ]);
    const exact = answered.length / checks.length;
    if (exact >= minShare) return outcome('pass', 1, 'answered', data, evidence);
    if (exact >= warnShare) return outcome('warn', exact, 'some-unanswered', data, evidence);
    return outcome('fail', exact, 'mostly-unanswered', data, evidence);
  },
};
