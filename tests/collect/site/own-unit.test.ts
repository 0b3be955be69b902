// One of the brand's parts named with the definite article as the account's keeper in the line or sentence linking to
// it (src/collect/site/own-unit.ts), read alone and from whole pages through analyzePage and mergeAccounts; a person, a
// partner, a sponsored event and a place run by someone else never are. Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { saysOwnUnit } from '../../../src/collect/site/own-unit.js';

const URL = 'https://www.brisaverde.test/';
const TARGET = { domain: 'www.brisaverde.test', brandName: 'Grupo Brisaverde' };

/** The accounts of a one-page site whose <main> holds `body`: handle, official, reason code. */
function accounts(body: string): [string, boolean, string | undefined][] {
  const { facts } = analyzePage(`<html><body><main>${body}</main></body></html>`, URL);
  return mergeAccounts([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], TARGET).map((a) => [a.handle, a.official, a.reason?.code]);
}

describe('saysOwnUnit', () => {
  it('reads a unit named with the definite article before the link (en, es, pt, fr)', () => {
    expect(saysOwnUnit({ snippet: 'YouTube', context: 'Follow the show: Instagram · YouTube' })).toBe(true);
    expect(saysOwnUnit({ snippet: 'Follow the Fund on Facebook', context: 'Every year the Fund gives grants. Follow the Fund on Facebook to see them.' })).toBe(true);
    expect(saysOwnUnit({ snippet: '@brisa.kids', context: 'New episodes go up on the series’ own Instagram, @brisa.kids, every Friday.' })).toBe(true);
    expect(saysOwnUnit({ snippet: '@brisa.conil', context: 'Instagram del hotel: @brisa.conil' })).toBe(true);
    expect(saysOwnUnit({ snippet: '@tamarisco', context: 'El menú cambia cada día; lo verás en la cuenta del restaurante, @tamarisco.' })).toBe(true);
    expect(saysOwnUnit({ snippet: 'LinkedIn', context: 'Canais oficiais da Faculdade: X · LinkedIn' })).toBe(true);
    expect(saysOwnUnit({ snippet: '@cimar', context: 'Relatórios e novidades na conta do centro no X, @cimar.' })).toBe(true);
    expect(saysOwnUnit({ snippet: '@brisasports', context: 'Les scores tombent sur le compte X de la rédaction sportive, @brisasports.' })).toBe(true);
    expect(saysOwnUnit({ snippet: 'Instagram', context: 'MS Aurelia 62 cabins, launched 2019. Follow the ship: Instagram' })).toBe(true);
    expect(saysOwnUnit({ snippet: 'Instagram', context: 'MS Kalina 44 cabins. Follow the boat on Instagram' })).toBe(true);
  });

  it('leaves a person, a partner, a sponsored event, a place run by others and an office in general alone', () => {
    expect(saysOwnUnit({ snippet: '@corinnefell', context: 'Its narrator reads a story each week. Follow the host on Instagram: @corinnefell.' })).toBe(false);
    expect(saysOwnUnit({ snippet: 'X', context: 'We are the audio partner of the festival. Follow the festival we sponsor on X.' })).toBe(false);
    expect(saysOwnUnit({ snippet: 'X', context: 'Consulta la cuenta de la oficina de turismo en X.' })).toBe(false);
    expect(saysOwnUnit({ snippet: '@brisatarifa', context: 'Hotel de 38 habitaciones. Explotado por Hoteles Levante S.A. Instagram del hotel: @brisatarifa' })).toBe(false);
    expect(saysOwnUnit({ snippet: '@brisa.lanzarote', context: 'Hotel asociado en franquicia. Instagram del hotel: @brisa.lanzarote' })).toBe(false);
    expect(saysOwnUnit({ snippet: 'Instagram', context: 'Notre chef publie les menus du restaurant sur Instagram.' })).toBe(false);
    expect(saysOwnUnit({ snippet: 'Instagram', context: 'Captain Ioana Radu, master of MS Kalina. Follow the captain: Instagram' })).toBe(false);
    expect(saysOwnUnit({ snippet: 'Facebook', context: 'Our home port. Follow the port of Tulcea on Facebook' })).toBe(false);
    // Run by the brand itself is still the brand's.
    expect(saysOwnUnit({ snippet: '@salitre', context: 'Gestionado por nuestro propio equipo. Sigue al restaurante en la cuenta del restaurante, @salitre.' })).toBe(true);
  });

  it('reads a branch office followed with the definite article, not its manager nor a franchise (en, es, de)', () => {
    expect(saysOwnUnit({ snippet: 'Facebook', context: 'Av. Busch 310. Sigue a la sucursal en Facebook para los horarios.' })).toBe(true);
    expect(saysOwnUnit({ snippet: 'Instagram', context: 'Open daily. Follow the branch on Instagram.' })).toBe(true);
    expect(saysOwnUnit({ snippet: 'Instagram', context: 'Hauptstraße 4. Folgen Sie der Filiale auf Instagram.' })).toBe(true);
    expect(saysOwnUnit({ snippet: 'Instagram', context: 'Questions? Follow the branch manager, Ana Ruiz, on Instagram.' })).toBe(false);
    expect(saysOwnUnit({ snippet: 'Facebook', context: 'Punto de venta. Sigue a la sucursal franquiciada de Tarija en Facebook.' })).toBe(false);
  });

  it('reads every place of a link text a card holds twice: a host’s "(X)" after the show’s "X" is not the show’s', () => {
    const card = 'Ledger Lines Small-business money. Follow the show: X · TikTok Host: Samuel Brandt (X)';
    expect(saysOwnUnit({ snippet: 'TikTok', context: card })).toBe(true);
    expect(saysOwnUnit({ snippet: 'X', context: card })).toBe(false);
  });
});

describe('mergeAccounts with the own-unit rule', () => {
  it('makes a show card’s accounts official, even under a two-word title its handle spells, and never the hosts’', () => {
    const card = `<div class="show-card"><h3>Dead Reckoning</h3><p>Shipwrecks and lost crews, every other Thursday.</p>
      <p><strong>Follow the show:</strong> <a href="https://www.instagram.com/deadreckoningpod/">Instagram</a> · <a href="https://x.com/brisa_dr">X</a></p>
      <p><strong>Host:</strong> Eli Brandvold (<a href="https://www.instagram.com/eli.brandvold/">IG</a>, <a href="https://x.com/elibrandvold">X</a>)</p></div>`;
    const got = accounts(card);
    expect(got).toContainEqual(['deadreckoningpod', true, 'site.account.own-unit']);
    expect(got).toContainEqual(['brisa_dr', true, 'site.account.own-unit']);
    expect(got.find(([h]) => h === 'eli.brandvold')?.[1]).toBe(false);
    expect(got.find(([h]) => h === 'elibrandvold')?.[1]).toBe(false);
  });

  it('reads a card whose text opens with the brand\'s possessive and one of its parts, not a person\'s card', () => {
    const card = (heading: string, text: string): boolean => saysOwnUnit({ snippet: 'Instagram', heading, context: `${heading} ${text} @handle Instagram` });
    expect(card('Brisa Sport', 'Our sport desk covers the club and the regatta.')).toBe(true);
    expect(card('Brisa Sport', 'Desk Our sport desk covers the club and the regatta.')).toBe(true);
    expect(card('Zakulisowo', 'Nasz podcast o tym, czego nie widać ze sceny.')).toBe(true);
    expect(card('La Brisita', 'VIRGILIO 31, POLANCO Nuestra barra pequeña de Polanco: solo 14 lugares.')).toBe(true);
    expect(card('Joanna Price', 'Audio producer. Jo produces and presents our weekly podcast.')).toBe(false);
    expect(card('Ana Ruiz', 'Nuestra periodista de cultura, en la redacción desde 2015.')).toBe(false);
    expect(card('Festiwal Lustra', 'Jesteśmy mecenasem festiwalu organizowanego przez Fundację Brzeg.')).toBe(false);
    // Not a card: the block does not open with its heading.
    expect(saysOwnUnit({ snippet: 'Instagram', heading: 'Brisa Sport', context: 'Our sport desk covers the club. @handle Instagram' })).toBe(false);
  });

  it('makes a card\'s accounts official through mergeAccounts, beside staff cards in one list', () => {
    const person = (name: string, handle: string): string => `<li><h3>${name}</h3><p>Reporter. ${name.split(' ')[0]} covers the council.</p><p><a href="https://x.com/${handle}">@${handle}</a></p></li>`;
    const got = accounts(
      `<ul>${person('Tessa Harlow', 'tessaharlow')}<li><h3>Brisa Sport</h3><p>Our sport desk covers the club and the regatta.</p><p><a href="https://x.com/brisa_deportes">@brisa_deportes</a></p></li>${person('Danny Okafor', 'dannyokafor_')}${person('Lena Marsh', 'lenamarsh')}</ul>`,
    );
    expect(got).toContainEqual(['brisa_deportes', true, 'site.account.own-unit']);
    expect(got.find(([h]) => h === 'tessaharlow')?.[1]).toBe(false);
    expect(got.find(([h]) => h === 'dannyokafor_')?.[1]).toBe(false);
  });
});
