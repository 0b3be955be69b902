// A press desk's card (press-card.ts, read by press-handle.ts): the brand's press handle on a card the press office
// heads is the brand's even where its own sentence says nothing of the press; another body's press card, or a press
// office card naming a partner, is not.
import { describe, expect, it } from 'vitest';
import { discover } from '../../../src/collect/site/accuracy.js';
import { namesPressDesk } from '../../../src/collect/site/press-handle.js';
import { titledPressDesk } from '../../../src/collect/site/press-card.js';
import { loadPageSet } from '../../../scripts/page-set.mjs';

const albar = { domain: 'ceramicaalbar.test', brandName: 'Cerámica Albar' };
const perkunas = { domain: 'bcperkunas.test', brandName: 'BC Perkūnas' };

describe('press desk cards', () => {
  it('reads a card headed by a press office in several languages', () => {
    expect(titledPressDesk({ heading: 'Gabinete de prensa', context: 'Avisos al momento en X – @albar_media' })).toBe(true);
    expect(titledPressDesk({ heading: 'Spaudos tarnyba', context: 'Operatyvi informacija X tinkle – @perkunas_media' })).toBe(true);
    expect(titledPressDesk({ heading: 'Pressestelle', context: 'Aktuelles auf X' })).toBe(true);
    expect(titledPressDesk({ heading: 'Feria del Barro de Níjar', context: 'avisos en X – @feriabarro_media' })).toBe(false);
    expect(titledPressDesk({ heading: 'Gabinete de prensa', context: 'Lo lleva nuestra agencia, Estudio Norte: @albar_media' })).toBe(false);
  });

  it("takes the brand's press handle on such a card, not another's", () => {
    const card = { snippet: '@perkunas_media', heading: 'Spaudos tarnyba', context: 'Akreditacijos ir interviu: media@bcperkunas.test. Operatyvi informacija X tinkle – @perkunas_media' };
    expect(namesPressDesk(card, 'perkunas_media', perkunas)).toBe(true);
    expect(namesPressDesk({ ...card, heading: 'Moterų komanda' }, 'perkunas_media', perkunas)).toBe(false);
    expect(namesPressDesk({ snippet: '@feriabarro_media', heading: 'Gabinete de prensa', context: 'Avisos en X – @feriabarro_media' }, 'feriabarro_media', albar)).toBe(false);
  });

  it('gets the press desk of the page-set site right', () => {
    const [c] = loadPageSet().filter((s) => s.id === 'stockists-press-es');
    const accounts = discover(c).accounts;
    expect(accounts.find((a) => a.handle === 'albar_media')?.official).toBe(true);
    expect(accounts.find((a) => a.handle === 'feriabarro_media')?.official ?? false).toBe(false);
  });
});
