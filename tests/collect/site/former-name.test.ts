// Accounts kept from the brand's former names, named only in a sentence of its own text (former-name.ts, read by
// accounts.ts after the unit rules). Synthetic sentences and pages written for these tests.
import { describe, expect, it } from 'vitest';
import { namesFormerSelf } from '../../../src/collect/site/former-name.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';

describe('namesFormerSelf', () => {
  it("reads a handle spelling the name the brand says it went by, whole, shortened or by initials", () => {
    const cases: [string, string, string][] = [
      ['@OakhurstRail', 'oakhurstrail', 'Until 2020 we were known as Oakhurst Rail, and the archive is still up at @OakhurstRail.'],
      ['twitter.com/MarlTrans', 'marltrans', 'Still following our old profile from when we were called Marlow Transport? twitter.com/MarlTrans stays up.'],
      ['@HVFC', 'hvfc', 'Back when this was still the Hollin Valley FC we tweeted as @HVFC – the archive is still there.'],
      ['@MoulinBrs', 'moulinbrs', "Du temps où nous nous appelions Moulin Brasseurs, nous publiions sur @MoulinBrs."],
      ['@VestfjordNytt', 'vestfjordnytt', 'Send en melding til oss på X, hvor vi fortsatt heter @VestfjordNytt fra da redaksjonen het Vestfjord Nytt.'],
      ['facebook.com/kestonmillscoop', 'kestonmillscoop', 'The page from the days when we were still called Keston Mills is read-only: facebook.com/kestonmillscoop.'],
    ];
    for (const [snippet, handle, context] of cases) expect(namesFormerSelf({ snippet, context }, handle), context).toBe(true);
  });

  it('reads what the brand says it began as, in a first-person verb, before a capitalised name (round 33)', () => {
    const yes: [string, string][] = [
      ['fornosantalucia', 'Abbiamo cominciato nel 1987 come Forno Santa Lucia. Il vecchio profilo, @fornosantalucia, è ancora curato dalla redazione.'],
      ['mkononicredit', 'Tulianza mwaka 2014 jijini Nairobi kama Mkononi Credit. Akaunti ya zamani ya X, @MkononiCredit, bado inasimamiwa.'],
      ['harbourcredit', 'We started out in 2011 as Harbour Credit, and the old feed is still up: @HarbourCredit.'],
      ['moulinbrs', 'Nous avons commencé sous le nom de Moulin Brasseurs ; les archives restent sur @MoulinBrs.'],
    ];
    for (const [handle, context] of yes) expect(namesFormerSelf({ snippet: `@${handle}`, context }, handle), context).toBe(true);
    // What the firm did, or a person's start, names no former name of the brand.
    expect(namesFormerSelf({ snippet: '@pasticceriagemma', context: 'Abbiamo cominciato come fornitori di Pasticceria Gemma, oggi su @pasticceriagemma.' }, 'pasticceriagemma')).toBe(false);
    expect(namesFormerSelf({ snippet: '@osteriablu', context: 'Rita started as Head Chef at Osteria Blu; follow her kitchen at @osteriablu.' }, 'osteriablu')).toBe(false);
  });

  it('reads a link whose text is the old name, written in the sentence a second time', () => {
    const context = 'Los vídeos de nuestro antiguo nombre, Aguas del Pinar, siguen en YouTube: Aguas del Pinar.';
    expect(namesFormerSelf({ snippet: 'Aguas del Pinar', context }, 'UCq3Vs8LrT2mW9xNd4EaKp7z')).toBe(true);
    expect(namesFormerSelf({ snippet: 'nuestro canal', context: context.replace(/: Aguas del Pinar\.$/, ': nuestro canal.') }, 'UCq3Vs8LrT2mW9xNd4EaKp7z')).toBe(false);
  });

  it("leaves a former partner, a former employee and another body's former name alone", () => {
    expect(namesFormerSelf({ snippet: '@greenvale_solar', context: 'Back when we worked with Greenvale Solar, their crews fitted the panels — follow @greenvale_solar.' }, 'greenvale_solar')).toBe(false);
    expect(namesFormerSelf({ snippet: '@tomreed_eng', context: 'Our former chief engineer Tom Reed now writes at @tomreed_eng.' }, 'tomreed_eng')).toBe(false);
    expect(namesFormerSelf({ snippet: '@millhistory', context: 'Photographs are kept by the Mill Historical Society, formerly known as the Mill Heritage Group: @millhistory.' }, 'millhistory')).toBe(false);
    // The brand's former name named, but the account spells another name.
    expect(namesFormerSelf({ snippet: '@riverfm_sport', context: 'Until 2019 we were known as River FM; scores are at @riverfm_sport.' }, 'riverfm_sport')).toBe(false);
  });
});

describe('former-name accounts in the merge', () => {
  it("makes the old name's account official, with its own reason", () => {
    const html = `<html><body><header><a href="/">Tidewell</a></header><main><article><h1>Three names, one co-operative</h1><p>The co-operative began in a chapel vestry. Until 2019 we were known as Brackwater Power, and the old updates are still up at <a href="https://twitter.com/BrackwaterPwr">@BrackwaterPwr</a>.</p><p>Our former engineer Hywel Price writes at <a href="https://twitter.com/hywel_engineer">@hywel_engineer</a>.</p></article></main><footer><ul class="social"><li><a href="https://www.facebook.com/tidewellenergy">Facebook</a></li><li><a href="https://www.instagram.com/tidewellenergy/">Instagram</a></li><li><a href="https://twitter.com/tidewellenergy">X</a></li></ul></footer></body></html>`;
    const footer = '<footer><ul class="social"><li><a href="https://www.facebook.com/tidewellenergy">Facebook</a></li><li><a href="https://www.instagram.com/tidewellenergy/">Instagram</a></li><li><a href="https://twitter.com/tidewellenergy">X</a></li></ul></footer>';
    const home = `<html><body><header><a href="/">Tidewell</a></header><main><h1>Community power</h1><p>Two turbines and forty rooftops.</p></main>${footer}</body></html>`;
    const pages = [
      { url: 'https://www.tidewell.test/', html: home },
      { url: 'https://www.tidewell.test/about/', html },
    ].map((p, depth) => ({ url: p.url, status: 200, depth, fetchMs: 0, https: true, kinds: [], facts: analyzePage(p.html, p.url).facts }));
    const accounts = mergeAccounts(pages, { domain: 'tidewell.test', brandName: 'Tidewell Energy' });
    const old = accounts.find((a) => a.handle === 'brackwaterpwr');
    expect(old?.official).toBe(true);
    expect(old?.reason?.code).toBe('site.account.former-name');
    expect(accounts.find((a) => a.handle === 'hywel_engineer')?.official).toBe(false);
  });
});
