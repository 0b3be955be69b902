// Rule accounts-consistent: one handle per network in the places where a brand links its own accounts.
import type { Account, Placement } from '../snapshot/types.js';
import type { Evidence, Rule } from './types.js';
import { limitEvidence, urlEvidence } from './helpers/evidence.js';
import { stringOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { officialAccounts } from './helpers/site.js';
import { isSupportHandle } from './helpers/support-handle.js';

/** Where brands link their own accounts site-wide (REFERENCE.md: header, footer, "follow us" block). */
const SITE_WIDE: readonly Placement[] = ['header', 'footer', 'nav', 'follow-block'];

/** Pages listed per conflicting handle: enough to show where each is linked without flooding the report. */
const PAGES_PER_HANDLE = 3;

export const rule: Rule = {
  meta: {
    id: 'accounts-consistent',
    category: 'presence',
    requires: ['site', 'accounts'],
    defaultOptions: {
      // Words brands use for a dedicated care account, in the audit's languages (en, fr, de); case-insensitive.
      supportHandlePattern: 'support|help|aide|sav|service|hilfe|care',
    },
    schema: {
      supportHandlePattern: { type: 'string' },
    },
    messages: ['consistent', 'inconsistent', 'no-official-accounts', 'no-site-wide-links', 'linked'],
  },

  evaluate(snapshot, options) {
    const pattern = new RegExp(stringOption(options, 'supportHandlePattern'), 'i');
    const none = { platform: [], handles: {} };
    const official = officialAccounts(snapshot);
    if (official.length === 0) return notApplicable('no-official-accounts', none);

    // Per platform, the main (non-support) accounts linked from a site-wide place.
    const byPlatform = new Map<string, Account[]>();
    for (const account of official) {
      if (!account.evidence.some((e) => SITE_WIDE.includes(e.placement))) continue;
      if (isSupportHandle(account.handle, pattern, snapshot)) continue;
      const list = byPlatform.get(account.platform) ?? [];
      // Handles differing only in case are the same account on every platform the tool knows.
      if (!list.some((a) => a.handle.toLowerCase() === account.handle.toLowerCase())) list.push(account);
      byPlatform.set(account.platform, list);
    }
    if (byPlatform.size === 0) return notApplicable('no-site-wide-links', none);

    // handles: the networks with more than one main account, and those accounts' handles.
    const handles: Record<string, string[]> = {};
    const inconsistentEvidence: Evidence[] = [];
    const consistentEvidence: Evidence[] = [];
    // By code units: platform names are lower-case words, in the order localeCompare gave them without its collator.
    for (const [platform, accounts] of [...byPlatform].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const sightings = accounts.map((account) =>
        account.evidence
          .filter((e) => SITE_WIDE.includes(e.placement))
          .map((e) => urlEvidence(e.pageUrl, e.snippet, { id: 'linked', data: { platform, handle: account.handle, placement: e.placement } })),
      );
      if (accounts.length < 2) {
        consistentEvidence.push(sightings[0][0]);
        continue;
      }
      handles[platform] = accounts.map((a) => a.handle).sort();
      // A few pages per handle are enough to show where each one is linked.
      for (const list of sightings) inconsistentEvidence.push(...list.slice(0, PAGES_PER_HANDLE));
    }
    const data = { platform: Object.keys(handles), handles };
    if (data.platform.length === 0) return outcome('pass', 1, 'consistent', data, limitEvidence(consistentEvidence));
    return outcome('warn', 0.5, 'inconsistent', data, limitEvidence(inconsistentEvidence, 20));
  },
};
