// Cases for the support-links-to-social rule.
import type { Placement, SocialFinding } from '../../src/snapshot/types.js';
import { rule } from '../../src/rules/support-links-to-social.js';
import { SITE, account, facts, kindPage, page, ruleCases, snapshot, startPage } from './snapshot-builder.js';

const link = (platform: 'facebook' | 'x', handle: string, placement: Placement): SocialFinding => ({
  platform,
  handle,
  url: `https://${platform}.example/${handle}`,
  how: 'link',
  placement,
});
const support = (...socials: SocialFinding[]) => kindPage('/help', ['help'], { facts: facts({ socials }) });
const brandAccounts = [account('facebook', 'brand'), account('x', 'brand')];

ruleCases(rule, [
  {
    name: 'pass: the help page links the X account in its content',
    snapshot: snapshot([startPage(), support(link('x', 'brand', 'body'), link('facebook', 'brand', 'footer'))], brandAccounts),
    status: 'pass',
    messageId: 'linked-in-content',
    data: { supportPages: 1, linkedAccounts: ['x:brand'], platform: ['x'], placement: 'content' },
    evidence: [`${SITE}/help`],
  },
  {
    name: 'pass: a "follow us" block on the contact page, handle case ignored',
    snapshot: snapshot(
      [startPage(), kindPage('/contact', ['contact'], { facts: facts({ socials: [link('facebook', 'BRAND', 'follow-block')] }) })],
      brandAccounts,
    ),
    status: 'pass',
    messageId: 'linked-in-content',
    data: { supportPages: 1, linkedAccounts: ['facebook:brand'], platform: ['facebook'], placement: 'content' },
  },
  {
    name: 'warn: the support pages reach the accounts only through the footer',
    snapshot: snapshot(
      [startPage(), support(link('facebook', 'brand', 'footer'), link('x', 'brand', 'footer'))],
      brandAccounts,
    ),
    status: 'warn',
    messageId: 'site-wide-only',
    score: 0.5,
    data: { supportPages: 1, linkedAccounts: ['facebook:brand', 'x:brand'], platform: ['facebook', 'x'], placement: 'site-wide' },
    notes: [{ id: 'linked', data: { platform: 'x', handle: 'brand', placement: 'footer' } }],
  },
  {
    name: 'fail: the help page links only an account that is not the brand’s',
    snapshot: snapshot([startPage(), support(link('x', 'journalist', 'article'))], brandAccounts),
    status: 'fail',
    messageId: 'not-linked',
    score: 0,
    data: { supportPages: 1, linkedAccounts: [], platform: [], placement: null },
    evidence: [`${SITE}/help`],
    notes: [{ id: 'no-link', data: { platform: ['facebook', 'x'] } }],
  },
  {
    name: 'fail: social links on a non-support page do not count',
    snapshot: snapshot([startPage(), page('/about', { facts: facts({ socials: [link('x', 'brand', 'body')] }) }), support()], brandAccounts),
    status: 'fail',
    messageId: 'not-linked',
    data: { supportPages: 1, linkedAccounts: [], platform: [], placement: null },
  },
  {
    name: 'na: no support page was read',
    snapshot: snapshot([startPage()], brandAccounts),
    status: 'na',
    messageId: 'no-support-page',
    data: { supportPages: 0, linkedAccounts: [], platform: [], placement: null },
  },
  {
    name: 'na: the brand has no official account',
    snapshot: snapshot([startPage(), support(link('x', 'brand', 'body'))], [account('x', 'brand', [{}], false)]),
    status: 'na',
    messageId: 'no-official-accounts',
    data: { supportPages: 1, linkedAccounts: [], platform: [], placement: null },
  },
]);
