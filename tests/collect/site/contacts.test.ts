// findContacts: e-mail, phone, forms (not search/newsletter/login), messaging, callback and chat, deduplicated.
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { findContacts, normalizePhone } from '../../../src/collect/site/contacts.js';
import { visibleLines } from '../../../src/collect/site/dom.js';
import type { VendorFinding } from '../../../src/snapshot/types.js';

function contacts(body: string, vendors: VendorFinding[] = []) {
  const $ = load(`<html><body>${body}</body></html>`);
  return findContacts($, { baseUrl: 'https://brand.fr/contact', lines: visibleLines($.root()[0]), vendors });
}
const kinds = (body: string) => contacts(body).map((c) => `${c.kind}:${c.value}`);

describe('findContacts', () => {
  it('reads mailto: addresses without their query, lower-cased', () => {
    expect(contacts('<a href="mailto:Service.Client@Brand.fr?subject=Question">Écrivez-nous</a>')).toEqual([
      { kind: 'email', value: 'service.client@brand.fr', snippet: 'Écrivez-nous' },
    ]);
  });

  it('ignores the share-by-mail button', () => {
    expect(kinds('<a href="mailto:?subject=Regarde&body=https://brand.fr">Partager</a>')).toEqual([]);
  });

  it('reads tel: numbers, keeping the leading + and dropping the (0) trunk prefix', () => {
    expect(kinds('<a href="tel:+33 (0)1 23 45 67 89">Appelez-nous</a><a href="tel:3949">3949</a>')).toEqual(['phone:+33123456789', 'phone:3949']);
    expect(normalizePhone('+49 (0)89 123-456')).toBe('+4989123456');
  });

  it('reads addresses and numbers written in the text next to a phone word', () => {
    expect(kinds('<p>Par e-mail : contact@brand.fr</p><p>Tél. : 01 23 45 67 89 (appel non surtaxé)</p>')).toEqual([
      'email:contact@brand.fr',
      'phone:0123456789',
    ]);
    expect(kinds('<p>Livraison en 48h, 12 345 678 clients</p>')).toEqual([]);
  });

  it('recognises contact forms and ignores search, newsletter and login forms', () => {
    const body = `
      <form action="/contact/send"><h2>Écrivez-nous</h2><input name="email" type="email"><textarea name="message"></textarea><button>Envoyer</button></form>
      <form role="search" action="/recherche"><input name="q"></form>
      <form action="/search"><input type="search" name="query"></form>
      <form class="newsletter" action="/newsletter"><input type="email" name="email"><button>S'inscrire</button></form>
      <form action="/login"><input type="email" name="email"><input type="password" name="password"></form>`;
    expect(contacts(body)).toEqual([{ kind: 'form', value: 'https://brand.fr/contact/send', snippet: 'Écrivez-nous' }]);
  });

  it('accepts a form without textarea that asks for an e-mail and a subject', () => {
    expect(kinds('<form><input type="email" name="mail"><input name="subject"><button>Send</button></form>')).toEqual(['form:https://brand.fr/contact']);
  });

  it('recognises messaging links and skips messaging share links', () => {
    const body = `
      <a href="https://m.me/brand">Messenger</a>
      <a href="https://wa.me/33612345678">WhatsApp</a>
      <a href="https://api.whatsapp.com/send?phone=+33 6 12 34 56 78">WhatsApp</a>
      <a href="https://t.me/brand_support">Telegram</a>
      <a href="https://bcrw.apple.com/urn:biz:abc-123">Messages</a>
      <a href="sms:+33612345678">SMS</a>
      <a href="https://wa.me/?text=hello">Partager</a>
      <a href="sms:?body=hello">Partager</a>`;
    expect(kinds(body)).toEqual([
      'messaging:https://m.me/brand',
      'messaging:https://wa.me/33612345678',
      'messaging:https://t.me/brand_support',
      'messaging:https://bcrw.apple.com/urn:biz:abc-123',
      'messaging:sms:+33612345678',
    ]);
  });

  it.each([
    ['<a href="/rappel">Être rappelé</a>', 'callback:https://brand.fr/rappel'],
    ['<button>Demandez un rappel gratuit</button>', 'callback:callback'],
    ['<a href="/callback">Request a call back</a>', 'callback:https://brand.fr/callback'],
    ['<h3>Rückruf-Service</h3>', 'callback:callback'],
    ['<p>¿Prefieres hablar? Le llamamos.</p>', 'callback:callback'],
  ])('callback: %s', (body, expected) => {
    expect(kinds(body)).toEqual([expected]);
  });

  it.each([
    ['<button>Chat</button>'],
    ['<a href="#chat">Parlez à un conseiller</a>'],
    ['<button>Discuter avec un conseiller</button>'],
    ['<a href="#" role="button">Chat starten</a>'],
    ['<button aria-label="Chatear"></button>'],
    ['<a href="javascript:void(0)" onclick="openChat()">Besoin d\'aide ?</a>'],
  ])('chat launcher: %s', (body) => {
    expect(kinds(body)).toEqual(['chat:chat-launcher']);
  });

  // Elements whose text nodes hold none of the callback and chat words are skipped before their label is built;
  // these offers have the words only once the label is cleaned and folded, and must still be found.
  it.each([
    ['<button>ÊTRE RAPPELÉ</button>', 'callback:callback'],
    ['<button>Ch<!-- launcher -->at</button>', 'chat:chat-launcher'],
    ['<button>Ch<svg><title>icon</title></svg>at</button>', 'chat:chat-launcher'],
    ['<button>Ch\u0007at</button>', 'chat:chat-launcher'],
    ['<p>Demande de rap\u200bpel</p>', 'callback:callback'],
    ['<button> \n </button>', null],
    ['<button title="Live chat"> </button>', 'chat:chat-launcher'],
    // Accents inside the words, precomposed or combining, and ß (one character folded into two).
    ['<h3>RÜCKRUF-SERVICE</h3>', 'callback:callback'],
    ['<h3>Ru\u0308ckruf-Service</h3>', 'callback:callback'],
    ['<button>Être rappele\u0301</button>', 'callback:callback'],
    ['<button>Cĥàt</button>', 'chat:chat-launcher'],
    ['<button>Diśćut̂er</button>', 'chat:chat-launcher'],
  ])('offers whose words appear only in the cleaned, folded label: %s', (body, expected) => {
    expect(kinds(body)).toEqual(expected ? [expected] : []);
  });

  it('does not take cat food for a chat', () => {
    expect(kinds('<a href="/nourriture-chat">Nourriture pour chat</a><a href="/chat">Chat</a>')).toEqual(['chat:chat-launcher']);
    expect(kinds('<a href="/arbre-a-chat">Arbre à chat</a>')).toEqual([]);
  });

  it('counts chat vendors as live chat, not help desks', () => {
    const vendors: VendorFinding[] = [
      { vendor: 'intercom', category: 'chat', marker: 'widget.intercom.io' },
      { vendor: 'zendesk', category: 'helpdesk', marker: 'brand.zendesk.com' },
    ];
    expect(contacts('', vendors)).toEqual([{ kind: 'chat', value: 'intercom', snippet: 'widget.intercom.io' }]);
  });

  it('deduplicates and bounds snippets', () => {
    const long = 'Écrivez-nous '.repeat(30);
    const found = contacts(`<a href="mailto:a@brand.fr">${long}</a><a href="mailto:A@brand.fr">x</a>`);
    expect(found).toHaveLength(1);
    expect(found[0].snippet!.length).toBeLessThanOrEqual(160);
  });
});
