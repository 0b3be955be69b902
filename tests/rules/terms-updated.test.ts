// Cases for the terms-updated rule (the snapshot is collected on 2026-06-15 at noon UTC).
import { rule } from '../../src/rules/terms-updated.js';
import { SITE, facts, failedPage, kindPage, ruleCases, snapshot, startPage } from './snapshot-builder.js';

const terms = (path: string, lastUpdated?: string) =>
  kindPage(path, ['terms'], { facts: facts(lastUpdated ? { lastUpdated } : {}) });

ruleCases(rule, [
  {
    name: 'pass: updated three months ago',
    snapshot: snapshot([startPage(), terms('/cgv', '2026-03-15')]),
    status: 'pass',
    messageId: 'fresh',
    data: { pages: 1, lastUpdated: '2026-03-15', ageDays: 92, maxAgeMonths: 12 },
    evidence: [`${SITE}/cgv`],
    notes: [{ id: 'last-updated', data: { lastUpdated: '2026-03-15' } }],
  },
  {
    name: 'pass: exactly twelve months old is still fresh',
    snapshot: snapshot([startPage(), terms('/cgv', '2025-06-15')]),
    status: 'pass',
    messageId: 'fresh',
    data: { pages: 1, lastUpdated: '2025-06-15', ageDays: 365, maxAgeMonths: 12 },
  },
  {
    name: 'pass: the newest of several terms pages decides',
    snapshot: snapshot([startPage(), terms('/cgu', '2020-01-01'), terms('/cgv', '2026-01-10'), terms('/agb')]),
    status: 'pass',
    messageId: 'fresh',
    data: { pages: 3, lastUpdated: '2026-01-10', ageDays: 156, maxAgeMonths: 12 },
    evidence: [`${SITE}/cgv`],
  },
  {
    name: 'warn: terms without a date',
    snapshot: snapshot([startPage(), terms('/terms')]),
    status: 'warn',
    messageId: 'undated',
    score: 0.5,
    data: { pages: 1, lastUpdated: null, ageDays: null, maxAgeMonths: 12 },
    evidence: [`${SITE}/terms`],
    notes: [{ id: 'no-date' }],
  },
  {
    name: 'fail: a day past twelve months is stale',
    snapshot: snapshot([startPage(), terms('/cgv', '2025-06-14')]),
    status: 'fail',
    messageId: 'stale',
    score: 0.25,
    data: { pages: 1, lastUpdated: '2025-06-14', ageDays: 366, maxAgeMonths: 12 },
  },
  {
    name: 'fail: four months old is stale when maxAgeMonths is 3',
    snapshot: snapshot([startPage(), terms('/cgv', '2026-02-10')]),
    options: { maxAgeMonths: 3 },
    status: 'fail',
    messageId: 'stale',
    score: 0.25,
    data: { pages: 1, lastUpdated: '2026-02-10', ageDays: 125, maxAgeMonths: 3 },
  },
  {
    name: 'fail: no terms at all',
    snapshot: snapshot([startPage(), kindPage('/contact', ['contact'])]),
    status: 'fail',
    messageId: 'absent',
    score: 0,
    data: { pages: 0, lastUpdated: null, ageDays: null, maxAgeMonths: 12 },
    evidence: [`${SITE}/`],
  },
  {
    name: 'na: the terms page failed to load',
    snapshot: snapshot([startPage(), failedPage('/cgv', { kinds: ['terms'] })]),
    status: 'na',
    messageId: 'terms-unreadable',
    data: { pages: 0, lastUpdated: null, ageDays: null, maxAgeMonths: 12 },
    evidence: [`${SITE}/cgv`],
    notes: [{ id: 'site.page-unreadable', data: { code: 'http-500' } }],
  },
  {
    name: 'na: the terms are linked but were not crawled',
    snapshot: snapshot([
      startPage({ facts: facts({ links: [{ url: 'https://legal.brand.example/terms', text: 'Terms', placement: 'footer', kinds: ['terms'] }] }) }),
    ]),
    status: 'na',
    messageId: 'terms-unreadable',
    data: { pages: 0, lastUpdated: null, ageDays: null, maxAgeMonths: 12 },
    evidence: ['https://legal.brand.example/terms'],
    notes: [{ id: 'linked-not-read' }],
  },
  {
    name: 'na: no page could be read',
    snapshot: snapshot([failedPage('/', { depth: 0 })]),
    status: 'na',
    messageId: 'site-unreadable',
    data: { pages: 0, lastUpdated: null, ageDays: null, maxAgeMonths: 12 },
  },
]);
