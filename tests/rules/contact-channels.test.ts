// Cases for the contact-channels rule.
import type { ContactFinding, ContactKind } from '../../src/snapshot/types.js';
import { rule } from '../../src/rules/contact-channels.js';
import { SITE, facts, failedPage, kindPage, ruleCases, snapshot, startPage } from './snapshot-builder.js';

const VALUES: Record<ContactKind, string> = {
  email: 'care@brand.example',
  phone: '+33 1 23 45 67 89',
  form: '/contact/send',
  chat: 'chat-launcher',
  messaging: 'https://wa.me/33123456789',
  callback: '/callback',
};
const c = (kind: ContactKind): ContactFinding => ({ kind, value: VALUES[kind] });
const contactPage = (...kinds: ContactKind[]) =>
  kindPage('/contact', ['contact'], { facts: facts({ contacts: kinds.map(c) }) });
const intercom = { vendor: 'intercom', category: 'chat' as const, marker: 'widget.intercom.io' };

ruleCases(rule, [
  {
    name: 'pass: e-mail, phone, form and a chat platform make four kinds',
    snapshot: snapshot([startPage({ facts: facts({ vendors: [intercom] }) }), contactPage('email', 'phone', 'form')]),
    status: 'pass',
    messageId: 'enough',
    data: { channel: ['email', 'phone', 'form', 'chat'], count: 4, target: 4 },
    evidence: [`${SITE}/`, `${SITE}/contact`],
    notes: [
      { id: 'chat-platform', data: { vendor: 'intercom' } },
      { id: 'channel-found', data: { channel: 'email' } },
    ],
  },
  {
    name: 'warn: two kinds, the same e-mail repeated on every page counts once',
    snapshot: snapshot([startPage({ facts: facts({ contacts: [c('email')] }) }), contactPage('email', 'phone')]),
    status: 'warn',
    messageId: 'below-average',
    score: 0.5,
    data: { channel: ['email', 'phone'], count: 2, target: 4 },
  },
  {
    name: 'warn: a chat launcher and a wa.me link found among social links count',
    snapshot: snapshot([
      startPage({
        facts: facts({
          contacts: [c('chat')],
          socials: [{ platform: 'whatsapp', handle: '33123456789', url: VALUES.messaging, how: 'messaging', placement: 'footer' }],
        }),
      }),
      contactPage('email'),
    ]),
    status: 'warn',
    messageId: 'below-average',
    score: 0.75,
    data: { channel: ['email', 'chat', 'messaging'], count: 3, target: 4 },
    notes: [{ id: 'channel-found', data: { channel: 'messaging' } }],
  },
  {
    name: 'warn: four kinds fall short of a target of five',
    snapshot: snapshot([startPage(), contactPage('email', 'phone', 'form', 'callback')]),
    options: { target: 5, minimum: 3 },
    status: 'warn',
    messageId: 'below-average',
    score: 0.8,
    data: { channel: ['email', 'phone', 'form', 'callback'], count: 4, target: 5 },
  },
  {
    name: 'fail: e-mail only',
    snapshot: snapshot([startPage(), contactPage('email')]),
    status: 'fail',
    messageId: 'too-few',
    score: 0.25,
    data: { channel: ['email'], count: 1, target: 4 },
    evidence: [`${SITE}/contact`],
  },
  {
    name: 'fail: no channel at all, evidence names where it looked',
    snapshot: snapshot([startPage(), contactPage()]),
    status: 'fail',
    messageId: 'none',
    score: 0,
    data: { channel: [], count: 0, target: 4 },
    evidence: [`${SITE}/`, `${SITE}/contact`],
  },
  {
    name: 'na: no page could be read',
    snapshot: snapshot([failedPage('/', { depth: 0 })]),
    status: 'na',
    messageId: 'site-unreadable',
    data: { channel: [], count: 0, target: 4 },
  },
]);
