// Rule contact-channels: how many kinds of contact channel (e-mail, phone, form, chat…) the site offers.
import type { ContactKind } from '../snapshot/types.js';
import type { Evidence, Rule } from './types.js';
import { limitEvidence, pageEvidence } from './helpers/evidence.js';
import { numberOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { allContacts, allVendors, okPages, readStartPage, supportPages } from './helpers/site.js';

/** Report order of the channel kinds. */
const KINDS: readonly ContactKind[] = ['email', 'phone', 'form', 'chat', 'messaging', 'callback'];

export const rule: Rule = {
  meta: {
    id: 'contact-channels',
    category: 'contact',
    title: { en: 'Choice of contact channels', fr: 'Choix des canaux de contact' },
    failureTitle: { en: 'Few contact channels', fr: 'Peu de canaux de contact' },
    description: {
      en:
        'Counts the distinct kinds of contact channel offered across the site: e-mail, phone, contact form, live ' +
        'chat (a chat launcher or a chat platform script), messaging apps and call-back. Customers pick the ' +
        'channel that suits them; the Eptica barometer found 4.25 contact channels per site on average.',
      fr:
        'Compte les types de canaux de contact distincts proposés sur le site : e-mail, téléphone, formulaire, ' +
        'chat (bouton de chat ou script d’une plateforme de chat), messageries et rappel. Le client choisit le ' +
        'canal qui lui convient ; le baromètre Eptica relevait 4,25 canaux de contact par site en moyenne.',
    },
    requires: ['site'],
    defaultOptions: {
      // Eptica barometer: 4.25 contact channels per site on average, rounded down to a whole channel.
      target: 4,
      // Below two channels a customer who cannot use the only one is stuck (e.g. no phone, no e-mail).
      minimum: 2,
    },
    messages: {
      enough: {
        en: '{{count}} kinds of contact channel offered: {{kinds}}.',
        fr: '{{count}} types de canaux de contact proposés : {{kinds}}.',
      },
      'below-average': {
        en: 'Only {{count}} kinds of contact channel offered: {{kinds}}.',
        fr: 'Seulement {{count}} types de canaux de contact proposés : {{kinds}}.',
      },
      'too-few': {
        en: 'Only {{count}} kind(s) of contact channel found: {{kinds}}.',
        fr: 'Seulement {{count}} type(s) de canal de contact trouvé(s) : {{kinds}}.',
      },
      none: {
        en: 'No contact channel (e-mail, phone, form, chat, messaging, call-back) was found on the site.',
        fr: "Aucun canal de contact (e-mail, téléphone, formulaire, chat, messagerie, rappel) n'a été trouvé sur le site.",
      },
      'site-unreadable': {
        en: 'No page of the site could be read, so its contact channels could not be counted.',
        fr: "Aucune page du site n'a pu être lue : ses canaux de contact n'ont pas pu être comptés.",
      },
    },
  },

  evaluate(snapshot, options) {
    const target = numberOption(options, 'target');
    const minimum = numberOption(options, 'minimum');
    if (okPages(snapshot).length === 0) return notApplicable('site-unreadable', { kinds: [], count: 0 });

    // First place each kind was seen, for evidence.
    const seen = new Map<ContactKind, Evidence>();
    for (const { page, contact } of allContacts(snapshot)) {
      if (!seen.has(contact.kind)) seen.set(contact.kind, pageEvidence(page, `${contact.kind}: ${contact.snippet ?? contact.value}`));
    }
    // A chat platform's script counts as chat even when its launcher button is drawn later by script.
    const chatVendor = allVendors(snapshot).find(({ vendor }) => vendor.category === 'chat');
    if (chatVendor && !seen.has('chat')) {
      seen.set('chat', pageEvidence(chatVendor.page, `chat: ${chatVendor.vendor.vendor} (${chatVendor.vendor.marker})`));
    }
    // Messaging links (wa.me, t.me…) recorded as social sightings rather than contacts count too.
    for (const page of okPages(snapshot)) {
      const social = page.facts.socials.find((f) => f.how === 'messaging');
      if (social && !seen.has('messaging')) seen.set('messaging', pageEvidence(page, `messaging: ${social.snippet ?? social.url}`));
    }

    const kinds = KINDS.filter((k) => seen.has(k));
    const data = { kinds, count: kinds.length };
    const score = target > 0 ? kinds.length / target : 1;
    if (kinds.length >= target) return outcome('pass', 1, 'enough', data, kinds.map((k) => seen.get(k)!));
    if (kinds.length >= minimum) return outcome('warn', score, 'below-average', data, kinds.map((k) => seen.get(k)!));
    // Where channels were looked for: what was found, then the support pages and the start page.
    const start = readStartPage(snapshot);
    const looked = [...supportPages(snapshot), ...(start ? [start] : [])].map((p) => pageEvidence(p, { en: 'contact channels looked for here', fr: 'canaux de contact recherchés ici' }));
    return outcome('fail', score, kinds.length === 0 ? 'none' : 'too-few', data, limitEvidence([...kinds.map((k) => seen.get(k)!), ...looked]));
  },
};
