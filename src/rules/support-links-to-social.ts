// Rule support-links-to-social: the customer-service area points customers to the brand's social accounts.
import type { Account, Placement } from '../snapshot/types.js';
import type { Evidence, Rule } from './types.js';
import { limitEvidence, pageEvidence } from './helpers/evidence.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { accountKey, matchOfficial, officialAccounts, SUPPORT_KINDS, supportPages, uniqueSorted } from './helpers/site.js';

/** Links placed in the page's own content: the support page itself offers social care. */
const CONTENT: readonly Placement[] = ['follow-block', 'body', 'article'];
/** Links repeated on every page of the site: present, but not offered as a way to get help. */
const SITE_WIDE: readonly Placement[] = ['header', 'footer', 'nav'];

export const rule: Rule = {
  meta: {
    id: 'support-links-to-social',
    category: 'support',
    requires: ['site', 'accounts'],
    defaultOptions: {},
    schema: {},
    messages: ['linked-in-content', 'site-wide-only', 'not-linked', 'no-support-page', 'no-official-accounts', 'linked', 'no-link'],
    readsPages: [...SUPPORT_KINDS],
  },

  evaluate(snapshot) {
    const pages = supportPages(snapshot);
    const official = officialAccounts(snapshot);
    const empty = { supportPages: pages.length, linkedAccounts: [], platform: [], placement: null };
    if (pages.length === 0) return notApplicable('no-support-page', empty);
    if (official.length === 0) return notApplicable('no-official-accounts', empty);

    const content: { account: Account; evidence: Evidence }[] = [];
    const siteWide: { account: Account; evidence: Evidence }[] = [];
    for (const page of pages) {
      for (const finding of page.facts.socials) {
        const account = matchOfficial(finding, official);
        if (!account) continue;
        const note = { id: 'linked', data: { platform: account.platform, handle: account.handle, placement: finding.placement } };
        const hit = { account, evidence: pageEvidence(page, finding.snippet, note) };
        if (CONTENT.includes(finding.placement)) content.push(hit);
        else if (SITE_WIDE.includes(finding.placement)) siteWide.push(hit);
      }
    }

    // linkedAccounts names each account (platform:handle); platform lists their networks, for the message.
    const found = (hits: { account: Account }[]) => ({
      supportPages: pages.length,
      linkedAccounts: uniqueSorted(hits.map((h) => accountKey(h.account))),
      platform: uniqueSorted(hits.map((h) => h.account.platform)),
    });
    if (content.length > 0) {
      const data = { ...found(content), placement: 'content' };
      return outcome('pass', 1, 'linked-in-content', data, limitEvidence(content.map((h) => h.evidence)));
    }
    if (siteWide.length > 0) {
      const data = { ...found(siteWide), placement: 'site-wide' };
      return outcome('warn', 0.5, 'site-wide-only', data, limitEvidence(siteWide.map((h) => h.evidence)));
    }
    const note = { id: 'no-link', data: { platform: uniqueSorted(official.map((a) => a.platform)) } };
    return outcome('fail', 0, 'not-linked', empty, limitEvidence(pages.map((p) => pageEvidence(p, undefined, note))));
  },
};
