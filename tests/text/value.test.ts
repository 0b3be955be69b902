// What a brand post brings readers: offer, tip, exclusive, information, promotion or other, in four languages.
import { describe, expect, it } from 'vitest';
import { carriesValue, valueKind, type ValueKind } from '../../src/text/index.js';

describe('valueKind', () => {
  it.each<[ValueKind, string]>([
    ['offer', '-15 % avec le code MAISON15 jusqu’à dimanche'],
    ['offer', 'Concours ! Gagnez un plaid en laine'],
    ['offer', 'Giveaway! Win a wool throw — comment and tag a friend'],
    ['offer', 'Gewinnspiel! Wir verlosen drei Wolldecken'],
    ['offer', '¡Sorteo! Regalamos tres mantas de lana'],
    ['tip', 'Nos conseils pour entretenir votre plan de travail en bois'],
    ['tip', 'Our top 5 tips to keep your worktop looking new'],
    ['tip', 'Unsere Tipps für die Pflege von Holzmöbeln'],
    ['tip', 'Nuestros consejos para cuidar los muebles de madera'],
    ['exclusive', 'En avant-première, découvrez notre collaboration avec l’atelier Lune'],
    ['exclusive', 'Behind the scenes at our ceramics workshop'],
    ['exclusive', 'Ein Blick hinter die Kulissen unserer Werkstatt'],
    ['exclusive', 'Entre bastidores en nuestro taller de cerámica'],
    ['information', 'Horaires de fêtes : nos boutiques sont ouvertes le 24 jusqu’à 18 h.'],
    ['information', 'Our stores will be closed on Dec 25 and 26.'],
    ['information', 'Am 24.12. sind unsere Filialen bis 14 Uhr geöffnet.'],
    ['information', 'El 24 de diciembre nuestras tiendas cierran a las 15 h.'],
    ['promotion', 'Nouvelle collection printemps disponible dès aujourd’hui 🌿'],
    ['promotion', '-20% sur tous les luminaires ce week-end ! #soldes'],
    ['promotion', 'New in: our autumn collection is here. Shop now!'],
    ['promotion', 'Neue Herbstkollektion jetzt online'],
    ['promotion', 'Nueva colección de otoño ya disponible'],
    ['other', 'Bon dimanche à tous ☀️'],
    ['other', 'Table de ferme en chêne massif'],
  ])('%s: %j', (kind, text) => {
    expect(valueKind(text)).toBe(kind);
  });
});

describe('carriesValue', () => {
  it.each<[ValueKind, boolean]>([
    ['information', true],
    ['tip', true],
    ['exclusive', true],
    ['offer', true],
    ['promotion', false],
    ['other', false],
  ])('%s → %s', (kind, expected) => {
    expect(carriesValue(kind)).toBe(expected);
  });
});
