// Round 10's error classes, in posts written for these tests: echoes of an announcement and tags closing a remark are
// no questions; mock reproaches over praise, fee enquiries and thanks for a solved problem are no complaints; a letdown
// after praise, a price asked back with a one-word reproach, a mocked duty and sarcasm over missing amenities are.
import { describe, expect, it } from 'vitest';
import { isComplaint, isQuestion } from '../../src/text/index.js';

describe('isQuestion: remarks that end in a question mark', () => {
  it.each([
    // an announcement echoed before an eager reply, in any language the post is read in
    ['Calendrier de l’Avent ? Je le veux !', 'fr'],
    ['Late opening on Friday? Count us in!', 'en'],
    ['Rabattaktion? Wir sind dabei!', 'de'],
    ['¿Descuento para socios? ¡Nos apuntamos!', 'es'],
    ['Weihnachtsmarkt? Her damit!', 'en'],
    // a tag closing praise
    ['Cette tarte est divine, non ?', 'fr'],
    ['This blend is the best one yet, right?', 'en'],
    ['Die Zimtschnecken sind der Hammer, gell?', 'de'],
    ['El flan está riquísimo, ¿verdad?', 'es'],
    // a mocked duty, and a price asked back with a one-word reproach
    ['Who needs a reply to an email anyway?', 'en'],
    ['Wer braucht schon einen funktionierenden Kundenservice?', 'de'],
    ['¿Para qué avisar del retraso, verdad?', 'es'],
    ['20 Euro Versand? Geht’s noch?', 'de'],
    ['¿15 euros por una funda? ¿Estáis locos?', 'es'],
    ['Sans rire ? Ce flan est une merveille', 'fr'],
  ] as const)('is no question: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
  });

  it.each([
    // the echo asks when the reply is followed by a question, or when it asks in its own words
    ['Un atelier ? Je participe ! Il faut réserver ?', 'fr'],
    ['A raffle? Count me in! How do I enter?', 'en'],
    // a tag after a fact asks for confirmation
    ['Vous expédiez en Suisse, non ?', 'fr'],
    ['The voucher works in store too, right?', 'en'],
    ['Das Angebot gilt bis Sonntag, oder?', 'de'],
    ['Aceptáis devoluciones en tienda, ¿verdad?', 'es'],
    // "¿para qué sirve…?" asks; indirect "sagt mir Bescheid, ob…" asks
    ['¿Para qué sirve el botón azul?', 'es'],
    ['Sagt mir bitte Bescheid, ob die Lampe wieder reinkommt', 'de'],
  ] as const)('asks: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
  });
});

describe('isComplaint: praise, letdowns and enquiries', () => {
  it.each([
    // praise, then a letdown after a contrast
    ['Lovely mugs but the glaze is already peeling', 'en'],
    ["Le burger est bon mais les frites étaient froides", 'fr'],
    ['Der Service ist nett, aber die Wartezeit ist echt nervig', 'de'],
    ['El sofá es cómodo pero el envío tardó casi tres semanas', 'es'],
    // a price asked back with a one-word reproach
    ['£12 for next-day delivery? Seriously?', 'en'],
    ['8 € pour un retour ? Sérieux ?', 'fr'],
    // a mocked duty, sarcasm over missing amenities
    ['Who needs working wifi anyway', 'en'],
    ['Wer braucht schon pünktliche Züge', 'de'],
    ['Super Planung, drei Stunden Fahrt ohne Klimaanlage', 'de'],
    ['Gran organización, dos horas sin aire acondicionado', 'es'],
  ] as const)('complains: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });

  it.each([
    // a mock reproach over praise
    ['Are you kidding me? Best brownie I have ever had', 'en'],
    ['C’est une blague ? Ce parfum est sublime', 'fr'],
    ['Im Ernst? Das ist die leckerste Pizza der Stadt', 'de'],
    ['¿Es broma? Este pan está buenísimo', 'es'],
    // fee and payment-detail enquiries
    ['Do I get charged if I skip a month?', 'en'],
    ['Fallen Gebühren an, wenn ich in Raten zahle?', 'de'],
    ['¿Cobráis algo por el cambio de talla?', 'es'],
    ['Can I change my direct debit date to the 15th?', 'en'],
    // thanks for a solved problem, a small trouble conceded before praise
    ['Thanks for sorting the mix-up so quickly, Priya was great', 'en'],
    ['Merci d’avoir remboursé si rapidement, top', 'fr'],
    ['A bit late, but the driver was lovely and apologised', 'en'],
    ['Llegó un poco tarde pero el repartidor fue encantador', 'es'],
  ] as const)('does not complain: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});
