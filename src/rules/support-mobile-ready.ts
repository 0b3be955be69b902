// Rule support-mobile-ready: support pages declare a responsive viewport, so they work on a phone.
import type { Rule } from './types.js';
import { limitEvidence, pageEvidence } from './helpers/evidence.js';
import { numberOption } from './helpers/options.js';
import { notApplicable, outcome, round2 } from './helpers/outcome.js';
import { supportPages } from './helpers/site.js';

/** The viewport declaration responsive pages use; without it phones render a shrunken desktop page. */
const RESPONSIVE = /(^|[\s,;])width\s*=\s*device-width\b/i;

export const rule: Rule = {
  meta: {
    id: 'support-mobile-ready',
    category: 'support',
    title: { en: 'Support pages work on mobile', fr: "Pages d'aide adaptées au mobile" },
    failureTitle: { en: 'Support pages not mobile-ready', fr: "Pages d'aide non adaptées au mobile" },
    description: {
      en:
        'Checks that the help, contact, FAQ and customer-service pages declare a responsive viewport ' +
        '(<meta name="viewport" content="width=device-width">). Customers who come from a social network are ' +
        'usually on a phone; without that declaration the page shows as a shrunken desktop page.',
      fr:
        "Vérifie que les pages d'aide, de contact, de FAQ et de service client déclarent un affichage adaptatif " +
        '(<meta name="viewport" content="width=device-width">). Le client qui arrive d’un réseau social est ' +
        'le plus souvent sur mobile ; sans cette déclaration la page s’affiche comme une page de bureau réduite.',
    },
    requires: ['site'],
    defaultOptions: {
      // Every support page: one page a customer cannot read on a phone is a dead end in the journey.
      minShare: 1.0,
    },
    messages: {
      ready: {
        en: 'All {{pages}} support page(s) declare a responsive viewport.',
        fr: "Les {{pages}} page(s) d'aide déclarent un affichage adaptatif.",
      },
      'some-ready': {
        en: '{{ready}} of {{pages}} support pages declare a responsive viewport.',
        fr: "{{ready}} page(s) d'aide sur {{pages}} déclarent un affichage adaptatif.",
      },
      'none-ready': {
        en: 'None of the {{pages}} support page(s) declares a responsive viewport.',
        fr: "Aucune des {{pages}} page(s) d'aide ne déclare d'affichage adaptatif.",
      },
      'no-support-page': {
        en: 'No support page was read, so the mobile layout of support could not be checked.',
        fr: "Aucune page d'aide n'a été lue : leur affichage mobile n'a pas pu être vérifié.",
      },
    },
  },

  evaluate(snapshot, options) {
    const minShare = numberOption(options, 'minShare');
    const pages = supportPages(snapshot);
    if (pages.length === 0) return notApplicable('no-support-page', { pages: 0, ready: 0, share: null });

    const isReady = (viewport: string | null | undefined) => typeof viewport === 'string' && RESPONSIVE.test(viewport);
    const ready = pages.filter((p) => isReady(p.viewport));
    const notReady = pages.filter((p) => !isReady(p.viewport));
    const share = round2(ready.length / pages.length);
    const data = { pages: pages.length, ready: ready.length, share };
    const notReadyEvidence = notReady.map((p) =>
      pageEvidence(p, p.viewport ? `viewport: ${p.viewport}` : { en: 'no <meta name="viewport">', fr: 'pas de <meta name="viewport">' }),
    );

    if (ready.length === pages.length || share >= minShare) {
      const evidence = [...notReadyEvidence, ...ready.map((p) => pageEvidence(p, `viewport: ${p.viewport}`))];
      return outcome('pass', 1, ready.length === pages.length ? 'ready' : 'some-ready', data, limitEvidence(evidence));
    }
    if (ready.length > 0) return outcome('warn', share, 'some-ready', data, limitEvidence(notReadyEvidence));
    return outcome('fail', 0, 'none-ready', data, limitEvidence(notReadyEvidence));
  },
};
