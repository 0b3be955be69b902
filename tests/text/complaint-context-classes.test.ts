// Complaint classes of the held-out folds' errors after round 32: plain harm facts (a product that hurt the skin, a
// foreign body found in food) and longer posts whose trouble is context before a plain ask or praise (the writer's own
// mistake, a trouble solved before a new question or praised, a trouble put on someone else in passing, sympathy for
// another fan whose trouble the writer does not share).
// Each with its near misses. The posts are from the held-out sets and fixtures/text/class-posts.json.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';
import { complaintText, patternPoints } from '../../src/text/complaints.js';
import { blamesNotTheBrand } from '../../src/text/complaint-own-fault.js';
import { solvedThenAsked } from '../../src/text/complaint-solved-then-asked.js';
import { sympathisesElsewhere } from '../../src/text/complaint-sympathy.js';
import { postText } from '../../src/text/post-text.js';
import type { Lang4 } from '../../src/text/stopwords.js';

const folded = (text: string, lang: Lang4): string => complaintText(postText(text, lang), lang);
const points = (text: string, lang: Lang4): number => patternPoints(postText(text, lang), folded(text, lang), lang);

describe('a product that hurt the skin', () => {
  it.each<[string, Lang4]>([
    ['The cream gave me a rash all over my face', 'en'],
    ['The Aquelle face mask broke me out in hives within an hour, I had to take an antihistamine.', 'en'],
    ["La crème m'a donné des plaques rouges partout", 'fr'],
    ['Le gel douche Fleurine m\'a donné des démangeaisons sur tout le corps, j\'ai tout jeté.', 'fr'],
    ['Von der Creme habe ich überall rote Flecken bekommen', 'de'],
    ['Die Gesichtsmaske hat bei mir nach einer Stunde rote Flecken verursacht, und das bei angeblich sensibler Haut.', 'de'],
    ['La base de maquillaje me dejó la cara llena de granitos. 35 € tirados.', 'es'],
    ['Con el protector solar nuevo me salieron granos por toda la frente. No lo vuelvo a comprar.', 'es'],
  ])('%s is enough alone', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });

  it.each<[string, Lang4]>([
    ["The Solvia day cream cleared the red blotches on my cheeks in a week. Skin's never been calmer!", 'en'],
    ['Le gel douche Fleurine a calmé mes démangeaisons en deux jours, merci !', 'fr'],
    ['Seit ich euer Duschgel nehme, ist mein Ausschlag komplett weg. Danke!', 'de'],
    ['El sérum de Verdalia me ha dejado la piel como nueva, adiós granitos.', 'es'],
    ['Does the Aquelle face mask contain lanolin? I get hives from it and want to check first.', 'en'],
  ])('%s is no complaint', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});

describe('a foreign body found in food', () => {
  it.each<[string, Lang4]>([
    ['@CrumbAndCoCare found a bit of plastic in my sausage roll from the Leith Walk shop.', 'en'],
    ['There was a shard of glass in my jar of Pestolino pesto. Could have been my kid eating it.', 'en'],
    ['Un cheveu dans mon burger, vraiment appétissant.', 'fr'],
    ['Hab heute ein Stück Plastik in meinem Joghurt von Almfrisch gefunden.', 'de'],
    ['In meinem Salat aus der Filiale am Markt war eine tote Fliege.', 'de'],
    ['Me encontré un trozo de plástico dentro del yogur de Lactiva.', 'es'],
  ])('%s is enough alone', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });

  it.each<[string, Lang4]>([
    ['Found a tiny origami crane in my takeaway bag from Kumo Ramen, what a lovely touch!', 'en'],
    ["J'ai trouvé un petit mot écrit à la main dans ma commande Fraîchio, trop mignon.", 'fr'],
    ['Hab einen Gutschein in meinem Paket von Almfrisch gefunden, wie nett!', 'de'],
    ['Me encontré una muestra gratis dentro del pedido de Lactiva, ¡qué detalle!', 'es'],
  ])('%s is no complaint', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});

describe('a trouble told as context', () => {
  it.each<[string, Lang4]>([
    ['I typed the wrong house number at checkout, so the parcel went back to the depot. Entirely on me. Is there a way to have it sent out again?', 'en'],
    ['Ich hab beim Bestellen die falsche Hausnummer eingetippt, deshalb ging das Paket zurück ins Depot. Liegt komplett an mir. Kann man es nochmal schicken?', 'de'],
  ])('%s owns the mistake', (text, lang) => {
    expect(blamesNotTheBrand(folded(text, lang))).toBe(true);
    expect(points(text, lang)).toBeLessThan(2);
  });

  it.each<[string, Lang4]>([
    ['Had a hiccup with a double charge last month, your chat team refunded it the same afternoon. Quick question now: do the loyalty points carry over into next year?', 'en'],
    ['Letzten Monat wurde ich doppelt abgebucht, euer Chat hat das am selben Tag erstattet. Jetzt eine andere Frage: verfallen die Treuepunkte zum Jahresende?', 'de'],
  ])('%s is solved, then asks something else', (text, lang) => {
    expect(solvedThenAsked(folded(text, lang))).toBe(true);
    expect(isComplaint(text, lang)).toBe(false);
  });

  it.each<[string, Lang4]>([
    ['@lea_m oh no, sorry that happened to you! Mine came in two days and the mug is perfect, maybe it was just a bad batch at your depot. Hope they sort it.', 'en'],
    ["@lea_m ah mince, désolée pour toi ! Le mien est arrivé en deux jours et la tasse est parfaite, sûrement un souci ponctuel à ton dépôt. J'espère que ça s'arrange.", 'fr'],
    ['@lea_m oh nein, tut mir leid für dich! Meine kam nach zwei Tagen und die Tasse ist perfekt, vielleicht nur Pech mit deinem Depot. Hoffe, das klärt sich.', 'de'],
  ])('%s sympathises with another fan', (text, lang) => {
    expect(sympathisesElsewhere(folded(text, lang))).toBe(true);
    expect(isComplaint(text, lang)).toBe(false);
  });

  it.each<[string, Lang4]>([
    ["Notre colis a pris cinq jours de retard, mais le service client nous a offert un bon de 15 € et s'est excusé. Top service, bravo !", 'fr'],
    ['La box a planté le premier soir, le technicien a changé le routeur le lendemain matin. Service impeccable.', 'fr'],
    ["Router went down on our first night, the engineer changed it the next morning and it's been flawless since. Shoutout to the team.", 'en'],
    ['El pedido llegó con una pieza rota, pero me la cambiaron en dos días sin rechistar. Así sí.', 'es'],
  ])('%s is solved and praised', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });

  it.each<[string, Lang4]>([
    ["Lift in our block has been broken for a week again (landlord's job, not yours), so the driver carried the fridge up six floors. Legend.", 'en'],
    ['Power cut across the village after the storm, so no internet tonight. Not blaming Fibrenet at all, just saying hi from candlelight.', 'en'],
    ['Bei uns im Haus ist seit Tagen der Aufzug kaputt, ist aber nicht euer Problem. Könnt ihr das Sofa trotzdem in den dritten Stock tragen?', 'de'],
    ['Llevamos una semana sin ascensor por una avería de la comunidad, no es problema vuestro. ¿Me podéis subir la nevera igualmente?', 'es'],
  ])('%s puts the trouble on someone else', (text, lang) => {
    expect(blamesNotTheBrand(folded(text, lang))).toBe(true);
    expect(points(text, lang)).toBeLessThan(2);
  });

  it.each<[string, Lang4]>([
    ['Notre colis a pris cinq jours de retard et le service client nous a proposé un bon de 15 € au lieu d\'un remboursement. Bravo, vraiment.', 'fr'],
    ['El pedido llegó con una pieza rota y me dijeron que me la cambiaban en dos días. Van tres semanas. Así sí, ¿eh?', 'es'],
    ["Lift has been broken for a week and it's your building, so yes it's your job, not the landlord's. When are you sending someone?", 'en'],
    ['Der Aufzug ist seit Tagen kaputt, und das ist sehr wohl euer Problem als Hausverwaltung. Wann kommt endlich jemand?', 'de'],
    ['I typed my address right, checked it twice, and the parcel still went back to the depot. Can you tell me why it was never delivered?', 'en'],
    ["Had a double charge last month, your chat promised a refund the same afternoon and it still hasn't shown up. Do the loyalty points at least carry over?", 'en'],
    ['Letzten Monat doppelt abgebucht, im Chat wurde mir eine Erstattung am selben Tag versprochen, bis heute nichts. Verfallen die Punkte wenigstens nicht?', 'de'],
    ['@lea_m same here, honestly. Mine took three weeks and the mug arrived chipped, and @MugHaus never answered my email either.', 'en'],
    ["@lea_m pareil pour moi. Trois semaines d'attente et la tasse est arrivée ébréchée, et @MugHaus n'a jamais répondu à mon mail.", 'fr'],
    ['La chaqueta tenía que llegar el viernes, hoy es miércoles y ni rastro. ¿La puedo recoger en tienda o se ha perdido?', 'es'],
  ])('%s still complains', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });
});
