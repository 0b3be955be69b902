// findPromises: response-time commitments in four languages, and delivery/refund delays that are not promises.
import { describe, expect, it } from 'vitest';
import { findPromises } from '../../../src/collect/site/promises.js';

describe('findPromises', () => {
  it.each([
    ['Réponse sous 24 h à toutes vos demandes.', 24],
    ['Nous vous répondons en moins de 2 heures.', 2],
    ['Réponse sous 48h ouvrées', 48],
    ['Notre service client vous répond sous 2 jours ouvrés.', 48],
    ['We reply within 24 hours.', 24],
    ['Our support team answers within 2 business days.', 48],
    ['Expect a response in less than 1 hour.', 1],
    ['We respond to every message in under 30 minutes.', 0.5],
    ['Antwort innerhalb von 24 Stunden.', 24],
    ['Wir antworten binnen 2 Werktagen.', 48],
    ['Respondemos en 24 horas.', 24],
    ['Te damos respuesta en menos de 2 horas.', 2],
    ['Nous vous répondons sous 24 à 48h.', 48],
    ['We will get back to you within one business day.', 24],
    ['Guaranteed 24-hour response on all tickets.', 24],
  ])('%s → %s h', (text, hours) => {
    const found = findPromises(text);
    expect(found).toHaveLength(1);
    expect(found[0].hours).toBe(hours);
    expect(found[0].text).toBe(text);
  });

  it('gives null hours for a promise without a figure', () => {
    expect(findPromises('Nous vous répondrons dans les meilleurs délais.')).toEqual([
      { text: 'Nous vous répondrons dans les meilleurs délais.', hours: null },
    ]);
    expect(findPromises('We will reply within a few hours.')).toEqual([{ text: 'We will reply within a few hours.', hours: null }]);
  });

  it.each([
    'Livraison en 24h partout en France.',
    'Delivery within 2 days.',
    'Lieferung in 2 Tagen.',
    'Envío en 24 horas.',
    'Expédition sous 48h.',
    'Remboursement sous 14 jours.',
    'Service client ouvert 24h/24 et 7j/7.',
    'Nos conseillers vous répondent de 9h à 18h.',
    'Free returns within 30 days.',
    'Founded in 1998, we answer all your questions.',
  ])('no promise in "%s"', (text) => {
    expect(findPromises(text)).toEqual([]);
  });

  it('separates a delivery delay from a reply delay in one sentence', () => {
    const found = findPromises('Livraison en 24h et réponse à vos questions sous 2h');
    expect(found.map((f) => f.hours)).toEqual([2]);
  });

  it('reads each line and deduplicates', () => {
    const text = 'Réponse sous 24 h\nAutre ligne\nRéponse sous 24 h';
    expect(findPromises(text)).toEqual([{ text: 'Réponse sous 24 h', hours: 24, terms: { amount: 24, unit: 'hours', business: false } }]);
  });

  it.each([
    ['Réponse sous 24 h à toutes vos questions.', { amount: 24, unit: 'hours', business: false }],
    ['Nous vous répondons sous 48h ouvrées.', { amount: 48, unit: 'hours', business: true }],
    ['We reply within 2 business days.', { amount: 2, unit: 'days', business: true }],
    ['Wir antworten innerhalb von 2 Werktagen.', { amount: 2, unit: 'days', business: true }],
    ['Le support répond sous 2 jours.', { amount: 2, unit: 'days', business: false }],
    ['Respuesta en 24 horas hábiles.', { amount: 24, unit: 'hours', business: true }],
    ['24-hour response guaranteed.', { amount: 24, unit: 'hours', business: false }],
    ['2 business day reply on every ticket.', { amount: 2, unit: 'days', business: true }],
  ])('keeps the terms of %s', (text, expected) => {
    expect(findPromises(text)[0]?.terms).toEqual(expected);
  });

  it('gives no terms to a promise without a figure', () => {
    expect(findPromises('Nous vous répondrons dans les meilleurs délais.')[0].terms).toBeUndefined();
  });

  it('reads every promise without a figure, in the four languages', () => {
    for (const sentence of [
      'Nous vous répondrons dans les meilleurs délais.',
      'Nous vous répondrons au plus vite.',
      'We will answer as soon as possible.',
      'Our support replies ASAP.',
      'Wir antworten so schnell wie möglich.',
      'Wir antworten schnellstmöglich.',
      'Wir antworten umgehend.',
      'Le respondemos lo antes posible, todos los días.',
      'Le daremos una respuesta a la mayor brevedad.',
      'Le respondemos lo más pronto posible.',
    ]) {
      expect([sentence, findPromises(sentence)]).toEqual([sentence, [{ text: sentence, hours: null }]]);
    }
  });

  it('reads a sentence met on an earlier page as it read it there, whatever surrounds it', () => {
    const sentence = 'Notre service client vous répond sous 2 jours ouvrés.';
    const first = findPromises(`Livraison offerte.\n${sentence}\nRetours gratuits sous 30 jours.`);
    const again = findPromises(`Paiement en 3 fois.\n${sentence}`);
    // ß folds into two characters: the text is then read sentence by sentence, each folded alone.
    const unaligned = findPromises(`Straße 12, 10115 Berlin.\n${sentence}`);
    const expected = [{ text: sentence, hours: 48, terms: { amount: 2, unit: 'days', business: true } }];
    expect(first).toEqual(expected);
    expect(again).toEqual(expected);
    expect(unaligned).toEqual(expected);
    // A sentence without a promise, met again, still gives none.
    expect(findPromises('Retours gratuits sous 30 jours.')).toEqual([]);
    expect(findPromises('Retours gratuits sous 30 jours.')).toEqual([]);
  });
});
