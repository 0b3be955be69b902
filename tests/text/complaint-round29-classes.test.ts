// Complaint classes after round 29 and the twelfth corpus: French complaints with no complaint word
// (complaint-french-reports.ts, a slot promised then the hour now in complaint-timelines.ts, SMS French spelt out in
// shorthand.ts), German ones (complaint-german-reports.ts), a product that lasted only till a small moment
// (complaint-short-lived.ts), customer-care chases (complaint-chasing.ts), and false alarms — a trouble counted as none,
// asked and denied, supposed, or reported by others and denied (complaint-no-trouble.ts), the poster's own fault and a
// trouble solved (complaint-own-fault.ts). Each with its near misses. The posts are from round 29, the twelfth corpus,
// the sets before them and fixtures/text/class-posts.json.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';
import { complaintText, patternPoints } from '../../src/text/complaints.js';
import { postText } from '../../src/text/post-text.js';
import { expandShorthand } from '../../src/text/shorthand.js';
import type { Lang4 } from '../../src/text/stopwords.js';

const points = (text: string, lang: Lang4): number => {
  const post = postText(text, lang);
  return patternPoints(post, complaintText(post, lang), lang);
};

describe('French complaints told as plain facts', () => {
  it.each([
    ['Le technicien devait passer entre 8h et 12h. Il est 15h10.'],
    ['Le plombier devait passer entre 14h et 16h. Il est 18h30.'],
    ["Bon ben j'ai reçu deux pulls en M au lieu d'un L. C'était pour offrir, hein."],
    ["Reçu une taille 38 au lieu d'une 40. C'était pour un anniversaire, évidemment."],
    ['Mon abonnement a été renouvelé alors que je l\'avais résilié'],
    ["Deuxième prélèvement de l'abonnement ce mois-ci"],
    ['Coucou @Lunéa, le sérum acheté la semaine dernière a tourné, il sent le vinaigre'],
    ['slt mon forfait a ete coupé sans raison vs pouvez regarder svp'],
    ["Le livreur a laissé mon colis su'l perron sous la pluie, la boîte est toute trempe"],
    ['Nonante minutes au guichet de la gare de Namur, un seul agent pour toute la file.'],
  ])('%s is enough alone', (text) => {
    expect(points(text, 'fr')).toBe(2);
    expect(isComplaint(text, 'fr')).toBe(true);
  });

  it.each([
    ['Le technicien devait passer entre 8h et 12h, il est arrivé à 9h15, nickel.'],
    ["J'ai reçu un pull bleu au lieu du vert, mais il me plaît encore plus, je le garde 😄"],
    ['Remboursée en 48h après mon souci de double prélèvement, Ormelle vous assurez. Bravo.'],
    ['Abonnement renouvelé le 1er comme prévu, rien à signaler.'],
    ["Le lait avait tourné parce que je l'avais oublié dans la voiture, ma faute 🙈"],
  ])('%s is no complaint', (text) => {
    expect(isComplaint(text, 'fr')).toBe(false);
  });

  it.each([
    ['tjr pa recu ma cmd dpuis 10j', 'toujours pas recu ma commande depuis 10j'],
    ['jpp la 4G marche plus', "j'en peux plus la 4G marche plus"],
  ])('SMS French %s is spelt out', (text, spelt) => {
    expect(expandShorthand(text, 'fr')).toBe(spelt);
  });

  it.each([['tjr pa recu ma cmd dpuis 10j @ColiRapide'], ['slt jai pa recu mon maillot commandé le 2 mai vs pouvez verifier svp cmd 77120']])(
    '%s complains once spelt out',
    (text) => {
      expect(isComplaint(text, 'fr')).toBe(true);
    },
  );
});

describe('German complaints told as plain facts', () => {
  it.each([
    ['Bei Ankunft war das Zimmer nicht gereinigt. Handtücher vom Vorgänger noch im Bad.'],
    ['"Kostenlose Stornierung", hieß es. 35 € wurden trotzdem einbehalten.'],
    ['Hab an der Säule mit Karte gezahlt und trotzdem wurde es nochmal abgebucht. An wen muss ich mich wenden? @TankPunkt'],
    ['Im Paket war nur ein Schuh. Einer. Der linke.'],
    ['Fahrkartenautomat am Bahnhof Kufstein nimmt keine Scheine mehr an'],
    ['Seit der Umstellung auf das neue Online-Banking kann ich keine Daueraufträge mehr anlegen.'],
    ['Der Monteur hat die Tür eingebaut und dabei den ganzen Flur verkratzt.'],
    ['Statt der bestellten Pizza Funghi kam eine Hawaii. Ich hasse Ananas. @Pizzablitz'],
  ])('%s is enough alone', (text) => {
    expect(points(text, 'de')).toBe(2);
    expect(isComplaint(text, 'de')).toBe(true);
  });

  it.each([
    ['Mein alter Anbieter hat ständig doppelt abgebucht. Bei euch läuft alles glatt.'],
    ['Rechnung doppelt abgebucht, Rückbuchung kam nach 2 Tagen ohne Nachfragen. Toll.'],
    ['Unser Haus hat wegen Hochwasser keinen Strom, wird der Abschlag trotzdem normal abgebucht?'],
    ['Zimmer war sauber, Bettwäsche frisch, Frühstück top. Gerne wieder, Hotel Talblick!'],
    ['Statt einer Tasse gab es heute zwei Kekse zum Kaffee dazu, schöne Geste!'],
  ])('%s is no complaint', (text) => {
    expect(isComplaint(text, 'de')).toBe(false);
  });
});

describe('a product that lasted only till a small moment', () => {
  it.each([
    ['Der Lippenstift von Rosalin hält genau bis zum ersten Kaffee.', 'de'],
    ['El rímel waterproof de Lirio aguantó hasta la primera lágrima en la boda de mi hermana 🥲', 'es'],
    ['El labial dice 24 horas. Me duró hasta el primer café ☕💄', 'es'],
    ["Lumo's new foundation: 'longwear 24h'. Mine lasted till lunch. 🙃", 'en'],
    ["Le nouveau parfum Belladine tient genre 20 min sur moi, c'est normal ou j'ai eu un flacon raté ?", 'fr'],
  ] as Array<[string, Lang4]>)('%s (%s) is enough alone', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });

  it.each([
    ['Die Wimperntusche von Lumara hält den ganzen Tag, sogar beim Sport. Top!', 'de'],
    ['El rímel aguanta todo el día, incluso en la piscina. Un diez.', 'es'],
  ] as Array<[string, Lang4]>)('%s (%s) is no complaint', (text, lang) => {
    expect(points(text, lang)).toBeLessThan(2);
    expect(isComplaint(text, lang)).toBe(false);
  });
});

describe('customer-care chases', () => {
  it.each([
    ["@SwiftboxHelp you said it'd be redelivered today. It wasn't."],
    ['@VoltrixCare you said someone would ring me back yesterday. Nobody did.'],
    ['@PeakwaveCare sent you a DM on Monday about my bill, nothing back yet. Could someone pick it up please?'],
    ["@QuickCartHelp Day 12 of 'out for delivery'."],
    ['@SwagboxAU mate my parcel\'s been "in transit" for a fortnight, can someone chase it'],
    ["@RailoraHelp told it'd be refunded within 5 days, that was 3 weeks ago"],
    ['@TrellisHelp latest update wiped all my saved templates'],
    ["@SkyloopAirHelp my bag didn't make it to Lisbon. PIR ref LIS-SK-40911. when can I expect it?"],
    ['@SkylarkAirHelp need to add a bag to booking QX7PL2, the app keeps erroring at payment'],
  ])('%s is enough alone', (text) => {
    expect(points(text, 'en')).toBe(2);
    expect(isComplaint(text, 'en')).toBe(true);
  });

  it.each([
    ["@TrackwiseHelp parcel says 'in transit', first time ordering, how long does that usually take?"],
    ['@BrightnetHelp the callback came through this morning, all sorted, thanks Priya'],
    ['@MobiloCare updated my address in the app, just letting you know'],
    ["@ParceloraHelp can you hold my parcel at the depot, I'm away till Monday"],
  ])('%s is no complaint', (text) => {
    expect(points(text, 'en')).toBeLessThan(2);
    expect(isComplaint(text, 'en')).toBe(false);
  });
});

describe('false alarms: a trouble counted as none, denied, supposed, or the poster\'s own', () => {
  it.each([
    ["Everyone in the comments says the app crashes, mine's been fine on Android fwiw", 'en'],
    ["People keep saying the Nimbus kettle is unreliable. Mine's done 4 years, zero issues.", 'en'],
    ["If my parcel was ever late I'd be fuming, but it never has been", 'en'],
    ['Problem with my order? Nope, just wanted to say the packaging is gorgeous', 'en'],
    ['Update 3.1 installed and not a single crash since. Thanks, Pixlo!', 'en'],
    ['@SkylarkAirHelp Delayed by the storm but the crew were superb, no complaints from me', 'en'],
    ['The escalator at Hollin station is working again, thanks for sorting it so fast', 'en'],
    ['Mise à jour 2.4 installée, plus aucun crash depuis. Merci Pixelor, enfin !', 'fr'],
    ["J'ai raté mon code pour la 2e fois, je m'en veux, j'avais pas assez révisé 😭", 'fr'],
    ["j'ai commandé 2 fois la mauvaise taille, je suis un cas désespéré 😅 heureusement l'échange était simple", 'fr'],
    ["J'ai oublié mon mot de passe Clavio et j'ai tapé n'importe quoi 5 fois, bien fait pour moi 😂 compte bloqué 24h", 'fr'],
  ] as Array<[string, Lang4]>)('%s (%s) is no complaint', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });

  it.each([
    ['Everyone warned me the app crashes. They were right, third crash today.', 'en'],
    ['Not my fault this time: the driver left my parcel out in the rain again.', 'en'],
    ["If my router drops out one more time this week I'm cancelling, Fibrex.", 'en'],
    ['Zero issues until the update, now it crashes every single day.', 'en'],
  ] as Array<[string, Lang4]>)('%s (%s) still complains', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });
});
