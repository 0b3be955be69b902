// Cases for the support-mobile-ready rule.
import { rule } from '../../src/rules/support-mobile-ready.js';
import { SITE, kindPage, ruleCases, snapshot, startPage } from './snapshot-builder.js';

const responsive = (path: string) => kindPage(path, ['help'], { viewport: 'initial-scale=1, width=device-width' });
const fixed = (path: string) => kindPage(path, ['contact'], { viewport: 'width=1024' });
const bare = (path: string) => kindPage(path, ['faq'], { viewport: null });

ruleCases(rule, [
  {
    name: 'pass: every support page is responsive (the start page is not counted)',
    snapshot: snapshot([startPage({ viewport: null }), responsive('/help'), responsive('/help/orders')]),
    status: 'pass',
    messageId: 'ready',
    data: { pages: 2, ready: 2, share: 1 },
    evidence: [`${SITE}/help`],
  },
  {
    name: 'pass: three of four is enough when minShare is 0.75',
    snapshot: snapshot([startPage(), responsive('/a'), responsive('/b'), responsive('/c'), bare('/faq')]),
    options: { minShare: 0.75 },
    status: 'pass',
    messageId: 'some-ready',
    data: { pages: 4, ready: 3, share: 0.75 },
    evidence: [`${SITE}/faq`],
    notes: [{ id: 'no-viewport' }, { id: 'responsive' }],
  },
  {
    name: 'warn: two of three, scored by the share',
    snapshot: snapshot([startPage(), responsive('/a'), responsive('/b'), fixed('/contact')]),
    status: 'warn',
    messageId: 'some-ready',
    score: 2 / 3,
    data: { pages: 3, ready: 2, share: 2 / 3 },
    notes: [{ id: 'not-responsive' }],
    evidence: [`${SITE}/contact`],
  },
  {
    name: 'fail: a fixed-width viewport and a missing one',
    snapshot: snapshot([startPage(), fixed('/contact'), bare('/faq')]),
    status: 'fail',
    messageId: 'none-ready',
    score: 0,
    data: { pages: 2, ready: 0, share: 0 },
    evidence: [`${SITE}/contact`, `${SITE}/faq`],
  },
  {
    name: 'na: no support page was read',
    snapshot: snapshot([startPage(), kindPage('/cgv', ['terms'])]),
    status: 'na',
    messageId: 'no-support-page',
    data: { pages: 0, ready: 0, share: null },
  },
]);
