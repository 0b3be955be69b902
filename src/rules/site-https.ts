// Rule site-https: the start page and the support pages, where customers type personal details, use HTTPS.
import type { Rule } from './types.js';
import { limitEvidence, pageEvidence } from './helpers/evidence.js';
import { notApplicable, outcome, round2 } from './helpers/outcome.js';
import { readStartPage, supportPages } from './helpers/site.js';

export const rule: Rule = {
  meta: {
    id: 'site-https',
    category: 'trust',
    title: { en: 'Secure connection (HTTPS)', fr: 'Connexion sécurisée (HTTPS)' },
    failureTitle: { en: 'Pages served without HTTPS', fr: 'Pages servies sans HTTPS' },
    description: {
      en:
        'Checks that the start page and the support pages are served over HTTPS. Contact forms and help pages ' +
        'collect names, order numbers and e-mail addresses; browsers mark plain-HTTP pages "Not secure". Not ' +
        'applicable when the site was audited from a local or staging copy, whose transport says nothing about ' +
        'the real site.',
      fr:
        "Vérifie que la page d'accueil et les pages d'aide sont servies en HTTPS. Formulaires de contact et pages " +
        "d'aide recueillent noms, numéros de commande et adresses e-mail ; les navigateurs signalent les pages " +
        'HTTP « Non sécurisé ». Sans objet quand le site est audité depuis une copie locale ou de recette, dont ' +
        'le transport ne dit rien du site réel.',
    },
    requires: ['site'],
    defaultOptions: {},
    messages: {
      'all-https': {
        en: 'All {{pages}} page(s) checked are served over HTTPS.',
        fr: 'Les {{pages}} page(s) vérifiées sont servies en HTTPS.',
      },
      'some-http': {
        en: 'Only {{https}} of {{pages}} page(s) checked are served over HTTPS.',
        fr: 'Seules {{https}} page(s) vérifiées sur {{pages}} sont servies en HTTPS.',
      },
      'no-https': {
        en: 'None of the {{pages}} page(s) checked is served over HTTPS.',
        fr: "Aucune des {{pages}} page(s) vérifiées n'est servie en HTTPS.",
      },
      'local-target': {
        en: 'The site was audited from a local copy, so its transport says nothing about the real site.',
        fr: 'Le site a été audité depuis une copie locale : son transport ne dit rien du site réel.',
      },
      'start-page-unreadable': {
        en: 'The start page could not be read, so the transport could not be checked.',
        fr: "La page d'accueil n'a pas pu être lue : le transport n'a pas pu être vérifié.",
      },
    },
  },

  evaluate(snapshot) {
    const none = { pages: 0, https: 0, share: null };
    if (snapshot.target.local) return notApplicable('local-target', none);
    const start = readStartPage(snapshot);
    if (!start) return notApplicable('start-page-unreadable', none);

    const pages = [start, ...supportPages(snapshot).filter((p) => p !== start)];
    const secure = pages.filter((p) => p.https);
    const share = round2(secure.length / pages.length);
    const data = { pages: pages.length, https: secure.length, share };
    const plain = pages.filter((p) => !p.https).map((p) => pageEvidence(p, { en: 'served over plain HTTP', fr: 'servie en HTTP non chiffré' }));
    if (plain.length === 0) return outcome('pass', 1, 'all-https', data, [pageEvidence(start, { en: 'served over HTTPS', fr: 'servie en HTTPS' })]);
    if (secure.length > 0) return outcome('warn', share, 'some-http', data, limitEvidence(plain));
    return outcome('fail', 0, 'no-https', data, limitEvidence(plain));
  },
};
