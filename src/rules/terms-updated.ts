// Rule terms-updated: terms of sale or use are published and have been reviewed recently.
import type { Rule } from './types.js';
import { limitEvidence, pageEvidence, urlEvidence } from './helpers/evidence.js';
import { integerOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { isOk, kindUrls, okPages, pagesOfKind, readStartPage } from './helpers/site.js';

const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of an ISO date or timestamp; NaN when unreadable. */
function parseDate(text: string): number {
  return /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text) : NaN;
}

export const rule: Rule = {
  meta: {
    id: 'terms-updated',
    category: 'trust',
    requires: ['site'],
    defaultOptions: {
      // A yearly review: consumer law and commercial offers change at least that often.
      maxAgeMonths: 12,
    },
    schema: {
      // One month to ten years, in calendar months.
      maxAgeMonths: { type: 'integer', minimum: 1, maximum: 120 },
    },
    messages: [
      'fresh',
      'undated',
      'stale',
      'absent',
      'terms-unreadable',
      'site-unreadable',
      'last-updated',
      'no-date',
      'linked-not-read',
      'no-terms-link',
      'site.page-unreadable',
    ],
    readsPages: ['terms'],
  },

  evaluate(snapshot, options) {
    const maxAgeMonths = integerOption(options, 'maxAgeMonths');
    const now = Date.parse(snapshot.collectedAt);
    if (Number.isNaN(now)) throw new Error(`snapshot.collectedAt is not a date: ${snapshot.collectedAt}`);
    const none = { pages: 0, lastUpdated: null, ageDays: null, maxAgeMonths };
    if (okPages(snapshot).length === 0) return notApplicable('site-unreadable', none);

    const pages = pagesOfKind(snapshot, 'terms');
    if (pages.length === 0) {
      const failed = snapshot.site.pages.filter((p) => !isOk(p) && p.kinds.includes('terms'));
      const linked = kindUrls(snapshot, 'terms');
      if (failed.length > 0 || linked.length > 0) {
        const evidence = [
          ...failed.map((p) => pageEvidence(p, undefined, p.error && { id: 'site.page-unreadable', data: { code: p.error.code } })),
          ...linked.map((u) => urlEvidence(u, undefined, { id: 'linked-not-read' })),
        ];
        return notApplicable('terms-unreadable', none, limitEvidence(evidence));
      }
      const start = readStartPage(snapshot) ?? okPages(snapshot)[0];
      return outcome('fail', 0, 'absent', none, [pageEvidence(start, undefined, { id: 'no-terms-link' })]);
    }

    // The most recent date among the terms pages: the brand has reviewed its terms at least then.
    const dated = pages
      .filter((p) => p.facts.lastUpdated !== undefined && !Number.isNaN(parseDate(p.facts.lastUpdated)))
      .sort((a, b) => parseDate(b.facts.lastUpdated!) - parseDate(a.facts.lastUpdated!));
    const newest = dated[0];
    if (!newest) {
      const data = { ...none, pages: pages.length };
      return outcome('warn', 0.5, 'undated', data, limitEvidence(pages.map((p) => pageEvidence(p, undefined, { id: 'no-date' }))));
    }

    const lastUpdated = newest.facts.lastUpdated!.slice(0, 10);
    const updatedMs = parseDate(newest.facts.lastUpdated!);
    // A date a few hours "ahead" is a time-zone artefact, not a future update.
    const ageDays = Math.max(0, Math.floor((now - updatedMs) / DAY_MS));
    const collected = new Date(now);
    const cutoff = Date.UTC(collected.getUTCFullYear(), collected.getUTCMonth() - maxAgeMonths, collected.getUTCDate());
    const data = { pages: pages.length, lastUpdated, ageDays, maxAgeMonths };
    const evidence = [pageEvidence(newest, undefined, { id: 'last-updated', data: { lastUpdated } })];
    if (updatedMs >= cutoff) return outcome('pass', 1, 'fresh', data, evidence);
    return outcome('fail', 0.25, 'stale', data, evidence);
  },
};
