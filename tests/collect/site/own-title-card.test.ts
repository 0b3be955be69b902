// Cards of the brand's own titles (own-title-card.ts, read by accounts.ts): a game's card headed by its two-word title,
// which its handles spell, opening "Our first game" — not a team card in the same markup. Synthetic cards written for
// these tests.
import { describe, expect, it } from 'vitest';
import { onOwnTitleCard } from '../../../src/collect/site/own-title-card.js';
import { opensOwnCard } from '../../../src/collect/site/own-unit.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';

const card = (heading: string, text: string): { heading: string; context: string } => ({ heading, context: `${heading} ${text} Instagram` });

describe('onOwnTitleCard', () => {
  it('reads a title card opening with "our" and a kind of title, the handle spelling the title (en, sr, pl, de)', () => {
    expect(onOwnTitleCard(card('Harbour Lights', 'Our first game (2019): keep the lighthouses lit.'), 'harbourlights.game')).toBe(true);
    expect(onOwnTitleCard(card('Kafana Tycoon', 'Naša prva igra (2022). Od male kafane…'), 'kafanatycoongame')).toBe(true);
    expect(onOwnTitleCard(card('Devlog na kafi', 'Naš podcast. Svake druge srede.'), 'devlognakafi')).toBe(true);
    expect(onOwnTitleCard(card('Mroźny Szlak', 'Nasza pierwsza gra (2021).'), 'mroznyszlak')).toBe(true);
    expect(onOwnTitleCard(card('Nebelhafen Saga', 'Unser neues Spiel, ab Herbst auf Steam.'), 'nebelhafensaga')).toBe(true);
  });

  it("leaves a person's card, a partner's title and a handle spelling something else alone", () => {
    expect(onOwnTitleCard(card('Maeve Collins', 'Our lead designer, and the reason every game has a lighthouse.'), 'maevecollins')).toBe(false);
    expect(onOwnTitleCard(card('Maeve Collins', 'Our game designer since 2018.'), 'maevecollins')).toBe(false);
    expect(onOwnTitleCard(card('Ola Nowak', 'Nasza graficzka; rysuje każdą postać.'), 'olanowak')).toBe(false);
    expect(onOwnTitleCard(card('Lantern Keep', 'Our partner game from Brightmoor Studio.'), 'lanternkeep')).toBe(false);
    expect(onOwnTitleCard(card('Harbour Lights', 'Our first game (2019).'), 'harbourlights_fans_club')).toBe(false);
    expect(onOwnTitleCard(card('Harbour Lights', 'Our first game (2019).'), 'tomhardwick.art')).toBe(false);
    expect(onOwnTitleCard({ heading: 'Harbour Lights', context: 'Games Harbour Lights Our first game.' }, 'harbourlights')).toBe(false);
  });
});

describe("opensOwnCard: a person's role is not one of the brand's parts", () => {
  it('reads "Nasz podcast" as a part, not "Nasz programista" or "our programmer"', () => {
    expect(opensOwnCard(card('Kawa i Kod', 'Nasz podcast o robieniu gier.'))).toBe(true);
    expect(opensOwnCard(card('Nasz program', 'Nasz program stypendialny dla studentów.'))).toBe(true);
    expect(opensOwnCard(card('Piotr Wrona', 'Nasz programista od silnika.'))).toBe(false);
    expect(opensOwnCard(card('Piotr Wrona', 'Our programmer since 2019.'))).toBe(false);
  });
});

describe("accounts on the brand's title cards", () => {
  it("makes a game's accounts official beside the team's cards in the same markup, not the team's", () => {
    const url = 'https://www.tidewatergames.test/';
    const cardHtml = (title: string, text: string, handles: string[]): string =>
      `<div class="card"><h3>${title}</h3><p>${text}</p><ul class="card__social">${handles.map((h) => `<li><a href="https://www.instagram.com/${h}/">Instagram</a></li>`).join('')}</ul></div>`;
    const html = `<html><body><main><h1>Games</h1><section><h2>Our games</h2>${cardHtml('Harbour Lights', 'Our first game (2019).', ['harbourlights.game'])}${cardHtml('Maeve Collins', 'Our lead designer.', ['maevecollins'])}${cardHtml('Tom Hardwick', 'Our illustrator.', ['tomhardwick'])}</section></main><footer><a href="https://www.instagram.com/tidewatergames/">Instagram</a></footer></body></html>`;
    const accounts = mergeAccounts([{ url, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts: analyzePage(html, url).facts }], { domain: 'tidewatergames.test', brandName: 'Tidewater Games' });
    const official = accounts.filter((a) => a.official).map((a) => a.handle);
    expect(official).toContain('harbourlights.game');
    expect(official).not.toContain('maevecollins');
    expect(official).not.toContain('tomhardwick');
  });
});
