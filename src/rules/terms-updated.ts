// Rule terms-updated: terms of sale or use are published and have been reviewed recently.
import type { Rule } from './types.js';
import { limitEvidence, pageEvidence, urlEvidence } from './helpers/evidence.js';
import { numberOption } from './helpers/options.js';
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
    title: { en: 'Terms up to date', fr: 'CGV/CGU à jour' },
    failureTitle: { en: 'Terms missing or out of date', fr: 'CGV/CGU absentes ou anciennes' },
    description: {
      en:
        'Checks that terms of sale or use are published and carry a "last updated" date within the last 12 ' +
        'months. Terms tell customers their rights (returns, warranty, complaints); an old or undated version ' +
        'leaves them unsure which rules apply, and laws and offers change yearly.',
      fr:
        'Vérifie que des CGV ou CGU sont publiées et portent une date de mise à jour de moins de 12 mois. Elles ' +
        'disent au client ses droits (retours, garantie, réclamations) ; une version ancienne ou non datée le ' +
        "laisse dans le doute sur les règles applicables, alors que lois et offres changent d'une année à l'autre.",
    },
    requires: ['site'],
    defaultOptions: {
      // A yearly review: consumer law and commercial offers change at least that often.
      maxAgeMonths: 12,
    },
    messages: {
      fresh: {
        en: 'Terms updated on {{lastUpdated}} ({{ageDays}} days ago).',
        fr: 'CGV/CGU mises à jour le {{lastUpdated}} (il y a {{ageDays}} jours).',
      },
      undated: {
        en: 'Terms found ({{pages}} page(s)) but no update date was found on them.',
        fr: "CGV/CGU trouvées ({{pages}} page(s)) mais sans date de mise à jour.",
      },
      stale: {
        en: 'Terms last updated on {{lastUpdated}}, {{ageDays}} days ago.',
        fr: 'CGV/CGU mises à jour pour la dernière fois le {{lastUpdated}}, il y a {{ageDays}} jours.',
      },
      absent: {
        en: 'No terms of sale or use were found.',
        fr: "Ni CGV ni CGU n'ont été trouvées.",
      },
      'terms-unreadable': {
        en: 'Terms are linked but could not be read, so their date could not be checked.',
        fr: "Des CGV/CGU sont liées mais n'ont pas pu être lues : leur date n'a pas pu être vérifiée.",
      },
      'site-unreadable': {
        en: 'No page of the site could be read, so terms could not be looked for.',
        fr: "Aucune page du site n'a pu être lue : les CGV/CGU n'ont pas pu être recherchées.",
      },
    },
  },

  evaluate(snapshot, options) {
    const maxAgeMonths = numberOption(options, 'maxAgeMonths');
    const now = Date.parse(snapshot.collectedAt);
    if (Number.isNaN(now)) throw new Error(`snapshot.collectedAt is not a date: ${snapshot.collectedAt}`);
    const none = { pages: 0, lastUpdated: null, ageDays: null };
    if (okPages(snapshot).length === 0) return notApplicable('site-unreadable', none);

    const pages = pagesOfKind(snapshot, 'terms');
    if (pages.length === 0) {
      const failed = snapshot.site.pages.filter((p) => !isOk(p) && p.kinds.includes('terms'));
      const linked = kindUrls(snapshot, 'terms');
      if (failed.length > 0 || linked.length > 0) {
        const evidence = [
          ...failed.map((p) => pageEvidence(p, p.error && `${p.error.code}: ${p.error.message}`)),
          ...linked.map((u) => urlEvidence(u, 'linked, not read')),
        ];
        return notApplicable('terms-unreadable', none, limitEvidence(evidence));
      }
      const start = readStartPage(snapshot) ?? okPages(snapshot)[0];
      return outcome('fail', 0, 'absent', none, [pageEvidence(start, 'no link to terms of sale or use')]);
    }

    // The most recent date among the terms pages: the brand has reviewed its terms at least then.
    const dated = pages
      .filter((p) => p.facts.lastUpdated !== undefined && !Number.isNaN(parseDate(p.facts.lastUpdated)))
      .sort((a, b) => parseDate(b.facts.lastUpdated!) - parseDate(a.facts.lastUpdated!));
    const newest = dated[0];
    if (!newest) {
      const data = { pages: pages.length, lastUpdated: null, ageDays: null };
      return outcome('warn', 0.5, 'undated', data, limitEvidence(pages.map((p) => pageEvidence(p, 'no "last updated" date'))));
    }

    const lastUpdated = newest.facts.lastUpdated!.slice(0, 10);
    const updatedMs = parseDate(newest.facts.lastUpdated!);
    // A date a few hours "ahead" is a time-zone artefact, not a future update.
    const ageDays = Math.max(0, Math.floor((now - updatedMs) / DAY_MS));
    const collected = new Date(now);
    const cutoff = Date.UTC(collected.getUTCFullYear(), collected.getUTCMonth() - maxAgeMonths, collected.getUTCDate());
    const data = { pages: pages.length, lastUpdated, ageDays };
    const evidence = [pageEvidence(newest, `last updated ${lastUpdated}`)];
    if (updatedMs >= cutoff) return outcome('pass', 1, 'fresh', data, evidence);
    return outcome('fail', 0.25, 'stale', data, evidence);
  },
};
