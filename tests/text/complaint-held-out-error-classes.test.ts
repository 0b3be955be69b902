// Complaint classes read in the held-out errors of rounds up to 29 and the corpora: a service asked as "too much to ask"
// (complaint-too-much-to-ask.ts), a bill thanked for with its amount (complaint-mock-delight.ts), a French failure told
// again or a visit that never came (complaint-french-reports.ts), "rdv" spelt out (shorthand.ts), a card kept by a
// machine (complaint-swallowed-cards.ts), luggage and traveller apart (complaint-luggage-apart.ts), an order's one wish
// ignored (complaint-orders-ignored.ts), and a false alarm: the poster's own loss (complaint-own-losses.ts). Each with
// its near misses. The posts are from the sets up to round 29, the corpora and fixtures/text/class-posts.json.
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

describe('complaints with no complaint word, enough alone', () => {
  it.each<[string, Lang4]>([
    ['Railis, 45 min de retard et pas une annonce. C\'est trop demander, une info ?', 'fr'],
    ['Est-ce trop demander que le bus passe à l\'heure indiquée ?', 'fr'],
    ['Is it too much to ask that the app remembers my login for more than a day?', 'en'],
    ['Ist es zu viel verlangt, dass die Bahn einmal die Anschlüsse abwartet?', 'de'],
    ['¿Es mucho pedir que el repartidor llame al timbre antes de irse?', 'es'],
    ['Merci @Voltane pour la facture de régularisation de 612 €, joyeux Noël à vous aussi 🎄', 'fr'],
    ['Thanks Brightwave for the £480 bill on a one-bed flat. Lovely.', 'en'],
    ['Danke, Stadtwerke Lindau, für die Nachzahlung von 700 € für eine Zweizimmerwohnung. Frohe Weihnachten.', 'de'],
    ['Gracias Energía Sur por la factura de 300 € en un piso vacío. Un detalle.', 'es'],
    ['Génial, encore un train supprimé. On adore.', 'fr'],
    ['le technicien n\'est jamais venu, journée de congé perdue', 'fr'],
    ['Technicien pas venu au rdv de ce matin, j\'ai posé une journée pour rien.', 'fr'],
    ['@MetroLinkHelp ticket machine at Hollybank swallowed my card. Who do I speak to to get it back?', 'en'],
    ['Der Automat in der Filiale Südstadt hat meine Karte eingezogen, niemand da am Samstag.', 'de'],
    ['El cajero de la sucursal centro se tragó mi tarjeta y me dicen que vuelva en diez días.', 'es'],
    ['@AeroLinkUK so my bag went to Madrid and I went to Milan. fab', 'en'],
    ['Encore bravo pour la gestion des bagages, le mien est à Lisbonne et moi à Bruxelles 👏', 'fr'],
    ['Mein Koffer ist in Palma, ich in Hamburg. Danke für nix, Alpflug.', 'de'],
    ['Mi maleta en Roma y yo en Lima. Gracias, Andesair.', 'es'],
    ['I asked for no onions. There were onions. There were SO many onions.', 'en'],
    ['Pedí sin cebolla. Traía cebolla. Como siempre. 🧅', 'es'],
    ["J'avais demandé sans oignons. Il y en avait partout.", 'fr'],
    ['Ohne Zwiebeln bestellt. Natürlich mit Zwiebeln gekommen.', 'de'],
  ])('%s', (text, lang) => {
    expect(points(text, lang)).toBe(2);
    expect(isComplaint(text, lang)).toBe(true);
  });
});

describe('near misses that stay apart', () => {
  it.each<[string, Lang4]>([
    ['Si ce n\'est pas trop demander, vous auriez la recette de votre tarte au citron ? 😍', 'fr'],
    ['If it\'s not too much to ask, could you bring back the lemon drizzle? Best thing on the menu', 'en'],
    ['Wenn es nicht zu viel verlangt ist: könntet ihr das Rezept vom Zimtkuchen posten? Der war himmlisch', 'de'],
    ['Sé que es mucho pedir, pero ¿abriríais una tienda en Murcia? Os adoro', 'es'],
    ['Merci Voltane pour la facture de régularisation, 84 € remboursés, bonne surprise', 'fr'],
    ['Danke für die Gutschrift von 45 € auf der Jahresabrechnung, hat mich gefreut', 'de'],
    ['Encore un concert complet en dix minutes, vous cartonnez 🔥', 'fr'],
    ['The ATM swallowed my card but the branch had it back to me in ten minutes, lovely staff', 'en'],
    ['@RailwiseHelp ticket machine at Ashby ate my card but a staff member had it out in 2 mins, thank you to him', 'en'],
    ['El cajero me tragó la tarjeta y en cinco minutos me la devolvieron en ventanilla, muy amables', 'es'],
    ['My case and I both landed in Porto on time, smooth trip with Aerolark', 'en'],
    ['Asked for no onions and they remembered, thank you Burger Barn!', 'en'],
    ['Pedí sin gluten y vino todo perfecto, gracias Horno Olmo', 'es'],
  ])('%s is no complaint', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});

describe("the poster's own loss", () => {
  it.each<[string, Lang4]>([
    ['@GreyhillRail lost my ticket on the 10:05, any way to get a copy for my expenses', 'en'],
    ['@PylonEnergy hi can u tell me my account number, lost the letter', 'en'],
    ['@VeloCardHelp my kid lost my card at the park, how do I order a new one', 'en'],
    ['Hab meine Kundenkarte verloren, kann ich die Punkte auf eine neue übertragen?', 'de'],
  ])('%s is no complaint', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });

  it.each<[string, Lang4]>([
    ['@RiverlineRail you lost my booking and now the ticket won\'t scan at the gate', 'en'],
  ])('%s, lost by the brand, complains', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });
});

describe('SMS French', () => {
  it('spells out "rdv"', () => {
    expect(expandShorthand('rdv entre 8h et 12h', 'fr')).toBe('rendez-vous entre 8h et 12h');
  });

  it('reads a slot promised then the hour now once "rdv" is spelt out', () => {
    expect(isComplaint('Et donc on attend toujours le technicien, rdv entre 8h et 12h, il est 16h.', 'fr')).toBe(true);
  });
});
