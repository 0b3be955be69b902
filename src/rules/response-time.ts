// Rule response-time: how long fans wait for the brand's first reply to their questions on social accounts.
import type { Rule } from './types.js';
import { limitEvidence } from './helpers/evidence.js';
import { numberOption } from './helpers/options.js';
import { notApplicable, outcome, round2 } from './helpers/outcome.js';
import {
  NO_USABLE_DATA_MESSAGE,
  accountEvidence,
  checkAnswers,
  fanQuestions,
  formatDelay,
  noUsableData,
  postEvidence,
  skippedAccounts,
  usableConversations,
  windowDays,
} from './helpers/social.js';
import { median } from './helpers/threads.js';

export const rule: Rule = {
  meta: {
    id: 'response-time',
    category: 'reactivity',
    title: { en: 'Fast replies to fans', fr: 'Réponses rapides aux fans' },
    failureTitle: { en: 'Slow replies to fans', fr: 'Réponses lentes aux fans' },
    description: {
      en:
        'Measures the time from a fan’s question to the brand’s first reply anywhere below it (the median over ' +
        'answered questions, as Fanpage Karma defines response time). CMO Council / Lithium ("Variance in the ' +
        'Social Brand Experience"): 22% of consumers expect an immediate reply, 19% within the hour and 47% ' +
        'within 24 hours. Facebook’s "very responsive" badge asked for a 15-minute response time at a 90% ' +
        'response rate.',
      fr:
        'Mesure le délai entre la question d’un fan et la première réponse de la marque sous celle-ci (médiane ' +
        'des questions traitées, comme Fanpage Karma définit le temps de réponse). CMO Council / Lithium ' +
        '(« Variance in the Social Brand Experience ») : 22 % des consommateurs attendent une réponse immédiate, ' +
        '19 % dans l’heure et 47 % sous 24 heures. Le badge Facebook « très réactif » exigeait 15 minutes de ' +
        'délai pour 90 % de réponses.',
    },
    requires: ['conversations'],
    defaultOptions: {
      // Within the hour: what 41% of consumers expect (CMO Council / Lithium: 22% immediately + 19% within the hour).
      passMedianMinutes: 60,
      // Within 24 h: the delay 47% of consumers expect (CMO Council / Lithium); slower fails.
      warnMedianMinutes: 1440,
      // Same grace period as unanswered-questions, so both rules judge the same questions.
      graceHours: 24,
      // A median of fewer than three delays is one or two anecdotes.
      minSample: 3,
    },
    messages: {
      fast: {
        en: 'Median reply time {{medianMinutes}} min over {{answered}} answered questions ({{windowDays}} days); {{withinHourShare}} within the hour.',
        fr: 'Délai médian de réponse {{medianMinutes}} min sur {{answered}} questions traitées ({{windowDays}} jours) ; {{withinHourShare}} dans l’heure.',
      },
      'same-day': {
        en: 'Median reply time {{medianMinutes}} min over {{answered}} answered questions ({{windowDays}} days): within the day, not the hour.',
        fr: 'Délai médian de réponse {{medianMinutes}} min sur {{answered}} questions traitées ({{windowDays}} jours) : dans la journée, pas dans l’heure.',
      },
      slow: {
        en: 'Median reply time {{medianMinutes}} min over {{answered}} answered questions ({{windowDays}} days); only {{within24hShare}} within 24 h.',
        fr: 'Délai médian de réponse {{medianMinutes}} min sur {{answered}} questions traitées ({{windowDays}} jours) ; seulement {{within24hShare}} sous 24 h.',
      },
      'too-few-answers': {
        en: 'Only {{answered}} of {{questions}} fans’ questions over {{windowDays}} days got a reply: too few to time.',
        fr: 'Seulement {{answered}} question(s) de fans sur {{questions}} en {{windowDays}} jours ont reçu une réponse : trop peu pour mesurer un délai.',
      },
      'no-usable-data': NO_USABLE_DATA_MESSAGE,
    },
  },

  evaluate(snapshot, options) {
    const passMedian = numberOption(options, 'passMedianMinutes');
    const warnMedian = numberOption(options, 'warnMedianMinutes');
    const graceHours = numberOption(options, 'graceHours');
    const minSample = numberOption(options, 'minSample');
    const usable = usableConversations(snapshot);
    const days = windowDays(snapshot, usable);
    const empty = { answered: 0, questions: 0, medianMinutes: null, withinHourShare: null, within24hShare: null, windowDays: days };
    if (usable.length === 0) return noUsableData(snapshot, empty);

    const checks = usable.flatMap((conv) => checkAnswers(conv, fanQuestions(conv, snapshot.collectedAt, graceHours)));
    const answered = checks.filter((c) => c.minutes !== undefined).sort((a, b) => b.minutes! - a.minutes!);
    const delays = answered.map((c) => c.minutes!);
    const skipped = skippedAccounts(snapshot);
    if (answered.length < minSample) {
      const evidence = usable.map((conv) =>
        accountEvidence(conv, {
          en: `${conv.posts.length} posts read over ${conv.window.days} days`,
          fr: `${conv.posts.length} publications lues en ${conv.window.days} jours`,
        }),
      );
      return notApplicable('too-few-answers', { ...empty, answered: answered.length, questions: checks.length, skipped }, limitEvidence(evidence));
    }

    const medianMinutes = Math.round(median(delays)!);
    const withinHourShare = round2(delays.filter((m) => m <= 60).length / delays.length);
    const within24hShare = round2(delays.filter((m) => m <= 24 * 60).length / delays.length);
    const data = { answered: answered.length, questions: checks.length, medianMinutes, withinHourShare, within24hShare, windowDays: days, skipped };
    // Slowest first: the waits a customer would complain about are the proof.
    const evidence = limitEvidence(
      answered.map((c) => {
        const delay = formatDelay(c.minutes!);
        return postEvidence(c.post, c.conversation, { en: `answered after ${delay.en}`, fr: `réponse après ${delay.fr}` });
      }),
    );
    // Partial credit for the replies that met the bar the median missed (a warn can never reach 1: if every reply
    // met the pass bar, so would the median).
    const shareWithin = (limit: number) => delays.filter((m) => m <= limit).length / delays.length;
    if (medianMinutes <= passMedian) return outcome('pass', 1, 'fast', data, evidence);
    if (medianMinutes <= warnMedian) return outcome('warn', 0.5 + 0.5 * shareWithin(passMedian), 'same-day', data, evidence);
    return outcome('fail', 0.5 * shareWithin(warnMedian), 'slow', data, evidence);
  },
};
