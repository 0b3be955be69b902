// The question classes read from the held-out errors of round 27 and the tenth corpus, in posts written for these tests
// beside near misses: a mocked alternative after a doubt that the brand does its job, times mourned and a shrug after
// an opinion, disbelief asked of no one (question-rhetoric.ts: no question, whatever the model says), and a question
// run on without a mark at a post's end (question-run-on-tails.ts: a question, whatever the model says).
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/text/index.js';
import { postText } from '../../src/text/post-text.js';
import { asksNothing } from '../../src/text/question-rhetoric.js';
import { asksInRunOnTail } from '../../src/text/question-run-on-tails.js';

type Lang = 'fr' | 'en' | 'de' | 'es';
const folded = (text: string, lang: Lang): string => postText(text, lang).folded;

describe('a question that asks nothing', () => {
  it.each([
    // a mocked alternative after a doubt that the brand does its job
    ['Does anyone at Wrenfield Buses actually check the app or do you just guess the times?', 'en'],
    ['Do your couriers even ring the bell or is it random whether they try?', 'en'],
    ['Encore une panne ce matin, c’est normal ou c’est une stratégie ?', 'fr'],
    ['Vous vérifiez les colis avant l’envoi ou c’est nous les cobayes ?', 'fr'],
    ['Habt ihr noch Leute an der Hotline oder macht das alles der Chatbot?', 'de'],
    // times mourned, a shrug after an opinion
    ['Où est passé le temps où le SAV rappelait dans la journée', 'fr'],
    ['Whatever happened to a real person answering the phone?', 'en'],
    ['The old packaging looked nicer, but what do I know', 'en'],
    ['Die alte Verpackung war schöner, aber was weiß ich schon', 'de'],
    ['El envase de antes era más bonito, pero qué sabré yo', 'es'],
    // disbelief asked of no one
    ['Would it kill you to answer one email this month?', 'en'],
    ['Can you believe they want £9 for delivery on a £10 order?', 'en'],
    ['Since when is it normal to wait six weeks for a refund?', 'en'],
    ['Depuis quand c’est normal de payer pour recevoir sa facture ?', 'fr'],
    ['Ça vous tuerait de mettre une deuxième caisse le samedi ?', 'fr'],
    ['Seit wann ist es normal, dass die Hotline nie abnimmt?', 'de'],
    ['Würde es euch umbringen, einmal pünktlich zu liefern?', 'de'],
    ['¿Desde cuándo es normal cobrar por la bolsa de papel?', 'es'],
  ] as const)('%j (%s)', (text, lang) => {
    expect(asksNothing(folded(text, lang))).toBe(true);
    expect(isQuestion(text, lang)).toBe(false);
  });

  it.each([
    // near misses: a plain alternative, a fault checked with others, a plain "what do I", "would it be", "since when" of a fact
    ['Do you deliver to Cork or is it just Dublin?', 'en'],
    ['Is the website down or is it just me?', 'en'],
    ['La carte marche en ligne ou c’est seulement en boutique ?', 'fr'],
    ['Kann ich mit Karte zahlen oder geht das nur bar?', 'de'],
    ['What do I need to bring to collect a parcel?', 'en'],
    ['Would it be possible to change my delivery slot?', 'en'],
    ['Depuis quand la boutique de Lyon ouvre le dimanche ?', 'fr'],
  ] as const)('not by these classes: %j (%s)', (text, lang) => {
    expect(asksNothing(folded(text, lang))).toBe(false);
  });
});

describe('a question run on without a mark at the end of a post', () => {
  it.each([
    ['Le site refuse ma carte depuis ce matin, une solution svp', 'fr'],
    ['J’adore votre nouvelle collection, elle sort quand en boutique', 'fr'],
    ['La web no me deja entrar desde ayer, alguna solución', 'es'],
    ['Qué rico el turrón, lo van a tener también en febrero', 'es'],
    ['Seit dem Update kein Empfang mehr, liegt das an euch', 'de'],
  ] as const)('asks: %j (%s)', (text, lang) => {
    expect(asksInRunOnTail(folded(text, lang))).toBe(true);
    expect(isQuestion(text, lang)).toBe(true);
  });

  it.each([
    // a statement with the same words, a clause in the middle, a post with a mark
    ['Toujours aucune solution, le site refuse ma carte', 'fr'],
    ['Ils m’ont proposé une solution, merci à l’équipe', 'fr'],
    ['La nouvelle collection sort quand il fait beau, comme chaque année', 'fr'],
    ['Nos encantó el turrón, lo vamos a comprar otra vez', 'es'],
    ['Le site refuse ma carte. Une solution ? Sinon je commande ailleurs', 'fr'],
  ] as const)('asks nothing by this form: %j (%s)', (text, lang) => {
    expect(asksInRunOnTail(folded(text, lang))).toBe(false);
  });
});
