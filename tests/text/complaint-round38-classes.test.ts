// Complaint classes of round 38: a pasted letter of thanks or of a document asked for (complaint-pasted-letters.ts), an
// article about the brand shared with praise (complaint-shared-articles.ts), a trouble taken back with an apology for
// the fuss or a fear found wrong (complaint-taken-back.ts), and the maker of an app asked after in outrage
// (complaint-who-made-this.ts); beside near misses both ways. New posts of the same forms, not round 38's own; the class
// posts of fixtures/text/class-posts.json hold more.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';
import { pastedLetterOfThanksOrRequest } from '../../src/text/complaint-pasted-letters.js';
import { sharedArticlePraised } from '../../src/text/complaint-shared-articles.js';
import { troubleTakenBack } from '../../src/text/complaint-taken-back.js';
import { whoMadeThis } from '../../src/text/complaint-who-made-this.js';

describe('pasted letters of thanks or of a document request', () => {
  it.each([
    ["Objet : Demande d'échéancier — contrat n° 41-778\nMadame, Monsieur,\nPour mon dossier de location, je vous remercie de bien vouloir m'adresser l'échéancier de mon contrat d'électricité pour 2025, avec le montant des mensualités.\nBien cordialement,\nJ. Roux @EnerVal", 'fr'],
    ["Subject: Proof of address — account 99-3310\nDear Sir or Madam,\nI would be grateful if you could send me a letter confirming my address and the start date of my account, as my new employer needs it before the 1st. A PDF by email would be ideal.\nKind regards,\nA. Walsh\n@NorthGridEnergy", 'en'],
    ["Sehr geehrte Damen und Herren,\nich möchte mich herzlich für die schnelle Hilfe Ihres Notdienstes bedanken. Als in der Nacht zum Sonntag die Heizung ausgefallen war, stand um sieben Uhr früh ein Techniker vor der Tür.\nMit freundlichen Grüßen\nB. Wolf @WärmeDirekt", 'de'],
    ["Asunto: Certificado de residencia fiscal — cliente 8812\nEstimados señores:\nPara un trámite con Hacienda necesito un certificado de los intereses de mi cuenta en 2024. Les agradecería que me lo enviaran por correo electrónico.\nAtentamente,\nP. Navarro @BancoRío", 'es'],
  ])('reads %j as no complaint', (text, lang) => {
    expect(isComplaint(text, lang as 'fr')).toBe(false);
    expect(pastedLetterOfThanksOrRequest('', text)).toBe(true);
  });

  it.each([
    ["Objet : Réclamation — contrat n° 41-778\nMadame, Monsieur,\nMalgré trois relances, je n'ai toujours pas reçu l'échéancier demandé. Je vous remercie de bien vouloir me le transmettre sous huit jours.\nCordialement,\nJ. Roux @EnerVal", 'fr'],
    ["Subject: Complaint — account 99-3310\nDear Sir or Madam,\nI have asked twice for a letter confirming my address and have still not received it. Please send it by Friday.\nKind regards,\nA. Walsh @NorthGridEnergy", 'en'],
    ["Betreff: Beschwerde\nSehr geehrte Damen und Herren,\nleider ist die Heizung nach Ihrem Besuch schon wieder ausgefallen. Bitte senden Sie umgehend einen Techniker.\nMit freundlichen Grüßen\nB. Wolf @WärmeDirekt", 'de'],
  ])('still reads the formal complaint %j as a complaint', (text, lang) => {
    expect(pastedLetterOfThanksOrRequest('', text)).toBe(false);
    expect(isComplaint(text, lang as 'fr')).toBe(true);
  });

  it('needs the layout of a letter: one line of thanks is not one', () => {
    expect(pastedLetterOfThanksOrRequest('', 'Dear team, thank you for the quick repair. Kind regards, Ann')).toBe(false);
  });
});

describe('an article about the brand shared with praise', () => {
  it.each([
    ["Brilliant feature on the volunteers @CityFoodBank works with 👉 https://metro-daily.example/foodbank-volunteers My mum has done Tuesdays there for six years. Proud of her.", 'en'],
    ["Très bel article sur les apprentis de @AtelierBois 👉 https://ouest-info.fr/apprentis-bois Mon fils y a fait son CAP, chapeau à toute l'équipe", 'fr'],
    ["Qué buen artículo sobre las conductoras de @BusesDelSur 👉 https://diario-sur.es/conductoras Mi prima es una de ellas. Orgullosa de ella #BusesDelSur", 'es'],
  ])('reads %j as no complaint', (text, lang) => {
    expect(sharedArticlePraised('', text)).toBe(true);
    expect(isComplaint(text, lang as 'en')).toBe(false);
  });

  it.each([
    ['Nice article on @CityTrams https://metro-daily.example/trams but my tram was cancelled again this morning'],
    ['Toller Bericht über @StadtBus https://lokal.de/bus aber mein Bus ist heute schon wieder ausgefallen'],
  ])('does not clear %j, where a turn follows the praise', (text) => {
    expect(sharedArticlePraised('', text)).toBe(false);
  });

  it('needs a link', () => {
    expect(sharedArticlePraised('', 'Great article about your crews in the paper today, respect')).toBe(false);
  });
});

describe('a trouble taken back', () => {
  it.each([
    ["My card got declined… oh no wait, I'd frozen it myself in the app last night 🙈 sorry for the drama @MintBankUK", 'en'],
    ["Je croyais que mon colis était perdu, il m'attendait chez le voisin 😅 tout va bien @ColiZen", 'fr'],
    ["Dachte, die Lieferung ist verloren gegangen, lag aber bei der Nachbarin 😅 alles gut @PaketFix", 'de'],
    ["Creía que me habían cobrado dos veces y era una preautorización del hotel, perdón por el susto @BancoAlba", 'es'],
  ])('reads %j as no complaint', (text, lang) => {
    expect(isComplaint(text, lang as 'en')).toBe(false);
  });

  it.each([
    'thought it was my router but no, the fault is on your side, third outage this week',
    'thought they had lost my parcel, turns out they did: the neighbour never had it',
    'dachte, es liegt an mir, aber nein, die app sturzt immer noch ab',
  ])('does not take back %j, where the fear is confirmed', (folded) => {
    expect(troubleTakenBack(folded)).toBe(false);
  });

  it('reads the apology even with a handle between its words', () => {
    expect(troubleTakenBack('fehler lag bei mir sorry   fur die aufregung')).toBe(true);
  });
});

describe('the maker of an app asked after in outrage', () => {
  it.each([
    ['who even designed this checkout page?? @BuyRightUK', 'en'],
    ["Mais qui a conçu ce site ?! @ImpotsPlus", 'fr'],
    ['Wer hat eigentlich dieses Formular entworfen?? @AmtOnline', 'de'],
    ['¿Quién aprobó esta app?? @BancoLuz', 'es'],
  ])('reads %j as a complaint', (text, lang) => {
    expect(isComplaint(text, lang as 'en')).toBe(true);
  });

  it.each([
    'who designed this app?? it is gorgeous',
    'who designed this app? i would love to work there',
    'whoever designed the new app deserves a raise',
    'who else is using the app??',
  ])('does not read %j as an outraged ask', (folded) => {
    expect(whoMadeThis(folded)).toBe(false);
  });
});
