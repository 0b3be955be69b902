// The question classes written after round 32 was read, in posts beside near misses of the other label (the same posts
// are in fixtures/text/question-class-posts.json): a thing named in outrage (question-outrage-names.ts, read as
// rhetoric by question-rhetoric.ts) and someone asked to be sent, or a fix asked for, run on after a fault without a
// mark (question-run-on-tails.ts); a date no one gives, told in a relative clause (question-nobody-tells.ts); a deal
// asked after without its auxiliary (question-patterns.ts).
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/text/index.js';
import { postText } from '../../src/text/post-text.js';
import { asksNothing } from '../../src/text/question-rhetoric.js';
import { asksInRunOnTail } from '../../src/text/question-run-on-tails.js';
import { toldNoOneTells } from '../../src/text/question-nobody-tells.js';

type Lang = 'fr' | 'en' | 'de' | 'es';
const folded = (text: string, lang: Lang): string => postText(text, lang).folded;

describe('a thing named in outrage (question-outrage-names.ts)', () => {
  it.each<[string, Lang]>([
    ["Mon forfait @Tellio a encore pris 3€ sans prévenir, c'est quoi ce cirque", 'fr'],
    ["Colis livré chez le voisin du dessus sans me prévenir @ColiVite, c'est quoi ce travail", 'fr'],
    ['Mein Tarif bei @FunkNetz ist ohne Info um 4€ gestiegen, was soll der Quatsch', 'de'],
    ['Mein Tarif bei @FunkNetz ist schon wieder teurer geworden, was ist das für ein Saftladen', 'de'],
    ['Me han subido la tarifa 5€ sin avisar @MovilPlus, qué clase de broma es esta', 'es'],
    ['Price went up again @Voltline without a word, what is this nonsense', 'en'],
    ["@StreamNest what even is this new layout, can't find anything anymore", 'en'],
  ])('asks nothing: %s', (text, lang) => {
    expect(asksNothing(folded(text, lang))).toBe(true);
    expect(isQuestion(text, lang)).toBe(false);
  });
  it.each<[string, Lang]>([
    ["@Tellio c'est quoi le code pour activer la 5G sur le forfait à 15€", 'fr'],
    ["@ColiVite c'est quoi ce prélèvement de 4,90€ sur ma commande, je ne l'ai pas vu au paiement", 'fr'],
    ['@FunkNetz was ist das für eine Gebühr von 2,99 auf meiner Rechnung, die kenne ich nicht', 'de'],
    ['@MovilPlus qué es este cargo de 3,50 en mi factura, no lo reconozco', 'es'],
    ["@StreamNest what's this £2.99 charge on my statement, I never added anything", 'en'],
  ])('still asks: %s', (text, lang) => {
    expect(asksNothing(folded(text, lang))).toBe(false);
    expect(isQuestion(text, lang)).toBe(true);
  });
});

describe('someone asked to be sent, or a fix asked for, after a fault (question-run-on-tails.ts)', () => {
  it.each<[string, Lang]>([
    ["@Fibrea la box s'éteint toute seule toutes les heures depuis samedi, vous pouvez envoyer un technicien", 'fr'],
    ['@FibraSol sin internet desde el lunes en Málaga, podéis mandar a un técnico', 'es'],
    ["@Brightline router's been dropping out every evening for a week now any engineer available this weekend", 'en'],
  ])('asks: %s', (text, lang) => {
    expect(asksInRunOnTail(folded(text, lang))).toBe(true);
    expect(isQuestion(text, lang)).toBe(true);
  });
  it.each<[string, Lang]>([
    ["@Fibrea la box s'éteint toute seule depuis samedi, vous pouvez garder votre technicien, je résilie", 'fr'],
    ['@FibraSol sin internet desde el lunes, ya podéis quedaros con vuestro técnico, me doy de baja', 'es'],
    ["@StreamNest app crashes every time I open a film since the update, no fix coming any time soon clearly", 'en'],
    ["@Brightline router's been dropping out every evening, third engineer booked and none of them turned up", 'en'],
  ])('states: %s', (text, lang) => {
    expect(asksInRunOnTail(folded(text, lang))).toBe(false);
    expect(isQuestion(text, lang)).toBe(false);
  });
});

describe('a date no one gives, told without a mark (question-nobody-tells.ts)', () => {
  it.each<[string, Lang]>([
    ["@VeloParts ordered a rear wheel 3 weeks ago and it's stuck on a back order nobody can give me a date for", 'en'],
    ['@KitchenKing fridge has been waiting on a repair slot that no one on your line can tell me anything about', 'en'],
  ])('states: %s', (text, lang) => {
    expect(toldNoOneTells(folded(text, lang))).toBe(true);
    expect(isQuestion(text, lang)).toBe(false);
  });
  it.each<[string, Lang]>([
    ['@VeloParts can anybody give me a date for the back-ordered rear wheel?', 'en'],
    ['@KitchenKing who can tell me when the repair slot for my fridge is?', 'en'],
  ])('asks: %s', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
  });
});

describe('a deal asked after without its auxiliary (question-patterns.ts)', () => {
  it.each(['@WokStar you doing the 2-for-1 noodle thing again this friday', '@PizzaLoft u guys doing the student deal over the holidays'])(
    'asks: %s',
    (text) => expect(isQuestion(text, 'en')).toBe(true),
  );
  it.each([
    '@WokStar you doing amazing work this year, the new chilli oil is unreal',
    "@PizzaLoft you guys doing the lord's work with that garlic dip 🙌",
  ])('praises: %s', (text) => expect(isQuestion(text, 'en')).toBe(false));
});
