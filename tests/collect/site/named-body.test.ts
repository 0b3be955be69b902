// A link whose own text, or whose card's heading over a bare network name, names another body than the brand — a town
// hall, a federation, a tourism board, the brand's membership of one (src/collect/site/named-body.ts). Read from whole
// pages through analyzePage and mergeAccounts; the brand's own accounts beside them, with the same town's name in
// their handles, stay the brand's. Synthetic pages written for these tests.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import { analyzePage } from '../../../src/collect/site/analyze.js';
import { namesOtherBody } from '../../../src/collect/site/named-body.js';

const URL = 'https://www.ribaclara.test/';
const TARGET = { domain: 'ribaclara.test', brandName: 'Bodegas Ribaclara' };

describe('namesOtherBody', () => {
  it("reads a town hall, a federation or a membership in the link's own text", () => {
    expect(namesOtherBody({ snippet: 'Ayuntamiento de Ribaclara', placement: 'body' }, TARGET.brandName)).toBe(true);
    expect(namesOtherBody({ snippet: 'Member of the National Federation of Wine Cellars', placement: 'footer' }, TARGET.brandName)).toBe(true);
    expect(namesOtherBody({ snippet: "Facebook de l'Alliance des caves du Québec", placement: 'footer' }, TARGET.brandName)).toBe(true);
  });

  it("reads a card's heading only over a bare network name, and never the chrome's", () => {
    expect(namesOtherBody({ snippet: 'Instagram', heading: 'Tourismusverband Ribaclara', placement: 'article' }, TARGET.brandName)).toBe(true);
    expect(namesOtherBody({ snippet: 'Instagram', heading: 'Tourismusverband Ribaclara', placement: 'footer' }, TARGET.brandName)).toBe(false);
    expect(namesOtherBody({ snippet: 'Nuestra enoteca en Instagram', heading: 'Oficina de Turismo', placement: 'article' }, TARGET.brandName)).toBe(false);
  });

  it("reads nothing where the brand's own name holds such a word", () => {
    expect(namesOtherBody({ snippet: 'Federación Costera de Remo', placement: 'body' }, 'Federación Costera de Remo')).toBe(false);
    expect(namesOtherBody({ snippet: 'Bodegas Ribaclara', placement: 'body' }, TARGET.brandName)).toBe(false);
  });
});

describe('mergeAccounts: a link naming another body', () => {
  it("keeps the town hall and the federation from the official accounts, the winery's own beside them official", () => {
    const html = `<html><body><main><p>El autobús de la vendimia sale de la plaza, organizado con el <a href="https://x.com/aytoribaclara">Ayuntamiento de Ribaclara</a>.</p></main>
      <footer><h4>Síguenos</h4><a href="https://www.instagram.com/bodegasribaclara/" aria-label="Instagram"><svg></svg></a>
      <a href="https://x.com/ribaclarafed">Miembro de la Federación de Bodegas de Ribaclara</a></footer></body></html>`;
    const { facts } = analyzePage(html, URL);
    const got = Object.fromEntries(
      mergeAccounts([{ url: URL, status: 200, depth: 0, fetchMs: 0, https: true, kinds: [], facts }], TARGET).map((a) => [`${a.platform}:${a.handle}`, [a.official, a.reason?.code]]),
    );
    expect(got['x:aytoribaclara']).toEqual([false, 'site.account.named-body']);
    expect(got['x:ribaclarafed']).toEqual([false, 'site.account.named-body']);
    expect(got['instagram:bodegasribaclara']?.[0]).toBe(true);
  });
});

describe("namesOtherBody: a town's council and transport authority", () => {
  it('reads them in the link\'s own text', () => {
    expect(namesOtherBody({ snippet: 'chaîne YouTube du conseil communal', placement: 'body' }, TARGET.brandName)).toBe(true);
    expect(namesOtherBody({ snippet: 'Verkehrsverbund Ribaclara', placement: 'footer' }, TARGET.brandName)).toBe(true);
    expect(namesOtherBody({ snippet: 'Miasto Ribaclara', placement: 'footer' }, TARGET.brandName)).toBe(true);
  });
});
