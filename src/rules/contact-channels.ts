// Rule contact-channels: how many kinds of contact channel (e-mail, phone, form, chat…) the site offers.
import type { ContactKind } from '../snapshot/types.js';
import type { Evidence, Rule } from './types.js';
import { limitEvidence, pageEvidence } from './helpers/evidence.js';
import { integerOption } from './helpers/options.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { allContacts, allVendors, okPages, readStartPage, SUPPORT_KINDS, supportPages } from './helpers/site.js';

/** Report order of the channel kinds. */
const KINDS: readonly ContactKind[] = ['email', 'phone', 'form', 'chat', 'messaging', 'callback'];

export const rule: Rule = {
  meta: {
    id: 'contact-channels',
    category: 'contact',
    requires: ['site'],
    defaultOptions: {
      // Eptica barometer: 4.25 contact channels per site on average, rounded down to a whole channel.
      target: 4,
      // Below two channels a customer who cannot use the only one is stuck (e.g. no phone, no e-mail).
      minimum: 2,
    },
    schema: {
      // Six kinds of channel are recognised (KINDS).
      target: { type: 'integer', minimum: 1, maximum: KINDS.length },
      minimum: { type: 'integer', minimum: 0, maximum: KINDS.length },
    },
    messages: ['enough', 'below-average', 'too-few', 'none', 'site-unreadable', 'channel-found', 'chat-platform', 'looked-here'],
    readsPages: [...SUPPORT_KINDS],
  },

  evaluate(snapshot, options) {
    const target = integerOption(options, 'target');
    const minimum = integerOption(options, 'minimum');
    if (okPages(snapshot).length === 0) return notApplicable('site-unreadable', { channel: [], count: 0, target });

    // First place each kind was seen, for evidence: the text seen there, and which channel it is.
    const seen = new Map<ContactKind, Evidence>();
    const found = (kind: ContactKind) => ({ id: 'channel-found', data: { channel: kind } });
    for (const { page, contact } of allContacts(snapshot)) {
      if (!seen.has(contact.kind)) seen.set(contact.kind, pageEvidence(page, contact.snippet ?? contact.value, found(contact.kind)));
    }
    // A chat platform's script counts as chat even when its launcher button is drawn later by script.
    const chatVendor = allVendors(snapshot).find(({ vendor }) => vendor.category === 'chat');
    if (chatVendor && !seen.has('chat')) {
      const note = { id: 'chat-platform', data: { vendor: chatVendor.vendor.vendor } };
      seen.set('chat', pageEvidence(chatVendor.page, chatVendor.vendor.marker, note));
    }
    // Messaging links (wa.me, t.me…) recorded as social sightings rather than contacts count too.
    for (const page of okPages(snapshot)) {
      const social = page.facts.socials.find((f) => f.how === 'messaging');
      if (social && !seen.has('messaging')) seen.set('messaging', pageEvidence(page, social.snippet ?? social.url, found('messaging')));
    }

    const kinds = KINDS.filter((k) => seen.has(k));
    const data = { channel: kinds, count: kinds.length, target };
    const score = target > 0 ? kinds.length / target : 1;
    if (kinds.length >= target) return outcome('pass', 1, 'enough', data, kinds.map((k) => seen.get(k)!));
    if (kinds.length >= minimum) return outcome('warn', score, 'below-average', data, kinds.map((k) => seen.get(k)!));
    // Where channels were looked for: what was found, then the support pages and the start page.
    const start = readStartPage(snapshot);
    const looked = [...supportPages(snapshot), ...(start ? [start] : [])].map((p) => pageEvidence(p, undefined, { id: 'looked-here' }));
    return outcome('fail', score, kinds.length === 0 ? 'none' : 'too-few', data, limitEvidence([...kinds.map((k) => seen.get(k)!), ...looked]));
  },
};
