// Cases for the accounts-consistent rule.
import { rule } from '../../src/rules/accounts-consistent.js';
import { SITE, account, ruleCases, snapshot, startPage } from './snapshot-builder.js';

const footerOn = (path: string) => ({ pageUrl: `${SITE}${path}`, placement: 'footer' as const });

ruleCases(rule, [
  {
    name: 'pass: one handle per network, seen on several pages',
    snapshot: snapshot(
      [startPage()],
      [account('facebook', 'brand', [footerOn('/'), footerOn('/contact')]), account('x', 'brand', [{ placement: 'header' }])],
    ),
    status: 'pass',
    messageId: 'consistent',
    data: { platform: [], handles: {} },
    evidence: [`${SITE}/`],
    notes: [{ id: 'linked', data: { platform: 'x', handle: 'brand', placement: 'header' } }],
  },
  {
    name: 'pass: a dedicated support account beside the main one is fine',
    snapshot: snapshot([startPage()], [account('x', 'brand'), account('x', 'brand_support', [footerOn('/help')])]),
    status: 'pass',
    messageId: 'consistent',
    data: { platform: [], handles: {} },
  },
  {
    name: 'pass: handles differing only in case are one account',
    snapshot: snapshot([startPage()], [account('instagram', 'Brand'), account('instagram', 'brand', [footerOn('/faq')])]),
    status: 'pass',
    messageId: 'consistent',
    data: { platform: [], handles: {} },
  },
  {
    name: 'pass: an official account seen only in JSON-LD is not compared',
    snapshot: snapshot(
      [startPage()],
      [account('facebook', 'brand'), account('facebook', 'brandgroup', [{ how: 'json-ld', placement: 'head' }])],
    ),
    status: 'pass',
    messageId: 'consistent',
    data: { platform: [], handles: {} },
  },
  {
    name: 'warn: two main handles for Facebook on different pages',
    snapshot: snapshot(
      [startPage()],
      [account('facebook', 'brand', [footerOn('/')]), account('facebook', 'brandfrance', [footerOn('/contact')]), account('x', 'brand')],
    ),
    status: 'warn',
    messageId: 'inconsistent',
    score: 0.5,
    data: { platform: ['facebook'], handles: { facebook: ['brand', 'brandfrance'] } },
    evidence: [`${SITE}/`, `${SITE}/contact`],
    notes: [
      { id: 'linked', data: { platform: 'facebook', handle: 'brand', placement: 'footer' } },
      { id: 'linked', data: { platform: 'facebook', handle: 'brandfrance', placement: 'footer' } },
    ],
  },
  {
    name: "warn: the brand's own name is not taken for a support word (SkinCare)",
    snapshot: snapshot(
      [startPage()],
      [account('x', 'skincare'), account('x', 'skincarefr', [{ placement: 'follow-block' }])],
      { target: { url: 'https://skincare.example/', domain: 'skincare.example', brandName: 'SkinCare' } },
    ),
    status: 'warn',
    messageId: 'inconsistent',
    data: { platform: ['x'], handles: { x: ['skincare', 'skincarefr'] } },
  },
  {
    name: 'pass: a SkinCare support account is still recognised after the brand name',
    snapshot: snapshot(
      [startPage()],
      [account('x', 'skincare'), account('x', 'skincare_aide')],
      { target: { url: 'https://skincare.example/', domain: 'skincare.example', brandName: 'SkinCare' } },
    ),
    status: 'pass',
    messageId: 'consistent',
    data: { platform: [], handles: {} },
  },
  {
    name: 'warn: a narrower supportHandlePattern no longer excuses a "care" account',
    snapshot: snapshot([startPage()], [account('x', 'brand'), account('x', 'brandcare')]),
    options: { supportHandlePattern: 'help' },
    status: 'warn',
    messageId: 'inconsistent',
    data: { platform: ['x'], handles: { x: ['brand', 'brandcare'] } },
  },
  {
    name: 'na: no official account',
    snapshot: snapshot([startPage()], [account('x', 'someone', [{ placement: 'article' }], false)]),
    status: 'na',
    messageId: 'no-official-accounts',
    data: { platform: [], handles: {} },
  },
  {
    name: 'na: official accounts are never linked from a site-wide place',
    snapshot: snapshot([startPage()], [account('youtube', 'brand', [{ how: 'json-ld', placement: 'head' }])]),
    status: 'na',
    messageId: 'no-site-wide-links',
    data: { platform: [], handles: {} },
  },
]);
