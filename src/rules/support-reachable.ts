// Rule support-reachable: the support area is visible from the start page and at most a couple of clicks away.
import type { BrandSnapshot, LinkFinding, PageRecord, Placement } from '../snapshot/types.js';
import type { Rule } from './types.js';
import { limitEvidence, pageEvidence } from './helpers/evidence.js';
import { integerOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { isSupportKind, readStartPage, startPage, SUPPORT_KINDS, supportPages, unreadSupportPages } from './helpers/site.js';

/** Which start-page placement best shows the way to support: the most visible first, the footer last. */
const VISIBILITY: readonly Placement[] = ['header', 'nav', 'body', 'article', 'follow-block', 'head', 'script', 'footer'];

/** The start page's most visible support link, if it has any. */
function bestLink(links: LinkFinding[]): LinkFinding | undefined {
  const rank = (l: LinkFinding) => VISIBILITY.indexOf(l.placement);
  return links.filter((l) => isSupportKind(l.kinds)).sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * Where the first click of the crawl's shortest route to `page` sat on the start page, following `from` links
 * back to depth 1. Catches routes that start with a non-support link ("Informations" in the footer → "Service
 * clients"), which the start page's support links alone do not show.
 */
function firstClickPlacement(snapshot: BrandSnapshot, page: PageRecord): Placement | undefined {
  const byUrl = new Map(snapshot.site.pages.map((p) => [p.url, p]));
  let current: PageRecord | undefined = page;
  for (let hops = 0; current && current.depth > 1 && hops < 50; hops++) current = current.from ? byUrl.get(current.from) : undefined;
  return current?.depth === 1 ? current.via : undefined;
}

export const rule: Rule = {
  meta: {
    id: 'support-reachable',
    category: 'support',
    requires: ['site'],
    defaultOptions: {
      // Qualiweb 2007 counted contact links more than two clicks deep as hidden.
      maxClicks: 2,
    },
    schema: {
      // At least one click (the start page is rarely the help page); ten is far beyond any crawl depth.
      maxClicks: { type: 'integer', minimum: 1, maximum: 10 },
    },
    messages: [
      'reachable',
      'footer-only',
      'too-deep',
      'no-support-page',
      'support-unreadable',
      'start-page-unreadable',
      'support-link',
      'nearest-support-page',
      'no-support-link',
      'site.page-unreadable',
    ],
    readsPages: [...SUPPORT_KINDS],
  },

  evaluate(snapshot, options) {
    const maxClicks = integerOption(options, 'maxClicks');
    const unreadable = (p: PageRecord) => pageEvidence(p, undefined, p.error && { id: 'site.page-unreadable', data: { code: p.error.code } });
    const start = readStartPage(snapshot);
    if (!start) {
      const failed = startPage(snapshot);
      const data = { depth: null, via: null, pages: 0, unread: 0, maxClicks };
      return notApplicable('start-page-unreadable', data, failed ? [unreadable(failed)] : []);
    }

    const pages = supportPages(snapshot);
    const unread = unreadSupportPages(snapshot);
    if (pages.length === 0) {
      const none = { depth: null, via: null, pages: 0, unread: unread.length, maxClicks };
      // Linked but unreadable (timeouts, errors): the crawl, not the site, may be at fault.
      if (unread.length > 0) return notApplicable('support-unreadable', none, limitEvidence(unread.map(unreadable)));
      return outcome('fail', 0, 'no-support-page', none, [pageEvidence(start, undefined, { id: 'no-support-link' })]);
    }

    const nearest = pages.reduce((a, b) => (b.depth < a.depth ? b : a));
    const link = bestLink(start.facts.links);
    const via = nearest.depth === 0 ? null : (link?.placement ?? firstClickPlacement(snapshot, nearest) ?? null);
    const data = { depth: nearest.depth, via, pages: pages.length, unread: unread.length, maxClicks };
    // The start page's most visible support link (its text as snippet), then the nearest support page (its title).
    const linkEvidence = link
      ? [pageEvidence(start, link.text, { id: 'support-link', data: { placement: link.placement, target: link.url } })]
      : [];
    const nearestEvidence = pageEvidence(nearest, nearest.title, { id: 'nearest-support-page', data: { depth: nearest.depth } });
    const evidence = limitEvidence([...linkEvidence, nearestEvidence]);

    if (nearest.depth > maxClicks) return outcome('warn', 0.25, 'too-deep', data, evidence);
    if (nearest.depth > 0 && via === 'footer') return outcome('warn', 0.5, 'footer-only', data, evidence);
    return outcome('pass', 1, 'reachable', data, evidence);
  },
};
