// Rule official-accounts: does the brand present official accounts on the major social networks?
import type { Evidence, Rule } from './types.js';
import { limitEvidence, pageEvidence, urlEvidence } from './helpers/evidence.js';
import { numberOption, stringListOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { officialAccounts, okPages, readStartPage, startPage } from './helpers/site.js';

export const rule: Rule = {
  meta: {
    id: 'official-accounts',
    category: 'presence',
    title: { en: 'Official social accounts', fr: 'Comptes sociaux officiels' },
    failureTitle: {
      en: 'Few or no official social accounts',
      fr: 'Peu ou pas de comptes sociaux officiels',
    },
    description: {
      en:
        'Checks that the brand presents its own accounts on the major social networks (by default Facebook, X, ' +
        'Instagram, YouTube and LinkedIn), as linked from its website. Customers look for the brand where they ' +
        'already are: Qualiweb 2013 found that of 50 top brands, 61% had a Facebook page and 42% a Twitter account.',
      fr:
        'Vérifie que la marque présente ses propres comptes sur les grands réseaux sociaux (par défaut Facebook, X, ' +
        "Instagram, YouTube et LinkedIn), tels que liés depuis son site. Les clients cherchent la marque là où ils " +
        "sont déjà : selon Qualiweb 2013, sur 50 grandes marques, 61 % avaient une page Facebook et 42 % un compte Twitter.",
    },
    requires: ['site', 'accounts'],
    defaultOptions: {
      // The five networks Qualiweb-style audits look at first; tiktok, pinterest… can be added in the rule set.
      networks: ['facebook', 'x', 'instagram', 'youtube', 'linkedin'],
      // Qualiweb 2013: Facebook (61%) and Twitter (42%) were the two networks most top brands were on.
      minNetworks: 2,
    },
    messages: {
      enough: {
        en: 'Official accounts found on: {{found}}.',
        fr: 'Comptes officiels trouvés sur : {{found}}.',
      },
      'too-few': {
        en: 'Official accounts found only on: {{found}} (missing: {{missing}}).',
        fr: 'Comptes officiels trouvés seulement sur : {{found}} (absents : {{missing}}).',
      },
      none: {
        en: 'No official account found on {{missing}}.',
        fr: 'Aucun compte officiel trouvé sur {{missing}}.',
      },
      'site-unreadable': {
        en: 'The website could not be read, so its links to social accounts could not be looked for.',
        fr: "Le site n'a pas pu être lu : ses liens vers les comptes sociaux n'ont pas pu être recherchés.",
      },
    },
  },

  evaluate(snapshot, options) {
    const networks = stringListOption(options, 'networks');
    const minNetworks = numberOption(options, 'minNetworks');
    const official = officialAccounts(snapshot);
    const onNetworks = official.filter((a) => networks.includes(a.platform));
    const found = networks.filter((n) => onNetworks.some((a) => a.platform === n));
    const missing = networks.filter((n) => !found.includes(n));
    const data = { found, missing, accounts: official.length };

    // No page read and no account known from elsewhere: nothing was measured.
    if (official.length === 0 && okPages(snapshot).length === 0) {
      const start = startPage(snapshot);
      return notApplicable('site-unreadable', data, start ? [pageEvidence(start, start.error?.message)] : []);
    }

    if (found.length === 0) {
      // Show where the links were looked for: the start page and the other pages read.
      const start = readStartPage(snapshot);
      const looked = [...(start ? [start] : []), ...okPages(snapshot).filter((p) => p !== start)];
      const evidence = looked.map((p) => pageEvidence(p, { en: `no profile link to ${networks.join(', ')}`, fr: `aucun lien de profil vers ${networks.join(', ')}` }));
      return outcome('fail', 0, 'none', data, limitEvidence(evidence));
    }

    const evidence: Evidence[] = onNetworks.map((a) => {
      const seen = a.evidence[0];
      const snippet = `${a.platform} @${a.handle}${seen ? ` (${seen.placement})` : ''}`;
      return seen ? urlEvidence(seen.pageUrl, snippet) : urlEvidence(a.url, snippet);
    });
    const score = minNetworks > 0 ? found.length / minNetworks : 1;
    const status = found.length >= minNetworks ? 'pass' : 'warn';
    return outcome(status, score, status === 'pass' ? 'enough' : 'too-few', data, limitEvidence(evidence));
  },
};
