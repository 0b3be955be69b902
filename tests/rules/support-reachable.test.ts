// Cases for the support-reachable rule.
import type { LinkFinding, Placement } from '../../src/snapshot/types.js';
import { rule } from '../../src/rules/support-reachable.js';
import { SITE, facts, failedPage, kindPage, page, ruleCases, snapshot, startPage } from './snapshot-builder.js';

const contactLink = (placement: Placement): LinkFinding => ({
  url: `${SITE}/contact`,
  text: 'Contact us',
  placement,
  kinds: ['contact'],
});
const homeWith = (...placements: Placement[]) => startPage({ facts: facts({ links: placements.map(contactLink) }) });
const contact = kindPage('/contact', ['contact'], { depth: 1 });

ruleCases(rule, [
  {
    name: 'pass: contact linked from the header, one click away',
    snapshot: snapshot([homeWith('header'), contact]),
    status: 'pass',
    messageId: 'reachable',
    data: { depth: 1, via: 'header', pages: 1, unread: 0, maxClicks: 2 },
    evidence: [`${SITE}/`, `${SITE}/contact`],
    notes: [
      { id: 'support-link', data: { placement: 'header', target: `${SITE}/contact` } },
      { id: 'nearest-support-page', data: { depth: 1 } },
    ],
  },
  {
    name: 'pass: a menu link wins over a footer link',
    snapshot: snapshot([homeWith('footer', 'nav'), contact]),
    status: 'pass',
    messageId: 'reachable',
    data: { depth: 1, via: 'nav', pages: 1, unread: 0, maxClicks: 2 },
  },
  {
    name: 'pass: help two clicks away through a non-support page',
    snapshot: snapshot([startPage(), page('/shop'), kindPage('/shop/help', ['help'], { depth: 2 })]),
    status: 'pass',
    messageId: 'reachable',
    data: { depth: 2, via: null, pages: 1, unread: 0, maxClicks: 2 },
  },
  {
    name: 'pass: the start page is itself a help centre',
    snapshot: snapshot([startPage({ kinds: ['help-centre'] })]),
    status: 'pass',
    messageId: 'reachable',
    data: { depth: 0, via: null, pages: 1, unread: 0, maxClicks: 2 },
  },
  {
    name: 'warn: the only route is a footer link',
    snapshot: snapshot([homeWith('footer'), contact]),
    status: 'warn',
    messageId: 'footer-only',
    score: 0.5,
    data: { depth: 1, via: 'footer', pages: 1, unread: 0, maxClicks: 2 },
    evidence: [`${SITE}/`],
  },
  {
    name: 'warn: the route starts with a non-support footer link (Informations → Service clients)',
    snapshot: snapshot([
      startPage(),
      page('/infos/', { via: 'footer', from: `${SITE}/` }),
      kindPage('/infos/service/', ['customer-service'], { depth: 2, from: `${SITE}/infos/`, via: 'body' }),
    ]),
    status: 'warn',
    messageId: 'footer-only',
    score: 0.5,
    data: { depth: 2, via: 'footer', pages: 1, unread: 0, maxClicks: 2 },
  },
  {
    name: 'pass: the route starts with a non-support header link',
    snapshot: snapshot([
      startPage(),
      page('/boutique/', { via: 'header', from: `${SITE}/` }),
      kindPage('/boutique/aide', ['help'], { depth: 2, from: `${SITE}/boutique/`, via: 'body' }),
    ]),
    status: 'pass',
    messageId: 'reachable',
    data: { depth: 2, via: 'header', pages: 1, unread: 0, maxClicks: 2 },
  },
  {
    name: 'warn: the nearest support page is three clicks deep',
    snapshot: snapshot([startPage(), page('/a'), page('/a/b', { depth: 2 }), kindPage('/a/b/faq', ['faq'], { depth: 3 })]),
    status: 'warn',
    messageId: 'too-deep',
    score: 0.25,
    data: { depth: 3, via: null, pages: 1, unread: 0, maxClicks: 2 },
    evidence: [`${SITE}/a/b/faq`],
  },
  {
    name: 'warn: two clicks is too deep when maxClicks is 1',
    snapshot: snapshot([startPage(), page('/shop'), kindPage('/shop/help', ['help'], { depth: 2 })]),
    options: { maxClicks: 1 },
    status: 'warn',
    messageId: 'too-deep',
    score: 0.25,
    data: { depth: 2, via: null, pages: 1, unread: 0, maxClicks: 1 },
  },
  {
    name: 'fail: no support page anywhere',
    snapshot: snapshot([startPage(), page('/shop'), kindPage('/legal', ['legal-notice'])]),
    status: 'fail',
    messageId: 'no-support-page',
    score: 0,
    data: { depth: null, via: null, pages: 0, unread: 0, maxClicks: 2 },
    evidence: [`${SITE}/`],
    notes: [{ id: 'no-support-link' }],
  },
  {
    name: 'na: support pages were linked but none could be read',
    snapshot: snapshot([homeWith('header'), failedPage('/contact', { kinds: ['contact'] })]),
    status: 'na',
    messageId: 'support-unreadable',
    data: { depth: null, via: null, pages: 0, unread: 1, maxClicks: 2 },
    notes: [{ id: 'site.page-unreadable', data: { code: 'http-500' } }],
  },
  {
    name: 'na: the start page could not be read',
    snapshot: snapshot([failedPage('/', { depth: 0 })]),
    status: 'na',
    messageId: 'start-page-unreadable',
    data: { depth: null, via: null, pages: 0, unread: 0, maxClicks: 2 },
  },
]);
