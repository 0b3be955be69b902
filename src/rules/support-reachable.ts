// Rule support-reachable: the support area is visible from the start page and at most a couple of clicks away.
import type { BrandSnapshot, LinkFinding, PageRecord, Placement } from '../snapshot/types.js';
import type { Rule } from './types.js';
import { limitEvidence, pageEvidence } from './helpers/evidence.js';
import { numberOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { isSupportKind, readStartPage, startPage, supportPages, unreadSupportPages } from './helpers/site.js';

/** Which start-page placement best shows the way to support: the most visible first, the footer last. */
const VISIBILITY: readonly Placement[] = ['header', 'nav', 'body', 'article', 'follow-block', 'head', 'script', 'footer'];

/** The start page's most visible support link, if it has any. */
function bestLink(links: LinkFinding[]): LinkFinding | undefined {
  const rank = (l: LinkFinding) => VISIBILITY.indexOf(l.placement);
  return links.filter((l) => isSupportKind(l.kinds)).sort((a, b) => rank(a) - rank(b))[0];
}

/**
 * Where the first click of the crawl's shortest route to `page` sat on the start page, following `from` links
 * back to depth 1. Catches routes that start with a non-support link ("Informations" in the footer → "Service
 * clients"), which the start page's support links alone do not show.
 */
function firstClickPlacement(snapshot: BrandSnapshot, page: PageRecord): Placement | undefined {
  const byUrl = new Map(snapshot.site.pages.map((p) => [p.url, p]));
  let current: PageRecord | undefined = page;
  for (let hops = 0; current && current.depth > 1 && hops < 50; hops++) current = current.from ? byUrl.get(current.from) : undefined;
  return current?.depth === 1 ? current.via : undefined;
}

export const rule: Rule = {
  meta: {
    id: 'support-reachable',
    category: 'support',
    title: { en: 'Support area within reach', fr: 'Espace client accessible' },
    failureTitle: {
      en: 'Support area hard to reach',
      fr: 'Espace client difficile à atteindre',
    },
    description: {
      en:
        'Checks that a help, contact, FAQ or customer-service page is linked visibly from the start page (not only ' +
        'from its footer) and lies within two clicks of it. Qualiweb 2007: 94% of sites had a contact link visible ' +
        'from the home page, but 56% hid it in the footer or more than two clicks deep.',
      fr:
        "Vérifie qu'une page d'aide, de contact, de FAQ ou de service client est liée de façon visible depuis la page " +
        "d'accueil (pas seulement dans le pied de page) et se trouve à deux clics au plus. Qualiweb 2007 : 94 % des " +
        "sites avaient un lien de contact visible depuis l'accueil, mais 56 % le cachaient dans le pied de page ou " +
        'à plus de deux clics.',
    },
    requires: ['site'],
    defaultOptions: {
      // Qualiweb 2007 counted contact links more than two clicks deep as hidden.
      maxClicks: 2,
    },
    messages: {
      reachable: {
        en: 'The support area is {{depth}} click(s) from the start page.',
        fr: "L'espace client est à {{depth}} clic(s) de la page d'accueil.",
      },
      'footer-only': {
        en: "The support area is linked from the start page's footer only.",
        fr: "L'espace client n'est lié que depuis le pied de la page d'accueil.",
      },
      'too-deep': {
        en: 'The nearest support page is {{depth}} clicks from the start page.',
        fr: "La page d'aide la plus proche est à {{depth}} clics de la page d'accueil.",
      },
      'no-support-page': {
        en: 'No help, contact, FAQ or customer-service page was found.',
        fr: "Aucune page d'aide, de contact, de FAQ ou de service client n'a été trouvée.",
      },
      'support-unreadable': {
        en: 'Support pages were linked but none could be read ({{unread}} tried).',
        fr: "Des pages d'aide étaient liées mais aucune n'a pu être lue ({{unread}} essayées).",
      },
      'start-page-unreadable': {
        en: 'The start page could not be read, so the way to the support area could not be checked.',
        fr: "La page d'accueil n'a pas pu être lue : l'accès à l'espace client n'a pas pu être vérifié.",
      },
    },
  },

  evaluate(snapshot, options) {
    const maxClicks = numberOption(options, 'maxClicks');
    const start = readStartPage(snapshot);
    if (!start) {
      const failed = startPage(snapshot);
      const evidence = failed ? [pageEvidence(failed, failed.error?.message)] : [];
      return notApplicable('start-page-unreadable', { depth: null, via: null, pages: 0, unread: 0 }, evidence);
    }

    const pages = supportPages(snapshot);
    const unread = unreadSupportPages(snapshot);
    if (pages.length === 0) {
      const none = { depth: null, via: null, pages: 0, unread: unread.length };
      if (unread.length > 0) {
        // Linked but unreadable (timeouts, errors): the crawl, not the site, may be at fault.
        const evidence = unread.map((p) => pageEvidence(p, p.error && `${p.error.code}: ${p.error.message}`));
        return notApplicable('support-unreadable', none, limitEvidence(evidence));
      }
      const evidence = [pageEvidence(start, { en: 'start page: no link to help, contact, FAQ or customer service', fr: "page d'accueil : aucun lien vers l'aide, le contact, la FAQ ou le service client" })];
      return outcome('fail', 0, 'no-support-page', none, evidence);
    }

    const nearest = pages.reduce((a, b) => (b.depth < a.depth ? b : a));
    const link = bestLink(start.facts.links);
    const via = nearest.depth === 0 ? null : (link?.placement ?? firstClickPlacement(snapshot, nearest) ?? null);
    const data = { depth: nearest.depth, via, pages: pages.length, unread: unread.length };
    const linkEvidence = link ? [pageEvidence(start, `${link.placement}: "${link.text}" → ${link.url}`)] : [];
    const evidence = limitEvidence([...linkEvidence, pageEvidence(nearest)]);

    if (nearest.depth > maxClicks) return outcome('warn', 0.25, 'too-deep', data, evidence);
    if (nearest.depth > 0 && via === 'footer') return outcome('warn', 0.5, 'footer-only', data, evidence);
    return outcome('pass', 1, 'reachable', data, evidence);
  },
};
