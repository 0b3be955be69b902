// Complaint classes of round 30's errors: a trouble flatly put on someone else (complaint-cleared.ts), sarcastic
// asides after a trouble (complaint-mock-asides.ts), testers asked whether they tested (complaint-rhetoric.ts and
// question-reproaches.ts), Australian slang (complaint-regional.ts). Each with its near misses. The posts are from
// round 30 and fixtures/text/class-posts.json.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';
import { complaintText, patternPoints } from '../../src/text/complaints.js';
import { clearsBrand } from '../../src/text/complaint-cleared.js';
import { postText } from '../../src/text/post-text.js';
import type { Lang4 } from '../../src/text/stopwords.js';

const points = (text: string, lang: Lang4): number => {
  const post = postText(text, lang);
  return patternPoints(post, complaintText(post, lang), lang);
};
const cleared = (text: string, lang: Lang4): boolean => clearsBrand(complaintText(postText(text, lang), lang));

describe('a trouble put on someone else', () => {
  it.each<[string, Lang4]>([
    ["Colis arrivé cabossé mais c'est le transporteur Colipak qui l'a laissé tomber devant moi, vous n'y êtes pour rien, le produit est intact.", 'fr'],
    ["Carton abîmé à l'arrivée, mais c'est le livreur qui l'a lancé par-dessus le portail, vous n'y êtes pour rien, la lampe marche très bien.", 'fr'],
    ["Paket kam beschädigt an, aber das war eindeutig der Paketdienst Schnellgut, der hat's vor meinen Augen fallen lassen. Inhalt zum Glück heil.", 'de'],
    ['Karton kam eingedellt an, aber das war eindeutig der Zusteller, der hat ihn über den Zaun geworfen. Die Kaffeemaschine ist heil.', 'de'],
    ['Box turned up crushed but that was clearly the courier, I watched him drop it off the van. The blender inside is fine.', 'en'],
    ['@Pixora_Help Found it, my ad blocker was stopping the login page. Nothing wrong with the app, sorry for the noise!', 'en'],
    ['Card got frozen after I typed the wrong PIN three times, that was my mistake only. Branch unfroze it in five minutes.', 'en'],
    ["Le prix de l'électricité a encore augmenté, merci le gouvernement 🙄 au moins chez ÉnerGaz Nord le service client répond vite.", 'fr'],
    ['El paquete llegó golpeado pero fue cosa de la mensajería, lo vi caer del camión. El altavoz funciona perfecto.', 'es'],
  ])('%s is no complaint', (text, lang) => {
    expect(cleared(text, lang)).toBe(true);
    expect(isComplaint(text, lang)).toBe(false);
  });

  it.each<[string, Lang4]>([
    ['The courier dropped it, sure, but you picked the courier. Third smashed parcel from you this year.', 'en'],
    ["C'est peut-être le transporteur, mais c'est vous qui l'avez choisi : deuxième colis cassé ce mois-ci.", 'fr'],
    ["Angeblich war's der Paketdienst, aber euer Kundendienst lässt mich trotzdem seit drei Wochen hängen.", 'de'],
    ['Not my mistake this time: the app charged me twice for one ticket.', 'en'],
  ])('%s still complains', (text, lang) => {
    expect(cleared(text, lang)).toBe(false);
    expect(isComplaint(text, lang)).toBe(true);
  });
});

describe('sarcastic asides, testers asked back, Australian slang', () => {
  it.each<[string, Lang4]>([
    ["Oh brilliant, another 'signal failure' at Crewe. Never seen that before. Cheers Northvale 👏", 'en'],
    ['Another 50 minutes on hold with Telnova. Really feeling the love.', 'en'],
    ['Me llegó la camiseta con una mancha enorme. Bonita forma de estrenar la temporada 🙃', 'es'],
    ['Tercer día sin agua caliente en el hotel Brisamar. Qué forma tan bonita de empezar las vacaciones.', 'es'],
    ['Otro día más parados en medio de la vía sin megafonía. ¿Quién necesita información, verdad?', 'es'],
    ['Toll, dass man bei Hanseatica nach 20 Jahren Treue eine Beitragserhöhung von 30 % bekommt. Fühl mich richtig wertgeschätzt.', 'de'],
    ['Zwei Stunden in der Warteschleife bei Telvia. Man fühlt sich richtig gut aufgehoben.', 'de'],
    ["Nonante minutes pour un Bruxelles-Liège, on n'est plus à ça près avec Ferrobel hein", 'fr'],
    ['Genuinely curious, how did nobody in QA notice the final boss just doesn\'t spawn?', 'en'],
    ['¿Alguien en QA ha jugado a esto antes de sacarlo? Porque no lo parece.', 'es'],
    ["Quelqu'un chez vous a testé la mise à jour avant de la sortir ? Parce qu'on dirait pas.", 'fr'],
    ['Hat bei euch irgendwer das Update mal getestet, bevor ihr es rausgehauen habt? Sieht nicht so aus.', 'de'],
    ["Reception's been cooked in Ballarat all arvo, anyone else on Southerly having drama or just me?", 'en'],
    ["Mobile data's totally cooked out here in Dubbo all arvo. Sort it out Southerly.", 'en'],
  ])('%s is enough alone', (text, lang) => {
    expect(points(text, lang)).toBe(2);
    expect(isComplaint(text, lang)).toBe(true);
  });

  it.each<[string, Lang4]>([
    ['Bonita forma de empezar la temporada: victoria 3-0 y camiseta nueva 😍', 'es'],
    ['Zum Geburtstag ein Gutschein von Hanseatica, fühl mich richtig wertgeschätzt 🥰', 'de'],
    ['Never seen a sunset like that from a train window. Cheers Northvale 👏', 'en'],
    ['How did nobody tell me about this bakery sooner? Best croissant in town 🥐', 'en'],
    ['That lamb was cooked to perfection, cheers Grillmate 🔥', 'en'],
    ['No drama at all with the NBN install, the tech was a legend.', 'en'],
  ])('%s is no complaint', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});
