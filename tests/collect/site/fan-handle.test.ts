// Handles that say they are a fan's, a parody's or an impostor's (src/collect/site/fan-handle.ts), alone and through
// mergeAccounts: never official, whatever their place on the page. Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { fanHandle } from '../../../src/collect/site/fan-handle.js';

const TARGET = { domain: 'www.ribera-cf.test', brandName: 'Club Ribera' };
const URL = 'https://www.ribera-cf.test/';

describe('fanHandle', () => {
  it('reads fan, memes, parody and impostor words as a part of the handle or glued to the brand’s word', () => {
    for (const h of ['ribera_fans', 'ribera.memes', 'riberacf_fake', 'notribera', 'fakeribera', 'riberafan', 'ribera_fanclub_sevilla', 'fansofribera', 'riberaparodia', 'ribera.tifosi', 'ribera_inoffiziell']) {
      expect(fanHandle(h, TARGET), h).toBe(true);
    }
  });

  it('reads a supporters’ stand or group as a part, with its founding year', () => {
    for (const h of ['curvasud1987.ribera', 'ribera_curvanord', 'fankurve.ribera', 'ribera.tifoseria', 'barrabrava_ribera']) expect(fanHandle(h, TARGET), h).toBe(true);
    for (const h of ['ribera.curvas', 'curvatura_ribera']) expect(fanHandle(h, TARGET), h).toBe(false);
  });

  it('leaves the brand’s own handles, desks and branches, and words that merely contain the letters', () => {
    for (const h of ['clubribera', 'ribera_cf', 'ribera.tienda', 'riberafemenino', 'ribera_mexico', 'notredameribera', 'riberafantasia', 'fanta_es']) {
      expect(fanHandle(h, TARGET), h).toBe(false);
    }
  });

  it('keeps a brand whose own name holds the word', () => {
    expect(fanHandle('fanatic_surf', { domain: 'fanatic.test', brandName: 'Fanatic' })).toBe(false);
    expect(fanHandle('memes.studio', { domain: 'memes-studio.test', brandName: 'Memes Studio' })).toBe(false);
  });
});

describe('mergeAccounts: the fan-handle veto', () => {
  it('lists a fan account in the footer beside the brand’s, not official, with its reason', () => {
    const html =
      '<html><body><main><p>Temporada 2026.</p></main><footer><h3>Síguenos</h3>' +
      '<a href="https://www.instagram.com/clubribera/">Instagram</a> <a href="https://x.com/ribera_fans">X de la afición</a></footer></body></html>';
    const { facts } = analyzePage(html, URL);
    const accounts = mergeAccounts([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], TARGET);
    expect(accounts.map((a) => [a.handle, a.official, a.reason?.code])).toEqual([
      ['clubribera', true, 'site.account.placement'],
      ['ribera_fans', false, 'site.account.fan-handle'],
    ]);
  });
});
