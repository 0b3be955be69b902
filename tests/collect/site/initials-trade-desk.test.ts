// A desk whose handle is the brand's initials, its trade word and a desk word (initials-trade-desk.ts, read by
// accounts.ts). Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { initialsTradeDesk, namesInitialsTradeDesk } from '../../../src/collect/site/initials-trade-desk.js';

const BRAND = 'Lochan Bay Kayak School';

describe('initialsTradeDesk', () => {
  it('reads the initials, a word of the name and a desk word, with or without separators', () => {
    expect(initialsTradeDesk('LBKayakReport', BRAND)).toBe('lbkayak');
    expect(initialsTradeDesk('lbkayak.conditions', BRAND)).toBe('lbkayak');
    expect(initialsTradeDesk('lbk_kayak_avisos', BRAND)).toBe('lbkkayak');
  });

  it("leaves a name instead of the desk word, a handle without the initials, the brand's whole first word and the initials alone", () => {
    expect(initialsTradeDesk('lbkayak_jo', BRAND)).toBeNull();
    expect(initialsTradeDesk('highlandkayakreport', BRAND)).toBeNull();
    expect(initialsTradeDesk('lochankayakreport', BRAND)).toBeNull();
    expect(initialsTradeDesk('lbk_report', BRAND)).toBeNull();
  });

  it('leaves a sentence naming a partner or another operator', () => {
    expect(namesInitialsTradeDesk({ context: 'Our partner posts the tide report on X at @LBKayakReport.', snippet: '@LBKayakReport' }, 'lbkayakreport', BRAND)).toBe(false);
    expect(namesInitialsTradeDesk({ context: 'The tide report goes out on X at @LBKayakReport every morning.', snippet: '@LBKayakReport' }, 'lbkayakreport', BRAND)).toBe(true);
  });
});

describe('mergeAccounts: a conditions desk on the initials and trade word', () => {
  it('makes it official from a sentence of the body, not an instructor on the same initials', () => {
    const url = 'https://www.lochanbay.test/';
    const html = `<html><body><main><p>The tide report goes out at 7 a.m. — follow @LBKayakReport on X before you drive out.</p>
      <p>Our coach Ailsa shares drills at @lbkayak_ailsa on Instagram.</p></main>
      <footer><h2>Follow us</h2><a href="https://www.instagram.com/lochanbaykayak/">Instagram</a></footer></body></html>`;
    const { facts } = analyzePage(html, url);
    const got = mergeAccounts([{ url, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], { domain: 'lochanbay.test', brandName: BRAND });
    expect(got.find((a) => a.handle === 'lbkayakreport')).toMatchObject({ official: true, reason: { code: 'site.account.desk-handle' } });
    expect(got.find((a) => a.handle === 'lbkayak_ailsa')?.official).toBe(false);
  });
});
