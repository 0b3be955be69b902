// Complaint classes read in the held-out misses of round 28, the eleventh corpus and the earlier folds, with no
// complaint word the patterns knew: mock praise closing a told trouble (complaint-mock-closing.ts), attempts counted
// (complaint-counts.ts), a status or a promise quoted with the time it has lasted (complaint-quoted-status.ts), more
// understatement (complaint-understatement.ts), worse now or taken away (complaint-worse-now.ts), staff conduct
// (complaint-staff.ts) and regional speech (complaint-regional.ts); and their near misses — the same closings after a
// favour, a visit or an attempt that ended well, a status quoted the same day, praise of the past outdone. The posts
// of each class are also in fixtures/text/class-posts.json.
import { describe, expect, it } from 'vitest';
import { complaintText, patternPoints } from '../../src/text/complaints.js';
import { postText } from '../../src/text/post-text.js';
import { quotesStatusOverdue } from '../../src/text/complaint-quoted-status.js';
import type { Lang4 } from '../../src/text/stopwords.js';

const points = (text: string, lang: Lang4): number => {
  const post = postText(text, lang);
  return patternPoints(post, complaintText(post, lang), lang);
};

const folded = (text: string, lang: Lang4): string => complaintText(postText(text, lang), lang);

describe('mock praise closing a told trouble', () => {
  it.each([
    ['Heizung seit Freitag aus und die Hotline vertröstet mich jeden Tag. Sehr hilfreich, Wärmewerk Tannau.', 'de'],
    ['Paket nach Kiel statt nach Köln geschickt. Wirklich toller Service, Paketfuchs.', 'de'],
    ['Scho wieder kei Bus uf Baden am Sunntig. Merci vielmol, Limmatbus.', 'de'],
    ['Pedí la tarta sin gluten y llegó con gluten. Todo un detalle, Horno Alcarria.', 'es'],
    ['Pago 300 megas y me llegan 25. Un lujo, Fibranet.', 'es'],
    ['Dos horas en espera y se cortó la llamada. Siempre sorprendiendo, Movilaria. 👏', 'es'],
    ['Booked a window seat, got the middle one. Always a pleasure, Skyvane.', 'en'],
    ["On m'a facturé deux fois la livraison. Toujours au top, Colimax.", 'fr'],
  ] as Array<[string, Lang4]>)('%s (%s) is enough alone', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });

  it.each([
    ['Die Hotline hat mir in fünf Minuten den Tarif erklärt. Sehr hilfreich, danke Wärmewerk Tannau!', 'de'],
    ['Paket kam einen Tag früher als angekündigt. Wirklich toller Service, Paketfuchs.', 'de'],
    ['Ich ha min Schirm im Zug vergässe und ihr händ en gfunde. Merci vielmol, Limmatbus!', 'de'],
    ['Me regalaron un café mientras esperaba la mesa. Todo un detalle, Horno Alcarria.', 'es'],
    ['Habitación con vistas al mar, desayuno en la terraza y spa incluido. Un lujo, Hotel Brisamar.', 'es'],
    ['La dependienta me ayudó a elegir la talla sin prisas. Lindo trato, Almacenes Nevado.', 'es'],
    ["Grève des contrôleurs aériens, vol annulé, mais @AirCalypso m'a reclassé en 20 min. Chapeau.", 'fr'],
    ['Se cortó internet por la tormenta, pero NetAustral lo arregló esa misma noche. Unos genios.', 'es'],
  ] as Array<[string, Lang4]>)('%s (%s) is no complaint by the patterns', (text, lang) => {
    expect(points(text, lang)).toBeLessThan(2);
  });
});

describe('attempts counted', () => {
  it.each([
    ['A ver si esta vez me llaman. Quinto intento, Seguros Pinar.', 'es'],
    ['Tres llamadas, tres agentes y tres respuestas distintas sobre mi baja. Energía Sauce.', 'es'],
    ['Ya van cuatro correos y la factura sigue mal.', 'es'],
    ['Dritter Anruf heute, jedes Mal in der Warteschleife hängen gelassen. Stadtnetz Lohr.', 'de'],
    ['Euer Chatbot schickt mir zum vierten Mal denselben Hilfeartikel.', 'de'],
    ['Zweimal angerufen, zweimal was anderes gehört. Versandhaus Elster.', 'de'],
    ['Mahnung Nummer drei für eine Rechnung, die ich längst bezahlt habe.', 'de'],
    ['Fourth call this week and still nobody can tell me where the engineer is.', 'en'],
    ['Troisième relance, toujours pas de réponse de Mutuelle Orne.', 'fr'],
  ] as Array<[string, Lang4]>)('%s (%s) is enough alone', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });

  it.each([
    ['Dritter Besuch im Café Lindgrün diese Woche, der Käsekuchen ist einfach zu gut.', 'de'],
    ['Quinto intento y por fin aprobé el carnet con Autoescuela Ribera, ¡gracias a todos!', 'es'],
    ['Tres llamadas de la encuesta de satisfacción de Energía Sauce, y las tres muy amables.', 'es'],
    ['Third time ordering the family box, the kids love it.', 'en'],
  ] as Array<[string, Lang4]>)('%s (%s) is no complaint by the patterns', (text, lang) => {
    expect(points(text, lang)).toBeLessThan(2);
  });
});

describe('a status or a promise quoted with the time it has lasted', () => {
  it.each([
    ["Siete días con el pedido en 'preparando'. Tienda Alondra.", 'es'],
    ["'Te contestamos en breve', me dijeron. Van tres semanas.", 'es'],
    ["Seit zwei Wochen steht bei mir 'in Bearbeitung'. Möbelwerk Haslach.", 'de'],
    ['„Wir melden uns innerhalb von 48 Stunden.“ Das war vor neun Tagen.', 'de'],
    ["Order has said 'processing' for eleven days now.", 'en'],
  ] as Array<[string, Lang4]>)('%s (%s) is enough alone', (text, lang) => {
    expect(quotesStatusOverdue(folded(text, lang), lang)).toBe(true);
    expect(points(text, lang)).toBe(2);
  });

  it.each([
    ["Pedido en 'preparando' desde esta mañana, ¡qué ganas de estrenarlo!", 'es'],
    ["Status 'in Bearbeitung' seit gestern, bin gespannt auf die neue Couch!", 'de'],
    ["'Envío en 24h' y llegó al día siguiente. Así sí, Tienda Alondra.", 'es'],
  ] as Array<[string, Lang4]>)('%s (%s) is no overdue status', (text, lang) => {
    expect(quotesStatusOverdue(folded(text, lang), lang)).toBe(false);
    expect(points(text, lang)).toBeLessThan(2);
  });
});

describe('understatement: more lead-ins and hedges', () => {
  it.each([
    ['Ich will ja nicht meckern, aber für 90 € hätte ich warmes Essen erwartet.', 'de'],
    ['Ich sag mal so: der Kundenservice von Netzfalke ist... ausbaufähig.', 'de'],
    ['Nicht so ganz das, was im Katalog zu sehen war, das Sofa.', 'de'],
    ['Die Nachzahlung war echt der Hammer. Im negativen Sinn.', 'de'],
    ['Das mit der Rückerstattung hat ja super geklappt. Nicht.', 'de'],
    ['Bueno… digamos que el menú no estaba a la altura del precio.', 'es'],
    ['El servicio de esta noche dejó bastante que desear, Taberna Olmo.', 'es'],
  ] as Array<[string, Lang4]>)('%s (%s) is enough alone', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });

  it.each([
    ['Ich will ja nicht angeben, aber mein Brot aus eurem Backkurs ist perfekt geworden.', 'de'],
    ['Ich sag mal so: besser als bei Café Lindgrün hab ich noch nie gefrühstückt.', 'de'],
    ['Der Service war der Hammer! Im positiven Sinn natürlich.', 'de'],
    ['El menú estuvo a la altura, como siempre. Taberna Olmo nunca falla.', 'es'],
  ] as Array<[string, Lang4]>)('%s (%s) is no complaint by the patterns', (text, lang) => {
    expect(points(text, lang)).toBeLessThan(2);
  });
});

describe('worse now, or taken away', () => {
  it.each([
    ['Pues qué les digo, la atención ya no es la de antes.', 'es'],
    ['Una pena que hayan quitado el menú infantil, era lo que más pedíamos.', 'es'],
    ['Antes los croissants eran los mejores del barrio. Ya no es lo mismo.', 'es'],
    ['Mit dem letzten Update ist die Suchfunktion weg. Warum macht man sowas.', 'de'],
    ['Der Vorgänger war besser, die neue Version hängt dauernd.', 'de'],
    ['Schade, dass ihr die Sonntagsbrötchen nicht mehr anbietet, das war das Beste bei euch.', 'de'],
  ] as Array<[string, Lang4]>)('%s (%s) is enough alone', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });

  it.each([
    ['Ya no es lo mismo desde que abrieron la terraza: ¡ahora es todavía mejor!', 'es'],
    ['Una pena que se acabe el verano, gracias por la temporada, Heladería Noa.', 'es'],
  ] as Array<[string, Lang4]>)('%s (%s) is no complaint by the patterns', (text, lang) => {
    expect(points(text, lang)).toBeLessThan(2);
  });
});

describe('staff conduct and regional speech', () => {
  it.each([
    ['El repartidor me gritó porque tardé un minuto en bajar.', 'es'],
    ['La cajera me atendió con el móvil en la mano y sin mirarme.', 'es'],
    ['El de seguridad me siguió por toda la tienda como si fuera a robar algo.', 'es'],
    ['Der Verkäufer meinte nur, ich solle halt mal lesen lernen.', 'de'],
    ['Der Zugbegleiter zuckt nur mit den Schultern und geht weiter.', 'de'],
    ['Heast, scho wieder koa Netz in Favoriten. Is ned lustig.', 'de'],
    ['Isch scho wieder kei Milch meh im Regal, Migrola.', 'de'],
    ['El wifi del hotel se cae cada rato, mal ahí.', 'es'],
    ['Está de la fregada que cobren la bolsa y encima se rompa.', 'es'],
    ['Ya me cansé de que se corte la luz cada semana.', 'es'],
  ] as Array<[string, Lang4]>)('%s (%s) is enough alone', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });

  it.each([
    ['El repartidor me llamó porque no encontraba el portal, muy majo.', 'es'],
    ['La cajera me atendió con una sonrisa aunque había cola.', 'es'],
    ['Der Verkäufer meinte nur, ich solle mir Zeit lassen. Sehr angenehm.', 'de'],
    ['Heast, scho wieder so a guats Schnitzel, danke Gasthaus Moser!', 'de'],
    ['Che, qué bien atienden en la sucursal de Palermo, así da gusto.', 'es'],
  ] as Array<[string, Lang4]>)('%s (%s) is no complaint by the patterns', (text, lang) => {
    expect(points(text, lang)).toBeLessThan(2);
  });
});
