// Round 13's error classes, in posts written for these tests (not taken from the round): reproaches asked as questions
// (a decision mocked through its author, a notice wished sooner, a doubt that the brand reads its mail).
import { describe, expect, it } from 'vitest';
import { isComplaint, isQuestion } from '../../src/text/index.js';

describe('reproaches asked as questions: no question, a complaint', () => {
  it.each([
    ["C'est qui le génie qui a eu l'idée de fermer le parking le samedi ?", 'fr'],
    ['Vous comptez me rappeler un jour ou je dois camper devant l’agence ?', 'fr'],
    ["Couldn't you have warned us about the engineering works sooner? I missed my flight.", 'en'],
    ['Wer hat sich bitte diese Hotline-Ansage ausgedacht? Zwölf Menüpunkte.', 'de'],
    ['Habt ihr euch mal gefragt, wieso eure App nur zwei Sterne hat?', 'de'],
    ['Ich frage mich, ob ihr die Beschwerden überhaupt weiterleitet.', 'de'],
    ['¿Y ustedes piensan que así van a vender más?', 'es'],
    ['¿Quién ha tenido la idea de quitar el botón de favoritos?', 'es'],
  ] as const)('%j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
    expect(isComplaint(text, lang)).toBe(true);
  });

  it.each([
    ['C’est qui le chef derrière la nouvelle carte ? Un régal', 'fr'],
    ['Vous comptez ouvrir à Rennes un jour ?', 'fr'],
    ['Could you have my order delivered to the store instead?', 'en'],
    ['Ich frage mich, ob ihr am Karfreitag geöffnet habt.', 'de'],
    ['¿Vosotros creéis que llegará antes del lunes?', 'es'],
  ] as const)('still asks, no complaint: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(true);
    expect(isComplaint(text, lang)).toBe(false);
  });
});

describe("a brand's claim quoted back with '?', then answered by the poster's own case", () => {
  it.each([
    ['« Service client 7j/7 » ? Le mien ne répond plus depuis dimanche.', 'fr'],
    ['“Fibre speeds everywhere”? Mine drops to 1 Mbps every evening.', 'en'],
    ['„Immer frisch“? Meine Brötchen waren heute steinhart.', 'de'],
    ['¿«Atención inmediata»? Mi reclamación lleva dos semanas sin respuesta.', 'es'],
  ] as const)('is no question, a complaint: %j (%s)', (text, lang) => {
    expect(isQuestion(text, lang)).toBe(false);
    expect(isComplaint(text, lang)).toBe(true);
  });

  it.each([
    // asked in the poster's own words after the quote
    ['« Le goût d’avant » ? C’est quoi, la nouvelle recette ?', 'fr', true, false],
    // the quote ends the post: an echo alone still asks
    ['“Free returns”?', 'en', true, false],
    // a reply that praises is eagerness
    ['„Neue Sommerkollektion“? Meine Lieblingsjahreszeit, wunderschön!', 'de', false, false],
  ] as const)('%j (%s): question %s, complaint %s', (text, lang, question, complaint) => {
    expect(isQuestion(text, lang)).toBe(question);
    expect(isComplaint(text, lang)).toBe(complaint);
  });
});

describe('a status that has not moved, a wait counted beside irony', () => {
  it.each([
    ['Commandé le 1er, on est le 16 et le suivi dit toujours « en attente ».', 'fr'],
    ['Ordered on the 2nd and the tracker still shows "pending".', 'en'],
    ['Seit dem 3. steht die Sendung immer noch auf „in Vorbereitung“.', 'de'],
    ['Mi paquete sigue en «en tránsito» desde el día 4.', 'es'],
    ['Fünf Wochen auf die Gutschrift gewartet. Respekt.', 'de'],
    ['Three weeks waiting for a reply. Well done.', 'en'],
  ] as const)('complains: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });

  it.each([
    ['Still "the best pizza in town" after all these years', 'en'],
    ['Drei Tage auf das Paket gewartet, dann kam es perfekt verpackt an. Danke!', 'de'],
  ] as const)('no complaint: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});

describe('plain fault reports in everyday words: a device acting by itself, crashing again and again, already dead, made worse', () => {
  it.each([
    ["Mon ordi se déconnecte tout seul du wifi plusieurs fois par jour", 'fr'],
    ['Le jeu a planté quatre fois hier soir', 'fr'],
    ['Acheté il y a un mois, le grille-pain ne chauffe déjà plus', 'fr'],
    ['The speaker switches off by itself halfway through every song', 'en'],
    ['My watch stopped syncing with the app last week', 'en'],
    ['Your update has made the battery drain even worse', 'en'],
    ['Die Konsole startet sich ständig neu', 'de'],
    ['Die Spülmaschine spült schon nicht mehr richtig, gerade mal drei Monate alt', 'de'],
    ['La tele se apaga sola cada noche', 'es'],
    ['El cargador ya no carga, lo compré en enero', 'es'],
  ] as const)('complains: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });

  it.each([
    ["L'écran s'éteint tout seul quand on quitte la pièce, super pratique", 'fr'],
    ['I stopped buying other brands after trying yours', 'en'],
    ["How do I send a reading for a meter that's stopped sending them?", 'en'],
    ['Das Bügeleisen schaltet sich von selbst ab, praktisch für Vergessliche', 'de'],
  ] as const)('no complaint: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});

describe('a one-word reproach, then a price asked back', () => {
  it.each([
    ['Sérieux ? 8 € pour imprimer un billet ?', 'fr'],
    ['For real? £12 to add a bag?', 'en'],
    ["Geht's noch? 3,99 € für eine Tüte?", 'de'],
    ['¿De verdad? ¿15 € por elegir asiento?', 'es'],
  ] as const)('complains: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });

  it('a reply that praises is no complaint', () => {
    expect(isComplaint('Really? 2 € for a refill? Best coffee in town, count me in!', 'en')).toBe(false);
  });
});

describe('German verb-first statements with the particle "ja"', () => {
  it.each([
    'Merkt man ja sofort am Geschmack, die Milch war sauer.',
    'Sieht man ja auf dem Bild, der Karton war völlig zerdrückt.',
  ])('are no questions: %j', (text) => {
    expect(isQuestion(text, 'de')).toBe(false);
  });

  it.each(['Kriegt man den Deckel auch einzeln', 'Gibt es die Jacke auch in Blau'])('verb-first questions still ask: %j', (text) => {
    expect(isQuestion(text, 'de')).toBe(true);
  });
});

describe('damage shown to the brand', () => {
  it.each([
    ["Regardez dans quel état ma commode est arrivée", 'fr'],
    ['Look what turned up instead of my headphones', 'en'],
    ['So kam mein Fahrrad gestern an, Schutzblech verbogen', 'de'],
    ['Mirad lo que le pasa a la plancha a las tres semanas', 'es'],
  ] as const)('complains: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });

  it.each([
    ["Regardez ce que j'ai reçu, merci la team 🎉", 'fr'],
    ['Look what arrived today 😍', 'en'],
    ['So kam meine Bestellung an, danke für die liebe Karte!', 'de'],
    ['Mirad lo que me ha llegado, precioso', 'es'],
  ] as const)('delight is no complaint: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});

describe('a price risen again, or by a sum over last year', () => {
  it.each([
    ['Did my phone bill just go up again?', 'en'],
    ['Premium is £95 more than last year and I have not claimed', 'en'],
    ['Die Rechnung ist erneut gestiegen', 'de'],
    ['El recibo ha vuelto a subir este trimestre', 'es'],
  ] as const)('complains: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });

  it.each([
    ['Your reviews have gone up again, well deserved', 'en'],
    ['Las ventas han vuelto a subir, enhorabuena', 'es'],
  ] as const)('no complaint: %j (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});
