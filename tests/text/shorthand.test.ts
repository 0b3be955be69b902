// Text-message shorthand spelt out before the detectors read a post.
import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../src/text/shorthand.js';

describe('expandShorthand', () => {
  it.each([
    ['slt vs avez des codes promo svp', 'fr', 'salut vous avez des codes promo svp'],
    ['bjr c koi les horaires', 'fr', "bonjour c'est quoi les horaires"],
    ['pk ma commande est tjrs en préparation', 'fr', 'pourquoi ma commande est toujours en préparation'],
    ['ya moyen de payer en 3 fois', 'fr', 'il y a moyen de payer en 3 fois'],
    ['r u guys hiring', 'en', 'are you guys hiring'],
    ['pls can u check', 'en', 'please can you check'],
    ['my transfer hasnt arrived, its been 3 days', 'en', "my transfer hasn't arrived, it's been 3 days"],
    ['kann mir jmd sagen', 'de', 'kann mir jemand sagen'],
    ['wieso is meine bestellung noch nicht da', 'de', 'wieso ist meine bestellung noch nicht da'],
    ['xq mi pedido lleva 8 dias', 'es', 'por qué mi pedido lleva 8 dias'],
    ['xfa decidme si hay descuento', 'es', 'por favor decidme si hay descuento'],
  ] as const)('%j (%s)', (text, lang, expected) => {
    expect(expandShorthand(text, lang)).toBe(expected);
  });

  it('leaves ordinary text alone, and words of other languages when the language is known', () => {
    expect(expandShorthand('il y a un souci avec ma commande', 'fr')).toBe('il y a un souci avec ma commande');
    expect(expandShorthand('im laden war es voll', 'de')).toBe('im laden war es voll');
    expect(expandShorthand('ya tengo el pedido', 'es')).toBe('ya tengo el pedido');
  });

  it('spells out every language’s shorthand when the language is unknown, except words of another language', () => {
    expect(expandShorthand('r u open', 'und')).toBe('are you open');
    expect(expandShorthand('im laden', 'und')).toBe('im laden');
  });
});
