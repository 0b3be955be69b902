// Rule community-space: the brand links a community or forum where customers help each other.
import type { Evidence, Rule } from './types.js';
import { limitEvidence, pageEvidence, urlEvidence } from './helpers/evidence.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { allVendors, kindUrls, okPages, readStartPage, uniqueSorted } from './helpers/site.js';

export const rule: Rule = {
  meta: {
    id: 'community-space',
    category: 'support',
    requires: ['site'],
    defaultOptions: {},
    schema: {},
    messages: ['linked', 'platform-only', 'none', 'site-unreadable', 'community-link', 'community-platform', 'no-community-link'],
    readsPages: ['community'],
  },

  evaluate(snapshot) {
    if (okPages(snapshot).length === 0) return notApplicable('site-unreadable', { links: [], vendor: [] });

    const links = uniqueSorted(kindUrls(snapshot, 'community'));
    const platforms = allVendors(snapshot).filter(({ vendor }) => vendor.category === 'community');
    const data = { links, vendor: uniqueSorted(platforms.map(({ vendor }) => vendor.vendor)) };
    const evidence: Evidence[] = [
      ...links.map((u) => urlEvidence(u, undefined, { id: 'community-link' })),
      ...platforms.map(({ page, vendor }) => pageEvidence(page, vendor.marker, { id: 'community-platform', data: { vendor: vendor.vendor } })),
    ];
    if (links.length > 0) return outcome('pass', 1, 'linked', data, limitEvidence(evidence));
    if (platforms.length > 0) return outcome('pass', 1, 'platform-only', data, limitEvidence(evidence));
    const start = readStartPage(snapshot) ?? okPages(snapshot)[0];
    return outcome('fail', 0, 'none', data, [pageEvidence(start, undefined, { id: 'no-community-link' })]);
  },
};
