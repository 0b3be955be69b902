// Rule support-account: the brand runs a social account dedicated to customer care (@brand_support, @brandSAV…).
import type { BrandSnapshot } from '../snapshot/types.js';
import type { Evidence, Rule } from './types.js';
import { limitEvidence, urlEvidence } from './helpers/evidence.js';
import { stringOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { officialAccounts } from './helpers/site.js';
import { isSupportHandle } from './helpers/support-handle.js';

interface Candidate {
  account: string;
  handle: string;
  url: string;
  /** Where the tool learnt of it: linked from the site as official, or declared in the brand file and read. */
  from: 'site' | 'brand-file';
}

/** Official accounts from the site and the accounts the social audit read (brand-file ones included), once each. */
function candidates(snapshot: BrandSnapshot): Candidate[] {
  const out = new Map<string, Candidate>();
  for (const a of officialAccounts(snapshot)) {
    out.set(`${a.platform}:${a.handle.toLowerCase()}`, { account: `${a.platform}:${a.handle}`, handle: a.handle, url: a.url, from: 'site' });
  }
  // A Discourse community is a forum, not an account: "support.brand.com" is a help community, counted elsewhere.
  for (const c of snapshot.conversations ?? []) {
    if (c.platform === 'discourse') continue;
    const key = `${c.platform}:${c.handle.toLowerCase()}`;
    if (!out.has(key)) out.set(key, { account: `${c.platform}:${c.handle}`, handle: c.handle, url: c.url, from: 'brand-file' });
  }
  return [...out.values()];
}

export const rule: Rule = {
  meta: {
    id: 'support-account',
    category: 'social-help',
    requires: ['accounts'],
    defaultOptions: {
      // Words brands use for care handles in the audit's languages (en, fr, de, es); case-insensitive.
      supportHandlePattern: 'support|help|aide|sav|service|care|hilfe|ayuda|soporte',
    },
    schema: {
      // A regular expression (case-insensitive); one that does not compile makes the rule an error.
      supportHandlePattern: { type: 'string' },
    },
    messages: ['found', 'not-found', 'no-social-audit', 'no-accounts', 'care-account', 'not-care-account'],
  },

  evaluate(snapshot, options) {
    // Part of the social audit: a website-only audit (--no-social, or an old snapshot) has no conversations at
    // all, not even failed ones, and is not marked down for a check it did not make.
    if (snapshot.conversations.length === 0) return notApplicable('no-social-audit', { supportAccounts: [], checked: 0 });
    const pattern = new RegExp(stringOption(options, 'supportHandlePattern'), 'i');
    const all = candidates(snapshot);
    if (all.length === 0) return notApplicable('no-accounts', { supportAccounts: [], checked: 0 });

    const support = all.filter((c) => isSupportHandle(c.handle, pattern, snapshot));
    const data = { supportAccounts: support.map((c) => c.account), checked: all.length };
    if (support.length > 0) {
      const evidence: Evidence[] = support.map((c) => urlEvidence(c.url, undefined, { id: 'care-account', data: { account: c.account, from: c.from } }));
      return outcome('pass', 1, 'found', data, limitEvidence(evidence));
    }
    const evidence = all.map((c) => urlEvidence(c.url, undefined, { id: 'not-care-account', data: { account: c.account } }));
    return outcome('fail', 0, 'not-found', data, limitEvidence(evidence));
  },
};
