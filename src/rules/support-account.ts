// Rule support-account: the brand runs a social account dedicated to customer care (@brand_support, @brandSAV…).
import type { BrandSnapshot } from '../snapshot/types.js';
import type { Evidence, Rule } from './types.js';
import { limitEvidence, urlEvidence } from './helpers/evidence.js';
import { stringOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { officialAccounts } from './helpers/site.js';

interface Candidate {
  account: string;
  handle: string;
  url: string;
  /** Where the tool learnt of it: linked from the site as official, or declared in the brand file and read. */
  from: 'site' | 'brand-file';
}

/** Letters and digits only, lower-cased, for comparing a handle with the brand's name. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * True when the handle names a care account. The brand's name and domain label are removed first, so a brand
 * called "SkinCare" or "Servicenter" is not taken for a support account by its own name.
 */
function isSupportHandle(handle: string, pattern: RegExp, snapshot: BrandSnapshot): boolean {
  let rest = squash(handle.split('@')[0] ?? handle);
  const label = snapshot.target.domain.toLowerCase().replace(/^www\./, '').split('.')[0] ?? '';
  for (const token of [squash(snapshot.brand?.name ?? ''), squash(snapshot.target.brandName), squash(label)]) {
    if (token.length >= 3) rest = rest.replace(token, '');
  }
  return pattern.test(rest);
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
    title: { en: 'Dedicated support account', fr: 'Compte dédié au service client' },
    failureTitle: { en: 'No dedicated support account', fr: 'Aucun compte dédié au service client' },
    description: {
      en:
        'Looks for a social account dedicated to customer care among the brand’s official accounts and the ' +
        'accounts of its brand file: a handle naming support, help, aide, SAV, service, care, Hilfe, ayuda or ' +
        'soporte. A care account keeps questions out of the marketing feed and tells customers where they will be ' +
        'answered; the Qualiweb 2013 study found only 2% of top brands leading customers from their support area ' +
        'to their networks.',
      fr:
        'Cherche un compte social dédié au service client parmi les comptes officiels de la marque et ceux de son ' +
        'fichier de marque : un identifiant qui dit support, help, aide, SAV, service, care, Hilfe, ayuda ou ' +
        'soporte. Un compte dédié sort les questions du fil marketing et dit aux clients où ils auront une réponse ; ' +
        'Qualiweb 2013 : seules 2 % des grandes marques menaient leurs clients de l’espace service client vers leurs ' +
        'réseaux.',
    },
    requires: ['accounts'],
    defaultOptions: {
      // Words brands use for care handles in the audit's languages (en, fr, de, es); case-insensitive.
      supportHandlePattern: 'support|help|aide|sav|service|care|hilfe|ayuda|soporte',
    },
    messages: {
      found: {
        en: 'The brand has a dedicated support account: {{supportAccounts}}.',
        fr: 'La marque a un compte dédié au service client : {{supportAccounts}}.',
      },
      'not-found': {
        en: 'No social account of the brand is dedicated to customer care ({{checked}} checked).',
        fr: 'Aucun compte social de la marque n’est dédié au service client ({{checked}} vérifié(s)).',
      },
      'no-social-audit': {
        en: 'The social audit was not run (website-only audit), so support accounts were not looked for.',
        fr: 'L’audit social n’a pas été mené (audit du site seul) : les comptes de support n’ont pas été recherchés.',
      },
      'no-accounts': {
        en: 'The brand has no known social account, so there is no support account to look for.',
        fr: 'La marque n’a aucun compte social connu : pas de compte de support à chercher.',
      },
    },
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
      const evidence: Evidence[] = support.map((c) => urlEvidence(c.url, { en: `${c.account} (${c.from === 'site' ? 'linked from the site' : 'from the brand file'})`, fr: `${c.account} (${c.from === 'site' ? 'lié depuis le site' : 'du fichier de marque'})` }));
      return outcome('pass', 1, 'found', data, limitEvidence(evidence));
    }
    const evidence = all.map((c) => urlEvidence(c.url, { en: `${c.account}: not a care account`, fr: `${c.account} : pas un compte de service client` }));
    return outcome('fail', 0, 'not-found', data, limitEvidence(evidence));
  },
};
