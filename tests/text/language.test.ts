// Language detection on short social posts in French, English, German and Spanish, and 'und' when unsure.
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/index.js';

describe('detectLanguage', () => {
  it.each([
    ['fr', 'Toujours pas reçu ma commande, personne ne répond au téléphone.'],
    ['fr', 'merci !'],
    ['fr', 'dispo ?'],
    ['fr', "J'adore !!!"],
    ['fr', 'Prix ?'],
    ['fr', 'Trop beau 😍😍'],
    ['en', 'Still waiting for my refund, three weeks now.'],
    ['en', 'Love it 😍'],
    ['en', 'Price?'],
    ['en', 'Gorgeous!!!'],
    ['en', 'Worst customer service ever. Never again.'],
    ['de', 'Wo bleibt meine Bestellung? Seit zwei Wochen nichts'],
    ['de', 'Danke!'],
    ['de', 'Preis?'],
    ['de', 'Klasse 👍'],
    ['de', 'Traumhaft schön 😍'],
    ['es', 'Todavía no he recibido mi pedido y nadie contesta'],
    ['es', 'Gracias!'],
    ['es', '¿Precio?'],
    ['es', 'Precioso 😍'],
    ['es', 'Vendéis tarjetas regalo'],
  ])('%s: %j', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it.each([['?'], ['??'], ['👍'], ['😍😍😍'], ['ok'], ['Wow 👏'], ['https://maison-exemple.fr/?a=1'], ['#MaisonExemple'], ['@julie.deco'], ['']])(
    'und: %j',
    (text) => {
      expect(detectLanguage(text)).toBe('und');
    },
  );

  it('ignores URLs, mentions and hashtags when judging the words around them', () => {
    expect(detectLanguage('Merci @homewithsam pour cette photo https://example.com/the/english/path #ThankYou')).toBe('fr');
  });
});
