// Rule legal-notice-privacy: the legal notice and the privacy policy the law requires are published.
import type { Evidence, Rule } from './types.js';
import { pageEvidence, urlEvidence } from './helpers/evidence.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { kindUrls, okPages, readStartPage } from './helpers/site.js';

export const rule: Rule = {
  meta: {
    id: 'legal-notice-privacy',
    category: 'trust',
    requires: ['site'],
    defaultOptions: {},
    schema: {},
    messages: [
      'both',
      'no-legal-notice',
      'no-privacy',
      'neither',
      'site-unreadable',
      'legal-notice-page',
      'privacy-page',
      'no-legal-notice-link',
      'no-privacy-link',
      'no-legal-link',
    ],
    readsPages: ['legal-notice', 'privacy'],
  },

  evaluate(snapshot) {
    if (okPages(snapshot).length === 0) {
      return notApplicable('site-unreadable', { legalNotice: false, privacy: false });
    }
    const legal = kindUrls(snapshot, 'legal-notice');
    const privacy = kindUrls(snapshot, 'privacy');
    const data = { legalNotice: legal.length > 0, privacy: privacy.length > 0 };
    const evidence: Evidence[] = [
      ...legal.slice(0, 1).map((u) => urlEvidence(u, undefined, { id: 'legal-notice-page' })),
      ...privacy.slice(0, 1).map((u) => urlEvidence(u, undefined, { id: 'privacy-page' })),
    ];
    if (data.legalNotice && data.privacy) return outcome('pass', 1, 'both', data, evidence);

    // Where the missing page was looked for: the start page, whose footer normally carries legal links.
    const start = readStartPage(snapshot) ?? okPages(snapshot)[0];
    const missing = data.legalNotice ? 'no-privacy-link' : data.privacy ? 'no-legal-notice-link' : 'no-legal-link';
    evidence.push(pageEvidence(start, undefined, { id: missing }));
    if (data.legalNotice) return outcome('warn', 0.5, 'no-privacy', data, evidence);
    if (data.privacy) return outcome('warn', 0.5, 'no-legal-notice', data, evidence);
    return outcome('fail', 0, 'neither', data, evidence);
  },
};
