// Trade desks named to the brand's trade customers by the brand's short name and a trade word (trade-desk.ts), read on
// their own and on the page-set site written for them, whose near misses — a carrier's help desk, a partner bakery, a
// guild the brand belongs to, named in the same shape of sentence — stay others'.
import { describe, expect, it } from 'vitest';
import { discover } from '../../../src/collect/site/accuracy.js';
import { namesTradeDesk, tradeDeskHandle } from '../../../src/collect/site/trade-desk.js';
import { loadPageSet } from '../../../scripts/page-set.mjs';

const mill = { domain: 'orchardmill.test', brandName: 'Orchard Mill Flour' };
const dabao = { domain: 'dabaogo.test', brandName: 'DabaoGo' };

describe('trade desks', () => {
  it("reads a handle made of the brand's short name and a trade word, a country code after it", () => {
    expect(tradeDeskHandle('OMTradeDesk', mill)).toBe(true);
    expect(tradeDeskHandle('OM_Wholesale', mill)).toBe(true);
    expect(tradeDeskHandle('OMPro_FR', mill)).toBe(true);
    expect(tradeDeskHandle('DGMerchantDesk', dabao)).toBe(true);
    expect(tradeDeskHandle('swiftvanhelp', mill)).toBe(false);
    expect(tradeDeskHandle('northbakersguild', mill)).toBe(false);
    expect(tradeDeskHandle('orchardmill', mill)).toBe(false);
  });

  it('reads it only in a sentence naming trade customers and telling them to write', () => {
    const context = 'Existing partners with menu or payout questions can tweet @DGMerchantDesk, which replies within two working hours.';
    expect(namesTradeDesk({ snippet: '@DGMerchantDesk', context }, 'dgmerchantdesk', dabao)).toBe(true);
    expect(namesTradeDesk({ snippet: '@DGMerchantDesk', context: 'Our new menu is announced on @DGMerchantDesk.' }, 'dgmerchantdesk', dabao)).toBe(false);
  });

  it('gets the page-set site written for this class right', () => {
    const [c] = loadPageSet().filter((s) => s.id === 'trade-desk-sentences-en');
    const official = discover(c).accounts.filter((a) => a.official && !a.closed).map((a) => `${a.platform}:${a.handle}`).sort();
    expect(official).toEqual([...c.official].sort());
  });
});
