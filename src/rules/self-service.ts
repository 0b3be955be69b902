// Rule self-service: customers can help themselves — a FAQ or help centre, or at least a site search.
import type { Evidence, Rule } from './types.js';
import { limitEvidence, pageEvidence, urlEvidence } from './helpers/evidence.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { allVendors, kindUrls, okPages, readStartPage, uniqueSorted } from './helpers/site.js';

export const rule: Rule = {
  meta: {
    id: 'self-service',
    category: 'support',
    requires: ['site'],
    defaultOptions: {},
    schema: {},
    messages: [
      'faq-or-help-centre',
      'help-desk-platform',
      'search-only',
      'none',
      'site-unreadable',
      'faq-link',
      'help-centre-link',
      'help-desk-found',
      'search-box',
      'nothing-here',
    ],
    readsPages: ['faq', 'help', 'help-centre'],
  },

  evaluate(snapshot) {
    const pages = okPages(snapshot);
    if (pages.length === 0) {
      return notApplicable('site-unreadable', { faq: 0, helpCentre: 0, search: false, vendor: [] });
    }

    const faqUrls = kindUrls(snapshot, 'faq');
    const helpUrls = kindUrls(snapshot, 'help-centre');
    const helpdesk = allVendors(snapshot).filter(({ vendor }) => vendor.category === 'helpdesk');
    const searchPage = pages.find((p) => p.facts.hasSearch);
    // faq and helpCentre count distinct URLs; vendor lists the help-desk platforms.
    const data = {
      faq: faqUrls.length,
      helpCentre: helpUrls.length,
      search: searchPage !== undefined,
      vendor: uniqueSorted(helpdesk.map(({ vendor }) => vendor.vendor)),
    };

    if (faqUrls.length > 0 || helpUrls.length > 0) {
      const evidence: Evidence[] = [
        ...faqUrls.map((u) => urlEvidence(u, undefined, { id: 'faq-link' })),
        ...helpUrls.map((u) => urlEvidence(u, undefined, { id: 'help-centre-link' })),
      ];
      return outcome('pass', 1, 'faq-or-help-centre', data, limitEvidence(evidence));
    }
    if (helpdesk.length > 0) {
      const evidence = helpdesk.map(({ page, vendor }) =>
        pageEvidence(page, vendor.marker, { id: 'help-desk-found', data: { vendor: vendor.vendor } }),
      );
      return outcome('pass', 1, 'help-desk-platform', data, limitEvidence(evidence));
    }
    if (searchPage) return outcome('warn', 0.5, 'search-only', data, [pageEvidence(searchPage, undefined, { id: 'search-box' })]);
    const start = readStartPage(snapshot) ?? pages[0];
    return outcome('fail', 0, 'none', data, [pageEvidence(start, undefined, { id: 'nothing-here' })]);
  },
};
