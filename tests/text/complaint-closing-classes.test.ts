// Complaint classes after the twenty-eight folds' held-out errors: sarcasm closing on bare praise ("… Magnifique.",
// "… Love it.", "… Toll.", "… Perfecto."), a trouble solved then praised the same way (no complaint, whatever the model
// reads), and a wish told after the fact ("I'd have appreciated a heads-up", "Hätte mir eine Info gewünscht"); and
// their near misses (fees told and praised, regrets of the poster's own plans, an enquiry after a missed benefit). Posts
// of each class are also in fixtures/text/class-posts.json.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';
import { complaintText, patternPoints } from '../../src/text/complaints.js';
import { solvedAndPraised } from '../../src/text/complaint-own-fault.js';
import { postText } from '../../src/text/post-text.js';
import type { Lang4 } from '../../src/text/stopwords.js';

const points = (text: string, lang: Lang4): number => {
  const post = postText(text, lang);
  return patternPoints(post, complaintText(post, lang), lang);
};

describe('bare praise closing a trouble is sarcasm beside a sign', () => {
  it.each([
    ['Commande annulée sans prévenir la veille de Noël. Génial.', 'fr'],
    ['Toujours pas de remboursement après trois semaines. Parfait.', 'fr'],
    ['Still waiting on my refund, week three now. Perfect.', 'en'],
    ['Flight delayed again, no announcement at the gate. Love it.', 'en'],
    ['Paket seit zwei Wochen verschwunden, keine Antwort vom Support. Wunderbar.', 'de'],
    ['Pedido retrasado otra vez y nadie contesta. Maravilloso.', 'es'],
  ] as Array<[string, Lang4]>)('%s (%s)', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });

  it.each([
    ['Frais de livraison de 2,90 €, colis reçu le lendemain. Parfait.', 'fr'],
    ['£3.50 delivery fee, parcel here the next morning. Lovely.', 'en'],
  ] as Array<[string, Lang4]>)('a fee told and praised: %s (%s)', (text, lang) => {
    expect(points(text, lang)).toBeLessThan(2);
  });
});

describe('a trouble solved then praised is no complaint, whatever the model says', () => {
  it.each([
    ['Box en panne hier soir, réparée ce matin à 9h. Parfait.', 'fr'],
    ['Charged twice, refund was back the same afternoon. Superb.', 'en'],
    ['Kettle arrived with a cracked lid, replacement arrived next morning. Perfect.', 'en'],
    ['Zahlung doppelt abgebucht, Rückbuchung kam am nächsten Tag. Toll.', 'de'],
    ['Falsche Farbe geliefert, Umtausch in 5 Minuten erledigt. Super.', 'de'],
    ['Me cobraron de más y me lo devolvieron al momento. Estupendo.', 'es'],
  ] as Array<[string, Lang4]>)('%s (%s)', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });

  it.each([
    ['Lave-vaisselle réparé la semaine dernière, il fuit de nouveau. Formidable.', 'fr'],
    ['Router replaced on Monday, dropping again by Friday. Superb.', 'en'],
    ['Endlich repariert, danke', 'de'],
  ] as Array<[string, Lang4]>)('undone or only waited for, it is not such a post: %s (%s)', (text, lang) => {
    expect(solvedAndPraised(complaintText(postText(text, lang), lang), text)).toBe(false);
  });
});

describe('a wish told after the fact is enough alone', () => {
  it.each([
    ["I'd have appreciated a text before the engineer cancelled.", 'en'],
    ["Would've been nice to be told the pool was shut before we booked.", 'en'],
    ["J'aurais apprécié être prévenu avant la coupure d'eau de ce matin.", 'fr'],
    ['Hätte mir einen Anruf gewünscht, bevor der Termin gestrichen wurde.', 'de'],
    ['Me hubiera gustado que me avisaran de que la tienda cerraba.', 'es'],
  ] as Array<[string, Lang4]>)('%s (%s)', (text, lang) => {
    expect(points(text, lang)).toBe(2);
  });

  it.each([
    ['Would have been nice to know about the student discount earlier, how do I add it?', 'en'],
    ["J'aurais aimé venir au salon samedi, je serai au mariage de ma sœur !", 'fr'],
    ['Ich hätte mir keinen besseren Urlaub wünschen können, danke!', 'de'],
    ['Me habría gustado quedarme una semana más, el hotel es una maravilla.', 'es'],
  ] as Array<[string, Lang4]>)('not a reproach: %s (%s)', (text, lang) => {
    expect(points(text, lang)).toBe(0);
  });
});
