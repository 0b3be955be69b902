// Rule official-accounts: does the brand present official accounts on the major social networks?
import { LIVE_PLATFORMS } from '../snapshot/types.js';
import type { Evidence, Rule } from './types.js';
import { limitEvidence, pageEvidence, urlEvidence } from './helpers/evidence.js';
import { integerOption, stringListOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { officialAccounts, okPages, readStartPage, startPage } from './helpers/site.js';

export const rule: Rule = {
  meta: {
    id: 'official-accounts',
    category: 'presence',
    requires: ['site', 'accounts'],
    defaultOptions: {
      // The five networks Qualiweb-style audits look at first; tiktok, pinterest… can be added in the rule set.
      networks: ['facebook', 'x', 'instagram', 'youtube', 'linkedin'],
      // Qualiweb 2013: Facebook (61%) and Twitter (42%) were the two networks most top brands were on.
      minNetworks: 2,
    },
    schema: {
      networks: { type: 'string[]', enum: [...LIVE_PLATFORMS], minItems: 1 },
      minNetworks: { type: 'integer', minimum: 1, maximum: LIVE_PLATFORMS.length },
    },
    messages: [
      'enough',
      'too-few',
      'none',
      'site-unreadable',
      'account-linked',
      'account-found',
      'no-profile-link',
      'site.page-unreadable',
    ],
  },

  evaluate(snapshot, options) {
    const networks = stringListOption(options, 'networks');
    const minNetworks = integerOption(options, 'minNetworks');
    const official = officialAccounts(snapshot);
    const onNetworks = official.filter((a) => networks.includes(a.platform));
    // platform: the networks of the rule set with an official account (named so formatters show the platform names).
    const found = networks.filter((n) => onNetworks.some((a) => a.platform === n));
    const missing = networks.filter((n) => !found.includes(n));
    const data = { platform: found, missing, accounts: official.length, minNetworks };

    // No page read and no account known from elsewhere: nothing was measured.
    if (official.length === 0 && okPages(snapshot).length === 0) {
      const start = startPage(snapshot);
      const note = start?.error && { id: 'site.page-unreadable', data: { code: start.error.code } };
      const evidence = start ? [pageEvidence(start, undefined, note)] : [];
      return notApplicable('site-unreadable', data, evidence);
    }

    // Where the missing networks were looked for: the start page first, then the other pages read.
    const start = readStartPage(snapshot);
    const looked = [...(start ? [start] : []), ...okPages(snapshot).filter((p) => p !== start)];
    const lookedFor = (platforms: string[]) => ({ id: 'no-profile-link', data: { platform: platforms } });
    if (found.length === 0) {
      return outcome('fail', 0, 'none', data, limitEvidence(looked.map((p) => pageEvidence(p, undefined, lookedFor(networks)))));
    }

    // Where each account is linked from (its first sighting), else its profile.
    const evidence: Evidence[] = onNetworks.map((a) => {
      const seen = a.evidence[0];
      const account = { platform: a.platform, handle: a.handle };
      if (!seen) return urlEvidence(a.url, undefined, { id: 'account-found', data: account });
      return urlEvidence(seen.pageUrl, seen.snippet, { id: 'account-linked', data: { ...account, placement: seen.placement } });
    });
    const score = minNetworks > 0 ? found.length / minNetworks : 1;
    if (found.length >= minNetworks) return outcome('pass', 1, 'enough', data, limitEvidence(evidence));
    // Where the networks still missing were looked for, after the accounts that were found.
    const missingAt = start ? [pageEvidence(start, undefined, lookedFor(missing))] : [];
    return outcome('warn', score, 'too-few', data, limitEvidence([...evidence, ...missingAt]));
  },
};
