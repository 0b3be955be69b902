// Cases for the site-https rule.
import { rule } from '../../src/rules/site-https.js';
import { SITE, failedPage, kindPage, page, ruleCases, snapshot, startPage } from './snapshot-builder.js';

const target = { url: `${SITE}/`, domain: 'brand.example', brandName: 'Brand' };

ruleCases(rule, [
  {
    name: 'pass: the start page and the support pages use HTTPS',
    snapshot: snapshot([startPage(), kindPage('/contact', ['contact']), page('http://brand.example/blog')]),
    status: 'pass',
    messageId: 'all-https',
    data: { pages: 2, https: 2, share: 1 },
    evidence: [`${SITE}/`],
    notes: [{ id: 'served-https' }],
  },
  {
    name: 'warn: the contact form is served over plain HTTP',
    snapshot: snapshot([startPage(), kindPage('/help', ['help']), kindPage('http://brand.example/contact', ['contact'])]),
    status: 'warn',
    messageId: 'some-http',
    score: 2 / 3,
    data: { pages: 3, https: 2, share: 2 / 3 },
    evidence: ['http://brand.example/contact'],
    notes: [{ id: 'served-http' }],
  },
  {
    name: 'fail: nothing uses HTTPS',
    snapshot: snapshot([page('http://brand.example/', { depth: 0 }), kindPage('http://brand.example/faq', ['faq'])]),
    status: 'fail',
    messageId: 'no-https',
    score: 0,
    data: { pages: 2, https: 0, share: 0 },
    evidence: ['http://brand.example/', 'http://brand.example/faq'],
  },
  {
    name: 'na: a local copy says nothing about the real transport',
    snapshot: snapshot([page('http://127.0.0.1:8080/', { depth: 0 })], [], { target: { ...target, local: true } }),
    status: 'na',
    messageId: 'local-target',
    data: { pages: 0, https: 0, share: null },
  },
  {
    name: 'na: the start page could not be read',
    snapshot: snapshot([failedPage('/', { depth: 0 })]),
    status: 'na',
    messageId: 'start-page-unreadable',
    data: { pages: 0, https: 0, share: null },
  },
]);
