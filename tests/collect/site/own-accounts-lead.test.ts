// A page's lead saying each of the brand's places keeps its own accounts, read for the grid of cards after it
// (src/collect/site/own-accounts-lead.ts, read by run-branch.ts). Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { saysPlacesOwnAccounts } from '../../../src/collect/site/own-accounts-lead.js';
import { foldText } from '../../../src/collect/site/text.js';

const URL = 'https://www.kelpiegalleries.test/galleries/';
const TARGET = { domain: 'kelpiegalleries.test', brandName: 'Kelpie Galleries' };

const says = (text: string) => saysPlacesOwnAccounts(foldText(text));

function judged(body: string): Record<string, boolean> {
  const { facts } = analyzePage(`<html><body>${body}</body></html>`, URL);
  return Object.fromEntries(
    mergeAccounts([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], TARGET).map((a) => [`${a.platform}:${a.handle}`, a.official]),
  );
}

const card = (title: string, sub: string, href: string) =>
  `<article class="card"><div class="card__body"><h3>${title}</h3><p class="card__subtitle">${sub}</p><ul class="card__links"><li><a href="${href}">Follow</a></li></ul></div></article>`;

describe('saysPlacesOwnAccounts', () => {
  it("reads each of the brand's places keeping its own accounts, in en, fr, de, es", () => {
    expect(says('Each of our seven museums has its own team and its own social accounts, run by museum staff.')).toBe(true);
    expect(says('Our four flagships each have their own account run by the store team.')).toBe(true);
    expect(says('Chacune de nos cinq boutiques a son propre compte Instagram.')).toBe(true);
    expect(says('Jede unserer Filialen hat einen eigenen Instagram-Account.')).toBe(true);
    expect(says('Cada una de nuestras tiendas tiene su propia cuenta de Instagram.')).toBe(true);
  });

  it("leaves people's accounts and partners' places alone", () => {
    expect(says('Each of our rangers has their own account; the views there are their own.')).toBe(false);
    expect(says('Our partner attractions each run their own accounts.')).toBe(false);
    expect(says('Each of our franchise stores has its own page, run by the franchisee.')).toBe(false);
    expect(says('Some of our curators share their work on personal accounts.')).toBe(false);
    expect(says('Each of our museums has its own café.')).toBe(false);
  });
});

describe('the grid after such a lead', () => {
  it("reads its cards as the brand's places, and not the people's grid after it", () => {
    const body = `<main><h1>Our galleries</h1><div class="lead"><p>Each of our three galleries has its own team and its own social accounts.</p></div>
      <div class="grid">${card('Oriel Mhòr', 'Gallery · Inverness', 'https://x.com/orielmhor_inv')}${card('Taigh Dealbh', 'Gallery · Skye', 'https://www.instagram.com/taighdealbh/')}${card('Lòchran', 'Gallery · Oban', 'https://www.facebook.com/lochran.oban')}</div>
      <section><h2>Meet the curators</h2><p>Some of our curators post on personal accounts.</p><div class="grid">${card('Morag Ross', 'Curator', 'https://x.com/moragross_art')}${card('Ewan Grant', 'Curator', 'https://www.instagram.com/ewangrant.draws/')}${card('Isla Fraser', 'Conservator', 'https://x.com/islafraser')}</div></section></main>
      <footer><h2>Follow Kelpie Galleries</h2><ul><li><a href="https://www.instagram.com/kelpiegalleries/">Instagram</a></li><li><a href="https://x.com/kelpiegalleries">X</a></li></ul></footer>`;
    const verdicts = judged(body);
    expect(verdicts['x:orielmhor_inv']).toBe(true);
    expect(verdicts['instagram:taighdealbh']).toBe(true);
    expect(verdicts['facebook:lochran.oban']).toBe(true);
    expect(verdicts['x:moragross_art']).toBe(false);
    expect(verdicts['instagram:ewangrant.draws']).toBe(false);
    expect(verdicts['x:islafraser']).toBe(false);
    expect(verdicts['instagram:kelpiegalleries']).toBe(true);
  });

  it('leaves a card in that grid alone when it names another operator', () => {
    const body = `<main><p>Each of our three galleries has its own social accounts.</p>
      <div class="grid">${card('Oriel Mhòr', 'Gallery · Inverness', 'https://x.com/orielmhor_inv')}${card('Taigh Dealbh', 'Gallery · Skye', 'https://www.instagram.com/taighdealbh/')}${card('Seòmar Ùr', 'Run by the Skye Arts Trust, our partner', 'https://www.instagram.com/seomarur/')}</div></main>`;
    const verdicts = judged(body);
    expect(verdicts['x:orielmhor_inv']).toBe(true);
    expect(verdicts['instagram:seomarur']).toBe(false);
  });
});
