// Complaint classes after the twenty-four folds' held-out errors: a wait told as dates, fees and prices mocked with
// disbelief, praise, thanks or irony, sarcasm without a trouble word, understated and resigned letdowns; and their near
// misses. The posts of each class are also in fixtures/text/class-posts.json.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';
import { complaintText, patternPoints } from '../../src/text/complaints.js';
import { conceptFeatures } from '../../src/text/complaint-concepts.js';
import { postText } from '../../src/text/post-text.js';
import type { Lang4 } from '../../src/text/stopwords.js';

const points = (text: string, lang: Lang4): number => {
  const post = postText(text, lang);
  return patternPoints(post, complaintText(post, lang), lang);
};
const concepts = (text: string, lang: Lang4): string[] => conceptFeatures(complaintText(postText(text, lang), lang), text);

describe('a wait told as dates is enough alone', () => {
  it.each([
    ["Quote requested from Brightmoor Roofing in January. It's April.", 'en'],
    ["Emailed Fernhall Lettings about the boiler on 2 March. It's now the 30th.", 'en'],
    ['Devis demandé à Toitures Armel en janvier. Nous sommes en avril.', 'fr'],
    ['Remboursement promis pour lundi. On est jeudi.', 'fr'],
    ['Courrier envoyé à la Mutuelle Galène le 4 mars, on est le 29.', 'fr'],
    ['Antrag bei der Wohnbau Sendling im März eingereicht. Heute ist Juli.', 'de'],
    ['Ticket vom 3. März, heute ist der 28.', 'de'],
    ['Pedí el presupuesto a Reformas Olmo en enero. Estamos en mayo.', 'es'],
    ['La devolución era para el lunes. Hoy es jueves y ni rastro.', 'es'],
  ] as Array<[string, Lang4]>)('%s (%s)', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });

  it.each([
    ['Ordered on Monday, and today is Monday: same-day delivery works', 'en'],
    ['Is the Brightmoor Roofing showroom open on Saturday?', 'en'],
    ['On est le 3 mars et la boutique rouvre enfin', 'fr'],
    ['Seit März bei der Wohnbau Sendling und super zufrieden', 'de'],
    ['Desde marzo con Aguas del Tajo y encantados', 'es'],
  ] as Array<[string, Lang4]>)('no wait: %s (%s)', (text, lang) => {
    expect(points(text, lang)).toBeLessThan(2);
  });
});

describe('trouble words told with a glad face are one sign at most, and the model decides', () => {
  it.each([
    ['Merci Sunuflash pour la connexion rapide pendant le match, on a tout vu sans coupure 🔥', 'fr'],
    ['Pas de nouvelles de mon colis mais c\'est la grève des transporteurs, j\'attends tranquille 🙏', 'fr'],
    ['Load shedding again tonight but the gas braai to the rescue 🔥', 'en'],
  ] as Array<[string, Lang4]>)('%s (%s)', (text, lang) => {
    expect(points(text, lang)).toBeLessThan(2);
  });

  it.each([
    ['Driver left my parcel in the recycling bin. in the rain. lovely 👍', 'en'],
    ['Paket zum dritten Mal verloren 🙏🙄', 'de'],
    ['Colis perdu, encore. Merci 🔥👏', 'fr'],
  ] as Array<[string, Lang4]>)('a thumbs-up or a mocking face keeps the complaint: %s (%s)', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });
});

describe('the model reads dates, disbelief, irony and soft letdowns as concepts, and some of them beside a price', () => {
  it.each([
    ['Seit Februar warte ich auf den Rückruf von Kühlhaus Bremer.', 'de', 'k:when+wait'],
    ['Desde marzo esperando a que Aguas del Tajo revise el contador.', 'es', 'k:when+wait'],
    ["Merci Énerlis pour la hausse de 14 % au 1er janvier, pile ce qu'il fallait.", 'fr', 'k:praise+price'],
    ['Gracias Movilsur por subirme la tarifa un 20 % sin avisar, todo un detalle.', 'es', 'k:praise+price'],
    ['$14 for a small popcorn at Starlume Cinemas. Come on.', 'en', 'k:scoff+price'],
    ["Der Cappuccino bei Kaffeewerk kostet jetzt 4,90. Geht's noch?", 'de', 'k:scoff+price'],
    ['12 € de frais de dossier chez Locabel pour une location de 2 jours. Voyons donc.', 'fr', 'k:scoff+price'],
    ['So viel zu „persönlicher Beratung“ bei der Lindbank: ein Chatbot.', 'de', 'k:irony'],
    ['Como si no tuviera nada mejor que hacer que llamar tres veces a Aguas del Tajo.', 'es', 'k:irony'],
    ['Expected more from the new Brindlecup blend, to be honest.', 'en', 'k:resigned'],
    ['Bof, la nouvelle recette des biscuits Maison Corlay.', 'fr', 'k:resigned'],
    ['Naja, der neue Kaffee von Kaffeewerk. Früher war der besser.', 'de', 'k:resigned'],
    ['El nuevo turrón de Dulces Alba, normalito. Prefiero el de antes.', 'es', 'k:resigned'],
  ] as Array<[string, Lang4, string]>)('%s (%s): %s', (text, lang, concept) => {
    expect(concepts(text, lang)).toContain(concept);
  });

  it('reads no price combination where no price is named, and no wait where no date is', () => {
    expect(concepts('Come on, Starlume, the new seats are great', 'en')).not.toContain('k:scoff+price');
    expect(concepts('Merci Énerlis pour le suivi, toujours aussi rapide', 'fr')).not.toContain('k:praise+price');
    expect(concepts('Seit gestern warte ich auf den Techniker', 'de')).not.toContain('k:when+wait');
  });
});

describe('the whole detector on class posts the patterns leave to the model', () => {
  it.each([
    ["So Tollwick's 'free returns' now cost £2.95. Right.", 'en'],
    ['$14 for a small popcorn at Starlume Cinemas. Come on.', 'en'],
    ['Als ob ich nichts Besseres zu tun hätte, als dreimal bei Voltwerk anzurufen.', 'de'],
    ['Como si no tuviera nada mejor que hacer que llamar tres veces a Aguas del Tajo.', 'es'],
  ] as Array<[string, Lang4]>)('complains: %s (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });

  it.each([
    ['4,90 € für den Cappuccino bei Kaffeewerk, aber der ist jeden Cent wert', 'de'],
    ['£3 for a coffee this good at Brindlecup is a bargain', 'en'],
    ['Énerlis baisse ses tarifs de 5 % en février, bonne nouvelle', 'fr'],
    ['Movilsur baja la tarifa a 9 € al mes, por fin buenas noticias', 'es'],
  ] as Array<[string, Lang4]>)('no complaint: %s (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});
