// Rule site-https: the start page and the support pages, where customers type personal details, use HTTPS.
import type { Rule } from './types.js';
import { limitEvidence, pageEvidence } from './helpers/evidence.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { readStartPage, supportPages } from './helpers/site.js';

export const rule: Rule = {
  meta: {
    id: 'site-https',
    category: 'trust',
    requires: ['site'],
    defaultOptions: {},
    schema: {},
    messages: ['all-https', 'some-http', 'no-https', 'local-target', 'start-page-unreadable', 'served-http', 'served-https'],
  },

  evaluate(snapshot) {
    const none = { pages: 0, https: 0, share: null };
    if (snapshot.target.local) return notApplicable('local-target', none);
    const start = readStartPage(snapshot);
    if (!start) return notApplicable('start-page-unreadable', none);

    const pages = [start, ...supportPages(snapshot).filter((p) => p !== start)];
    const secure = pages.filter((p) => p.https);
    const share = secure.length / pages.length;
    const data = { pages: pages.length, https: secure.length, share };
    const plain = pages.filter((p) => !p.https).map((p) => pageEvidence(p, undefined, { id: 'served-http' }));
    if (plain.length === 0) return outcome('pass', 1, 'all-https', data, [pageEvidence(start, undefined, { id: 'served-https' })]);
    if (secure.length > 0) return outcome('warn', share, 'some-http', data, limitEvidence(plain));
    return outcome('fail', 0, 'no-https', data, limitEvidence(plain));
  },
};
