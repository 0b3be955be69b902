// Elliptic asks without a mark (question-elliptic-asks.ts): a conjunction and a delivery, price or size term alone ask,
// whatever the question model says; the same openings told with a verb, a comma or praise after them ask nothing (the
// same posts are in fixtures/text/question-class-posts.json).
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/text/index.js';
import { postText } from '../../src/text/post-text.js';
import { asksElliptically } from '../../src/text/question-elliptic-asks.js';

type Lang = 'fr' | 'en' | 'de' | 'es';
const folded = (text: string, lang: Lang): string => postText(text, lang).folded;

describe('an elliptic ask: a conjunction and a noun phrase alone', () => {
  it.each<[string, Lang]>([
    ['Und die Versandkosten nach Österreich', 'de'],
    ['Und die Versandkosten in die Schweiz', 'de'],
    ['@Wollwerk und der Versand nach Südtirol', 'de'],
    ['Et la livraison en Belgique', 'fr'],
    ['et les frais de port pour la Suisse', 'fr'],
    ['@MaisonLune et les retours depuis le Luxembourg', 'fr'],
    ['Y los gastos de envío a Baleares', 'es'],
    ['@ModaSol y las devoluciones desde Portugal', 'es'],
    ['And the shipping to Ireland', 'en'],
    ['and the delivery times for Northern Ireland', 'en'],
    ['@KnitNook what about postage to Guernsey', 'en'],
  ])('asks: %s', (text, lang) => {
    expect(asksElliptically(folded(text, lang))).toBe(true);
    expect(isQuestion(text, lang)).toBe(true);
  });

  it.each<[string, Lang]>([
    ['Und die Versandkosten waren auch noch gratis, top!', 'de'],
    ['und die Lieferung nach Wien kam pünktlich wie immer', 'de'],
    ['Et la livraison en 24h, parfait 👌', 'fr'],
    ['et les frais de port offerts en plus, merci', 'fr'],
    ['Y el envío a Canarias llegó en dos días, genial', 'es'],
    ['y encima los gastos de envío gratis 😍', 'es'],
    ['And the shipping to Ireland was quick too', 'en'],
    ['and the delivery was free as well 🙌', 'en'],
  ])('asks nothing: %s', (text, lang) => {
    expect(asksElliptically(folded(text, lang))).toBe(false);
    expect(isQuestion(text, lang)).toBe(false);
  });
});
