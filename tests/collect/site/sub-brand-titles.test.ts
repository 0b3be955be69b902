// A desk's or product's card titled by a CamelCase compound of the brand's short word (camel-title.ts) and a sub-brand
// named "<name> by <brand>" (by-brand-title.ts), read alone and from a whole page through analyzePage and mergeAccounts;
// a person's card, a fans' page, a partner's card and a maker credited "by" someone never are. Synthetic pages written
// for these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { namesSubBrandBy } from '../../../src/collect/site/by-brand-title.js';
import { titledByBrandCompound } from '../../../src/collect/site/camel-title.js';

const AIRLINE = { domain: 'sayapasia.test', brandName: 'SayapAsia' };
const TEA = { domain: 'kilimatea.test', brandName: 'Kilima Tea' };

describe('titledByBrandCompound', () => {
  it('reads a card titled by a compound of the brand short word that the handle spells', () => {
    expect(titledByBrandCompound({ heading: 'AskSayap – guest support on X', context: 'AskSayap – guest support on X 24/7.' }, 'asksayap', AIRLINE)).toBe(true);
    expect(titledByBrandCompound({ heading: 'SayapCargo', context: 'SayapCargo Freight and e-commerce shipping.' }, 'sayap_cargo', AIRLINE)).toBe(true);
  });

  it('leaves the brand name itself, a fans page, a partner, a handle spelling something else and a brand whose name is no compound', () => {
    expect(titledByBrandCompound({ heading: 'SayapAsia', context: 'SayapAsia Our main account.' }, 'sayapasia', AIRLINE)).toBe(false);
    expect(titledByBrandCompound({ heading: 'SayapFans', context: 'SayapFans Photos from passengers.' }, 'sayapfans', AIRLINE)).toBe(false);
    expect(titledByBrandCompound({ heading: 'SayapHotels', context: 'SayapHotels Our hotel partner in Bali.' }, 'sayaphotels', AIRLINE)).toBe(false);
    expect(titledByBrandCompound({ heading: 'SayapCargo', context: 'SayapCargo Freight.' }, 'cargo_desk', AIRLINE)).toBe(false);
    expect(titledByBrandCompound({ heading: 'KilimaShop', context: 'KilimaShop Online orders.' }, 'kilimashop', TEA)).toBe(false);
  });
});

describe('namesSubBrandBy', () => {
  it('reads "<name> by <brand>" in a card, the handle spelling the name', () => {
    expect(namesSubBrandBy({ heading: 'Jua Cold Brew', context: 'Jua Cold Brew Cold-brewed tea in cans. Jua Cold Brew by Kilima Tea — @juacoldbrew.' }, 'juacoldbrew', TEA)).toBe(true);
    expect(namesSubBrandBy({ heading: 'Msitu Blends by Kilima', context: 'Msitu Blends by Kilima Purple tea blends. Instagram' }, 'msitublends', TEA)).toBe(true);
  });

  it('leaves a partner hosting the brand event, a photographer and a maker credited by', () => {
    expect(namesSubBrandBy({ heading: 'Java Loft', context: 'Java Loft Hosts Tea Tuesday by Kilima Tea every month. Instagram' }, 'javaloft', TEA)).toBe(false);
    expect(namesSubBrandBy({ heading: 'Amani Otieno', context: 'Amani Otieno Photos by Amani Otieno. Instagram' }, 'amani.otieno.photo', TEA)).toBe(false);
    expect(namesSubBrandBy({ heading: 'Gift tins', context: 'Gift tins Packaging by Studio Nane. Instagram' }, 'studionane', TEA)).toBe(false);
  });
});

describe('sub-brand and desk cards in a grid with people', () => {
  it('lists the compound desk and the sub-brand as official, the person and the partner not', () => {
    const card = (title: string, body: string, url: string): string => `<div class="card"><h3>${title}</h3><p>${body} <a href="${url}">Instagram</a></p></div>`;
    const html = `<html><body><main><div class="grid">
      ${card('SayapRewards', 'Members get early access to every sale.', 'https://www.instagram.com/sayaprewards/')}
      ${card('Langkawi Lounge', 'Langkawi Lounge by SayapAsia, at gate 4.', 'https://www.instagram.com/langkawilounge/')}
      ${card('Priya Nair', 'Head of Guest Experience.', 'https://www.instagram.com/priyanair_cx/')}
      ${card('Langit Hotels', 'Our hotel partner.', 'https://www.instagram.com/langithotels/')}
    </div></main><footer><a href="https://www.instagram.com/sayapasia/">Instagram</a></footer></body></html>`;
    const url = 'https://www.sayapasia.test/';
    const accounts = mergeAccounts([{ url, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts: analyzePage(html, url).facts }], AIRLINE);
    const official = accounts.filter((a) => a.official).map((a) => a.handle).sort();
    expect(official).toEqual(['langkawilounge', 'sayapasia', 'sayaprewards']);
  });
});
