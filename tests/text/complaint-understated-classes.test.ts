// Complaint classes after round 24 and the seventh corpus: staff conduct, a letdown weighed against the price,
// wondering aloud as a reproach, plain absences, mock applause, fees; and their near misses — a trouble caused by the
// weather or a strike, a trouble solved and then praised, neutral questions about a fee or a delay. The posts of each
// class are also in fixtures/text/class-posts.json.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';
import { complaintText, patternPoints } from '../../src/text/complaints.js';
import { postText } from '../../src/text/post-text.js';
import type { Lang4 } from '../../src/text/stopwords.js';

const points = (text: string, lang: Lang4): number => {
  const post = postText(text, lang);
  return patternPoints(post, complaintText(post, lang), lang);
};

describe('phrases enough alone: staff conduct, a letdown against the price, wondering aloud with a reproach', () => {
  it.each([
    ['Asked the engineer a simple question and he just shrugged and walked off', 'en'],
    ['Engineer came, said "not my department" and left.', 'en'],
    ['Underwhelmed by the new tasting menu, expected more for £60', 'en'],
    ['@Brenwick would love to know who thought removing the export button was a good idea', 'en'],
    ['Le serveur a levé les yeux au ciel quand on a demandé une carafe', 'fr'],
    ['Bof, le nouveau menu. Pour 19 € je m\'attendais à mieux.', 'fr'],
    ['Der Fahrer hat mich angeschnauzt, weil ich nach dem Weg gefragt habe', 'de'],
    ['Am Schalter hieß es nur „nicht unser Problem"', 'de'],
    ['Naja, für den Preis hätte ich ehrlich gesagt mehr erwartet.', 'de'],
    ['Ich frag mich ja, ob euer Kundenservice überhaupt existiert.', 'de'],
    ['La cajera me habló fatal delante de todos', 'es'],
    ['El encargado se encogió de hombros y siguió con el móvil', 'es'],
    ['Para lo que cuesta, esperaba bastante más de la habitación', 'es'],
    ['Me gustaría saber para qué tienen un teléfono si nunca lo cogen', 'es'],
  ] as Array<[string, Lang4]>)('%s (%s)', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });

  it.each([
    ['The waiter never shrugged us off, always attentive', 'en'],
    ['Would love to know when the winter range drops', 'en'],
    ['Je m\'attendais à mieux du match, mais le stade était superbe', 'fr'],
    ['Für den Preis echt top, hätte ich nicht erwartet', 'de'],
    ['Ich frage mich, ob die Kurse auch als Bildungsurlaub anerkannt werden', 'de'],
    ['Esperaba menos por ese precio y me encantó, repetiré', 'es'],
    ['Me gustaría saber si hacéis envíos a Canarias', 'es'],
  ] as Array<[string, Lang4]>)('no phrase: %s (%s)', (text, lang) => {
    expect(points(text, lang)).toBeLessThan(2);
  });
});

describe('a trouble caused by the weather or a strike, or solved then praised, is one sign at most', () => {
  it.each([
    ['Flight delayed 3 hours because of the fog but the crew were amazing', 'en'],
    ['Got stuck on the ride for 10 min due to a power cut, staff kept us updated. Thank you.', 'en'],
    ["Concert annulé à cause de la tempête, remboursé en 3 jours. Merci !", 'fr'],
    ['Wegen dem Sturm war der Strom weg, aber die Hotline wusste sofort Bescheid. Top!', 'de'],
    ['Concierto cancelado por el temporal y devolvieron el dinero en 2 días. Chapó.', 'es'],
    ['Frigo en panne vendredi, réparé samedi matin. Franchement, chapeau.', 'fr'],
    ['Router war kaputt, am nächsten Tag läuft wieder alles. Danke euch!', 'de'],
    ['El pedido llegó con una pieza rota, pero me lo cambiaron en dos días. Así da gusto', 'es'],
    ['Refund came through already, cheers!', 'en'],
  ] as Array<[string, Lang4]>)('%s (%s)', (text, lang) => {
    expect(points(text, lang)).toBeLessThanOrEqual(1);
  });

  it.each([
    ['Still no signal on any channel since the storm', 'en'],
    ['Broken again, not fixed at all, thanks', 'en'],
    ['Finally refunded after six weeks of chasing, thanks for nothing', 'en'],
    ['Se supone que lo arreglaron y sigue sin funcionar. Muy bien 👍', 'es'],
    ['Le boîtier ne capte plus rien depuis l\'orage, toujours pas de technicien', 'fr'],
  ] as Array<[string, Lang4]>)('still a complaint by its phrases: %s (%s)', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });
});

describe('isComplaint on the classes', () => {
  it.each([
    ['Still no sign of the refund you promised on the 3rd', 'en'],
    ['Toujours rien reçu, commande passée il y a trois semaines chez Brindor', 'fr'],
    ['Seit Dienstag kein Netz in der ganzen Straße, Kalvon', 'de'],
    ['El pedido sigue sin llegar y ya es jueves', 'es'],
    ['Respekt, Lorvin. Drei Wochen für einen Brief. Neuer Rekord.', 'de'],
    ['Congrats Paddlewick, five days to answer one email. Impressive.', 'en'],
    ['Jetzt verlangt ihr auch noch 2 € Aufpreis für die Sitzplatzwahl. Dreist.', 'de'],
    ['Cobran 1,50 € por la bolsa de papel, ni en el aeropuerto', 'es'],
    ['The girl at the till rolled her eyes when I asked for a bag', 'en'],
    ['Bof, le nouveau menu. Pour 19 € je m\'attendais à mieux.', 'fr'],
  ] as Array<[string, Lang4]>)('complains: %s (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });

  it.each([
    ['Le colis est arrivé en avance, toujours aussi rapide chez Brindor', 'fr'],
    ['¿Cuánto suele tardar un envío a Canarias?', 'es'],
    ['Respekt an das Team von Lorvin, Umtausch in zehn Minuten erledigt', 'de'],
    ['Congrats on the new store opening, Paddlewick, it looks great', 'en'],
    ['Y a-t-il un supplément pour payer par carte ?', 'fr'],
    ['Kostet die Sitzplatzwahl extra oder ist sie im Tarif drin?', 'de'],
    ['Paid the £5 seat surcharge and honestly worth it for the legroom', 'en'],
    ['El camarero nos trató de maravilla, volveremos', 'es'],
    ['Für den Preis echt top, hätte ich nicht erwartet', 'de'],
  ] as Array<[string, Lang4]>)('no complaint: %s (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });
});
