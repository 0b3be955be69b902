// Rule support-mobile-ready: support pages declare a responsive viewport, so they work on a phone.
import type { Rule } from './types.js';
import { limitEvidence, pageEvidence } from './helpers/evidence.js';
import { numberOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { SUPPORT_KINDS, supportPages } from './helpers/site.js';

/** The viewport declaration responsive pages use; without it phones render a shrunken desktop page. */
const RESPONSIVE = /(^|[\s,;])width\s*=\s*device-width\b/i;

export const rule: Rule = {
  meta: {
    id: 'support-mobile-ready',
    category: 'support',
    requires: ['site'],
    defaultOptions: {
      // Every support page: one page a customer cannot read on a phone is a dead end in the journey.
      minShare: 1.0,
    },
    schema: {
      minShare: { type: 'number', minimum: 0, maximum: 1 },
    },
    messages: ['ready', 'some-ready', 'none-ready', 'no-support-page', 'responsive', 'not-responsive', 'no-viewport'],
    readsPages: [...SUPPORT_KINDS],
  },

  evaluate(snapshot, options) {
    const minShare = numberOption(options, 'minShare');
    const pages = supportPages(snapshot);
    if (pages.length === 0) return notApplicable('no-support-page', { pages: 0, ready: 0, share: null });

    const isReady = (viewport: string | null | undefined) => typeof viewport === 'string' && RESPONSIVE.test(viewport);
    const ready = pages.filter((p) => isReady(p.viewport));
    const notReady = pages.filter((p) => !isReady(p.viewport));
    const share = ready.length / pages.length;
    const data = { pages: pages.length, ready: ready.length, share };
    // The snippet is the page's own viewport declaration, when it has one.
    const notReadyEvidence = notReady.map((p) =>
      p.viewport ? pageEvidence(p, p.viewport, { id: 'not-responsive' }) : pageEvidence(p, undefined, { id: 'no-viewport' }),
    );

    if (ready.length === pages.length || share >= minShare) {
      const evidence = [...notReadyEvidence, ...ready.map((p) => pageEvidence(p, p.viewport ?? undefined, { id: 'responsive' }))];
      return outcome('pass', 1, ready.length === pages.length ? 'ready' : 'some-ready', data, limitEvidence(evidence));
    }
    if (ready.length > 0) return outcome('warn', share, 'some-ready', data, limitEvidence(notReadyEvidence));
    return outcome('fail', 0, 'none-ready', data, limitEvidence(notReadyEvidence));
  },
};
