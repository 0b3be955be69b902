// Complaint classes from the held-out folds' errors, in posts written for them beside near misses (the posts are in
// fixtures/text/class-posts.json): a view booked and the view got (complaint-view-promised.ts), German money still
// taken after a cancellation, voice-typed with a split verb (complaint-charged-after-cancelling.ts); and a false-alarm
// class, wishing one had come to the brand sooner (complaint-sooner-regret.ts), beside the cancellations wished sooner
// that still complain.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';

type Lang = 'fr' | 'en' | 'de' | 'es';

describe('a view booked and the view got, money taken after a cancellation', () => {
  it.each<[string, Lang]>([
    ['Zimmer mit Seeblick gebucht, Blick auf den Hinterhof bekommen. Danke auch.', 'de'],
    ['hab ein zimmer mit meerblick gebucht und bekommen hab ich blick auf den parkplatz', 'de'],
    ['Ferienwohnung laut Inserat mit Bergblick. Bergblick = Hauswand gegenüber.', 'de'],
    ["Paid for a 'lake view' room and it looks straight onto the bins.", 'en'],
    ['Ocean view suite, they said. The view is a car park and a crane.', 'en'],
    ['Chambre « vue mer » réservée, vue sur le mur du voisin en réalité.', 'fr'],
    ["j'ai payé une chambre avec vue sur le lac et elle donne sur les poubelles", 'fr'],
    ['Cher Hôtel Belvédère, une chambre « vue mer » avec vue sur le parking, c\'est de l\'humour ?', 'fr'],
    ['Reservé habitación con vista a la montaña y me tocó una que da a un patio interior.', 'es'],
    ['habitación "vista al mar": vista a la autopista. Gracias por nada.', 'es'],
    ['hab den vertrag gekündigt im märz und ihr bucht trotzdem weiter ab what is going on', 'de'],
    ['ich hab die mitgliedschaft im januar gekündigt und ihr zieht immer noch den beitrag ein', 'de'],
    ['abo zum ersten gekündigt bestätigung kam nie aber die nächste abbuchung schon', 'de'],
    ['Warum hab ich nicht schon früher gekündigt? Wieder zwei Stunden Warteschleife.', 'de'],
    ["Why didn't I cancel sooner. Third missed delivery this month.", 'en'],
    ['No sé por qué no me di de baja antes, otra factura mal cobrada.', 'es'],
  ])('%s', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });
});

describe('their near misses complain of nothing', () => {
  it.each<[string, Lang]>([
    ['Zimmer mit Seeblick, Parkplatz direkt am Haus und ein tolles Frühstück. Gerne wieder!', 'de'],
    ['Wir hatten Blick auf den Innenhof gebucht, weil es ruhiger ist, genau so war es. Perfekt.', 'de'],
    ['Sea view room was stunning, and the car park out back was free too.', 'en'],
    ['Chambre vue mer magnifique, le parking juste à côté est bien pratique.', 'fr'],
    ['Pedimos habitación con vista al patio porque es más tranquila y así fue. Genial.', 'es'],
    ['Gibt es bei euch Zimmer mit Seeblick, oder gehen alle auf den Parkplatz?', 'de'],
    ['abo gekündigt und die kündigung wurde sofort bestätigt danke für den unkomplizierten ablauf', 'de'],
    ['wenn ich im märz kündige wird dann im april noch abgebucht', 'de'],
    ['Warum hab ich nicht schon früher bei euch bestellt? Alles so frisch.', 'de'],
    ['ehrlich keine ahnung warum ich nicht früher gewechselt hab die app ist so viel besser', 'de'],
    ['Keine Ahnung, warum ich nicht früher bestellt habe', 'de'],
    ["Why didn't I book you sooner? The kitchen looks brand new.", 'en'],
    ['Seriously why did nobody tell me about your brunch earlier 😍', 'en'],
    ["Pourquoi je n'ai pas fait ça plus tôt ? Trois clics et c'est réglé.", 'fr'],
    ['Je me demande pourquoi je n\'ai pas changé de banque plus tôt, zéro frais.', 'fr'],
    ['No entiendo por qué no me cambié antes, pago la mitad.', 'es'],
    ['Ojalá os hubiera descubierto antes, qué pan tan bueno.', 'es'],
  ])('%s', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});
