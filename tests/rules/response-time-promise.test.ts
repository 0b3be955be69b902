// Cases for the response-time-promise rule.
import type { PromiseFinding } from '../../src/snapshot/types.js';
import { rule } from '../../src/rules/response-time-promise.js';
import { SITE, facts, failedPage, kindPage, ruleCases, snapshot, startPage } from './snapshot-builder.js';

const contactWith = (...promises: PromiseFinding[]) => kindPage('/contact', ['contact'], { facts: facts({ promises }) });
const day = { text: 'Réponse sous 24 h', hours: 24 };
const twoDays = { text: 'We answer within 2 business days', hours: 48 };
const vague = { text: 'We will get back to you as soon as possible', hours: null };

ruleCases(rule, [
  {
    name: 'pass: a 24-hour promise, the fastest of two',
    snapshot: snapshot([startPage(), contactWith(twoDays, day)]),
    status: 'pass',
    messageId: 'within-limit',
    data: {
      promises: [
        { ...twoDays, url: `${SITE}/contact` },
        { ...day, url: `${SITE}/contact` },
      ],
      bestHours: 24,
      maxHours: 24,
      firstText: twoDays.text,
    },
    evidence: [`${SITE}/contact`],
    notes: [
      { id: 'promised-delay', data: { hours: 24 } },
      { id: 'promised-delay', data: { hours: 48 } },
    ],
  },
  {
    name: 'pass: the same footer promise on every page is listed once, with its first page',
    snapshot: snapshot([startPage({ facts: facts({ promises: [day] }) }), contactWith(day)]),
    status: 'pass',
    messageId: 'within-limit',
    data: { promises: [{ ...day, url: `${SITE}/` }], bestHours: 24, maxHours: 24, firstText: day.text },
  },
  {
    name: 'warn: 24 hours is too slow when maxHours is 4',
    snapshot: snapshot([startPage(), contactWith(day)]),
    options: { maxHours: 4 },
    status: 'warn',
    messageId: 'too-slow',
    score: 0.5,
    data: { promises: [{ ...day, url: `${SITE}/contact` }], bestHours: 24, maxHours: 4, firstText: day.text },
  },
  {
    name: 'warn: a promise without a figure',
    snapshot: snapshot([startPage(), contactWith(vague)]),
    status: 'warn',
    messageId: 'no-figure',
    score: 0.5,
    data: { promises: [{ ...vague, url: `${SITE}/contact` }], bestHours: null, maxHours: 24, firstText: vague.text },
  },
  {
    name: 'fail: no commitment anywhere',
    snapshot: snapshot([startPage(), contactWith()]),
    status: 'fail',
    messageId: 'none',
    score: 0,
    data: { promises: [], bestHours: null, maxHours: 24, firstText: null },
    evidence: [`${SITE}/contact`, `${SITE}/`],
    notes: [{ id: 'no-promise-here' }],
  },
  {
    name: 'na: no page could be read',
    snapshot: snapshot([failedPage('/', { depth: 0 })]),
    status: 'na',
    messageId: 'site-unreadable',
    data: { promises: [], bestHours: null, maxHours: 24, firstText: null },
  },
]);
