// Rule response-time-promise: the brand publishes how fast it answers, and the delay is one customers accept.
import type { Rule } from './types.js';
import { limitEvidence, pageEvidence, urlEvidence } from './helpers/evidence.js';
import { numberOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { okPages, pageUrl, readStartPage, supportPages } from './helpers/site.js';

interface PublishedPromise {
  text: string;
  hours: number | null;
  url: string;
}

export const rule: Rule = {
  meta: {
    id: 'response-time-promise',
    category: 'contact',
    title: { en: 'Published response time', fr: 'Délai de réponse affiché' },
    failureTitle: { en: 'No quick response-time commitment', fr: 'Pas d’engagement de réponse rapide' },
    description: {
      en:
        'Checks that the site commits to a response time ("we answer within 24 hours") and that the delay is ' +
        'one customers accept. CMO Council / Lithium ("Variance in the Social Brand Experience"): 22% of ' +
        'consumers expect an immediate reply, 19% within the hour and 47% within 24 hours.',
      fr:
        'Vérifie que le site s’engage sur un délai de réponse (« réponse sous 24 h ») et que ce délai est ' +
        'acceptable pour le client. CMO Council / Lithium (« Variance in the Social Brand Experience ») : 22 % ' +
        'des consommateurs attendent une réponse immédiate, 19 % dans l’heure et 47 % sous 24 heures.',
    },
    requires: ['site'],
    defaultOptions: {
      // CMO Council / Lithium: 47% of consumers expect a reply within 24 hours.
      maxHours: 24,
    },
    messages: {
      'within-limit': {
        en: 'The brand promises a reply within {{bestHours}} h.',
        fr: 'La marque promet une réponse sous {{bestHours}} h.',
      },
      'too-slow': {
        en: 'The fastest reply promised is {{bestHours}} h, longer than the {{maxHours}} h customers expect.',
        fr: 'La réponse la plus rapide promise est de {{bestHours}} h, au-delà des {{maxHours}} h attendues.',
      },
      'no-figure': {
        en: 'The brand promises a reply but gives no delay ("{{firstText}}").',
        fr: 'La marque promet une réponse sans en donner le délai (« {{firstText}} »).',
      },
      none: {
        en: 'No response-time commitment was found on the site.',
        fr: "Aucun engagement de délai de réponse n'a été trouvé sur le site.",
      },
      'site-unreadable': {
        en: 'No page of the site could be read, so response-time commitments could not be looked for.',
        fr: "Aucune page du site n'a pu être lue : les engagements de délai n'ont pas pu être recherchés.",
      },
    },
  },

  evaluate(snapshot, options) {
    const maxHours = numberOption(options, 'maxHours');
    const pages = okPages(snapshot);
    if (pages.length === 0) {
      return notApplicable('site-unreadable', { promises: [], bestHours: null, maxHours, firstText: null });
    }

    // The same sentence in a footer appears on every page: keep its first sighting only.
    const promises: PublishedPromise[] = [];
    for (const page of pages) {
      for (const p of page.facts.promises) {
        if (promises.some((q) => q.text === p.text && q.hours === p.hours)) continue;
        promises.push({ text: p.text, hours: p.hours, url: pageUrl(page) });
      }
    }
    const figures = promises.map((p) => p.hours).filter((h): h is number => h !== null);
    const bestHours = figures.length > 0 ? Math.min(...figures) : null;
    const data = { promises, bestHours, maxHours, firstText: promises[0]?.text ?? null };
    // The fastest promise first: it is the one the finding is about.
    const ranked = [...promises].sort((a, b) => (a.hours ?? Infinity) - (b.hours ?? Infinity));
    const evidence = limitEvidence(ranked.map((p) => urlEvidence(p.url, p.text)));

    if (bestHours !== null && bestHours <= maxHours) return outcome('pass', 1, 'within-limit', data, evidence);
    if (bestHours !== null) return outcome('warn', 0.5, 'too-slow', data, evidence);
    if (promises.length > 0) return outcome('warn', 0.5, 'no-figure', data, evidence);
    const start = readStartPage(snapshot);
    const looked = [...supportPages(snapshot), ...(start ? [start] : [])];
    return outcome('fail', 0, 'none', data, limitEvidence(looked.map((p) => pageEvidence(p, { en: 'no response-time commitment', fr: 'aucun engagement de délai de réponse' }))));
  },
};
