// Authorised sellers' cards (authorised-seller.ts, read through own-unit.ts's OTHERS): a shop the page calls an
// authorised retailer of the brand's goods is someone else's, even where its card is titled like one of the brand's
// shops and the page says each of the brand's own shops keeps an account; the brand's own shops stay its own.
import { describe, expect, it } from 'vitest';
import { discover } from '../../../src/collect/site/accuracy.js';
import { AUTHORISED_SELLER } from '../../../src/collect/site/authorised-seller.js';
import { OTHERS, saysOwnUnit } from '../../../src/collect/site/own-unit.js';
import { spellsUnitTitle } from '../../../src/collect/site/unit-title.js';
import { foldText } from '../../../src/collect/site/text.js';
import { loadPageSet } from '../../../scripts/page-set.mjs';

const albar = { domain: 'ceramicaalbar.test', brandName: 'Cerámica Albar' };

describe('authorised sellers', () => {
  it('reads an authorised seller in several languages, not the brand calling its own account authorised', () => {
    for (const text of ['Punto de venta autorizado', 'Distribuidores autorizados', 'Authorised stockist', 'Revendeur agréé', 'Rivenditore autorizzato', 'Autorisierter Händler', 'Vertragshändler', 'Tiendas autorizadas (independientes)', 'Loja autorizada']) {
      expect(AUTHORISED_SELLER.test(foldText(text)), text).toBe(true);
      expect(OTHERS.test(foldText(text)), text).toBe(true);
    }
    for (const text of ['Tienda Cerámica Albar', 'Nuestra tienda de Triana', 'Cuenta oficial de la marca', 'Only authorised staff may enter']) {
      expect(AUTHORISED_SELLER.test(foldText(text)), text).toBe(false);
    }
  });

  it("keeps a card titled like a shop whose handle spells it someone else's when the card says it is an authorised seller", () => {
    const card = { heading: 'Tienda Alfar – Granada', snippet: 'Instagram de Tienda Alfar' };
    expect(spellsUnitTitle('tienda.alfargranada', { ...card, context: 'Revendedor autorizado Tienda Alfar – Granada Cuesta de Gomérez 5, Granada Instagram de Tienda Alfar' }, albar)).toBe(false);
    expect(spellsUnitTitle('tienda.alfargranada', { ...card, context: 'Tienda Alfar – Granada Cuesta de Gomérez 5, Granada Instagram de Tienda Alfar' }, albar)).toBe(true);
    expect(saysOwnUnit({ snippet: 'Instagram del restaurante', context: 'Distribuidor autorizado. Instagram del restaurante', heading: 'Casa Lola' })).toBe(false);
  });

  it('gets the page-set site written for this class right', () => {
    const [c] = loadPageSet().filter((s) => s.id === 'stockists-press-es');
    const official = new Set(discover(c).accounts.filter((a) => a.official && !a.closed).map((a) => `${a.platform}:${a.handle}`));
    expect(official.has('instagram:albar.triana') && official.has('instagram:albar.malaga')).toBe(true);
    expect(official.has('instagram:barroyfuego.cadiz') || official.has('instagram:tienda.alfargranada')).toBe(false);
  });
});
