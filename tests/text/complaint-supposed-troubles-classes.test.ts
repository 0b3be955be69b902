// Complaint false alarms of calm readings, second group, written as class posts first (the same posts are in
// fixtures/text/class-posts.json): a trouble only supposed in a calm question (complaint-supposed-troubles.ts), a
// public body's, the roads' or a landlord's trouble told before a turn to the brand's praise
// (complaint-third-party-relief.ts), a cost the poster regrets nothing of (complaint-no-regrets.ts), and a parcel held
// up "but it's here now" and praised (complaint-own-fault.ts), a complaint disclaimed with nothing turned after it
// (complaint-disclaimed.ts); beside true complaints that share their words.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';
import { withoutSupposedTroubles } from '../../src/text/complaint-supposed-troubles.js';
import { withoutThirdPartyTrouble } from '../../src/text/complaint-third-party-relief.js';
import { noRegrets } from '../../src/text/complaint-no-regrets.js';
import { disclaimed } from '../../src/text/complaint-disclaimed.js';
import type { Lang4 } from '../../src/text/stopwords.js';

describe('complaint false alarms of calm readings: supposed troubles, third parties, no regrets', () => {
  it.each([
    ["Does the smart lock still work if the wifi goes down? Thinking of buying one for my mum's flat and she's not techy.", 'en'],
    ["Before I sign up: what happens if the broadband goes down while I'm on a work call? Is there a backup option like a 4G dongle?", 'en'],
    ["Is there anything I can do so the package doesn't get lost while I'm away for two weeks? Can you hold it at the depot?", 'en'],
    ["Petite question avant de commander : est-ce que la livraison risque d'être en retard pendant les fêtes ? C'est pour un cadeau, je préfère prévoir.", 'fr'],
    ['La serrure connectée fonctionne encore si le wifi tombe en panne ? Je pense en offrir une à ma mère.', 'fr'],
    ["Au cas où le colis arrive abîmé, je dois faire des photos avant de l'ouvrir ? Je commande un miroir la semaine prochaine.", 'fr'],
    ['Was passiert, wenn die Zahlung bei der Verlängerung fehlschlägt? Wird das Konto sofort gesperrt oder gibt es eine Frist?', 'de'],
    ['Wie kann ich eine Störung melden, falls nach dem Umzug das Internet nicht geht? Umzug ist erst im März.', 'de'],
    ['Falls das Paket beschädigt ankommt, soll ich vor dem Öffnen Fotos machen? Bestelle nächste Woche einen Spiegel.', 'de'],
    ['En caso de que el paquete llegue dañado, ¿hago fotos antes de abrirlo? Pido un espejo la semana que viene.', 'es'],
    ['La mairie a encore fermé la rue, impossible de se garer, mais ça valait le détour pour vos crêpes', 'fr'],
    ['Travaux dans toute la rue, impossible de se garer, mais votre livreur a tout porté depuis le coin. Au top.', 'fr'],
    ['Die Stadt hat die Straße schon wieder gesperrt, kein Parkplatz weit und breit, aber für eure Torten lohnt sich der Umweg', 'de'],
    ['Euer Podcast hat mich diese Woche zweimal meine Haltestelle verpassen lassen, bereue nichts 🎧', 'de'],
    ['Vuestro podcast me ha hecho pasarme de parada dos veces esta semana, sin arrepentimientos 🎧', 'es'],
    ["My parcel was stuck in customs for a few days but it's here now and the dress is gorgeous", 'en'],
    ['This isn\'t a complaint at all, genuinely wondering why the blue edition was discontinued. Loved it.', 'en'],
    ["Pas une réclamation, simple curiosité : pourquoi le train de 22h ne s'arrête plus à Millac ?", 'fr'],
    ['Keine Beschwerde, nur eine Frage: Warum hält der späte Zug sonntags nicht mehr in Mühlbach?', 'de'],
    ['No es una queja, solo curiosidad: ¿por qué el tren de las 22h ya no para en Millares?', 'es'],
  ] as Array<[string, Lang4]>)('%s (%s) is no complaint', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(false);
  });

  it.each([
    ["What happens if my refund never arrives? It's been six weeks and nobody answers.", 'en'],
    ["What's the point of paying for premium if the app crashes every night?", 'en'],
    ["So what happens now, the engineer didn't turn up and I've lost a day's pay?", 'en'],
    ['My order is already 5 days late. What happens now, do I get a refund or do I keep waiting?', 'en'],
    ['Roadworks outside, fine, but your shop was shut again at 2pm with no sign. Third time.', 'en'],
    ["Il se passe quoi si le remboursement n'arrive jamais ? Ça fait six semaines que j'attends.", 'fr'],
    ["À quoi bon payer le premium si l'appli plante tous les soirs ?", 'fr'],
    ["C'est quoi l'intérêt d'avoir une appli si elle plante à chaque paiement ?", 'fr'],
    ['À quoi sert la réservation en ligne si on attend quand même une heure sur place ?', 'fr'],
    ['Was passiert, wenn die Erstattung nie kommt? Warte seit sechs Wochen und niemand antwortet.', 'de'],
    ['Wozu zahle ich für Premium, wenn die App jeden Abend abstürzt?', 'de'],
    ['¿Qué pasa si el reembolso nunca llega? Llevo seis semanas esperando y nadie contesta.', 'es'],
    ['¿Y si contratáis a gente que sepa leer una dirección?', 'es'],
    ['Can I get my money back if the blender arrived broken?', 'en'],
    ["Not a complaint, but the app has logged me out five times today and I can't pay my bill.", 'en'],
    ['No complaints? You must be joking, my order has been stuck for two weeks.', 'en'],
    ['Keine Beschwerde, aber seit drei Wochen warte ich auf meine Erstattung, das geht so nicht.', 'de'],
    ['No es queja, pero llevo tres semanas esperando el reembolso y nadie contesta.', 'es'],
    ['Was sollte ich tun, das Paket ist kaputt angekommen?', 'de'],
  ] as Array<[string, Lang4]>)('%s (%s) is a complaint', (text, lang) => {
    expect(isComplaint(text, lang)).toBe(true);
  });

  it('drops the questions of a post that supposes a trouble, and keeps a report told beside them', () => {
    expect(withoutSupposedTroubles('mein paket ist verloren gegangen. was passiert, wenn es nicht auftaucht?')).toBe('mein paket ist verloren gegangen.');
    expect(withoutSupposedTroubles('does it still work if the wifi goes down? asking for my mum.')).toBe('asking for my mum.');
    // A trouble already there: nothing is dropped.
    expect(withoutSupposedTroubles('what happens if it fails again? it already failed twice.')).toBe('what happens if it fails again? it already failed twice.');
  });

  it("removes a third party's trouble only when it does not address the brand", () => {
    expect(withoutThirdPartyTrouble('the council closed the road again, but your driver carried it all. star.')).toBe(' , but your driver carried it all. star.');
    expect(withoutThirdPartyTrouble('roadworks and your shop was shut again, but your staff were nice')).toBe('roadworks and your shop was shut again, but your staff were nice');
  });

  it('reads a complaint disclaimed, not one turned after the disclaimer', () => {
    expect(disclaimed('keine beschwerde, nur neugier: warum gibt\'s die classic-reihe nicht mehr?')).toBe(true);
    expect(disclaimed('not a complaint, but the app logs me out')).toBe(false);
    expect(disclaimed('no complaints? you must be joking')).toBe(false);
  });

  it('reads a regret denied, not one after leaving', () => {
    expect(noRegrets('spent my whole bonus in your sale, no regrets')).toBe(true);
    expect(noRegrets('cancelled my contract with you today, no regrets')).toBe(false);
    expect(noRegrets('i regret buying this')).toBe(false);
  });
});
