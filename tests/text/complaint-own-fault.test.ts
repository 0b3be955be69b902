// Trouble blamed on the poster or cleared from the brand: the patterns' verdict drops to one weak sign, the model decides.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';
import { complaintText, patternPoints } from '../../src/text/complaints.js';
import { blamesNotTheBrand } from '../../src/text/complaint-own-fault.js';
import { postText } from '../../src/text/post-text.js';
import type { Lang4 } from '../../src/text/stopwords.js';

const folded = (text: string, lang: Lang4): string => complaintText(postText(text, lang), lang);
const points = (text: string, lang: Lang4): number => {
  const post = postText(text, lang);
  return patternPoints(post, complaintText(post, lang), lang);
};

describe('blamesNotTheBrand', () => {
  it.each([
    ['Hab die falsche Farbe bestellt, mein Fehler', 'de'],
    ['Karte gesperrt, selbst schuld, ich hab die PIN vergessen', 'de'],
    ['Die Ampel ist kaputt, dafür könnt ihr aber nix', 'de'],
    ['Me equivoqué de talla, culpa mía', 'es'],
    ['Olvidé la contraseña otra vez, soy un desastre', 'es'],
    ['El tren llegó tarde por la nieve, nada que reprocharles', 'es'],
    ['Wrong size ordered, my bad', 'en'],
    ['Flight delayed by fog, not your fault', 'en'],
    ["J'ai tapé le mauvais code trois fois, c'est ma faute", 'fr'],
    ["Le colis est en retard à cause de la grève, ce n'est pas votre faute", 'fr'],
  ] as Array<[string, Lang4]>)('%s', (text, lang) => {
    expect(blamesNotTheBrand(folded(text, lang))).toBe(true);
  });

  it.each([
    ['Not my fault the parcel got soaked, your driver left it in the rain', 'en'],
    ["C'est de votre faute si le colis est perdu", 'fr'],
    ['Das ist nicht meine Schuld, eure App hat doppelt abgebucht', 'de'],
    ['No es culpa mía que vuestra web falle', 'es'],
    ['Die Lieferung ist seit einer Woche überfällig', 'de'],
  ] as Array<[string, Lang4]>)('not: %s', (text, lang) => {
    expect(blamesNotTheBrand(folded(text, lang))).toBe(false);
  });
});

describe('patternPoints with the trouble blamed elsewhere', () => {
  it('counts a phrase enough alone as one weak sign once the poster takes the blame', () => {
    expect(points('Falsche Größe bestellt', 'de')).toBe(2);
    expect(points('Falsche Größe bestellt, mein Fehler', 'de')).toBe(1);
    expect(points('Wrong size ordered', 'en')).toBe(2);
    expect(points('Wrong size ordered, my bad', 'en')).toBe(1);
  });
});

describe('isComplaint with the trouble blamed elsewhere', () => {
  it.each([
    ['Hab aus Versehen zweimal bezahlt, mein Fehler 🙈 Wie bekomme ich das Geld zurück?', 'de'],
    ['Puse mal la dirección, culpa mía 🙈 ¿todavía se puede cambiar?', 'es'],
  ] as Array<[string, Lang4]>)('no complaint: %s', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });

  it.each([
    ['Not my fault the parcel got soaked, your driver left it in the rain', 'en'],
    ['No es culpa mía que vuestra web falle cada vez que intento pagar', 'es'],
  ] as Array<[string, Lang4]>)('complaint: %s', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });
});
