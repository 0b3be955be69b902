// A language or desk account on the brand's initials, named in the brand's voice in running text, beside an official
// desk on the same initials (initials-desk.ts, read by accounts.ts). Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { namesInitialsDesk } from '../../../src/collect/site/initials-desk.js';

const BRAND = 'Harbour Lights Festival';
const desk = (rest: string): boolean => /^(?:francais|english|news|tickets)$/.test(rest);
const at = (context: string, snippet: string) => [{ context, snippet }];

describe('namesInitialsDesk', () => {
  it('reads the initials and a desk word named in the first person, beside an official handle on the initials', () => {
    expect(namesInitialsDesk('hlf_francais', at('Suivez nos nouvelles en français sur X : @hlf_francais.', '@hlf_francais'), ['hlf_tickets'], BRAND, desk)).toBe(true);
    expect(namesInitialsDesk('hlf.english', at('For our news in English, follow @hlf.english on X.', '@hlf.english'), ['hlf_tickets'], BRAND, desk)).toBe(true);
  });

  it('leaves the same handle said in the third person, with no official handle on the initials, or with another word', () => {
    expect(namesInitialsDesk('hlf_news', at('The local paper reports on X as @hlf_news.', '@hlf_news'), ['hlf_tickets'], BRAND, desk)).toBe(false);
    expect(namesInitialsDesk('hlf_francais', at('Suivez nos nouvelles sur X : @hlf_francais.', '@hlf_francais'), ['harbourlights'], BRAND, desk)).toBe(false);
    expect(namesInitialsDesk('hlf_anglers', at('Our friends fish as @hlf_anglers.', '@hlf_anglers'), ['hlf_tickets'], BRAND, desk)).toBe(false);
    // Two words' initials are any pair's.
    expect(namesInitialsDesk('hl_francais', at('Suivez nos nouvelles : @hl_francais.', '@hl_francais'), ['hl_tickets'], 'Harbour Lights', desk)).toBe(false);
  });
});

describe('mergeAccounts: a language account on the initials', () => {
  it("makes it official beside the brand's desk on the same initials, not a paper sharing them", () => {
    const url = 'https://www.harbourlights.test/news/';
    const html = `<html><body><main><article><h1>Line-up</h1>
      <p>Questions about tickets? Our box office answers on X: @hlf_tickets.</p>
      <p lang="fr">Suivez nos nouvelles en français sur X : @hlf_francais.</p>
      <p>The Harbour Ledger Fortnightly covers the line-up on X as @hlf_news.</p></article></main>
      <footer><a href="https://www.instagram.com/harbourlights/">Instagram</a></footer></body></html>`;
    const { facts } = analyzePage(html, url);
    const got = mergeAccounts([{ url, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], { domain: 'harbourlights.test', brandName: BRAND });
    const official = (h: string): boolean | undefined => got.find((a) => a.platform === 'x' && a.handle === h)?.official;
    expect(official('hlf_tickets')).toBe(true);
    expect(official('hlf_francais')).toBe(true);
    expect(official('hlf_news')).toBe(false);
  });
});
