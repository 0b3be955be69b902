// Rule self-service: customers can help themselves — a FAQ or help centre, or at least a site search.
import type { Evidence, Rule } from './types.js';
import { limitEvidence, pageEvidence, urlEvidence } from './helpers/evidence.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { allVendors, kindUrls, okPages, readStartPage, uniqueSorted } from './helpers/site.js';

export const rule: Rule = {
  meta: {
    id: 'self-service',
    category: 'support',
    title: { en: 'Self-service help', fr: 'Aide en self-service' },
    failureTitle: { en: 'No self-service help', fr: "Pas d'aide en self-service" },
    description: {
      en:
        'Checks that customers can find answers on their own: a FAQ or a help centre (a page of that kind, a ' +
        'link to one, or a help-desk platform such as Zendesk or Freshdesk), or at least a site search. The Eptica ' +
        'barometer found a FAQ on 71% of sites and a search box on 72%.',
      fr:
        "Vérifie que le client peut trouver seul ses réponses : une FAQ ou un centre d'aide (une page de ce type, " +
        "un lien vers elle, ou une plateforme d'assistance comme Zendesk ou Freshdesk), ou au moins un moteur de " +
        'recherche. Le baromètre Eptica relevait une FAQ sur 71 % des sites et un moteur de recherche sur 72 %.',
    },
    requires: ['site'],
    defaultOptions: {},
    messages: {
      'faq-or-help-centre': {
        en: 'Self-service help found: {{faq}} FAQ and {{helpCentre}} help-centre page(s).',
        fr: "Aide en self-service trouvée : {{faq}} page(s) de FAQ et {{helpCentre}} de centre d'aide.",
      },
      'help-desk-platform': {
        en: 'A help-desk platform is used ({{vendors}}), though no FAQ page was found.',
        fr: "Une plateforme d'assistance est utilisée ({{vendors}}), sans page de FAQ trouvée.",
      },
      'search-only': {
        en: 'Only a site search is offered: no FAQ or help centre was found.',
        fr: "Seul un moteur de recherche est proposé : aucune FAQ ni aucun centre d'aide n'a été trouvé.",
      },
      none: {
        en: 'No FAQ, help centre or site search was found.',
        fr: "Aucune FAQ, aucun centre d'aide ni moteur de recherche n'a été trouvé.",
      },
      'site-unreadable': {
        en: 'No page of the site could be read, so self-service help could not be looked for.',
        fr: "Aucune page du site n'a pu être lue : l'aide en self-service n'a pas pu être recherchée.",
      },
    },
  },

  evaluate(snapshot) {
    const pages = okPages(snapshot);
    if (pages.length === 0) {
      return notApplicable('site-unreadable', { faq: 0, helpCentre: 0, search: false, vendors: [] });
    }

    const faqUrls = kindUrls(snapshot, 'faq');
    const helpUrls = kindUrls(snapshot, 'help-centre');
    const helpdesk = allVendors(snapshot).filter(({ vendor }) => vendor.category === 'helpdesk');
    const searchPage = pages.find((p) => p.facts.hasSearch);
    const data = {
      faq: faqUrls.length,
      helpCentre: helpUrls.length,
      search: searchPage !== undefined,
      vendors: uniqueSorted(helpdesk.map(({ vendor }) => vendor.vendor)),
    };

    if (faqUrls.length > 0 || helpUrls.length > 0) {
      const evidence: Evidence[] = [
        ...faqUrls.map((u) => urlEvidence(u, 'FAQ')),
        ...helpUrls.map((u) => urlEvidence(u, { en: 'help centre', fr: "centre d'aide" })),
      ];
      return outcome('pass', 1, 'faq-or-help-centre', data, limitEvidence(evidence));
    }
    if (helpdesk.length > 0) {
      const evidence = helpdesk.map(({ page, vendor }) => pageEvidence(page, `${vendor.vendor} (${vendor.marker})`));
      return outcome('pass', 1, 'help-desk-platform', data, limitEvidence(evidence));
    }
    if (searchPage) return outcome('warn', 0.5, 'search-only', data, [pageEvidence(searchPage, { en: 'site search box', fr: 'moteur de recherche du site' })]);
    const start = readStartPage(snapshot) ?? pages[0];
    return outcome('fail', 0, 'none', data, [pageEvidence(start, { en: 'no FAQ, help centre or search box linked or found', fr: "ni FAQ, ni centre d'aide, ni moteur de recherche trouvés" })]);
  },
};
