// Press desks named to journalists by the brand's short name and a press word (press-handle.ts, brand-short-name.ts),
// read on their own and on the page-set site written for them, whose near misses — another body's press office named
// to journalists, a PR agency, a reporter — stay others'.
import { describe, expect, it } from 'vitest';
import { discover } from '../../../src/collect/site/accuracy.js';
import { namesPressDesk, pressHandle } from '../../../src/collect/site/press-handle.js';
import { namesBrandShort } from '../../../src/collect/site/brand-short-name.js';
import { loadPageSet } from '../../../scripts/page-set.mjs';

const kitera = { domain: 'kiterabs.test', brandName: 'Kitera Building Society' };
const tawi = { domain: 'tawimoney.test', brandName: 'Tawi Money' };

describe('press desks', () => {
  it("reads the brand's words, initials and letters in order from its first, not another's", () => {
    expect(namesBrandShort('kitera', kitera)).toBe(true);
    expect(namesBrandShort('kb', kitera)).toBe(true);
    expect(namesBrandShort('ktr', kitera)).toBe(true);
    expect(namesBrandShort('tr', kitera)).toBe(false);
    expect(namesBrandShort('cfa', kitera)).toBe(false);
  });

  it("reads a handle made of a press word and the brand's short name", () => {
    expect(pressHandle('TawiPress', tawi)).toBe(true);
    expect(pressHandle('KB_Media', kitera)).toBe(true);
    expect(pressHandle('CFA_Press', kitera)).toBe(false);
    expect(pressHandle('brightline_pr', kitera)).toBe(false);
    expect(pressHandle('tawimoney', tawi)).toBe(false);
  });

  it('reads it only in a sentence speaking to the press that names no partner or sponsor', () => {
    const context = 'Press office: press@tawimoney.test. Journalists can also reach the press team on X at @TawiPress. Our media kit is online.';
    expect(namesPressDesk({ snippet: '@TawiPress', context }, 'tawipress', tawi)).toBe(true);
    expect(namesPressDesk({ snippet: '@TawiPress', context: 'Our weekly podcast is announced on @TawiPress.' }, 'tawipress', tawi)).toBe(false);
    expect(namesPressDesk({ snippet: '@KB_Media', context: 'Journalists covering our sponsored regatta should contact @KB_Media.' }, 'kb_media', kitera)).toBe(false);
  });

  it('gets the page-set site written for this class right', () => {
    const [c] = loadPageSet().filter((s) => s.id === 'press-handles-en');
    const official = discover(c).accounts.filter((a) => a.official && !a.closed).map((a) => `${a.platform}:${a.handle}`).sort();
    expect(official).toEqual([...c.official].sort());
  });
});
