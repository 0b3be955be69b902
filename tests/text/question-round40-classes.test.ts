// The question classes written after round 40 was read, in posts beside near misses of the other label (the same posts
// are the block of fixtures/text/class-posts.json that opens with "> ¡Llega la nueva colección de otoño!"): a reply
// below the brand's post quoted line by line and the slogan turned back (question-quoted-replies.ts), a rant's questions
// closed by the word that no answer is expected (question-no-answer-expected.ts), the one question of a long post
// (question-buried-asks.ts) and recourse asked over a partner's failing (question-partner-recourse.ts).
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/text/index.js';
import { postText } from '../../src/text/post-text.js';
import { replyBelowQuote, retortsQuote } from '../../src/text/question-quoted-replies.js';
import { expectsNoAnswer } from '../../src/text/question-no-answer-expected.js';
import { buriedQuestion } from '../../src/text/question-buried-asks.js';
import { asksPartnerRecourse } from '../../src/text/question-partner-recourse.js';

type Lang = 'fr' | 'en' | 'de' | 'es';
const folded = (text: string, lang: Lang): string => postText(text, lang).folded;

describe('replies below a quoted post', () => {
  it('finds the reply below the quoted lines, and none without a quote', () => {
    expect(replyBelowQuote('> Neu: Monatsabo!\n> Jetzt buchen\nGilt das auch für Azubis?')).toBe('Gilt das auch für Azubis?');
    expect(replyBelowQuote('Gilt das auch für Azubis?')).toBeUndefined();
    expect(replyBelowQuote('> Neu: Monatsabo!\n')).toBeUndefined();
  });

  it.each<[string, Lang]>([
    ['> Introducing Night Saver: half-price trips after 9pm!\nDoes Night Saver apply on weekends too or only weekdays?', 'en'],
    ['> ¡Abrimos en Valencia este sábado! 🎉\n¿Vais a tener el mismo horario que la tienda de Madrid?', 'es'],
    ['> Ouverture de notre magasin à Nantes ce samedi ! 🎈\nVous aurez aussi le rayon bricolage comme à Rennes ?', 'fr'],
  ])('asks: %s', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
  });

  it.each<[string, Lang]>([
    ['> Tu seguridad es nuestra prioridad\nMi seguridad: me clonaron la tarjeta y nadie me llama. ¿Eso también es prioridad?', 'es'],
    ['> Ihre Zufriedenheit ist unser Ziel\nMeine Zufriedenheit: zwei Wochen kein Internet. Ist das auch ein Ziel?', 'de'],
    ['> Neue Filiale in Leipzig eröffnet! 🎉\nEndlich! Wir kommen am Samstag 😄', 'de'],
  ])('asks nothing: %s', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
  });

  it('turns the slogan back only with its own word before a colon and a short question pointing back', () => {
    expect(retortsQuote('> We value every customer\nEvery customer: on hold 40 minutes. Does that count as valued?')).toBe(true);
    expect(retortsQuote('> Votre avis compte !\nMon avis : top. Vous aurez la version noire ?')).toBe(false);
    expect(retortsQuote('Every customer: on hold 40 minutes. Does that count as valued?')).toBe(false);
  });
});

describe('no answer expected', () => {
  it('withdraws the questions before it, not one asked after it', () => {
    expect(expectsNoAnswer(folded('Wie kann man so arbeiten? Wer prüft das? Ich weiß eh, dass da keine Antwort kommt.', 'de'))).toBe(true);
    expect(expectsNoAnswer(folded("¿Para esto pago? Ya sé que nadie va a contestar esto.", 'es'))).toBe(true);
    expect(expectsNoAnswer(folded("I know you probably won't reply to this. Can you refund the duplicate payment?", 'en'))).toBe(false);
    expect(expectsNoAnswer(folded('Je pose la question mais je connais déjà la réponse.', 'fr'))).toBe(false);
  });
});

describe('a long post\'s one question', () => {
  const story = 'Commandé le 2, payé 140€, suivi bloqué depuis, trois appels et deux mails sans réponse utile. '.repeat(4);
  it('is read apart from a story of 400 characters or more, once', () => {
    expect(buriedQuestion(folded(`${story}Est-ce que quelqu'un peut me dire où est mon colis ?`, 'fr'))?.sentence).toBe(
      "est-ce que quelqu'un peut me dire ou est mon colis ?",
    );
    expect(buriedQuestion(folded("Trois appels. Est-ce que quelqu'un peut me dire où est mon colis ?", 'fr'))).toBeUndefined();
    expect(buriedQuestion(folded(`${story}Où est mon colis ? Qui s'en occupe ?`, 'fr'))).toBeUndefined();
    expect(buriedQuestion(folded(`${story}Qu'est-ce qui est « premium » là-dedans ?`, 'fr'))).toBeUndefined();
  });

  it('asks after a case by reference', () => {
    expect(buriedQuestion(folded(`${story}Does the guarantee cover claim BG-99317?`, 'en'))?.namesCase).toBe(true);
  });
});

describe('recourse over a partner', () => {
  it.each<[string, Lang, boolean]>([
    ['Le vendeur ne répond plus depuis 3 semaines. Vous couvrez ce genre de cas ou pas ?', 'fr', true],
    ['Der Zusteller hat mein Paket in die Tonne gelegt. Gibt es ein Formular, um einen Fahrer zu melden?', 'de', true],
    ['The subcontractor you sent never came. Who is actually going to fix my heating, and when?', 'en', true],
    ['Your delivery partner flung my parcel over the gate. Do you even vet these couriers?', 'en', false],
    ['Vous couvrez ce genre de cas ?', 'fr', false],
  ])('%s', (text, lang, asks) => {
    expect(asksPartnerRecourse(folded(text, lang))).toBe(asks);
  });
});
