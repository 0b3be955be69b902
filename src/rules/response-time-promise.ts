// Rule response-time-promise: the brand publishes how fast it answers, and the delay is one customers accept.
import type { Rule } from './types.js';
import { limitEvidence, pageEvidence, urlEvidence } from './helpers/evidence.js';
import { numberOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { okPages, pageUrl, readStartPage, SUPPORT_KINDS, supportPages } from './helpers/site.js';

interface PublishedPromise {
  text: string;
  hours: number | null;
  url: string;
}

export const rule: Rule = {
  meta: {
    id: 'response-time-promise',
    category: 'contact',
    requires: ['site'],
    defaultOptions: {
      // CMO Council / Lithium: 47% of consumers expect a reply within 24 hours.
      maxHours: 24,
    },
    schema: {
      // Up to 30 days: longer than any published service level, and business days count 24 h each.
      maxHours: { type: 'number', minimum: 0, maximum: 720 },
    },
    messages: ['within-limit', 'too-slow', 'no-figure', 'none', 'site-unreadable', 'promised-delay', 'no-promise-here'],
    readsPages: [...SUPPORT_KINDS],
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
    const bestHours = figures.length > 0 ? figures.reduce((m, h) => Math.min(m, h), Infinity) : null;
    const data = { promises, bestHours, maxHours, firstText: promises[0]?.text ?? null };
    // The fastest promise first: it is the one the finding is about. The snippet is the promise as published.
    const ranked = [...promises].sort((a, b) => (a.hours ?? Infinity) - (b.hours ?? Infinity));
    const evidence = limitEvidence(
      ranked.map((p) => urlEvidence(p.url, p.text, p.hours === null ? undefined : { id: 'promised-delay', data: { hours: p.hours } })),
    );

    if (bestHours !== null && bestHours <= maxHours) return outcome('pass', 1, 'within-limit', data, evidence);
    if (bestHours !== null) return outcome('warn', 0.5, 'too-slow', data, evidence);
    if (promises.length > 0) return outcome('warn', 0.5, 'no-figure', data, evidence);
    const start = readStartPage(snapshot);
    const looked = [...supportPages(snapshot), ...(start ? [start] : [])];
    return outcome('fail', 0, 'none', data, limitEvidence(looked.map((p) => pageEvidence(p, undefined, { id: 'no-promise-here' }))));
  },
};
