// Rule social-help-in-bio: each social profile's bio or links lead customers to help (the modern "help tab").
import type { BrandSnapshot, Conversation } from '../snapshot/types.js';
import type { Rule } from './types.js';
import { accountName, isUsable } from '../computed/conversations.js';
import { limitEvidence, urlEvidence } from './helpers/evidence.js';
import { stringListOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { SUPPORT_KINDS, kindUrls, normaliseUrl } from './helpers/site.js';
import { NO_USABLE_DATA_MESSAGES, accountEvidence, noUsableData, skippedAccounts } from './helpers/social.js';
import { lazyPattern } from '../lazy-pattern.js';
import { escapeRegExp } from '../escape-regexp.js';

/** How a profile leads to help, best first; each has its evidence note `found-<how>`. */
const HOWS = ['support-page', 'help-link', 'email', 'wording'] as const;
type How = (typeof HOWS)[number];

interface ProfileHelp {
  account: string;
  found: boolean;
  how: How | null;
  /** What matched: the link, the address or the words, as found. */
  match: string | null;
}

const URL_IN_TEXT = /\bhttps?:\/\/[^\s<>"')]+/giu;
/** Made on first use (src/lazy-pattern.ts): five Unicode classes, for bios that name no help link first. */
const EMAIL = lazyPattern(() => /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u);
/** Help areas named in a link's host or path (help.brand.com, /aide, /kundenservice, /service-client…). */
const HELP_PATH = /(^|[./_-])(help|aide|support|sav|faq|contact|kontakt|contacto|hilfe|kundenservice|ayuda|service-client|customer-service|care)([./_-]|$)/iu;

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
  const email = EMAIL().exec(bio);
  if (email) return found('email', email[0]);
  const wording = words?.exec(bio);
  if (wording) return found('wording', wording[0]);
  return { account: accountName(conv), found: false, how: null, match: null };
}

export const rule: Rule = {
  meta: {
    id: 'social-help-in-bio',
    category: 'social-help',
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
    schema: {
      helpWords: { type: 'string[]' },
    },
    // Evidence notes: found-<how> for each way a profile can lead to help, no-help, profile-not-read.
    messages: [
      'everywhere',
      'some',
      'none',
      'no-profile',
      ...NO_USABLE_DATA_MESSAGES,
      ...HOWS.map((how) => `found-${how}`),
      'no-help',
      'profile-not-read',
    ],
  },

  evaluate(snapshot, options) {
    const helpWords = stringListOption(options, 'helpWords').map((w) => w.trim()).filter((w) => w !== '');
    const words = helpWords.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${helpWords.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    const conversations = snapshot.conversations ?? [];
    // A profile can be read even when the posts could not (rate limits after the first call), so status is not checked.
    // A Discourse community has no bio: it is a help space itself, not a profile that should point to one.
    const read = conversations.filter((c) => c.profile?.exists && c.platform !== 'discourse');
    const skipped = skippedAccounts(snapshot);
    const empty = { profiles: 0, withHelp: 0, share: null, missing: [] as string[], accounts: [] };
    if (read.length === 0) {
      if (!conversations.some(isUsable)) return noUsableData(snapshot, empty);
      return notApplicable('no-profile', { ...empty, skipped }, limitEvidence(conversations.map((c) => accountEvidence(c, 'profile-not-read'))));
    }

    const support = supportUrls(snapshot);
    const accounts = read.map((conv) => findHelp(conv, support, words));
    const missingOnes = accounts.filter((a) => !a.found);
    const withHelp = accounts.length - missingOnes.length;
    const data = { profiles: accounts.length, withHelp, share: withHelp / accounts.length, missing: missingOnes.map((a) => a.account), accounts, skipped };
    // The match (a link, an address, the words) is what the profile shows; the note says what kind of help it is.
    const evidence = limitEvidence(
      read.map((conv, i) => {
        const a = accounts[i];
        return a.found
          ? urlEvidence(conv.url, a.match ?? undefined, { id: `found-${a.how}`, data: { account: a.account } })
          : accountEvidence(conv, 'no-help');
      }),
    );
    if (withHelp === accounts.length) return outcome('pass', 1, 'everywhere', data, evidence);
    if (withHelp > 0) return outcome('warn', withHelp / accounts.length, 'some', data, evidence);
    return outcome('fail', 0, 'none', data, evidence);
  },
};
