// Complaint classes after round 27 and the tenth corpus, with no complaint word: understatement
// (complaint-understatement.ts), thanks and delight that mock a harm or a cost (complaint-mock-delight.ts), reproachful
// rhetorical questions (complaint-rhetoric.ts), troubles told as timelines (complaint-timelines.ts) and a trouble asked
// of others (complaint-just-me.ts); and their near misses — the same lead-ins before praise, thanks for a favour, real
// either-or and how-hard questions, a day counted without a habit, a slot met, a delight asked of others. The posts of
// each class are also in fixtures/text/class-posts.json.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';
import { complaintText, patternPoints } from '../../src/text/complaints.js';
import { postText } from '../../src/text/post-text.js';
import { toldAsTimeline } from '../../src/text/complaint-timelines.js';
import type { Lang4 } from '../../src/text/stopwords.js';

const points = (text: string, lang: Lang4): number => {
  const post = postText(text, lang);
  return patternPoints(post, complaintText(post, lang), lang);
};

const folded = (text: string, lang: Lang4): string => complaintText(postText(text, lang), lang);

describe('understatement: a softening lead-in on a quoted or trailing word, a quality denied with a hedge', () => {
  it.each([
    ["Let's just say the 'express' delivery was anything but express", "en"],
    ["Disons que le « service rapide » a pris son temps... une heure pour deux cafés", "fr"],
    ["Sagen wir so: die 'frische' Pasta war eher von gestern.", "de"],
    ["Digamos que el 'menú gourmet' era... congelado y recalentado", "es"],
    ["The hotel gym was not exactly as pictured, two bikes and a broken mirror", "en"],
    ["Le gâteau n'était pas exactement ce que j'avais commandé chez Fournil Lamarre", "fr"],
    ["Die Beratung in der Filiale war nicht gerade die freundlichste", "de"],
    ["La entrega no fue lo que se dice rápida: nueve días para un cargador", "es"],
    ["I wouldn't say the check-in process was smooth, forty minutes at the desk", "en"],
    ["On va dire que la propreté de la chambre laissait un peu à désirer", "fr"],
  ] as Array<[string, Lang4]>)('%s (%s) is enough alone', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });

  it.each([
    ["Let's just say I'm now a regular at your Leeds branch 😍", "en"],
    ["Disons que je suis devenue accro à vos croissants aux amandes", "fr"],
    ["Sagen wir so: ich komme nächste Woche wieder, so lecker war's!", "de"],
    ["Digamos que ya soy cliente fija de la panadería, qué rico todo", "es"],
    ["Not exactly sure when I'll be home tomorrow, can the driver leave it with a neighbour?", "en"],
    ["Pas exactement la couleur que j'imaginais, mais finalement elle me plaît encore plus !", "fr"],
    ["Nicht gerade günstig, aber jeden Cent wert. Danke ans Team!", "de"],
    ["No fue lo que se dice barato, pero vale cada euro, volveremos", "es"],
  ] as Array<[string, Lang4]>)('%s (%s) is no complaint', (text, lang) => {
    expect(points(text, lang)).toBeLessThan(2);
    expect(isComplaint(text, lang)).toBe(false);
  });
});

describe('thanks for a harm, delight at paying or waiting', () => {
  it.each([
    ["Thanks Brightlane for raising the price again and cutting the channels. Love that for me.", "en"],
    ["Cheers Velora Air for losing my suitcase on a 50 minute flight", "en"],
    ["Merci Ondéo pour la hausse de 12 € sans prévenir, vraiment sympa", "fr"],
    ["Danke, Stadtwerk Morlau, für die dritte Preiserhöhung dieses Jahr. Echt nett.", "de"],
    ["Gracias Ferrosur por el regalito de una hora de retraso esta mañana", "es"],
    ["Absolutely delighted to pay £4 for a bag of crisps on your train", "en"],
    ["Trop heureuse de payer 9 € de frais de dossier pour un simple changement d'adresse", "fr"],
    ["Herrlich, mal wieder 40 Minuten in der Warteschleife warten zu dürfen", "de"],
    ["Qué bonito es pagar 15 euros de gastos de envío por un libro", "es"],
  ] as Array<[string, Lang4]>)('%s (%s) is enough alone', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });

  it.each([
    ["Thanks Brightlane for raising my credit limit so quickly", "en"],
    ["Merci pour la baisse de prix sur l'abonnement, bonne surprise !", "fr"],
    ["Danke für die Preissenkung beim Familientarif!", "de"],
    ["Gracias por el regalito de cumpleaños, me encantó la tarta", "es"],
    ["Happy to pay a bit more for the organic range, it's worth it", "en"],
    ["Trop contente de payer moins cher grâce à la promo de rentrée", "fr"],
    ["Qué bonito es esperar la Navidad con vuestros turrones", "es"],
  ] as Array<[string, Lang4]>)('%s (%s) is no complaint', (text, lang) => {
    expect(points(text, lang)).toBeLessThan(2);
    expect(isComplaint(text, lang)).toBe(false);
  });
});

describe('reproachful rhetorical questions: chance as the method, why one stays, a simple thing too hard', () => {
  it.each([
    ["Does anyone at Tramway Nord actually plan these connections or is it all random?", "en"],
    ["Vous réglez vos horaires au hasard ou c'est un tirage au sort chaque matin ?", "fr"],
    ["Würfelt ihr eure Lieferzeiten eigentlich aus oder wie läuft das?", "de"],
    ["¿Los horarios los hacéis a ojo o los sacáis de una tómbola?", "es"],
    ["Why do I even bother calling your helpline at this point", "en"],
    ["Je me demande encore pourquoi je reste chez Fibréa, franchement", "fr"],
    ["Warum bin ich eigentlich noch Kunde bei euch, frag ich mich ernsthaft", "de"],
    ["No sé por qué sigo pagando este seguro, la verdad", "es"],
    ["How hard is it to put the right size in the right box?", "en"],
    ["C'est si compliqué que ça de livrer à la bonne adresse ?", "fr"],
    ["Ist es wirklich so schwer, eine Rechnung richtig auszustellen?", "de"],
    ["¿Tan difícil es poner el número de pedido en el paquete?", "es"],
  ] as Array<[string, Lang4]>)('%s (%s) is enough alone', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });

  it.each([
    ["Do you plan the winter timetable yourselves or is it the county council?", "en"],
    ["Why do I even bother cooking when your lasagne is this good 😍", "en"],
    ["On m'a demandé pourquoi je reste chez vous : le meilleur service de la ville, tout simplement", "fr"],
    ["How hard is it to assemble the wardrobe myself? Thinking of ordering one", "en"],
    ["Ist es schwer, den Filter selbst zu wechseln, oder lieber den Kundendienst rufen?", "de"],
    ["¿Es difícil montar la estantería uno mismo o viene con instrucciones claras?", "es"],
  ] as Array<[string, Lang4]>)('%s (%s) is no complaint', (text, lang) => {
    expect(points(text, lang)).toBeLessThan(2);
    expect(isComplaint(text, lang)).toBe(false);
  });
});

describe('timelines: a day counted without a service, a slot missed, a promised span overrun', () => {
  it.each([
    ["Quatrième jour sans internet dans tout l'immeuble, Fibréa", "fr"],
    ["Third day without hot water in flat 4B", "en"],
    ["Zweiter Abend ohne Strom in der Lindenstraße", "de"],
    ["Tercer día sin luz en la calle Olmo", "es"],
    ["Engineer booked for 8-12. It's 4pm.", "en"],
    ["Livreur annoncé entre 9h et 13h, il est 17h et toujours personne", "fr"],
    ["Abholung für 10 Uhr zugesagt, es ist 14:15", "de"],
    ["Cita prevista a las 10:00, son las 12:30 y seguimos en la sala", "es"],
    ["Delivery in '48 hours', they said. We're on day 9.", "en"],
    ["Livraison en 72 h, paraît-il. On en est au jour 11.", "fr"],
    ["Versand in 1–2 Werktagen. Wir sind bei Tag 10.", "de"],
    ["Entrega en 24-48h decían. Vamos por el día 7.", "es"],
    ["Commande passée le 3, toujours rien le 20", "fr"],
    ["Seit Montag kein Internet in der ganzen Straße", "de"],
  ] as Array<[string, Lang4]>)('%s (%s) is a complaint', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });

  it.each([
    ["Third day without a cigarette thanks to your app 💪", "en"],
    ["3e jour sans sucre, vos compotes m'aident bien", "fr"],
    ["Dritter Tag ohne Auto, euer Leihrad ist super", "de"],
    ["Tercer día sin fumar y vuestros chicles ayudan mucho", "es"],
    ["Engineer booked for 8-12, arrived at 9:30 and sorted it. Great work.", "en"],
    ["Livraison en 72 h annoncée, reçue en 48 h. Bravo !", "fr"],
    ["Wir sind bei Tag 5 unseres Urlaubs in eurem Hotel und es ist traumhaft", "de"],
    ["Vamos por el día 3 de la dieta con vuestras cajas, todo riquísimo", "es"],
  ] as Array<[string, Lang4]>)('%s (%s) is no complaint', (text, lang) => {
    expect(toldAsTimeline(folded(text, lang), lang)).toBe(false);
    expect(isComplaint(text, lang)).toBe(false);
  });

  it('needs the time now later than the slot, and the day reached past the span', () => {
    expect(toldAsTimeline(folded('Engineer booked for 8-12. It\'s 4pm.', 'en'), 'en')).toBe(true);
    expect(toldAsTimeline(folded('Engineer booked for 2-4pm. It\'s 3pm.', 'en'), 'en')).toBe(false);
    expect(toldAsTimeline(folded('Versand in 1–2 Werktagen. Wir sind bei Tag 10.', 'de'), 'de')).toBe(true);
    expect(toldAsTimeline(folded('Versand in 5 Werktagen. Wir sind bei Tag 4.', 'de'), 'de')).toBe(false);
  });
});

describe('a trouble asked of others: "is it just me or…" with a trouble word', () => {
  it.each([
    ["Is it just me or is the Fluxo app crashing every time I open it", "en"],
    ["Am I the only one whose parcel is stuck in the depot again?", "en"],
    ["C'est moi ou le site de Voltéo est encore en panne ?", "fr"],
    ["Je suis la seule à trouver que les portions ont rétréci ?", "fr"],
    ["Bin ich der Einzige, bei dem das WLAN schon wieder ausfällt?", "de"],
    ["Liegt's an mir oder ist die App seit dem Update kaputt?", "de"],
    ["¿Soy el único al que la app le falla otra vez?", "es"],
    ["¿Es cosa mía o las raciones son cada vez más pequeñas?", "es"],
  ] as Array<[string, Lang4]>)('%s (%s) is enough alone', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });

  it.each([
    ["Is it just me or is the new recipe even better?", "en"],
    ["C'est moi ou le nouveau parfum sent encore meilleur ?", "fr"],
    ["Bin ich die Einzige, die süchtig nach eurem Sauerteigbrot ist?", "de"],
    ["Am I the only one who didn't know you deliver on Sundays now? Brilliant", "en"],
    ["Je suis la seule à ne pas avoir encore testé le nouveau menu ? Il a l'air top", "fr"],
  ] as Array<[string, Lang4]>)('%s (%s) is no complaint', (text, lang) => {
    expect(points(text, lang)).toBeLessThan(2);
    expect(isComplaint(text, lang)).toBe(false);
  });
});
