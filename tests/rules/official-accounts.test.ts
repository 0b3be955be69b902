// Cases for the official-accounts rule.
import { rule } from '../../src/rules/official-accounts.js';
import { SITE, account, failedPage, page, ruleCases, snapshot, startPage } from './snapshot-builder.js';

const others = ['instagram', 'youtube', 'linkedin'];

ruleCases(rule, [
  {
    name: 'pass: Facebook and X accounts reach the default minimum of two',
    snapshot: snapshot([startPage()], [account('facebook', 'brand'), account('x', 'brand')]),
    status: 'pass',
    messageId: 'enough',
    data: { platform: ['facebook', 'x'], missing: others, accounts: 2, minNetworks: 2 },
    evidence: [`${SITE}/`],
    notes: [{ id: 'account-linked', data: { platform: 'x', handle: 'brand', placement: 'footer' } }],
  },
  {
    name: 'pass: an official account on another network counts in accounts, not in found',
    snapshot: snapshot(
      [startPage()],
      [account('facebook', 'brand'), account('instagram', 'brand'), account('tiktok', 'brand')],
    ),
    status: 'pass',
    messageId: 'enough',
    data: { platform: ['facebook', 'instagram'], missing: ['x', 'youtube', 'linkedin'], accounts: 3, minNetworks: 2 },
  },
  {
    name: 'pass: the networks option decides which platforms count',
    snapshot: snapshot([startPage()], [account('tiktok', 'brand')]),
    options: { networks: ['tiktok'], minNetworks: 1 },
    status: 'pass',
    messageId: 'enough',
    data: { platform: ['tiktok'], missing: [], accounts: 1, minNetworks: 1 },
  },
  {
    name: 'warn: one network out of two scores half',
    snapshot: snapshot([startPage()], [account('facebook', 'brand', [{ pageUrl: `${SITE}/contact` }])]),
    status: 'warn',
    messageId: 'too-few',
    score: 0.5,
    data: { platform: ['facebook'], missing: ['x', ...others], accounts: 1, minNetworks: 2 },
    evidence: [`${SITE}/contact`, `${SITE}/`],
    notes: [{ id: 'no-profile-link', data: { platform: ['x', ...others] } }],
  },
  {
    name: 'pass: an account known without a sighting points at its profile',
    snapshot: snapshot([startPage()], [account('facebook', 'brand'), account('youtube', 'brand', [])]),
    status: 'pass',
    messageId: 'enough',
    data: { platform: ['facebook', 'youtube'], missing: ['x', 'instagram', 'linkedin'], accounts: 2, minNetworks: 2 },
    evidence: ['https://youtube.example/brand'],
    notes: [{ id: 'account-found', data: { platform: 'youtube', handle: 'brand' } }],
  },
  {
    name: 'warn: two networks when minNetworks is 3',
    snapshot: snapshot([startPage()], [account('facebook', 'brand'), account('youtube', 'brand')]),
    options: { minNetworks: 3 },
    status: 'warn',
    messageId: 'too-few',
    score: 2 / 3,
    data: { platform: ['facebook', 'youtube'], missing: ['x', 'instagram', 'linkedin'], accounts: 2, minNetworks: 3 },
  },
  {
    name: 'fail: an account linked from an article is not official',
    snapshot: snapshot(
      [startPage(), page('/blog/post')],
      [account('x', 'journalist', [{ pageUrl: `${SITE}/blog/post`, placement: 'article' }], false)],
    ),
    status: 'fail',
    messageId: 'none',
    score: 0,
    data: { platform: [], missing: ['facebook', 'x', ...others], accounts: 0, minNetworks: 2 },
    evidence: [`${SITE}/`, `${SITE}/blog/post`],
    notes: [{ id: 'no-profile-link', data: { platform: ['facebook', 'x', ...others] } }],
  },
  {
    name: 'na: the start page failed and no account is known',
    snapshot: snapshot([failedPage('/', { depth: 0 })]),
    status: 'na',
    messageId: 'site-unreadable',
    data: { platform: [], missing: ['facebook', 'x', ...others], accounts: 0, minNetworks: 2 },
    notes: [{ id: 'site.page-unreadable', data: { code: 'http-500' } }],
  },
]);
