// Rule unanswered-questions: fans' questions on the brand's social accounts that the brand never answered.
import type { Evidence, Rule } from './types.js';
import { limitEvidence } from './helpers/evidence.js';
import { numberOption } from './helpers/options.js';
import { notApplicable, outcome, round2 } from './helpers/outcome.js';
import {
  NO_USABLE_DATA_MESSAGE,
  accountEvidence,
  accountName,
  checkAnswers,
  fanQuestions,
  noUsableData,
  postEvidence,
  skippedAccounts,
  usableConversations,
  windowDays,
  type AnswerCheck,
} from './helpers/social.js';
import { timeOf } from './helpers/threads.js';

export const rule: Rule = {
  meta: {
    id: 'unanswered-questions',
    category: 'reactivity',
    title: { en: 'Fans’ questions answered', fr: 'Questions des fans traitées' },
    failureTitle: { en: 'Fans’ questions left unanswered', fr: 'Questions des fans sans réponse' },
    description: {
      en:
        'Counts the questions fans put to the brand on its social accounts (with or without a question mark, in ' +
        'French, English, German or Spanish) and checks that the brand replied somewhere below each one. ' +
        'Socialbakers ("Socially Devoted", 2012) found 70% of fans’ questions on Facebook pages unanswered ' +
        '(1,574,775 questions on 9,000+ pages) and set the bar for a socially devoted brand at 65% answered.',
      fr:
        'Compte les questions que les fans posent à la marque sur ses comptes sociaux (avec ou sans point ' +
        "d'interrogation, en français, anglais, allemand ou espagnol) et vérifie que la marque a répondu quelque " +
        'part sous chacune. Socialbakers (« Socially Devoted », 2012) a trouvé 70 % des questions des fans sans ' +
        'réponse sur les pages Facebook (1 574 775 questions, plus de 9 000 pages) et fixé le seuil d’une marque ' +
        '« socialement dévouée » à 65 % de réponses.',
    },
    requires: ['conversations'],
    defaultOptions: {
      // Questions asked less than a day before collection are not judged: 47% of consumers expect an answer
      // within 24 h (CMO Council / Lithium), so a younger question may still be answered in time.
      graceHours: 24,
      // Socialbakers "Socially Devoted": at least 65% of questions answered, so at most 35% unanswered.
      maxRatio: 0.35,
      // Socialbakers 2012: 70% unanswered was the norm on Facebook pages; worse than the norm fails.
      warnRatio: 0.7,
      // Below three questions one missed reply swings the ratio by a third or more: too few to judge.
      minSample: 3,
    },
    messages: {
      answered: {
        en: '{{unanswered}} of {{questions}} fans’ questions over {{windowDays}} days were left unanswered ({{ratio}}).',
        fr: '{{unanswered}} question(s) de fans sur {{questions}} en {{windowDays}} jours sont restées sans réponse ({{ratio}}).',
      },
      'many-unanswered': {
        en: '{{unanswered}} of {{questions}} fans’ questions over {{windowDays}} days got no reply from the brand ({{ratio}}).',
        fr: '{{unanswered}} question(s) de fans sur {{questions}} en {{windowDays}} jours n’ont reçu aucune réponse de la marque ({{ratio}}).',
      },
      'mostly-unanswered': {
        en: 'Most fans’ questions go unanswered: {{unanswered}} of {{questions}} over {{windowDays}} days ({{ratio}}).',
        fr: 'La plupart des questions des fans restent sans réponse : {{unanswered}} sur {{questions}} en {{windowDays}} jours ({{ratio}}).',
      },
      'too-few-questions': {
        en: 'Only {{questions}} fans’ question(s) old enough to judge over {{windowDays}} days: too few to measure.',
        fr: 'Seulement {{questions}} question(s) de fans assez ancienne(s) en {{windowDays}} jours : trop peu pour mesurer.',
      },
      'no-usable-data': NO_USABLE_DATA_MESSAGE,
    },
  },

  evaluate(snapshot, options) {
    const graceHours = numberOption(options, 'graceHours');
    const maxRatio = numberOption(options, 'maxRatio');
    const warnRatio = numberOption(options, 'warnRatio');
    const minSample = numberOption(options, 'minSample');
    const usable = usableConversations(snapshot);
    const skipped = skippedAccounts(snapshot);
    const days = windowDays(snapshot, usable);
    if (usable.length === 0) {
      return noUsableData(snapshot, { questions: 0, unanswered: 0, ratio: null, windowDays: days, accounts: [] });
    }

    const checks: AnswerCheck[] = [];
    const accounts = usable.map((conv) => {
      const mine = checkAnswers(conv, fanQuestions(conv, snapshot.collectedAt, graceHours));
      checks.push(...mine);
      return { account: accountName(conv), questions: mine.length, unanswered: mine.filter((c) => !c.reply).length };
    });
    const questions = checks.length;
    const missed = checks.filter((c) => !c.reply).sort((a, b) => timeOf(b.post) - timeOf(a.post));
    const ratio = questions === 0 ? null : round2(missed.length / questions);
    const data = { questions, unanswered: missed.length, ratio, windowDays: days, accounts, skipped };

    if (questions < minSample) {
      const evidence = usable.map((conv) =>
        accountEvidence(conv, {
          en: `${conv.posts.length} posts read over ${conv.window.days} days`,
          fr: `${conv.posts.length} publications lues en ${conv.window.days} jours`,
        }),
      );
      return notApplicable('too-few-questions', data, limitEvidence(evidence));
    }

    // The unanswered questions are the proof; when there are none, the answered ones show what was checked.
    const evidence: Evidence[] = missed.length > 0
      ? missed.map((c) => postEvidence(c.post, c.conversation))
      : checks.map((c) => postEvidence(c.post, c.conversation));
    const share = missed.length / questions;
    if (share <= maxRatio) return outcome('pass', 1, 'answered', data, limitEvidence(evidence));
    if (share <= warnRatio) return outcome('warn', 1 - share, 'many-unanswered', data, limitEvidence(evidence));
    return outcome('fail', 1 - share, 'mostly-unanswered', data, limitEvidence(evidence));
  },
};
