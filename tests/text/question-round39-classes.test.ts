// The question classes written after round 39 was read, in posts beside near misses of the other label (the same posts
// are the block of fixtures/text/class-posts.json that opens with the broadband thread "1/3 Switched my broadband…"):
// numbered multi-part threads whose last part asks (question-numbered-threads.ts, read part by part in questions.ts),
// not knowing how to do a thing on one's own account (question-know-how.ts), a case sent asked to be acted on and one
// redress or another asked for (question-service-requests.ts), and the spoken "c'est pour savoir si…"
// (question-indirect.ts).
import { describe, expect, it } from 'vitest';
import { isQuestion } from '../../src/text/index.js';
import { postText } from '../../src/text/post-text.js';
import { threadParts } from '../../src/text/question-numbered-threads.js';
import { asksKnowHow } from '../../src/text/question-know-how.js';
import { asksForService } from '../../src/text/question-service-requests.js';
import { asksIndirectly } from '../../src/text/question-indirect.js';

type Lang = 'fr' | 'en' | 'de' | 'es';
const folded = (text: string, lang: Lang): string => postText(text, lang).folded;

describe('numbered threads', () => {
  it('cuts "k/n" parts, line breaks or not, and a list\'s "k." items after a sentence end', () => {
    expect(threadParts(folded('1/3 Took the kids out.\n2/3 Queues were short\n3/3 Is the pass valid in May?', 'en'))).toEqual([
      'took the kids out.',
      'queues were short',
      'is the pass valid in may?',
    ]);
    expect(threadParts(folded('My saga.\n1. Ordered on the 2nd.\n2. Never came. Where is it?', 'en'))).toEqual([
      'my saga.',
      'ordered on the 2nd.',
      'never came. where is it?',
    ]);
  });

  it.each<[string, Lang]>([
    ['4/5 — gorgeous food, friendly staff, only a bit noisy. Will be back!', 'en'],
    ['Went from 3/5 to 4/5 after the update, still no dark mode though', 'en'],
    ['Am 1. und 2. Mai haben wir geschlossen.', 'de'],
    ['3. Nachricht, keine Antwort.', 'de'],
    ['1/3 Premier avis. 3/3 Rien à redire.', 'fr'],
  ])('is no thread: %s', (text, lang) => {
    expect(threadParts(folded(text, lang))).toBeUndefined();
  });

  it.each<[string, Lang]>([
    [
      "1/3 Mon avis sur la box @FibraNet après un mois.\n2/3 Installation rapide, débit au top.\n3/3 Par contre la facture affiche des frais de mise en service de 49 € alors qu'on m'avait dit qu'ils étaient offerts. Vous pouvez vérifier ?",
      'fr',
    ],
    [
      'Mein Drama mit @PaketFix:\n1. Paket angekündigt für Montag.\n2. Dienstag: Zustellversuch. Ich war zu Hause, keine Karte.\n3. Mittwoch: zurück an den Absender.\nWo ist das Paket jetzt und wer erstattet mir das?',
      'de',
    ],
    [
      "1/3 Booked a family holiday for August, first time with you.\n2/3 Booking was smooth, prices clear, kids' club included, all good so far.\n3/3 Question though: the confirmation says 'transfers not included' but your site said they were. Which one is right?",
      'en',
    ],
    [
      '1/3 Les cuento cómo nos fue en Menorca.\n2/3 Hotel precioso, traslados puntuales.\n3/3 Solo una duda: en el bono pone media pensión pero nos cobraron las cenas aparte. ¿Me pueden explicar por qué?',
      'es',
    ],
  ])('asks in its last part: %s', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
  });

  it.each<[string, Lang]>([
    ['1/3 Took the kids to @FunPlanetParks on Saturday.\n2/3 Queues were short, staff were great.\n3/3 Honestly a perfect day, already planning the next visit!', 'en'],
    ['1/2 Trois semaines que la fibre @FibraNet coupe tous les soirs.\n2/2 Trois techniciens, trois explications. Franchement, qui forme vos équipes ?', 'fr'],
    ['1/2 Seit drei Wochen kein Internet von @NetzPlus.\n2/2 Vier Anrufe, null Techniker. Wer plant eigentlich bei euch?', 'de'],
    ['1/2 Un mes sin agua caliente y @ServiHogar sin aparecer.\n2/2 Cinco llamadas, cinco excusas. ¿De verdad alguien ahí sabe hacer su trabajo?', 'es'],
    ['@VoltaBankHelp 1/2 Card declined three times today, app says everything is fine.\n2/2 Four days of this now. Does anyone over there read these?', 'en'],
  ])('asks nothing, a rhetorical or no question in any part: %s', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
  });
});

describe("not knowing how to do a thing on one's own account", () => {
  it.each<[string, Lang]>([
    ['cc @StreamBoxUK idk how to cancel my free trial before it charges me', 'en'],
    ["@GigaMobileHelp don't know how to set up voicemail on the new sim", 'en'],
    ['jsp comment ajouter ma carte de fidélité dans l’appli'.replace('’', "'"), 'fr'],
    ['je sais pas comment faire pour résilier', 'fr'],
    ['ich weiß nicht, wie ich meine Rechnung im Kundenportal herunterlade', 'de'],
    ['Weiß nicht wie ich mein Abo pausieren kann, finde nix in der App', 'de'],
    ['ni idea de cómo activar la tarjeta nueva desde la app', 'es'],
    ['no sé cómo cambiar la dirección de envío de mi pedido', 'es'],
  ])('asks: %s', (text, lang) => {
    expect(asksKnowHow(folded(text, lang))).toBe(true);
  });

  it.each<[string, Lang]>([
    ["I don't know how you do it but the sourdough is perfect every single time", 'en'],
    ["Don't know how to feel about the new logo", 'en'],
    ["didn't know how to set up voicemail but found your video guide, all done now", 'en'],
    ["your staff don't know how to use the new tills", 'en'],
    ['Je ne sais pas comment vous faites pour avoir des fraises aussi bonnes en novembre', 'fr'],
    ["jsp comment j'ai fait pour vivre sans votre appli avant", 'fr'],
    ['Ich weiß nicht, wie ihr das macht, aber die Brezeln sind jeden Tag perfekt', 'de'],
    ['No sé cómo lo hacéis pero cada sabor nuevo es mejor que el anterior', 'es'],
  ])('asks nothing: %s', (text, lang) => {
    expect(asksKnowHow(folded(text, lang))).toBe(false);
  });
});

describe('a case sent asked to be acted on, and one redress or another', () => {
  it.each<[string, Lang]>([
    ["DM sent with ref 90112. Please pick it up today, it's a card payment I don't recognise.", 'en'],
    ['Sent you a DM an hour ago about my mortgage letter, please action it when you can.', 'en'],
    ['Booking AX7Q2L, details DMed. Please deal with it before Friday.', 'en'],
    ['Kettle arrived with a cracked lid. Replacement or refund please, photos in your DMs.', 'en'],
    ['Colis abîmé. Remboursement ou échange svp.', 'fr'],
    ['Falsche Größe geliefert. Umtausch oder Erstattung bitte.', 'de'],
    ['Me llegó roto. Cambio o reembolso por favor.', 'es'],
  ])('asks: %s', (text, lang) => {
    expect(asksForService(folded(text, lang))).toBe(true);
  });

  it.each<[string, Lang]>([
    ["Refund or replacement, I don't mind which, just glad it's sorted. Cheers Dan.", 'en'],
    ['Just picked up my bags at the desk, the team dealt with it brilliantly. Please pass on my thanks.', 'en'],
    ['DM sent. Ignore it actually, the branch sorted it for me in person.', 'en'],
  ])('asks nothing: %s', (text, lang) => {
    expect(asksForService(folded(text, lang))).toBe(false);
  });
});

describe('the spoken "c\'est pour savoir si…"', () => {
  it('asks', () => {
    expect(asksIndirectly(folded("oui bonjour c'est pour savoir si ma résiliation a bien été prise en compte", 'fr'))).toBe(true);
  });

  it('asks nothing told in the past, once answered', () => {
    expect(asksIndirectly(folded("J'avais appelé, c'était pour savoir si la commande était partie, et on m'a confirmé l'envoi.", 'fr'))).toBe(
      false,
    );
  });
});
