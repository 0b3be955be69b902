// Listening (asking the community's opinion) and recognition (thanking or crediting a fan) in brand posts.
import { describe, expect, it } from 'vitest';
import { asksForOpinion, isRecognition } from '../../src/text/index.js';

describe('asksForOpinion', () => {
  it.each([
    ['Dites-nous en commentaire quelle couleur vous préférez 👇'],
    ['Votre avis nous intéresse : on garde le vert ?'],
    ["Qu'en pensez-vous\u00a0?"],
    ['Vous en pensez quoi ?'],
    ['Vert sauge ou terracotta\u202f?'],
    ['Petit sondage du jour'],
    ['What do you think of our new mugs?'],
    ['Tell us your favourite room in the house'],
    ['Which one would you choose? 🤔'],
    ['Linen or cotton?'],
    ['Poll: which colour next?'],
    ['Sagt uns eure Meinung in den Kommentaren'],
    ['Was meint ihr: Salbei oder Terrakotta?'],
    ['Welche würdet ihr nehmen?'],
    ['¿Qué opináis? Salvia o terracota'],
    ['¿Qué opinas?'],
    ['Cuéntanos en comentarios cuál prefieres 👇'],
  ])('asks: %j', (text) => {
    expect(asksForOpinion(text)).toBe(true);
  });

  it.each([
    ['Nouvelle collection printemps disponible en boutique'],
    ['Où trouver nos produits ?'],
    ['Our stores will be closed on Dec 25.'],
    ['Unsere Tipps für die Pflege von Holzmöbeln'],
    ['El 24 de diciembre nuestras tiendas cierran a las 15 h.'],
  ])('does not ask: %j', (text) => {
    expect(asksForOpinion(text)).toBe(false);
  });
});

describe('isRecognition', () => {
  it.each([
    ['Merci pour votre message !'],
    ['Thank you so much, enjoy it!'],
    ['Thanks for sharing 🙌'],
    ['Danke für das schöne Foto'],
    ['¡Gracias por la foto!'],
    ['Bravo pour cette mise en scène'],
    ['📸 @julie.deco'],
    ['Le salon de rêve, photo de @julie.deco'],
    ['Cosy corner, photo by @homewithsam'],
    ['Foto von @wohnliebe_anna'],
    ['Crédit photo : @casa_de_lucia'],
  ])('recognises: %j', (text) => {
    expect(isRecognition(text)).toBe(true);
  });

  it.each([
    ['Votre commande part demain.'],
    ['New in: the autumn collection'],
    ['Bitte schreib uns eine DM mit deiner Bestellnummer'],
    ['Escríbenos por privado, por favor'],
  ])('does not recognise: %j', (text) => {
    expect(isRecognition(text)).toBe(false);
  });
});
