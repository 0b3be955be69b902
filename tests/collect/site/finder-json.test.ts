// A finder's place as its script's JSON marks it, company-run or franchised (finder-json.ts, scripts.ts): the accounts
// of a place the blob marks as the brand's own are read as on a card saying so, a franchised place's as disowned. Read
// only where the same script marks places of both kinds. Synthetic blobs written for these tests.
import { describe, expect, it } from 'vitest';
import { entryKindReader } from '../../../src/collect/site/finder-json.js';
import { findEmbeddedSocials } from '../../../src/collect/site/scripts.js';

const kinds = (text: string) => Object.fromEntries(findEmbeddedSocials(text).map((f) => [f.handle, f.ownBranch ?? (f.disowned ? 'disowned' : '-')]));

describe('finder JSON entries', () => {
  it("marks a company-run place's accounts as the brand's and a franchised one's as disowned, nested or not", () => {
    const blob = `var finder = {"hotels":[
      {"name":"Solmar Centro","type":"managed","social":{"instagram":"https:\\/\\/www.instagram.com\\/solmarcentro\\/"}},
      {"name":"Solmar Playa","type":"franchise","operator":"Playa SL","social":{"instagram":"https:\\/\\/www.instagram.com\\/solmarplaya\\/"}},
      {"name":"Solmar Sierra","category":"Eigene Filiale","facebook":"https://www.facebook.com/solmarsierra"}]};`;
    expect(kinds(blob)).toEqual({ solmarcentro: 'card', solmarplaya: 'disowned', solmarsierra: 'card' });
  });

  it('reads nothing where the script marks one kind only, or names the kind by a number', () => {
    expect(kinds(`{"stores":[{"type":"partner","ig":"https://www.instagram.com/lojaum/"},{"type":"partner","ig":"https://www.instagram.com/lojadois/"}]}`)).toEqual({ lojaum: '-', lojadois: '-' });
    expect(kinds(`[{"categories":"1","ig":"https://www.instagram.com/lojaum/"},{"categories":"2","ig":"https://www.instagram.com/lojadois/"}]`)).toEqual({ lojaum: '-', lojadois: '-' });
  });

  it('does not read the whole list as one entry', () => {
    const many = Array.from({ length: 40 }, (_, i) => `{"id":${i},"name":"Shop number ${i} with a long description of its opening hours"}`).join(',');
    const text = `{"type":"managed","list":[${many}],"instagram":"https://www.instagram.com/brandmain/","other":{"type":"franchise"}}`;
    expect(entryKindReader(text)(text.indexOf('https://www.instagram.com/brandmain/'))).toBeNull();
  });
});
