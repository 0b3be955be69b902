// Rule support-links-to-social: the customer-service area points customers to the brand's social accounts.
import type { Placement } from '../snapshot/types.js';
import type { Evidence, Rule } from './types.js';
import { limitEvidence, pageEvidence } from './helpers/evidence.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { accountKey, matchOfficial, officialAccounts, supportPages, uniqueSorted } from './helpers/site.js';

/** Links placed in the page's own content: the support page itself offers social care. */
const CONTENT: readonly Placement[] = ['follow-block', 'body', 'article'];
/** Links repeated on every page of the site: present, but not offered as a way to get help. */
const SITE_WIDE: readonly Placement[] = ['header', 'footer', 'nav'];

export const rule: Rule = {
  meta: {
    id: 'support-links-to-social',
    category: 'support',
    title: { en: 'Support area links to social care', fr: "L'espace client renvoie vers les réseaux sociaux" },
    failureTitle: {
      en: 'Support area does not point to social accounts',
      fr: "L'espace client ne renvoie pas vers les comptes sociaux",
    },
    description: {
      en:
        "Checks that the help, contact, FAQ or customer-service pages link to the brand's official social " +
        'accounts in their own content, so customers learn they can get help there. Qualiweb 2013: only 2% of ' +
        'the top brands linked to their social networks from their customer-service area.',
      fr:
        "Vérifie que les pages d'aide, de contact, de FAQ ou de service client lient les comptes sociaux officiels " +
        'de la marque dans leur propre contenu, pour que les clients sachent qu’ils peuvent y être aidés. ' +
        'Qualiweb 2013 : seules 2 % des grandes marques renvoyaient vers leurs réseaux sociaux depuis leur ' +
        'espace service client.',
    },
    requires: ['site', 'accounts'],
    defaultOptions: {},
    messages: {
      'linked-in-content': {
        en: 'The support area links to {{linkedAccounts}} in its content.',
        fr: "L'espace client lie {{linkedAccounts}} dans son contenu.",
      },
      'site-wide-only': {
        en: "The support area reaches {{linkedAccounts}} only through the site's header, footer or menu.",
        fr: "L'espace client n'atteint {{linkedAccounts}} que par l'en-tête, le pied de page ou le menu du site.",
      },
      'not-linked': {
        en: 'None of the {{supportPages}} support page(s) links to an official social account.',
        fr: "Aucune des {{supportPages}} page(s) d'aide ne lie un compte social officiel.",
      },
      'no-support-page': {
        en: 'No support page was read, so its links to social accounts could not be checked.',
        fr: "Aucune page d'aide n'a été lue : ses liens vers les comptes sociaux n'ont pas pu être vérifiés.",
      },
      'no-official-accounts': {
        en: 'The brand presents no official social account to link to.',
        fr: "La marque ne présente aucun compte social officiel vers lequel renvoyer.",
      },
    },
  },

  evaluate(snapshot) {
    const pages = supportPages(snapshot);
    const official = officialAccounts(snapshot);
    const empty = { supportPages: pages.length, linkedAccounts: [], placement: null };
    if (pages.length === 0) return notApplicable('no-support-page', empty);
    if (official.length === 0) return notApplicable('no-official-accounts', empty);

    const content: { key: string; evidence: Evidence }[] = [];
    const siteWide: { key: string; evidence: Evidence }[] = [];
    for (const page of pages) {
      for (const finding of page.facts.socials) {
        const account = matchOfficial(finding, official);
        if (!account) continue;
        const hit = {
          key: accountKey(account),
          evidence: pageEvidence(page, `${finding.placement}: ${finding.snippet ?? finding.url}`),
        };
        if (CONTENT.includes(finding.placement)) content.push(hit);
        else if (SITE_WIDE.includes(finding.placement)) siteWide.push(hit);
      }
    }

    const report = (hits: { key: string; evidence: Evidence }[]) => ({
      linkedAccounts: uniqueSorted(hits.map((h) => h.key)),
      evidence: limitEvidence(hits.map((h) => h.evidence)),
    });
    if (content.length > 0) {
      const { linkedAccounts, evidence } = report(content);
      return outcome('pass', 1, 'linked-in-content', { supportPages: pages.length, linkedAccounts, placement: 'content' }, evidence);
    }
    if (siteWide.length > 0) {
      const { linkedAccounts, evidence } = report(siteWide);
      const data = { supportPages: pages.length, linkedAccounts, placement: 'site-wide' };
      return outcome('warn', 0.5, 'site-wide-only', data, evidence);
    }
    const evidence = pages.map((p) => pageEvidence(p, { en: `no link to ${official.map(accountKey).join(', ')}`, fr: `aucun lien vers ${official.map(accountKey).join(', ')}` }));
    return outcome('fail', 0, 'not-linked', empty, limitEvidence(evidence));
  },
};
