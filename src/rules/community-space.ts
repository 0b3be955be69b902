// Rule community-space: the brand links a community or forum where customers help each other.
import type { Evidence, Rule } from './types.js';
import { limitEvidence, pageEvidence, urlEvidence } from './helpers/evidence.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { allVendors, kindUrls, okPages, readStartPage, uniqueSorted } from './helpers/site.js';

export const rule: Rule = {
  meta: {
    id: 'community-space',
    category: 'support',
    title: { en: 'Customer community', fr: 'Communauté clients' },
    failureTitle: { en: 'No customer community', fr: 'Pas de communauté clients' },
    description: {
      en:
        'Checks that the site links a brand community or forum (a community page, a link to one, or a ' +
        'community platform such as Discourse or Khoros/Lithium). Customers answering each other in public ' +
        'extend self-service and bring questions the brand can answer once for everyone.',
      fr:
        'Vérifie que le site lie une communauté ou un forum de la marque (une page communauté, un lien vers elle, ' +
        'ou une plateforme communautaire comme Discourse ou Khoros/Lithium). Les clients qui se répondent en ' +
        "public prolongent le self-service et font remonter des questions auxquelles la marque répond une fois " +
        'pour tous.',
    },
    requires: ['site'],
    defaultOptions: {},
    messages: {
      linked: {
        en: 'A customer community is linked: {{links}}.',
        fr: 'Une communauté clients est liée : {{links}}.',
      },
      'platform-only': {
        en: 'A community platform is used ({{vendors}}).',
        fr: 'Une plateforme communautaire est utilisée ({{vendors}}).',
      },
      none: {
        en: 'No customer community or forum was found.',
        fr: "Aucune communauté clients ni aucun forum n'a été trouvé.",
      },
      'site-unreadable': {
        en: 'No page of the site could be read, so a community could not be looked for.',
        fr: "Aucune page du site n'a pu être lue : aucune communauté n'a pu être recherchée.",
      },
    },
  },

  evaluate(snapshot) {
    if (okPages(snapshot).length === 0) return notApplicable('site-unreadable', { links: [], vendors: [] });

    const links = uniqueSorted(kindUrls(snapshot, 'community'));
    const platforms = allVendors(snapshot).filter(({ vendor }) => vendor.category === 'community');
    const data = { links, vendors: uniqueSorted(platforms.map(({ vendor }) => vendor.vendor)) };
    const evidence: Evidence[] = [
      ...links.map((u) => urlEvidence(u, { en: 'community', fr: 'communauté' })),
      ...platforms.map(({ page, vendor }) => pageEvidence(page, `${vendor.vendor} (${vendor.marker})`)),
    ];
    if (links.length > 0) return outcome('pass', 1, 'linked', data, limitEvidence(evidence));
    if (platforms.length > 0) return outcome('pass', 1, 'platform-only', data, limitEvidence(evidence));
    const start = readStartPage(snapshot) ?? okPages(snapshot)[0];
    return outcome('fail', 0, 'none', data, [pageEvidence(start, { en: 'no link to a community or forum', fr: 'aucun lien vers une communauté ou un forum' })]);
  },
};
