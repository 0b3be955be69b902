// Rule closed-network-links: the site no longer links the brand's profiles on networks that have closed.
import type { Account } from '../snapshot/types.js';
import type { Rule } from './types.js';
import { limitEvidence, pageEvidence, urlEvidence } from './helpers/evidence.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { accountKey, okPages, readStartPage, startPage, uniqueSorted } from './helpers/site.js';

/** Pages shown per dead profile: enough to find the template that carries it (footer, old blog posts). */
const PAGES_PER_ACCOUNT = 3;

export const rule: Rule = {
  meta: {
    id: 'closed-network-links',
    category: 'presence',
    requires: ['site', 'accounts'],
    // A link to a closed network is a dead end whatever its number: there is no threshold to set.
    defaultOptions: {},
    schema: {},
    messages: ['none', 'closed-links', 'site-unreadable', 'closed-link', 'checked', 'site.page-unreadable'],
  },

  evaluate(snapshot) {
    // The brand's own profiles only: an author's old Google+ page in an article is not the brand's to remove.
    const closed: Account[] = snapshot.accounts.filter((a) => a.closed && a.official);
    const pages = new Set(closed.flatMap((a) => a.evidence.map((e) => e.pageUrl)));
    const data = { platform: uniqueSorted(closed.map((a) => a.platform)), accounts: closed.map(accountKey), count: closed.length, pages: pages.size };
    if (closed.length === 0 && okPages(snapshot).length === 0) {
      const start = startPage(snapshot);
      const note = start?.error && { id: 'site.page-unreadable', data: { code: start.error.code } };
      return notApplicable('site-unreadable', data, start ? [pageEvidence(start, undefined, note)] : []);
    }
    // Nothing to flag is not applicable rather than a pass (as Lighthouse does): the rule only speaks when the site
    // still carries a dead link, and adding it changes no other brand's score.
    if (closed.length === 0) {
      const start = readStartPage(snapshot) ?? okPages(snapshot)[0];
      return notApplicable('none', data, [pageEvidence(start, undefined, { id: 'checked', data: { pages: okPages(snapshot).length } })]);
    }
    const evidence = closed.flatMap((a) =>
      a.evidence
        .filter((e, i, all) => all.findIndex((x) => x.pageUrl === e.pageUrl) === i)
        .slice(0, PAGES_PER_ACCOUNT)
        .map((e) => urlEvidence(e.pageUrl, e.snippet, { id: 'closed-link', data: { platform: a.platform, handle: a.handle, closed: a.closed } })),
    );
    // Half the score: the accounts customers can use are unaffected, but every dead link costs them a click.
    return outcome('warn', 0.5, 'closed-links', data, limitEvidence(evidence));
  },
};
