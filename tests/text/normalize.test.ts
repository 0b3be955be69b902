// Text reduced for verbatim comparison across networks.
import { describe, expect, it } from 'vitest';
import { normalizeForCompare } from '../../src/text/index.js';

describe('normalizeForCompare', () => {
  it.each([
    ['Nouvelle collection 🌿 #Printemps https://maison-exemple.fr/p?x=1', 'nouvelle collection printemps'],
    ['nouvelle COLLECTION printemps !', 'nouvelle collection printemps'],
    ['Merci @julie.deco pour la photo 📸', 'merci pour la photo'],
    ['L’été arrive… ☀️☀️', 'l ete arrive'],
    ['Schöne Grüße aus der Werkstatt!', 'schone grusse aus der werkstatt'],
    ['¡Nueva colección ya disponible!', 'nueva coleccion ya disponible'],
    ['  20 %   off   www.shop.com/sale  ', '20 off'],
    ['👍🏽🎉', ''],
  ])('%j → %j', (text, expected) => {
    expect(normalizeForCompare(text)).toBe(expected);
  });

  it('makes the same post on two networks compare equal', () => {
    const instagram = 'Nouvelle collection printemps 🌿 #MaisonExemple #deco';
    const bluesky = 'Nouvelle collection printemps — MaisonExemple deco https://maison-exemple.fr';
    expect(normalizeForCompare(instagram)).toBe(normalizeForCompare(bluesky));
  });

  it('keeps different posts different', () => {
    expect(normalizeForCompare('Soldes -20 %')).not.toBe(normalizeForCompare('Soldes -30 %'));
  });
});
