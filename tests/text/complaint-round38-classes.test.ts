// Complaint classes of round 38: a pasted letter of thanks or of a document asked for (complaint-pasted-letters.ts), an
// article about the brand shared with praise (complaint-shared-articles.ts), a trouble taken back with an apology for
// the fuss or a fear found wrong (complaint-taken-back.ts), and the maker of an app asked after in outrage
// (complaint-who-made-this.ts); praise said to be all there is (complaint-praise-only.ts), the brand's survey question
// answered with praise (complaint-survey-answered.ts), a grievance hashtag (complaint-grievance-hashtags.ts) and a
// renewal refused beside a rise (complaint-not-renewing.ts); beside near misses both ways. New posts of the same forms, not round 38's own; the class
// posts of fixtures/text/class-posts.json hold more.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';
import { complaintText } from '../../src/text/complaints.js';
import { postText } from '../../src/text/post-text.js';
import type { Lang4 } from '../../src/text/stopwords.js';
import { pastedLetterOfThanksOrRequest } from '../../src/text/complaint-pasted-letters.js';
import { sharedArticlePraised } from '../../src/text/complaint-shared-articles.js';
import { troubleTakenBack } from '../../src/text/complaint-taken-back.js';
import { whoMadeThis } from '../../src/text/complaint-who-made-this.js';
import { praiseOnly } from '../../src/text/complaint-praise-only.js';
import { surveyAnsweredWithPraise } from '../../src/text/complaint-survey-answered.js';
import { grievanceHashtag } from '../../src/text/complaint-grievance-hashtags.js';
import { notRenewingAfterRise } from '../../src/text/complaint-not-renewing.js';

const folded = (text: string, lang: Lang4): string => complaintText(postText(text, lang), lang);

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

describe('praise said to be all there is', () => {
  it.each([
    ['Sofa from @LoungeCoUK delivered and built in half an hour, the lads even took the packaging. No complaints whatsoever, just praise. https://pics.example/sofa', 'en'],
    ["Vélo livré monté par @CycloNord, réglé au millimètre. Aucune réclamation, que des compliments pour l'atelier ! #vélotaf", 'fr'],
    ['Ni una queja, solo elogios para el equipo de @MudanzasLuna: ni un plato roto en toda la mudanza 🙌', 'es'],
  ])('reads %j as no complaint', (text, lang) => {
    expect(praiseOnly(folded(text, lang as Lang4), text)).toBe(true);
    expect(isComplaint(text, lang as 'en')).toBe(false);
  });

  it.each([
    ['No complaints, just praise for the driver, but the sofa arrived with a torn cushion'],
    ['Keine Beschwerde über das Rad an sich, aber die Bremse schleift seit dem ersten Tag'],
  ])('does not clear %j, where a turn follows', (text) => {
    expect(praiseOnly('praise', text)).toBe(false);
  });
});

describe("the brand's survey question answered with praise", () => {
  it.each([
    ["Your feedback form asks 'How likely are you to recommend us?' Ten. The fitter was early, tidy and patient with the dog. @KitchenCraftUK", 'en'],
    ['Votre enquête me demande « Recommanderiez-vous notre garage ? » Oui, absolument : révision faite dans la matinée, prix annoncé respecté. @GarageDuPort', 'fr'],
    ['Euer Fragebogen will wissen: „Würden Sie uns weiterempfehlen?“ Auf jeden Fall. Küche in zwei Tagen montiert, alles sauber. @KüchenKraft', 'de'],
  ])('reads %j as no complaint', (text, lang) => {
    expect(surveyAnsweredWithPraise('survey', text)).toBe(true);
    expect(isComplaint(text, lang as 'en')).toBe(false);
  });

  it.each([
    ["Your survey asks 'How likely are you to recommend us?' Not at all. Three missed appointments. @KitchenCraftUK"],
    ['Votre enquête me demande « Êtes-vous satisfait ? » Oui pour le devis, mais le chantier a pris un mois de retard. @GarageDuPort'],
    ['Su encuesta pregunta «¿Recomendaría nuestro servicio?» Pues no, el técnico no vino. @TermoSur'],
  ])('does not clear %j', (text) => {
    expect(surveyAnsweredWithPraise('survey enquete encuesta', text)).toBe(false);
  });
});

describe('a grievance said in a hashtag', () => {
  it.each([
    ['Paid for next-day delivery, still waiting on day four @ShipQuickUK #EpicFail', 'en'],
    ['Merci pour la nouvelle appli @BanquePlus #ServicePourri', 'fr'],
    ['Danke für die neue Preisliste @StromPlusDE #Abzocke', 'de'],
    ['me encanta pagar 200 megas para tener 15 😍 @FibraSolES #NoFunciona', 'es'],
  ])('reads %j as a complaint', (text, lang) => {
    expect(isComplaint(text, lang as 'en')).toBe(true);
  });

  it.each([
    ['sunset from the train window tonight #NoFilter'],
    ['new week new goals #NeverGiveUp #FailFriday'],
    ['honestly not a #fail at all, great save by the team'],
  ])('does not read %j as a grievance', (text) => {
    expect(grievanceHashtag(text)).toBe(false);
  });
});

describe('a renewal refused beside a price risen', () => {
  it.each([
    ['@HomeShieldHelp renewal up 55% and not a single claim in eight years. Not renewing.', 'en'],
    ["@AssurMaison ma cotisation augmente de 20 % sans sinistre, je ne renouvelle pas.", 'fr'],
    ['@HausSchutzDE Beitrag zur Verlängerung 30 % teurer, keine Schäden. Ich verlängere nicht.', 'de'],
    ['@HogarSeguroES la renovación sube un 25 % sin partes. No renuevo.', 'es'],
  ])('reads %j as a complaint', (text, lang) => {
    expect(isComplaint(text, lang as 'en')).toBe(true);
  });

  it.each([
    ['renewal came in lower this year, happy to renew'],
    ["i'm not renewing my gym membership because i'm moving abroad, how do i cancel"],
    ['je renouvelle sans hesiter, tarif stable'],
  ])('does not read %j as one', (folded) => {
    expect(notRenewingAfterRise(folded)).toBe(false);
  });
});
