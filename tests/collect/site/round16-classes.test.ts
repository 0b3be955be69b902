// Round 16's classes in the page set (fixtures/pages): the reason each account gets, so a change that reaches the right
// verdict for the wrong reason shows.
import { describe, expect, it } from 'vitest';
import { discover } from '../../../src/collect/site/accuracy.js';
import { loadPageSet } from '../../../scripts/page-set.mjs';

const cases = loadPageSet();
const verdicts = (id: string): Record<string, [boolean, string]> => {
  const c = cases.find((x) => x.id === id);
  if (!c) throw new Error(`no case ${id}`);
  return Object.fromEntries(discover(c).accounts.map((a) => [`${a.platform}:${a.handle}`, [a.official, a.reason.code]]));
};

describe("round 16's classes", () => {
  it('does not list an account the page disowns, and keeps the brand\'s beside the disclaimer', () => {
    const v = verdicts('disowned-accounts');
    for (const key of ['x:granitwand_fans', 'facebook:granitwandclub', 'instagram:granitwand.grimpe', 'x:granitwandszene', 'facebook:granitwandfoerderverein', 'instagram:granitwandfans']) {
      expect(v[key], key).toEqual([false, 'site.account.disowned']);
    }
    // Same paragraph as "not run by us", its own sentence saying "Our"; and "our fan page" is the brand's own Facebook page.
    expect(v['x:granitwandcomp']?.[0]).toBe(true);
    expect(v['facebook:granitwand']?.[0]).toBe(true);
  });

  it("reads a shop's own JSON-LD node by handle alone, and the chain's Organization as its own", () => {
    const v = verdicts('store-jsonld');
    expect(v['instagram:muehlstein_annecy']).toEqual([false, 'site.account.unrelated-link']);
    expect(v['tiktok:muehlsteincadiz']).toEqual([false, 'site.account.unrelated-json']);
    expect(v['pinterest:brotausstein']).toEqual([true, 'site.account.json-ld']);
  });

  it("takes a club's women's team and academy accounts built on its word as its own, not its supporters' clubs", () => {
    const v = verdicts('club-sections');
    expect(v['instagram:ribazulfemenino']).toEqual([true, 'site.account.desk-handle']);
    expect(v['x:canteraribazul']).toEqual([true, 'site.account.desk-handle']);
    expect(v['x:ribazullondonsc']?.[0]).toBe(false);
    expect(v['instagram:ribazul_fanclub_koeln']?.[0]).toBe(false);
  });

  it('gives a main sponsor, a "Member of…" logo and public bodies to their owners', () => {
    const v = verdicts('sponsor-logos');
    for (const key of ['x:kaiserbank', 'instagram:conservasmar', 'x:natrowfed', 'x:lrv_nord', 'x:aytoribera', 'x:villedulac']) expect(v[key]?.[0], key).toBe(false);
    expect(v['instagram:ramedargent.jeunes']?.[0]).toBe(true);
  });

  it('takes a desk the site claims right after the link ("– we post every delay there"), not a third party posting there', () => {
    const v = verdicts('we-post-there');
    for (const key of ['x:ll_sailings', 'x:ll_traversees', 'x:ll_fahrten', 'x:ll_travesias']) expect(v[key], key).toEqual([true, 'site.account.placement']);
    for (const key of ['x:shireroads', 'x:meteolacalpin', 'x:hafenamtsee', 'x:carreteraslago']) expect(v[key]?.[0], key).toBe(false);
  });
});
