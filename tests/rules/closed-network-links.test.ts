// Cases for the closed-network-links rule.
import { rule } from '../../src/rules/closed-network-links.js';
import type { Account, Platform } from '../../src/snapshot/types.js';
import { CLOSED_NETWORKS } from '../../src/snapshot/types.js';
import { SITE, account, failedPage, page, ruleCases, snapshot, startPage } from './snapshot-builder.js';

/** An account on a closed network, as mergeAccounts records it. */
function closed(platform: 'google-plus' | 'vine' | 'periscope', handle: string, pages: string[], official = true): Account {
  const a = account(platform as Platform, handle, pages.map((p) => ({ pageUrl: `${SITE}${p}`, snippet: 'Google+' })), official);
  return { ...a, closed: CLOSED_NETWORKS[platform], reason: { code: 'site.account.closed-network', data: { closed: CLOSED_NETWORKS[platform] } } };
}

ruleCases(rule, [
  {
    name: 'na: the brand links live networks only, nothing to remove',
    snapshot: snapshot([startPage(), page('/contact')], [account('facebook', 'brand'), account('x', 'brand')]),
    status: 'na',
    messageId: 'none',
    data: { platform: [], accounts: [], count: 0, pages: 0 },
    evidence: [`${SITE}/`],
    notes: [{ id: 'checked', data: { pages: 2 } }],
  },
  {
    name: "na: an author's old Google+ profile in an article is not the brand's to remove",
    snapshot: snapshot([startPage()], [account('facebook', 'brand'), closed('google-plus', '+janedoe', ['/blog/a'], false)]),
    status: 'na',
    messageId: 'none',
    data: { platform: [], accounts: [], count: 0, pages: 0 },
  },
  {
    name: 'warn: the footer still links Google+, an old post Vine and Periscope',
    snapshot: snapshot(
      [startPage(), page('/blog/2015')],
      [
        account('facebook', 'brand'),
        closed('google-plus', '+brand', ['/', '/blog/2015']),
        closed('vine', 'brand', ['/blog/2015']),
        closed('periscope', 'brand_live', ['/blog/2015']),
      ],
    ),
    status: 'warn',
    messageId: 'closed-links',
    score: 0.5,
    data: { platform: ['google-plus', 'periscope', 'vine'], accounts: ['google-plus:+brand', 'vine:brand', 'periscope:brand_live'], count: 3, pages: 2 },
    evidence: [`${SITE}/`, `${SITE}/blog/2015`],
    notes: [
      { id: 'closed-link', data: { platform: 'google-plus', handle: '+brand', closed: '2019-04-02' } },
      { id: 'closed-link', data: { platform: 'vine', handle: 'brand', closed: '2017-01-17' } },
      { id: 'closed-link', data: { platform: 'periscope', handle: 'brand_live', closed: '2021-03-31' } },
    ],
  },
  {
    name: 'na: no page of the site could be read',
    snapshot: snapshot([failedPage('/', { depth: 0 })]),
    status: 'na',
    messageId: 'site-unreadable',
    data: { platform: [], accounts: [], count: 0, pages: 0 },
    notes: [{ id: 'site.page-unreadable', data: { code: 'http-500' } }],
  },
]);
