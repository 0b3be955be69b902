// Rule complaints-answered: fans' complaints on the brand's social accounts get a reply from the brand.
import type { Evidence, Rule } from './types.js';
import { limitEvidence } from './helpers/evidence.js';
import { numberOption } from './helpers/options.js';
import { notApplicable, outcome, round2 } from './helpers/outcome.js';
import {
  NO_USABLE_DATA_MESSAGE,
  accountEvidence,
  checkAnswers,
  fanComplaints,
  noUsableData,
  postEvidence,
  skippedAccounts,
  usableConversations,
  windowDays,
} from './helpers/social.js';
import { timeOf } from './helpers/threads.js';

export const rule: Rule = {
  meta: {
    id: 'complaints-answered',
    category: 'listening',
    title: { en: 'Complaints answered', fr: 'Réclamations traitées' },
    failureTitle: { en: 'Complaints left unanswered', fr: 'Réclamations sans réponse' },
    description: {
      en:
        'Share of fans’ complaints (a late parcel, a refund that never came, "inadmissible", "enttäuscht") that ' +
        'the brand replied to somewhere below them. A public complaint left unanswered is read by every later ' +
        'visitor; Fanpage Karma’s service level counts fan posts answered the same way.',
      fr:
        'Part des réclamations de fans (colis en retard, remboursement jamais reçu, « inadmissible », « enttäuscht ») ' +
        'auxquelles la marque a répondu quelque part en dessous. Une réclamation publique sans réponse est lue par ' +
        'tous les visiteurs suivants ; le « service level » de Fanpage Karma compte de la même façon les messages ' +
        'de fans traités.',
    },
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
    messages: {
      answered: {
        en: '{{answered}} of {{complaints}} fans’ complaints over {{windowDays}} days got a reply ({{share}}).',
        fr: '{{answered}} réclamation(s) de fans sur {{complaints}} en {{windowDays}} jours ont reçu une réponse ({{share}}).',
      },
      'some-unanswered': {
        en: 'Only {{answered}} of {{complaints}} fans’ complaints over {{windowDays}} days got a reply ({{share}}).',
        fr: 'Seulement {{answered}} réclamation(s) de fans sur {{complaints}} en {{windowDays}} jours ont reçu une réponse ({{share}}).',
      },
      'mostly-unanswered': {
        en: 'Most fans’ complaints go unanswered: {{answered}} of {{complaints}} answered over {{windowDays}} days ({{share}}).',
        fr: 'La plupart des réclamations restent sans réponse : {{answered}} sur {{complaints}} traitées en {{windowDays}} jours ({{share}}).',
      },
      'too-few-complaints': {
        en: 'Only {{complaints}} fans’ complaint(s) old enough to judge over {{windowDays}} days: too few to measure.',
        fr: 'Seulement {{complaints}} réclamation(s) de fans assez ancienne(s) en {{windowDays}} jours : trop peu pour mesurer.',
      },
      'no-usable-data': NO_USABLE_DATA_MESSAGE,
    },
  },

  evaluate(snapshot, options) {
    const minShare = numberOption(options, 'minShare');
    const warnShare = numberOption(options, 'warnShare');
    const graceHours = numberOption(options, 'graceHours');
    const minSample = numberOption(options, 'minSample');
    const usable = usableConversations(snapshot);
    const days = windowDays(snapshot, usable);
    if (usable.length === 0) return noUsableData(snapshot, { complaints: 0, answered: 0, share: null, windowDays: days });

    const checks = usable.flatMap((conv) => checkAnswers(conv, fanComplaints(conv, snapshot.collectedAt, graceHours)));
    const answered = checks.filter((c) => c.reply);
    const share = checks.length === 0 ? null : round2(answered.length / checks.length);
    const data = { complaints: checks.length, answered: answered.length, share, windowDays: days, skipped: skippedAccounts(snapshot) };
    if (checks.length < minSample) {
      const evidence = usable.map((conv) =>
        accountEvidence(conv, {
          en: `${conv.posts.length} posts read over ${conv.window.days} days`,
          fr: `${conv.posts.length} publications lues en ${conv.window.days} jours`,
        }),
      );
      return notApplicable('too-few-complaints', data, limitEvidence(evidence));
    }

    // The unanswered complaints, newest first, are the proof; with none, the answered ones show what was read.
    const missed = checks.filter((c) => !c.reply).sort((a, b) => timeOf(b.post) - timeOf(a.post));
    const evidence: Evidence[] = limitEvidence((missed.length > 0 ? missed : checks).map((c) => postEvidence(c.post, c.conversation)));
    const exact = answered.length / checks.length;
    if (exact >= minShare) return outcome('pass', 1, 'answered', data, evidence);
    if (exact >= warnShare) return outcome('warn', exact, 'some-unanswered', data, evidence);
    return outcome('fail', exact, 'mostly-unanswered', data, evidence);
  },
};
