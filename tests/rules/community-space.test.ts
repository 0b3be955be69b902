// Cases for the community-space rule.
import { rule } from '../../src/rules/community-space.js';
import { SITE, facts, failedPage, kindPage, ruleCases, snapshot, startPage } from './snapshot-builder.js';

const discourse = { vendor: 'discourse', category: 'community' as const, marker: 'meta generator Discourse' };

ruleCases(rule, [
  {
    name: 'pass: a community page was read',
    snapshot: snapshot([startPage(), kindPage('/communaute', ['community'])]),
    status: 'pass',
    messageId: 'linked',
    data: { links: [`${SITE}/communaute`], vendor: [] },
    evidence: [`${SITE}/communaute`],
    notes: [{ id: 'community-link' }],
  },
  {
    name: 'pass: a forum on another host, linked from the footer',
    snapshot: snapshot([
      startPage({
        facts: facts({ links: [{ url: 'https://forum.brand.example/', text: 'Forum', placement: 'footer', kinds: ['community'] }] }),
      }),
    ]),
    status: 'pass',
    messageId: 'linked',
    data: { links: ['https://forum.brand.example/'], vendor: [] },
  },
  {
    name: 'pass: a community platform recognised on a page',
    snapshot: snapshot([startPage(), kindPage('/help', ['help'], { facts: facts({ vendors: [discourse] }) })]),
    status: 'pass',
    messageId: 'platform-only',
    data: { links: [], vendor: ['discourse'] },
    evidence: [`${SITE}/help`],
    notes: [{ id: 'community-platform', data: { vendor: 'discourse' } }],
  },
  {
    name: 'fail: no community, and a chat vendor is not one',
    snapshot: snapshot([
      startPage({ facts: facts({ vendors: [{ vendor: 'intercom', category: 'chat', marker: 'widget.intercom.io' }] }) }),
    ]),
    status: 'fail',
    messageId: 'none',
    score: 0,
    data: { links: [], vendor: [] },
    evidence: [`${SITE}/`],
  },
  {
    name: 'na: no page could be read',
    snapshot: snapshot([failedPage('/', { depth: 0 })]),
    status: 'na',
    messageId: 'site-unreadable',
    data: { links: [], vendor: [] },
  },
]);
