// The classes left from round 40 and earlier rounds, each beside near misses of the other label (the same posts are
// the block of fixtures/text/class-posts.json that opens with "@ParcelDashHelp 4th 'delivery exception'"): repeats
// counted in care posts (complaint-counted-repeats.ts), calm hypotheticals and the next step asked
// (complaint-hypotheticals.ts, question-recourse.ts), faults and qualities denied with "at all"
// (complaint-negated-faults.ts, complaint-negated-praise.ts), long rants asking only rhetorically
// (question-rant-treatment.ts) and a fact asked to be recalled (question-remind-me.ts).
import { describe, expect, it } from 'vitest';
import { isComplaint, isQuestion } from '../../src/text/index.js';
import { postText } from '../../src/text/post-text.js';
import { rantTreatment } from '../../src/text/question-rant-treatment.js';
import { asksReminder } from '../../src/text/question-remind-me.js';

type Lang = 'fr' | 'en' | 'de' | 'es';
const folded = (text: string, lang: Lang): string => postText(text, lang).folded;

describe('repeats counted in care posts', () => {
  it.each<[string, Lang]>([
    ["@ParcelDashHelp third week running my Friday delivery slot has been 'rescheduled' the night before.", 'en'],
    ["@ParcelDashHelp 4th 'delivery exception' on the same address this month.", 'en'],
    ['Zum fünften Mal diesen Monat steht bei @PaketFix „Zustellung nicht möglich“, obwohl ich zuhause war.', 'de'],
    ['3e fois ce mois-ci que mon colis @ColisVite repart en « adresse incomplète ».', 'fr'],
    ["Por cuarta vez este mes @CorreoRápido marca 'destinatario ausente' y yo estaba en casa.", 'es'],
  ])('complains: %s', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });

  it.each<[string, Lang]>([
    ['@ParcelDashHelp 4th order from you this month and every one arrived a day early, cheers!', 'en'],
    ['@NorthRailHelp 3rd week running on the new timetable and not a single late train. Impressed.', 'en'],
    ['3e fois ce mois-ci que je commande chez @PizzaNonna, toujours aussi bonne !', 'fr'],
    ['Zum fünften Mal bei @CaféLinde gefrühstückt, immer noch mein Lieblingsort.', 'de'],
  ])('counts a habit or praise, no complaint: %s', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});

describe('calm hypotheticals', () => {
  it.each<[string, Lang]>([
    ['Et si la machine tombe en panne après la garantie, vous faites quand même les réparations ?', 'fr'],
    ['Falls das Paket nicht ankommt, bekomme ich dann mein Geld zurück oder eine neue Lieferung?', 'de'],
    ["@ParcelDashHelp what happens if I'm not home when the driver comes round?", 'en'],
    ['¿Qué pasa si el pedido llega dañado? ¿Lo cambian ustedes?', 'es'],
  ])('asks and does not complain: %s', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
    expect(isComplaint(text, lang)).toBe(false);
  });

  it.each<[string, Lang]>([
    ['What happens now? My parcel went missing three days ago and nobody has replied to my emails.', 'en'],
    ["Le colis n'est jamais arrivé et personne ne répond. Qu'est-ce qui se passe maintenant ?", 'fr'],
    ['Mein Paket ist nicht angekommen. Bekomme ich jetzt mein Geld zurück?', 'de'],
  ])('a trouble told, then the next step asked: both: %s', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
    expect(isComplaint(text, lang)).toBe(true);
  });
});

describe('faults and qualities denied with "at all"', () => {
  it.each<[string, Lang]>([
    ['Staff at the Leeds branch were not rude at all, actually really patient with my mum.', 'en'],
    ["Le service client n'était pas du tout désagréable, ils ont tout réglé en cinq minutes.", 'fr'],
    ['Das Personal war überhaupt nicht unfreundlich, ganz im Gegenteil!', 'de'],
    ['El repartidor no fue para nada maleducado, muy amable de hecho.', 'es'],
  ])('a fault denied, no complaint: %s', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });

  it.each<[string, Lang]>([
    ['The driver was not polite at all, threw the box at my door and drove off.', 'en'],
    ["Pas du tout aimable, la caissière m'a ignorée pendant cinq minutes.", 'fr'],
    ['Überhaupt nicht freundlich, der Fahrer hat mich angeschrien.', 'de'],
    ['No fue nada amable, nos cerraron la puerta en la cara.', 'es'],
  ])('a quality denied, a complaint: %s', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });
});

describe('long rants asking only rhetorically', () => {
  it.each<[string, Lang]>([
    ['Drei Wochen warte ich auf meine Erstattung, fünf Mails, zwei Anrufe. Wie kann man so mit Kunden umgehen? Wer hat entschieden, dass die Hotline nur von 10 bis 12 erreichbar ist? Unfassbar.', 'de'],
    ['@SkyPortAir cancelled my flight by text at 2am, no hotel, no food vouchers. Who decided this was OK? How do you treat families like this and still call it service?', 'en'],
    ["Trois semaines sans internet, aucun technicien venu. Comment peut-on traiter ses clients comme ça ? Qui a décidé qu'un SAV fermé le samedi était une bonne idée ?", 'fr'],
    ['Me cobraron dos veces y nadie se hace cargo. ¿A quién se le ocurre una política así? ¿Así piensan fidelizar clientes?', 'es'],
  ])('complains and asks nothing: %s', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
    expect(isComplaint(text, lang)).toBe(true);
  });

  it.each<[string, Lang]>([
    ['Three weeks without my refund and five emails ignored. How can you treat customers like this? Can someone give me a date for the refund, order 55120?', 'en'],
    ['Drei Wochen ohne Erstattung. Wie kann man so mit Kunden umgehen? Wann genau bekomme ich mein Geld, Bestellung 44-2190?', 'de'],
  ])('a question of its own beside the rhetoric still asks: %s', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
  });

  it('reads the forms only in a post of three sentences or more, and names a decision only with a clause after it', () => {
    expect(rantTreatment(folded('Who decided this was OK?', 'en'), 3)).toBe(true);
    expect(rantTreatment(folded('Who decided this was OK?', 'en'), 2)).toBe(false);
    expect(rantTreatment(folded('Who decided my claim?', 'en'), 4)).toBe(false);
    expect(rantTreatment(folded('Wer hat entschieden, dass die Hotline mittags zu ist?', 'de'), 3)).toBe(true);
  });
});

describe('a fact asked to be recalled', () => {
  it.each<[string, Lang]>([
    ['remind me what time you close on Sundays', 'en'],
    ['@CaféLindeUK remind me how long the return window is again', 'en'],
    ["Rappelez-moi jusqu'à quelle heure vous êtes ouverts le samedi", 'fr'],
    ['Rappelez-moi le délai pour renvoyer un article svp', 'fr'],
    ['Erinnert mich mal, bis wann ihr samstags offen habt', 'de'],
    ['Recuérdenme a qué hora cierran los domingos', 'es'],
  ])('asks: %s', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
  });

  it.each<[string, Lang]>([
    ['Remind me never to order from here again 🙄 cold chips and a missing burger.', 'en'],
    ['Rappelez-moi de ne plus jamais prendre ce train, 50 minutes de retard encore.', 'fr'],
    ['Erinnert mich an meine Kindheit, dieser Kuchen 😍', 'de'],
    ['Remind me to come back for the autumn menu, loved it', 'en'],
  ])('asks nothing: %s', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
  });

  it('needs a question word, "whether" or a fact named after the request', () => {
    expect(asksReminder(folded('Quick one, remind me whether the student discount works online too', 'en'))).toBe(true);
    expect(asksReminder(folded('remind me why I bother', 'en'))).toBe(false);
    expect(asksReminder(folded('Rappelez-moi au plus vite svp', 'fr'))).toBe(false);
  });
});

describe('French questions in statement order', () => {
  it.each<[string, Lang]>([
    ['vous livrez le dimanche', 'fr'],
    ["c'est possible de changer l'adresse de livraison après la commande", 'fr'],
    ['Bonjour, vous acceptez les tickets restaurant', 'fr'],
  ])('asks: %s', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
  });

  it.each<[string, Lang]>([
    ['vous livrez le dimanche maintenant, trop pratique merci !', 'fr'],
    ["Vous acceptez les tickets restaurant, c'est noté, merci pour la réponse.", 'fr'],
  ])('states: %s', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
  });
});
