// Cases for the self-service rule.
import { rule } from '../../src/rules/self-service.js';
import { SITE, facts, failedPage, kindPage, page, ruleCases, snapshot, startPage } from './snapshot-builder.js';

const zendesk = { vendor: 'zendesk', category: 'helpdesk' as const, marker: 'static.zdassets.com' };

ruleCases(rule, [
  {
    name: 'pass: a FAQ page was read',
    snapshot: snapshot([startPage(), kindPage('/faq', ['faq'])]),
    status: 'pass',
    messageId: 'faq-or-help-centre',
    data: { faq: 1, helpCentre: 0, search: false, vendor: [] },
    evidence: [`${SITE}/faq`],
    notes: [{ id: 'faq-link' }],
  },
  {
    name: 'pass: a help centre on another host, linked but not crawled, counts once',
    snapshot: snapshot([
      startPage({
        facts: facts({
          links: [{ url: 'https://help.brand.example/', text: "Centre d'aide", placement: 'header', kinds: ['help-centre'] }],
        }),
      }),
      page('/shop', {
        facts: facts({
          links: [{ url: 'https://help.brand.example', text: 'Help', placement: 'footer', kinds: ['help-centre'] }],
        }),
      }),
    ]),
    status: 'pass',
    messageId: 'faq-or-help-centre',
    data: { faq: 0, helpCentre: 1, search: false, vendor: [] },
    evidence: ['https://help.brand.example/'],
    notes: [{ id: 'help-centre-link' }],
  },
  {
    name: 'pass: a help-desk platform without a FAQ page',
    snapshot: snapshot([startPage({ facts: facts({ vendors: [zendesk], hasSearch: true }) })]),
    status: 'pass',
    messageId: 'help-desk-platform',
    data: { faq: 0, helpCentre: 0, search: true, vendor: ['zendesk'] },
    notes: [{ id: 'help-desk-found', data: { vendor: 'zendesk' } }],
  },
  {
    name: 'warn: only a site search',
    snapshot: snapshot([startPage({ facts: facts({ hasSearch: true }) }), kindPage('/contact', ['contact'])]),
    status: 'warn',
    messageId: 'search-only',
    score: 0.5,
    data: { faq: 0, helpCentre: 0, search: true, vendor: [] },
    evidence: [`${SITE}/`],
  },
  {
    name: 'fail: the FAQ link leads to a page that failed',
    snapshot: snapshot([
      startPage({ facts: facts({ links: [{ url: `${SITE}/faq`, text: 'FAQ', placement: 'footer', kinds: ['faq'] }] }) }),
      failedPage('/faq', { kinds: ['faq'] }),
    ]),
    status: 'fail',
    messageId: 'none',
    score: 0,
    data: { faq: 0, helpCentre: 0, search: false, vendor: [] },
    evidence: [`${SITE}/`],
  },
  {
    name: 'na: no page could be read',
    snapshot: snapshot([failedPage('/', { depth: 0 })]),
    status: 'na',
    messageId: 'site-unreadable',
    data: { faq: 0, helpCentre: 0, search: false, vendor: [] },
  },
]);
