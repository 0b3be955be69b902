// Cases for the legal-notice-privacy rule.
import type { LinkFinding } from '../../src/snapshot/types.js';
import { rule } from '../../src/rules/legal-notice-privacy.js';
import { SITE, facts, failedPage, kindPage, ruleCases, snapshot, startPage } from './snapshot-builder.js';

const privacyLink: LinkFinding = { url: `${SITE}/privacy`, text: 'Privacy', placement: 'footer', kinds: ['privacy'] };

ruleCases(rule, [
  {
    name: 'pass: both pages were read',
    snapshot: snapshot([startPage(), kindPage('/mentions-legales', ['legal-notice']), kindPage('/confidentialite', ['privacy'])]),
    status: 'pass',
    messageId: 'both',
    data: { legalNotice: true, privacy: true },
    evidence: [`${SITE}/mentions-legales`, `${SITE}/confidentialite`],
    notes: [{ id: 'legal-notice-page' }, { id: 'privacy-page' }],
  },
  {
    name: 'pass: an Impressum page and a privacy link that was not crawled',
    snapshot: snapshot([startPage({ facts: facts({ links: [privacyLink] }) }), kindPage('/impressum', ['legal-notice'])]),
    status: 'pass',
    messageId: 'both',
    data: { legalNotice: true, privacy: true },
    evidence: [`${SITE}/privacy`],
  },
  {
    name: 'warn: privacy only',
    snapshot: snapshot([startPage(), kindPage('/privacy', ['privacy'])]),
    status: 'warn',
    messageId: 'no-legal-notice',
    score: 0.5,
    data: { legalNotice: false, privacy: true },
    evidence: [`${SITE}/`],
    notes: [{ id: 'no-legal-notice-link' }],
  },
  {
    name: 'warn: legal notice only, the privacy link is dead',
    snapshot: snapshot([
      startPage({ facts: facts({ links: [privacyLink] }) }),
      kindPage('/legal', ['legal-notice']),
      failedPage('/privacy', { kinds: ['privacy'], status: 404, error: { code: 'http-404', data: { status: 404 } } }),
    ]),
    status: 'warn',
    messageId: 'no-privacy',
    score: 0.5,
    data: { legalNotice: true, privacy: false },
    notes: [{ id: 'no-privacy-link' }],
  },
  {
    name: 'fail: neither',
    snapshot: snapshot([startPage(), kindPage('/terms', ['terms'])]),
    status: 'fail',
    messageId: 'neither',
    score: 0,
    data: { legalNotice: false, privacy: false },
    evidence: [`${SITE}/`],
    notes: [{ id: 'no-legal-link' }],
  },
  {
    name: 'na: no page could be read',
    snapshot: snapshot([failedPage('/', { depth: 0 })]),
    status: 'na',
    messageId: 'site-unreadable',
    data: { legalNotice: false, privacy: false },
  },
]);
