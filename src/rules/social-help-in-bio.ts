// Rule social-help-in-bio: each social profile's bio or links lead customers to help (the modern "help tab").
import type { BrandSnapshot, Conversation } from '../snapshot/types.js';
import type { Rule } from './types.js';
import { limitEvidence, urlEvidence } from './helpers/evidence.js';
import { stringListOption } from './helpers/options.js';
import { notApplicable, outcome, round2 } from './helpers/outcome.js';
import { SUPPORT_KINDS, kindUrls, normaliseUrl } from './helpers/site.js';
import { NO_USABLE_DATA_MESSAGE, accountEvidence, accountName, isUsable, noUsableData, skippedAccounts } from './helpers/social.js';

type How = 'support-page' | 'help-link' | 'email' | 'wording';

interface ProfileHelp {
  account: string;
  found: boolean;
  how: How | null;
  /** What matched: the link, the address or the words, as found. */
  match: string | null;
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"')]+/giu;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;
/** Help areas named in a link's host or path (help.brand.com, /aide, /kundenservice, /service-client…). */
const HELP_PATH = /(^|[./_-])(help|aide|support|sav|faq|contact|kontakt|contacto|hilfe|kundenservice|ayuda|service-client|customer-service|care)([./_-]|$)/iu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The support pages of the site, and links to them (help centres on other hosts included), normalised. */
function supportUrls(snapshot: BrandSnapshot): Set<string> {
  return new Set(SUPPORT_KINDS.flatMap((kind) => kindUrls(snapshot, kind)).map(normaliseUrl));
}

/** Where the profile points customers to help, if anywhere: a support page, a help link, an e-mail, or words. */
function findHelp(conv: Conversation, support: Set<string>, words: RegExp | null): ProfileHelp {
  const bio = conv.profile?.bio ?? '';
  const links = [...(conv.profile?.links ?? []), ...(bio.match(URL_IN_TEXT) ?? [])].map((l) => l.trim()).filter((l) => l !== '');
  const found = (how: How, match: string): ProfileHelp => ({ account: accountName(conv), found: true, how, match });
  const toSupport = links.find((l) => support.has(normaliseUrl(l)));
  if (toSupport) return found('support-page', toSupport);
  const helpLink = links.find((l) => {
    try {
      const u = new URL(l);
      return u.protocol !== 'mailto:' && HELP_PATH.test(`${u.hostname}${u.pathname}`);
    } catch {
      return false;
    }
  });
  if (helpLink) return found('help-link', helpLink);
  const mailto = links.find((l) => l.toLowerCase().startsWith('mailto:'));
  if (mailto) return found('email', mailto.slice('mailto:'.length));
  const email = EMAIL.exec(bio);
  if (email) return found('email', email[0]);
  const wording = words?.exec(bio);
  if (wording) return found('wording', wording[0]);
  return { account: accountName(conv), found: false, how: null, match: null };
}

export const rule: Rule = {
  meta: {
    id: 'social-help-in-bio',
    category: 'social-help',
    title: { en: 'Help signposted on social profiles', fr: 'Aide indiquée sur les profils sociaux' },
    failureTitle: { en: 'No help signposted on social profiles', fr: 'Aucune aide indiquée sur les profils sociaux' },
    description: {
      en:
        'Checks that each social profile read carries, in its bio or links, a way to get help: a link to the ' +
        'site’s support pages or to a help area, a support e-mail address, or words such as "SAV", "service ' +
        'client", "support", "help", "aide", "Kundenservice", "ayuda". Qualiweb 2013: only 1.25% of top brands had ' +
        'a help tab on Facebook; Facebook moved tabs under "More" in 2014, so the bio is now where customers look.',
      fr:
        'Vérifie que chaque profil social lu indique, dans sa bio ou ses liens, comment obtenir de l’aide : un lien ' +
        'vers les pages d’aide du site ou un espace d’aide, une adresse e-mail de support, ou des mots comme « SAV », ' +
        '« service client », « support », « help », « aide », « Kundenservice », « ayuda ». Qualiweb 2013 : 1,25 % ' +
        'seulement des grandes marques avaient un onglet d’aide sur Facebook ; Facebook a relégué les onglets sous ' +
        '« Plus » en 2014, et c’est désormais dans la bio que les clients cherchent.',
    },
    requires: ['conversations'],
    defaultOptions: {
      // How brands name customer care in their bios, in the audit's languages (fr, en, de, es); whole words,
      // case-insensitive. The list of the issue, plus the usual variants.
      helpWords: [
        'sav',
        'service client',
        'service clients',
        'support',
        'help',
        'aide',
        'assistance',
        'customer care',
        'customer service',
        'kundenservice',
        'kundendienst',
        'hilfe',
        'ayuda',
        'atención al cliente',
        'soporte',
      ],
    },
    messages: {
      everywhere: {
        en: 'Every social profile read ({{profiles}}) shows customers where to get help.',
        fr: 'Chaque profil social lu ({{profiles}}) indique aux clients où obtenir de l’aide.',
      },
      some: {
        en: '{{withHelp}} of {{profiles}} social profiles show where to get help; missing on {{missing}}.',
        fr: '{{withHelp}} profil(s) social(aux) sur {{profiles}} indiquent où obtenir de l’aide ; absent sur {{missing}}.',
      },
      none: {
        en: 'None of the {{profiles}} social profiles read shows where to get help: {{missing}}.',
        fr: 'Aucun des {{profiles}} profils sociaux lus n’indique où obtenir de l’aide : {{missing}}.',
      },
      'no-profile': {
        en: 'No social profile could be read, so bios could not be checked.',
        fr: 'Aucun profil social n’a pu être lu : les bios n’ont pas pu être vérifiées.',
      },
      'no-usable-data': NO_USABLE_DATA_MESSAGE,
    },
  },

  evaluate(snapshot, options) {
    const helpWords = stringListOption(options, 'helpWords').map((w) => w.trim()).filter((w) => w !== '');
    const words = helpWords.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${helpWords.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    const conversations = snapshot.conversations ?? [];
    // A profile can be read even when the posts could not (rate limits after the first call), so status is not checked.
    // A Discourse community has no bio: it is a help space itself, not a profile that should point to one.
    const read = conversations.filter((c) => c.profile?.exists && c.platform !== 'discourse');
    const skipped = skippedAccounts(snapshot);
    const empty = { profiles: 0, withHelp: 0, share: null, missing: '', accounts: [], skipped };
    if (read.length === 0) {
      if (!conversations.some(isUsable)) return noUsableData(snapshot, { profiles: 0, withHelp: 0, share: null, missing: '', accounts: [] });
      return notApplicable('no-profile', empty, limitEvidence(conversations.map((c) => accountEvidence(c, { en: 'no profile read', fr: 'profil non lu' }))));
    }

    const support = supportUrls(snapshot);
    const accounts = read.map((conv) => findHelp(conv, support, words));
    const missingOnes = accounts.filter((a) => !a.found);
    const withHelp = accounts.length - missingOnes.length;
    const data = { profiles: accounts.length, withHelp, share: round2(withHelp / accounts.length), missing: missingOnes.map((a) => a.account).join(', '), accounts, skipped };
    const evidence = limitEvidence(
      read.map((conv, i) =>
        accounts[i].found
          ? urlEvidence(conv.url, `${accounts[i].account}: ${accounts[i].match}`)
          : accountEvidence(conv, { en: 'no support contact or help link in the bio', fr: 'aucun contact support ni lien d’aide dans la bio' }),
      ),
    );
    if (withHelp === accounts.length) return outcome('pass', 1, 'everywhere', data, evidence);
    if (withHelp > 0) return outcome('warn', withHelp / accounts.length, 'some', data, evidence);
    return outcome('fail', 0, 'none', data, evidence);
  },
};
