// Rule realtime-channel: the site offers a real-time channel — live chat or a messaging app.
import type { Evidence, Rule } from './types.js';
import { limitEvidence, pageEvidence } from './helpers/evidence.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { allContacts, allVendors, okPages, readStartPage, SUPPORT_KINDS, supportPages, uniqueSorted } from './helpers/site.js';

export const rule: Rule = {
  meta: {
    id: 'realtime-channel',
    category: 'contact',
    requires: ['site'],
    defaultOptions: {},
    schema: {},
    messages: [
      'chat',
      'messaging',
      'chat-and-messaging',
      'none',
      'site-unreadable',
      'chat-platform',
      'chat-found',
      'messaging-found',
      'not-found-here',
    ],
    readsPages: [...SUPPORT_KINDS],
  },

  evaluate(snapshot) {
    if (okPages(snapshot).length === 0) return notApplicable('site-unreadable', { chat: [], messaging: [] });

    // chat: chat platforms (vendor ids) and chat launchers (the collector's value); messaging: links (wa.me, m.me…).
    const chat: string[] = [];
    const messaging: string[] = [];
    const evidence: Evidence[] = [];
    for (const { page, vendor } of allVendors(snapshot)) {
      if (vendor.category !== 'chat') continue;
      chat.push(vendor.vendor);
      evidence.push(pageEvidence(page, vendor.marker, { id: 'chat-platform', data: { vendor: vendor.vendor } }));
    }
    for (const { page, contact } of allContacts(snapshot)) {
      if (contact.kind === 'chat') chat.push(contact.value);
      else if (contact.kind === 'messaging') messaging.push(contact.value);
      else continue;
      const id = contact.kind === 'chat' ? 'chat-found' : 'messaging-found';
      evidence.push(pageEvidence(page, contact.snippet ?? contact.value, { id }));
    }
    // Messaging links (wa.me, t.me…) recorded as social sightings rather than contacts count too.
    for (const page of okPages(snapshot)) {
      for (const social of page.facts.socials) {
        if (social.how !== 'messaging') continue;
        messaging.push(social.url);
        evidence.push(pageEvidence(page, social.snippet ?? social.url, { id: 'messaging-found' }));
      }
    }

    const data = { chat: uniqueSorted(chat), messaging: uniqueSorted(messaging) };
    if (data.chat.length > 0 || data.messaging.length > 0) {
      const id = data.chat.length === 0 ? 'messaging' : data.messaging.length === 0 ? 'chat' : 'chat-and-messaging';
      return outcome('pass', 1, id, data, limitEvidence(evidence));
    }
    const start = readStartPage(snapshot);
    const looked = [...(start ? [start] : []), ...supportPages(snapshot)];
    return outcome('fail', 0, 'none', data, limitEvidence(looked.map((p) => pageEvidence(p, undefined, { id: 'not-found-here' }))));
  },
};
