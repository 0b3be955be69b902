// Rule accounts-consistent: one handle per network in the places where a brand links its own accounts.
import type { Account, BrandSnapshot, Placement } from '../snapshot/types.js';
import type { Evidence, Rule } from './types.js';
import { limitEvidence, urlEvidence } from './helpers/evidence.js';
import { stringOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { officialAccounts } from './helpers/site.js';

/** Where brands link their own accounts site-wide (REFERENCE.md: header, footer, "follow us" block). */
const SITE_WIDE: readonly Placement[] = ['header', 'footer', 'nav', 'follow-block'];

/** Pages listed per conflicting handle: enough to show where each is linked without flooding the report. */
const PAGES_PER_HANDLE = 3;

/** Letters and digits only, lower-cased, for comparing a handle with the brand's name. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * True when the handle names a dedicated support account (brand_support, brandaide…). The brand's own name and
 * domain label are removed first, so a brand called "SkinCare" is not mistaken for a "care" account.
 */
function isSupportHandle(handle: string, pattern: RegExp, snapshot: BrandSnapshot): boolean {
  let rest = squash(handle);
  const label = snapshot.target.domain.toLowerCase().split('.')[0] ?? '';
  for (const token of [squash(snapshot.target.brandName), squash(label)]) {
    if (token.length >= 3) rest = rest.replace(token, '');
  }
  return pattern.test(rest);
}

export const rule: Rule = {
  meta: {
    id: 'accounts-consistent',
    category: 'presence',
    title: { en: 'Consistent social accounts', fr: 'Comptes sociaux cohérents' },
    failureTitle: {
      en: 'Several accounts linked for the same network',
      fr: 'Plusieurs comptes liés pour un même réseau',
    },
    description: {
      en:
        'Checks that the header, footer, navigation and "follow us" blocks of the website link one account per ' +
        'network. Different handles on different pages leave customers unsure which account answers them. A ' +
        'dedicated support account (named e.g. support, help, aide, SAV, service, Hilfe, care) is allowed beside ' +
        'the main one.',
      fr:
        "Vérifie que l'en-tête, le pied de page, la navigation et les blocs « suivez-nous » du site lient un seul " +
        'compte par réseau. Des comptes différents selon les pages laissent le client dans le doute sur celui qui ' +
        'lui répondra. Un compte dédié au service client (nommé par ex. support, help, aide, SAV, service, Hilfe, ' +
        'care) est admis à côté du compte principal.',
    },
    requires: ['site', 'accounts'],
    defaultOptions: {
      // Words brands use for a dedicated care account, in the audit's languages (en, fr, de); case-insensitive.
      supportHandlePattern: 'support|help|aide|sav|service|hilfe|care',
    },
    messages: {
      consistent: {
        en: 'One account per network is linked across the site.',
        fr: 'Un seul compte par réseau est lié sur le site.',
      },
      inconsistent: {
        en: 'Several accounts are linked for the same network: {{details}}.',
        fr: 'Plusieurs comptes sont liés pour un même réseau : {{details}}.',
      },
      'no-official-accounts': {
        en: 'The brand presents no official social account, so there is nothing to compare.',
        fr: "La marque ne présente aucun compte social officiel : il n'y a rien à comparer.",
      },
      'no-site-wide-links': {
        en: 'No official account is linked from a header, footer, navigation or "follow us" block.',
        fr: "Aucun compte officiel n'est lié depuis un en-tête, un pied de page, une navigation ou un bloc « suivez-nous ».",
      },
    },
  },

  evaluate(snapshot, options) {
    const pattern = new RegExp(stringOption(options, 'supportHandlePattern'), 'i');
    const official = officialAccounts(snapshot);
    if (official.length === 0) return notApplicable('no-official-accounts', { platforms: {}, details: '' });

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
    if (byPlatform.size === 0) return notApplicable('no-site-wide-links', { platforms: {}, details: '' });

    const platforms: Record<string, string[]> = {};
    const inconsistentEvidence: Evidence[] = [];
    const consistentEvidence: Evidence[] = [];
    for (const [platform, accounts] of [...byPlatform].sort(([a], [b]) => a.localeCompare(b))) {
      const sightings = accounts.map((account) =>
        account.evidence
          .filter((e) => SITE_WIDE.includes(e.placement))
          .map((e) => urlEvidence(e.pageUrl, `${platform} @${account.handle} (${e.placement})`)),
      );
      if (accounts.length < 2) {
        consistentEvidence.push(sightings[0][0]);
        continue;
      }
      platforms[platform] = accounts.map((a) => a.handle).sort();
      // A few pages per handle are enough to show where each one is linked.
      for (const list of sightings) inconsistentEvidence.push(...list.slice(0, PAGES_PER_HANDLE));
    }
    const details = Object.entries(platforms)
      .map(([platform, handles]) => `${platform} (${handles.join(', ')})`)
      .join('; ');
    const data = { platforms, details };
    if (details === '') return outcome('pass', 1, 'consistent', data, limitEvidence(consistentEvidence));
    return outcome('warn', 0.5, 'inconsistent', data, limitEvidence(inconsistentEvidence, 20));
  },
};
