// Rule realtime-channel: the site offers a real-time channel — live chat or a messaging app.
import type { Evidence, Rule } from './types.js';
import { limitEvidence, pageEvidence } from './helpers/evidence.js';
import { notApplicable, outcome } from './helpers/outcome.js';
import { allContacts, allVendors, okPages, readStartPage, supportPages, uniqueSorted } from './helpers/site.js';

export const rule: Rule = {
  meta: {
    id: 'realtime-channel',
    category: 'contact',
    title: { en: 'Real-time channel', fr: 'Canal en temps réel' },
    failureTitle: { en: 'No real-time channel', fr: 'Aucun canal en temps réel' },
    description: {
      en:
        'Checks that the site offers a real-time channel: live chat (a chat launcher or a chat platform such as ' +
        'Intercom, Crisp or iAdvize) or a messaging app (Messenger m.me, WhatsApp wa.me, Apple or Google business ' +
        'messaging…). It is the channel customers expect for quick answers, and still a rare one: the Eptica ' +
        'barometer found chat on only 7.3% of sites.',
      fr:
        'Vérifie que le site propose un canal en temps réel : chat (bouton de chat ou plateforme comme Intercom, ' +
        'Crisp ou iAdvize) ou messagerie (Messenger m.me, WhatsApp wa.me, Apple ou Google business messaging…). ' +
        "C'est le canal attendu pour une réponse rapide, et il reste rare : le baromètre Eptica ne relevait un " +
        'chat que sur 7,3 % des sites.',
    },
    requires: ['site'],
    defaultOptions: {},
    messages: {
      chat: {
        en: 'Live chat offered ({{chat}}).',
        fr: 'Chat proposé ({{chat}}).',
      },
      messaging: {
        en: 'Messaging offered ({{messaging}}).',
        fr: 'Messagerie proposée ({{messaging}}).',
      },
      'chat-and-messaging': {
        en: 'Live chat ({{chat}}) and messaging ({{messaging}}) offered.',
        fr: 'Chat ({{chat}}) et messagerie ({{messaging}}) proposés.',
      },
      none: {
        en: 'No live chat or messaging channel was found on the site.',
        fr: "Aucun chat ni aucune messagerie n'a été trouvé sur le site.",
      },
      'site-unreadable': {
        en: 'No page of the site could be read, so its real-time channels could not be looked for.',
        fr: "Aucune page du site n'a pu être lue : ses canaux en temps réel n'ont pas pu être recherchés.",
      },
    },
  },

  evaluate(snapshot) {
    if (okPages(snapshot).length === 0) return notApplicable('site-unreadable', { chat: [], messaging: [] });

    const chat: string[] = [];
    const messaging: string[] = [];
    const evidence: Evidence[] = [];
    for (const { page, vendor } of allVendors(snapshot)) {
      if (vendor.category !== 'chat') continue;
      chat.push(vendor.vendor);
      evidence.push(pageEvidence(page, `chat: ${vendor.vendor} (${vendor.marker})`));
    }
    for (const { page, contact } of allContacts(snapshot)) {
      if (contact.kind === 'chat') chat.push(contact.value);
      else if (contact.kind === 'messaging') messaging.push(contact.value);
      else continue;
      evidence.push(pageEvidence(page, `${contact.kind}: ${contact.snippet ?? contact.value}`));
    }
    // Messaging links (wa.me, t.me…) recorded as social sightings rather than contacts count too.
    for (const page of okPages(snapshot)) {
      for (const social of page.facts.socials) {
        if (social.how !== 'messaging') continue;
        messaging.push(social.url);
        evidence.push(pageEvidence(page, `messaging: ${social.snippet ?? social.url}`));
      }
    }

    const data = { chat: uniqueSorted(chat), messaging: uniqueSorted(messaging) };
    if (data.chat.length > 0 || data.messaging.length > 0) {
      const id = data.chat.length === 0 ? 'messaging' : data.messaging.length === 0 ? 'chat' : 'chat-and-messaging';
      return outcome('pass', 1, id, data, limitEvidence(evidence));
    }
    const start = readStartPage(snapshot);
    const looked = [...(start ? [start] : []), ...supportPages(snapshot)];
    return outcome('fail', 0, 'none', data, limitEvidence(looked.map((p) => pageEvidence(p, { en: 'no chat or messaging found', fr: 'ni chat ni messagerie trouvés' }))));
  },
};
