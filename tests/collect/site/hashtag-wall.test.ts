// A customer's post credited by its handle on the brand's hashtag wall (hashtag-wall.ts), read on its own and on the
// page-set site written for it, whose near misses (the brand's own tile, its bar's account) must stay the brand's.
import { describe, expect, it } from 'vitest';
import { discover } from '../../../src/collect/site/accuracy.js';
import { creditedOnHashtagWall, creditedOnlyOnWall } from '../../../src/collect/site/hashtag-wall.js';
import { loadPageSet } from '../../../scripts/page-set.mjs';

const tile = (caption: string, handle: string, heading = '#kaltensteinmoments') => ({
  how: 'link',
  placement: 'follow-block',
  heading,
  snippet: `@${handle}`,
  context: `${caption} @${handle}`,
});

describe("a customer's post on the brand's hashtag wall", () => {
  it('reads a tile under a hashtag heading whose link text is the poster handle', () => {
    expect(creditedOnHashtagWall(tile('Frühmorgens allein auf der Steinbock – unbezahlbar', 'pistenflo_93'), 'pistenflo_93')).toBe(true);
    expect(creditedOnHashtagWall(tile('Bugünkü ofis manzaram.', 'kaptanburak', '#KanatlarınAltında'), 'kaptanburak')).toBe(true);
  });

  it('leaves a heading that is not one hashtag, a link named otherwise, the intro and the brand own part alone', () => {
    expect(creditedOnHashtagWall(tile('Powder', 'pistenflo_93', 'Unsere Momente'), 'pistenflo_93')).toBe(false);
    expect(creditedOnHashtagWall(tile('Powder #kaltensteinmoments', 'pistenflo_93', 'Moments #kaltenstein'), 'pistenflo_93')).toBe(false);
    expect(creditedOnHashtagWall({ ...tile('Powder', 'pistenflo_93'), snippet: 'Instagram' }, 'pistenflo_93')).toBe(false);
    expect(creditedOnHashtagWall(tile('Sigue también a nuestro chigre,', 'chigre_ellagar'), 'chigre_ellagar')).toBe(false);
    expect(creditedOnHashtagWall(tile('« Le bibliobus est arrivé ! » — (le compte de notre bibliobus)', 'bibliobus_sbr'), 'bibliobus_sbr')).toBe(false);
    expect(creditedOnHashtagWall({ ...tile('Powder', 'pistenflo_93'), how: 'mention' }, 'pistenflo_93')).toBe(false);
  });

  it('leaves an account the brand links from its own block too, and keeps one quoted again in an article', () => {
    const wall = tile('Sommerabend im Biergarten –', 'braustuebl_am_kessel', '#kesselgrundmoment');
    expect(creditedOnlyOnWall([wall, { how: 'link', placement: 'body', snippet: 'Instagram', context: 'postet das Stüberl-Team auf Instagram' }], 'braustuebl_am_kessel')).toBe(false);
    expect(creditedOnlyOnWall([wall, { how: 'link', placement: 'article', snippet: '@braustuebl_am_kessel', context: 'verkostet' }], 'braustuebl_am_kessel')).toBe(true);
    expect(creditedOnlyOnWall([{ how: 'link', placement: 'footer', snippet: 'Instagram', heading: 'Folgt uns' }], 'kesselgrund')).toBe(false);
  });

  it('gets the page-set site written for it right', () => {
    const [site] = loadPageSet().filter((s) => s.id === 'hashtag-wall-es');
    const official = discover(site).accounts.filter((a) => a.official && !a.closed).map((a) => `${a.platform}:${a.handle}`).sort();
    expect(official).toEqual([...site.official].sort());
  });
});
