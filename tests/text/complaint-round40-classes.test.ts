// Complaint classes of round 40: a brand's line quoted at the head of a reply and answered with the fact that belies it,
// or agreed with (complaint-quoted-line-answered.ts); list posts with nothing against the brand (complaint-content-lists.ts);
// long letters of thanks for a mishap put right (complaint-long-thanks.ts); a delivery partner's rider rude to the poster
// (complaint-rude-couriers.ts); beside near misses both ways. New posts of the same forms, not round 40's own; the class
// posts of fixtures/text/class-posts.json hold more.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';
import { quotedLineAgreed, quotedLineAnswered } from '../../src/text/complaint-quoted-line-answered.js';
import { contentList } from '../../src/text/complaint-content-lists.js';
import { longThanks } from '../../src/text/complaint-long-thanks.js';
import { RUDE_COURIERS } from '../../src/text/complaint-rude-couriers.js';
import { thirdPartySettled } from '../../src/text/complaint-third-party-settled.js';
import type { Lang4 } from '../../src/text/stopwords.js';

describe("a brand's line quoted and belied", () => {
  it.each([
    ['> Every 10 minutes, all day long\nWaited 35 minutes at Elm Street this morning. @MetroBusUK', 'en'],
    ['> Livraison offerte dès 20 €\nSauf pour moi visiblement, 5,90 € facturés sur 34 €. @ModeVite', 'fr'],
    ['„Schnellstes Netz der Stadt“ lol. 2 Mbit/s am Abend. @NetzBlitz', 'de'],
    ["@ParcelNorthHelp parcel 'out for delivery Monday'. It's Thursday.", 'en'],
    ['> Tu pedido en 30 minutos\nLlevo 70 minutos esperando. @PizzaVuela', 'es'],
  ])('reads %j as a complaint', (text, lang) => {
    expect(quotedLineAnswered(text)).toBe(true);
    expect(isComplaint(text, lang as Lang4)).toBe(true);
  });

  it.each([
    ['> Every 10 minutes, all day long\nCan confirm, caught one after 4 minutes today 👍 @MetroBusUK', 'en'],
    ["> Livraison offerte dès 20 €\nC'est vrai, rien payé pour 22 €, merci @ModeVite", 'fr'],
    ["My son asked 'why is the bus so red?' lol, lovely ride anyway", 'en'],
  ])('does not read %j as one', (text, lang) => {
    expect(quotedLineAnswered(text)).toBe(false);
    expect(isComplaint(text, lang as Lang4)).toBe(false);
  });

  it('vetoes a line agreed with', () => {
    expect(quotedLineAgreed('', '> Envíos en 24 h\nEs verdad, pedí ayer y ya lo tengo. @TiendaSol')).toBe(true);
    expect(quotedLineAgreed('', '> Envíos en 24 h\nLlevo 5 días esperando. @TiendaSol')).toBe(false);
  });
});

describe('a list post with nothing against the brand', () => {
  it.each([
    ['Pros / cons of @CloudNotes after a year:\n+ syncs instantly\n+ clean design\n- none so far\nLove it.', 'en'],
    ['Avantages / inconvénients @BioMarché :\n✅ produits frais\n✅ caissiers sympas\n❌ aucun pour l’instant', 'fr'],
    ['Fragen vor dem Umzug @WasserWerkDE:\n1. Muss ich den Zähler ablesen?\n2. Bleibt mein Abschlag gleich?\nBisher war ich immer zufrieden.', 'de'],
  ])('does not read %j as a complaint', (text, lang) => {
    expect(contentList('', text)).toBe(true);
    expect(isComplaint(text, lang as Lang4)).toBe(false);
  });

  it.each([
    ['Pros / cons of @CloudNotes:\n+ clean design\n- sync broken since the update\n- lost two notes', 'en'],
    ['Preguntas @LuzHogarES:\n1) ¿Por qué me cobran el doble?\n2) ¿Quién me devuelve los 30 €?', 'es'],
  ])('still reads %j as one', (text, lang) => {
    expect(contentList('', text)).toBe(false);
    expect(isComplaint(text, lang as Lang4)).toBe(true);
  });
});

describe('a long letter of thanks for a mishap put right', () => {
  const thanks =
    'I want to say a big thank you to @SkyHopAir. Our flight home was cancelled because of fog and we were stuck in Lyon with two small kids. ' +
    'The gate agent, Tom, found us a hotel, meal vouchers and seats on the first flight next morning, and even carried the buggy for us. ' +
    'The compensation was paid into my account within a week without me chasing anything. Thank you to the whole crew, I recommend you to everyone.';
  const turned =
    'I want to say thank you to @SkyHopAir for the hotel after our flight was cancelled because of fog, the gate agent was kind. ' +
    'But the compensation you promised has not arrived after eight weeks, the claim form crashes on every try and nobody answers my emails. ' +
    'We paid for two extra nights of parking too. Thank you for nothing, really.';

  it('does not read the thanks as a complaint', () => {
    expect(longThanks('', thanks)).toBe(true);
    expect(isComplaint(thanks, 'en')).toBe(false);
  });

  it('reads thanks that turn as one', () => {
    expect(longThanks('', turned)).toBe(false);
    expect(isComplaint(turned, 'en')).toBe(true);
  });
});

describe("a delivery partner's rider rude to the poster", () => {
  it.each([
    ['Le livreur @FoodNow de midi a été très désagréable parce que le code de la porte ne marchait pas.', 'fr'],
    ['Die Fahrerin von @EssenFix war heute richtig pampig, weil ich kein Kleingeld hatte.', 'de'],
    ['El repartidor de @ComidaYa tiró mi bolsa al portal y se fue.', 'es'],
  ])('reads %j as a complaint', (text, lang) => {
    expect(isComplaint(text, lang as Lang4)).toBe(true);
  });

  it('does not read a rider praised as one', () => {
    expect(isComplaint('Shoutout to the @FoodNow rider who carried my order up four floors 🙌', 'en')).toBe(false);
  });

  it('reads no rudeness denied', () => {
    expect(RUDE_COURIERS.fr[0].test("le livreur n'etait pas du tout desagreable, au contraire, adorable.")).toBe(false);
    expect(RUDE_COURIERS.en[0].test('the rider was not rude at all')).toBe(false);
  });
});

describe("a marketplace seller's part told without a grievance of the brand", () => {
  it.each([
    ["Bestellt bei einem Händler auf @KaufHausDE, Mixer kam kaputt an, ihr habt sofort erstattet, obwohl es der Fehler des Händlers war. Danke!", 'de'],
    ['Si on achète chez un vendeur tiers sur @ShopLoop, c’est vous ou le vendeur qui gère la garantie ?', 'fr'],
  ])('does not read %j as a complaint', (text, lang) => {
    expect(thirdPartySettled('', text)).toBe(true);
    expect(isComplaint(text, lang as Lang4)).toBe(false);
  });

  it.each([
    ["The blender from a seller on @BazaarHub arrived broken, the seller's fault, and you still refuse to refund me.", 'en'],
    ['Mon colis d’un vendeur tiers n’est jamais arrivé : c’est vous ou le vendeur qui rembourse ?', 'fr'],
  ])('still reads %j as one', (text, lang) => {
    expect(thirdPartySettled('', text)).toBe(false);
    expect(isComplaint(text, lang as Lang4)).toBe(true);
  });
});
