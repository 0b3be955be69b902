// Complaint classes after the held-out errors of the thirty-six folds: a span repeated in capitals ("for 6 weeks. SIX."),
// and a wait told as two days of the month ("Ordered on the 3rd, today is the 21st"); and their near misses (years
// counted, praise after the count, a day still ahead or only a day later). Posts of each class are also in
// fixtures/text/class-posts.json, beside posts of bare praise closing a trouble told without a word of something wrong,
// a class no rule here reads (docs/rules.md, complaints).
import { describe, expect, it } from 'vitest';
import { complaintText, patternPoints } from '../../src/text/complaints.js';
import { postText } from '../../src/text/post-text.js';
import type { Lang4 } from '../../src/text/stopwords.js';

const points = (text: string, lang: Lang4): number => {
  const post = postText(text, lang);
  return patternPoints(post, complaintText(post, lang), lang);
};

describe('a span repeated in capitals is enough alone', () => {
  it.each([
    ['My visa application has been sitting with you for 7 weeks. SEVEN.', 'en'],
    ['Rückerstattung beantragt vor 5 Wochen. FÜNF.', 'de'],
    ["Dossier envoyé il y a 3 semaines. TROIS.", 'fr'],
  ] as Array<[string, Lang4]>)('%s (%s)', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });

  it.each([
    ['Been with Kestrel Mobile for 9 years. NINE. Never had a problem.', 'en'],
    ['Parcel here in 2 days. TWO. Brilliant.', 'en'],
    ['The beta ran for 3 weeks here. FOUR!', 'en'],
  ] as Array<[string, Lang4]>)('not years, praise, or another number: %s (%s)', (text, lang) => {
    expect(points(text, lang)).toBeLessThan(2);
  });
});

describe('a wait told as two days of the month is enough alone', () => {
  it.each([
    ["Ordered on the 3rd, today is the 21st and the tracking still says 'label created'.", 'en'],
    ['Commande passée le 2, nous sommes le 18 et toujours rien.', 'fr'],
    ['Lo pedí el 4 y hoy es 19, ni rastro del paquete.', 'es'],
    ['Am 5. bestellt, heute ist der 22. Sendungsverfolgung zeigt nur „Auftrag erfasst“.', 'de'],
  ] as Array<[string, Lang4]>)('%s (%s)', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });

  it.each([
    ["Ordered on the 18th, today is the 19th and it's already on my doorstep. Brilliant.", 'en'],
    ["Concert le 24, on est le 3 et j'ai déjà mes billets !", 'fr'],
    ['Pedido el 2, hoy es 9 y ya lo tengo, genial.', 'es'],
  ] as Array<[string, Lang4]>)('a day later, a day ahead, or praised: %s (%s)', (text, lang) => {
    expect(points(text, lang)).toBeLessThan(2);
  });
});
