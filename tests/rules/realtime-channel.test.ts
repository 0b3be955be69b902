// Cases for the realtime-channel rule.
import { rule } from '../../src/rules/realtime-channel.js';
import { SITE, facts, failedPage, kindPage, ruleCases, snapshot, startPage } from './snapshot-builder.js';

const crisp = { vendor: 'crisp', category: 'chat' as const, marker: 'client.crisp.chat' };
const zendeskHelp = { vendor: 'zendesk', category: 'helpdesk' as const, marker: 'brand.zendesk.com' };

ruleCases(rule, [
  {
    name: 'pass: a chat platform script on every page is one chat',
    snapshot: snapshot([
      startPage({ facts: facts({ vendors: [crisp] }) }),
      kindPage('/help', ['help'], { facts: facts({ vendors: [crisp] }) }),
    ]),
    status: 'pass',
    messageId: 'chat',
    data: { chat: ['crisp'], messaging: [] },
    evidence: [`${SITE}/`],
    notes: [{ id: 'chat-platform', data: { vendor: 'crisp' } }],
  },
  {
    name: 'pass: a Messenger link on the contact page',
    snapshot: snapshot([
      startPage(),
      kindPage('/contact', ['contact'], { facts: facts({ contacts: [{ kind: 'messaging', value: 'https://m.me/brand' }] }) }),
    ]),
    status: 'pass',
    messageId: 'messaging',
    data: { chat: [], messaging: ['https://m.me/brand'] },
    evidence: [`${SITE}/contact`],
    notes: [{ id: 'messaging-found' }],
  },
  {
    name: 'pass: a chat launcher and a WhatsApp link found among social links',
    snapshot: snapshot([
      startPage({
        facts: facts({
          contacts: [{ kind: 'chat', value: 'chat-launcher' }],
          socials: [{ platform: 'whatsapp', handle: '33612345678', url: 'https://wa.me/33612345678', how: 'messaging', placement: 'body' }],
        }),
      }),
    ]),
    status: 'pass',
    messageId: 'chat-and-messaging',
    data: { chat: ['chat-launcher'], messaging: ['https://wa.me/33612345678'] },
    notes: [{ id: 'chat-found' }, { id: 'messaging-found' }],
  },
  {
    name: 'fail: a help-desk platform and an e-mail address are not real-time',
    snapshot: snapshot([
      startPage({ facts: facts({ vendors: [zendeskHelp], contacts: [{ kind: 'email', value: 'care@brand.example' }] }) }),
      kindPage('/contact', ['contact']),
    ]),
    status: 'fail',
    messageId: 'none',
    score: 0,
    data: { chat: [], messaging: [] },
    evidence: [`${SITE}/`, `${SITE}/contact`],
    notes: [{ id: 'not-found-here' }],
  },
  {
    name: 'na: no page could be read',
    snapshot: snapshot([failedPage('/', { depth: 0 })]),
    status: 'na',
    messageId: 'site-unreadable',
    data: { chat: [], messaging: [] },
  },
]);
