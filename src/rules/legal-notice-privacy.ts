// Rule legal-notice-privacy: the legal notice and the privacy policy the law requires are published.
import type { Evidence, Rule } from './types.js';
import { pageEvidence, urlEvidence } from './helpers/evidence.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { kindUrls, okPages, readStartPage } from './helpers/site.js';

export const rule: Rule = {
  meta: {
    id: 'legal-notice-privacy',
    category: 'trust',
    title: { en: 'Legal notice and privacy policy', fr: 'Mentions légales et confidentialité' },
    failureTitle: {
      en: 'Legal notice or privacy policy missing',
      fr: 'Mentions légales ou politique de confidentialité absentes',
    },
    description: {
      en:
        'Checks that the site publishes a legal notice (mentions légales, Impressum) and a privacy policy, as a ' +
        'page that was read or a link to one. French law (LCEN, art. 6) and German law (TMG § 5, now DDG § 5) ' +
        'require a legal notice naming who runs the site; the GDPR (art. 13) requires telling people how their ' +
        'personal data is used. Customers look there for who they deal with and how to complain.',
      fr:
        'Vérifie que le site publie des mentions légales (Impressum) et une politique de confidentialité, sous la ' +
        "forme d'une page lue ou d'un lien vers elle. La loi française (LCEN, art. 6) et la loi allemande (TMG § 5, " +
        "désormais DDG § 5) imposent des mentions légales nommant l'éditeur du site ; le RGPD (art. 13) impose " +
        "d'informer les personnes de l'usage de leurs données. Le client y cherche à qui il a affaire et comment " +
        'se plaindre.',
    },
    requires: ['site'],
    defaultOptions: {},
    messages: {
      both: {
        en: 'A legal notice and a privacy policy are published.',
        fr: 'Des mentions légales et une politique de confidentialité sont publiées.',
      },
      'no-legal-notice': {
        en: 'A privacy policy is published, but no legal notice was found.',
        fr: "Une politique de confidentialité est publiée, mais aucunes mentions légales n'ont été trouvées.",
      },
      'no-privacy': {
        en: 'A legal notice is published, but no privacy policy was found.',
        fr: "Des mentions légales sont publiées, mais aucune politique de confidentialité n'a été trouvée.",
      },
      neither: {
        en: 'Neither a legal notice nor a privacy policy was found.',
        fr: "Ni mentions légales ni politique de confidentialité n'ont été trouvées.",
      },
      'site-unreadable': {
        en: 'No page of the site could be read, so legal pages could not be looked for.',
        fr: "Aucune page du site n'a pu être lue : les pages légales n'ont pas pu être recherchées.",
      },
    },
  },

  evaluate(snapshot) {
    if (okPages(snapshot).length === 0) {
      return notApplicable('site-unreadable', { legalNotice: false, privacy: false });
    }
    const legal = kindUrls(snapshot, 'legal-notice');
    const privacy = kindUrls(snapshot, 'privacy');
    const data = { legalNotice: legal.length > 0, privacy: privacy.length > 0 };
    const evidence: Evidence[] = [
      ...legal.slice(0, 1).map((u) => urlEvidence(u, { en: 'legal notice', fr: 'mentions légales' })),
      ...privacy.slice(0, 1).map((u) => urlEvidence(u, { en: 'privacy policy', fr: 'politique de confidentialité' })),
    ];
    if (data.legalNotice && data.privacy) return outcome('pass', 1, 'both', data, evidence);

    // Where the missing page was looked for: the start page, whose footer normally carries legal links.
    const start = readStartPage(snapshot) ?? okPages(snapshot)[0];
    const missing = data.legalNotice
      ? { en: 'no link to a privacy policy', fr: 'aucun lien vers une politique de confidentialité' }
      : data.privacy
        ? { en: 'no link to a legal notice', fr: 'aucun lien vers des mentions légales' }
        : { en: 'no link to a legal notice or privacy policy', fr: 'aucun lien vers des mentions légales ou une politique de confidentialité' };
    evidence.push(pageEvidence(start, missing));
    if (data.legalNotice) return outcome('warn', 0.5, 'no-privacy', data, evidence);
    if (data.privacy) return outcome('warn', 0.5, 'no-legal-notice', data, evidence);
    return outcome('fail', 0, 'neither', data, evidence);
  },
};
