// The question classes written after round 38 was read (posts with links, hashtags and handles, pasted formal letters
// and e-mails, the brand's messages quoted back), in posts beside near misses of the other label (the same posts are
// the block of fixtures/text/class-posts.json that opens with the letter asking for an annual statement): requests
// thanked in advance or to be written to privately (question-grateful-requests.ts), a missing order checked with others
// (question-missing-shared.ts), cancelling with the money back asked "or not" (question-withdrawal-rights.ts), the
// spoken "c'est quand que…?" (question-cest-quand.ts), an opening day asked after "Dites," (question-opening-days.ts),
// a deadline set in a letter (question-deadlines.ts) and a survey's question quoted back (question-survey-quotes.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/text/index.js';
import { postText } from '../../src/text/post-text.js';
import { asksGratefully } from '../../src/text/question-grateful-requests.js';
import { asksMissingShared } from '../../src/text/question-missing-shared.js';
import { asksWithdrawal } from '../../src/text/question-withdrawal-rights.js';
import { asksCestQuand } from '../../src/text/question-cest-quand.js';
import { asksOpeningDay } from '../../src/text/question-opening-days.js';
import { setsDeadline } from '../../src/text/question-deadlines.js';
import { quotesSurveyOnly } from '../../src/text/question-survey-quotes.js';

type Lang = 'fr' | 'en' | 'de' | 'es';
const folded = (text: string, lang: Lang): string => postText(text, lang).folded;

describe('requests thanked in advance, and requests to be written to privately', () => {
  it.each<[string, Lang]>([
    ['Madame, Monsieur, je vous remercie par avance de bien vouloir me faire parvenir mon échéancier 2025.', 'fr'],
    ['Je vous serais reconnaissante de m’envoyer le duplicata de la facture.'.replace('’', "'"), 'fr'],
    ["Dear team, I'd be grateful if you could confirm the new direct debit date.", 'en'],
    ['I would appreciate it if you could send the receipt again @ShopCo', 'en'],
    ['Ich wäre Ihnen sehr dankbar, wenn Sie mir die Rechnung erneut schicken würden.', 'de'],
    ['Les agradeceríamos que nos confirmaran la fecha de instalación.', 'es'],
    ['still no signal in my street, please DM me', 'en'],
    ['plus de connexion depuis hier, écrivez-moi en MP', 'fr'],
    ['Schreiben Sie mir bitte eine Privatnachricht, es geht um meine Kundennummer', 'de'],
    ['escríbeme por privado que te paso el número de pedido', 'es'],
  ])('asks: %s', (text, lang) => {
    expect(asksGratefully(folded(text, lang))).toBe(true);
  });

  it.each<[string, Lang]>([
    ['Je vous remercie de votre patience et de votre aide hier.', 'fr'],
    ["Je vous remercie de m'avoir rappelé si vite.", 'fr'],
    ['Grateful for the help today, all sorted.', 'en'],
    ['Ich wäre Ihnen dankbar gewesen, wenn Sie vorher angerufen hätten.', 'de'],
    ['Les agradezco la rapidez, todo perfecto.', 'es'],
    ["DM'd you the details as asked", 'en'],
    ['Third time asking. Still locked out of my account. Please DM me.', 'en'],
  ])('asks nothing: %s', (text, lang) => {
    expect(asksGratefully(folded(text, lang))).toBe(false);
  });
});

describe('a missing order checked with other customers', () => {
  it.each<[string, Lang]>([
    ['Anybody else still not got their parcel? 8 days now', 'en'],
    ["D'autres clients n'ont toujours pas reçu leur colis ? Ça fait 10 jours", 'fr'],
    ['Hat sonst noch wer die Bestellung vom Black Friday immer noch nicht bekommen?', 'de'],
    ['¿A alguien más no le ha llegado el pedido? Llevo una semana', 'es'],
  ])('asks: %s', (text, lang) => {
    expect(asksMissingShared(folded(text, lang))).toBe(true);
  });

  it.each<[string, Lang]>([
    ['Anyone else not received theirs either, I just read the thread', 'en'],
    ['Mi vecina tampoco ha recibido su pedido, ya somos dos', 'es'],
    ['Has anyone else received theirs yet?', 'en'],
  ])('not this form: %s', (text, lang) => {
    expect(asksMissingShared(folded(text, lang))).toBe(false);
  });
});

describe('cancelling with the money back, asked "or not"', () => {
  it.each<[string, Lang]>([
    ['Dreimal verschoben, darf ich jetzt vom Kaufvertrag zurücktreten oder nicht', 'de'],
    ['can we just cancel the booking and get a full refund or not', 'en'],
    ['puis-je annuler ma commande et être remboursé ou pas', 'fr'],
    ['¿puedo cancelar el pedido y recuperar mi dinero?', 'es'],
  ])('asks: %s', (text, lang) => {
    expect(asksWithdrawal(folded(text, lang))).toBe(true);
  });

  it.each<[string, Lang]>([
    ['Laut AGB kann ich vom Kauf zurücktreten, mache ich jetzt auch.', 'de'],
    ['Cancelled and got my money back within a day', 'en'],
    ["Je peux annuler et être remboursé, c'est écrit dans les CGV.", 'fr'],
  ])('states: %s', (text, lang) => {
    expect(asksWithdrawal(folded(text, lang))).toBe(false);
  });
});

describe("the spoken 'c'est quand que…?'", () => {
  it.each(["Trois jours sans eau chaude. C'est quand que le technicien passe? #galère", "c'est où qu'on récupère le colis ?"])(
    'asks: %s',
    (text) => {
      expect(asksCestQuand(folded(text, 'fr'))).toBe(true);
    },
  );

  it.each([
    "C'est quand que vous arrêtez de nous mentir ?",
    "C'est quand qu'on arrête de prendre les clients pour des vaches à lait ?",
    "c'est quand que le technicien passe, je sais, mardi.",
  ])('asks nothing in this form: %s', (text) => {
    expect(asksCestQuand(folded(text, 'fr'))).toBe(false);
  });
});

describe('an opening day asked after "Dites," or "Sagt mal,"', () => {
  it.each<[string, Lang]>([
    ['Dites, vous ouvrez le dimanche à Tournai', 'fr'],
    ['Dis, c’est ouvert le 1er mai à Gand'.replace('’', "'"), 'fr'],
    ['Sagt mal, habt ihr am Sonntag offen', 'de'],
    ['Sag mal, ist die Filiale am 24. Dezember geöffnet', 'de'],
  ])('asks: %s', (text, lang) => {
    expect(asksOpeningDay(folded(text, lang))).toBe(true);
  });

  it.each<[string, Lang]>([
    ['Dites, c’est ouvert depuis un mois et personne ne le savait'.replace('’', "'"), 'fr'],
    ['Sagt mal, ihr habt echt den besten Kuchen der Stadt', 'de'],
    ['Le magasin est ouvert le dimanche, super pratique', 'fr'],
  ])('asks nothing: %s', (text, lang) => {
    expect(asksOpeningDay(folded(text, lang))).toBe(false);
  });
});

describe('a deadline set in a letter', () => {
  it.each<[string, Lang]>([
    ['Ich setze Ihnen eine Nachfrist bis zum 10.05.', 'de'],
    ['Par la présente, je vous mets formellement en demeure de me rembourser.', 'fr'],
    ["I'm giving you until Monday to put this right.", 'en'],
    ['Les concedo un plazo de diez días para responder.', 'es'],
  ])('gives notice: %s', (text, lang) => {
    expect(setsDeadline(folded(text, lang))).toBe(true);
  });

  it.each<[string, Lang]>([
    ['Bis wann ist die Frist für den Widerruf?', 'de'],
    ['You gave me until Friday and nothing came', 'en'],
  ])('no deadline set: %s', (text, lang) => {
    expect(setsDeadline(folded(text, lang))).toBe(false);
  });

  it('a letter giving notice asks nothing without a mark, and asks with one', () => {
    expect(isQuestion('Sehr geehrte Damen und Herren,\nich setze Ihnen hiermit eine letzte Frist bis zum 12.06. für die Erstattung.\nMit freundlichen Grüßen', 'de')).toBe(false);
    expect(isQuestion('Ich setze Ihnen eine Frist bis zum 12.06. Können Sie mir wenigstens den Eingang bestätigen?', 'de')).toBe(true);
  });
});

describe("a survey's question quoted back", () => {
  // A question quoted right after a verb of asking is blanked before (quoted-speech.ts); these quote it otherwise.
  it.each<[string, Lang]>([
    ["Your survey's first question: 'Would you fly with us again?' Absolutely, best crew I've had.", 'en'],
    ['Question de votre sondage : « Comment jugez-vous notre accueil ? Pourquoi ? » Parfait, rien à redire.', 'fr'],
    ['In eurer Umfrage steht: „Wie war Ihr Aufenthalt?“ Wunderbar.', 'de'],
    ['En la encuesta me preguntan «¿Nos recomendaría?». ¿Recomendar? Ni loca.', 'es'],
  ])('asks nothing of its own: %s', (text, lang) => {
    expect(quotesSurveyOnly(folded(text, lang))).toBe(true);
    expect(isQuestion(text, lang)).toBe(false);
  });

  it.each<[string, Lang]>([
    ["Your survey's first question: 'How was your stay?' but where do I enter my booking number?", 'en'],
    ['Question de votre sondage : « Êtes-vous satisfait ? » Comment je fais pour le remplir sans compte ?', 'fr'],
    ['Umfrage ausgefüllt, danke für den tollen Service', 'de'],
    ['¿Puedo hacer la encuesta desde el móvil?', 'es'],
  ])('still asks, or quotes none: %s', (text, lang) => {
    expect(quotesSurveyOnly(folded(text, lang))).toBe(false);
  });
});

describe("round 38's class posts (fixtures/text/class-posts.json)", () => {
  const all = JSON.parse(readFileSync(new URL('../../fixtures/text/class-posts.json', import.meta.url), 'utf8')) as {
    text: string;
    question: boolean;
  }[];
  const start = all.findIndex((p) => p.text.startsWith('Madame, Monsieur,\nJe vous remercie de bien vouloir m'));
  const block = all.slice(start, start + 50);
  it('holds the block', () => {
    expect(start).toBeGreaterThan(0);
    expect(block).toHaveLength(50);
  });
  it.each(block.map((p) => [p.text, p.question] as const))('%s', (text, question) => {
    expect(isQuestion(text)).toBe(question);
  });
});
