// Units' cards known by their role mailbox on the site's own domain, set out among staff cards (unit-mailbox.ts, read
// by analyze.ts as the site's own word). Synthetic cards written for these tests.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { elementsUnder } from '../../../src/collect/site/dom.js';
import { onUnitMailboxCard } from '../../../src/collect/site/unit-mailbox.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';

const PAGE = 'https://www.harjuvesi.test/yhteystiedot/';

function card(title: string, mailbox: string, extra = ''): string {
  return `<div class="card"><h3>${title}</h3><p>${extra}<a href="mailto:${mailbox}">${mailbox}</a></p><ul><li><a href="https://www.instagram.com/x_${title.length}/">Instagram</a></li></ul></div>`;
}

function linkOn(html: string): Element {
  const doc = parseDocument(`<html><body><main><div class="grid">${html}</div></main></body></html>`);
  return elementsUnder(doc, (el) => el.name === 'a' && (el.attribs.href ?? '').includes('instagram'))[0];
}

describe('onUnitMailboxCard', () => {
  it("reads a card titled by a unit and giving a role mailbox on the site's domain", () => {
    expect(onUnitMailboxCard(linkOn(card('Rekrytointi', 'rekry@harjuvesi.test')), PAGE)).toBe(true);
    expect(onUnitMailboxCard(linkOn(card('Servizio clienti', 'clienti@mail.harjuvesi.test')), PAGE)).toBe(true);
  });

  it("leaves a person's card alone, whatever its mailbox, and a mailbox on another domain", () => {
    expect(onUnitMailboxCard(linkOn(card('Sabine Krause', 'sabine@harjuvesi.test')), PAGE)).toBe(false);
    expect(onUnitMailboxCard(linkOn(card('Sabine Krause', 'presse@harjuvesi.test')), PAGE)).toBe(false);
    expect(onUnitMailboxCard(linkOn(card('Viestintä', 'anni.lehtola@harjuvesi.test')), PAGE)).toBe(false);
    expect(onUnitMailboxCard(linkOn(card('Rekrytointi', 'rekry@partnerfirma.test')), PAGE)).toBe(false);
  });

  it('leaves a card run by a partner or someone else, and a link in a sentence, alone', () => {
    expect(onUnitMailboxCard(linkOn(card('Kiinteistöhuolto', 'huolto@harjuvesi.test', 'Hoitaa yhteistyökumppanimme, Vertriebspartner Oy. ')), PAGE)).toBe(false);
    expect(onUnitMailboxCard(linkOn(card('Linea 12', 'linea12@harjuvesi.test', 'Gestito da Trasporti Berici S.r.l. ')), PAGE)).toBe(false);
    const sentence = '<div class="card"><h3>Press</h3><p><a href="mailto:press@harjuvesi.test">press@harjuvesi.test</a></p><p>Questions about the group go to <a href="https://www.instagram.com/harjugroup/">Harju Group on Instagram</a>.</p></div>';
    expect(onUnitMailboxCard(linkOn(sentence), PAGE)).toBe(false);
  });

  it("makes the units' accounts the brand's in a grid with staff cards, and leaves the staff's", () => {
    const html = `<html><body><main><h1>Yhteystiedot</h1><div class="grid">
      <div class="card"><h3>Rekrytointi</h3><p><a href="mailto:rekry@harjuvesi.test">rekry@harjuvesi.test</a></p><ul><li><a href="https://www.instagram.com/harju_rekry/">Instagram</a></li></ul></div>
      <div class="card"><h3>Kaukolämpö</h3><p><a href="mailto:lampo@harjuvesi.test">lampo@harjuvesi.test</a></p><ul><li><a href="https://www.instagram.com/harjulampo/">Instagram</a></li></ul></div>
      <div class="card"><h3>Marjo Salo</h3><p><a href="mailto:marjo@harjuvesi.test">marjo@harjuvesi.test</a></p><ul><li><a href="https://www.instagram.com/marjosalo/">Instagram</a></li></ul></div>
      <div class="card"><h3>Pekka Aho</h3><p><a href="mailto:pekka.aho@harjuvesi.test">pekka.aho@harjuvesi.test</a></p><ul><li><a href="https://www.instagram.com/pekka.aho/">Instagram</a></li></ul></div>
    </div></main></body></html>`;
    const pages = [{ url: PAGE, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts: analyzePage(html, PAGE).facts }];
    const accounts = mergeAccounts(pages, { domain: 'harjuvesi.test', brandName: 'Harjun Vesi' });
    const official = (h: string) => accounts.find((a) => a.handle === h)?.official;
    expect(official('harju_rekry')).toBe(true);
    expect(official('harjulampo')).toBe(true);
    expect(official('marjosalo')).toBe(false);
    expect(official('pekka.aho')).toBe(false);
  });
});
