// Complaint detection: problem phrases in four languages, negated satisfaction, angry punctuation; not mere negatives.
import { describe, expect, it } from 'vitest';
import { isComplaint } from '../../src/text/index.js';

describe('isComplaint', () => {
  it.each([
    // fr
    ['Toujours pas reçu ma commande du 3 mars'],
    ['Colis perdu, merci La Poste et merci à vous'],
    ['Trois semaines pour un remboursement, franchement'],
    ['Je demande un remboursement, le vase est fêlé'],
    ['Inadmissible.'],
    ['Très déçue par la qualité des draps'],
    ['SAV injoignable depuis lundi'],
    ['PAS CONTENTE DU TOUT, commande incomplète'],
    ['Où est ma commande ???'],
    // en
    ['Still waiting for my order'],
    ['The lamp arrived broken'],
    ['I want a refund'],
    ['Terrible experience with the delivery'],
    ['Worst customer service ever'],
    ['This shop is the worst.'],
    ['Not happy with the towels at all'],
    ['WHERE IS MY ORDER'],
    // de
    ['Die Vase kam kaputt an'],
    ['Immer noch nicht geliefert'],
    ['Meine Reklamation läuft seit einem Monat'],
    ['Ich möchte eine Rückerstattung, der Bezug ist eingelaufen'],
    ['Nicht zufrieden mit der Lieferung'],
    ['UNVERSCHÄMT!!! Seit 3 Wochen keine Antwort'],
    // es
    ['Todavía no he recibido mi pedido'],
    ['El jarrón llegó roto'],
    ['Quiero un reembolso'],
    ['Mi queja sigue sin respuesta'],
    ['No estoy contenta con las sábanas'],
    ['¡¡¡INACEPTABLE!!! Tres semanas sin noticias'],
    // complaints without complaint words
    ['Le pied de la table est arrivé en deux morceaux. Super.'],
    ["J'ai commandé le 2 mai, on est le 28 et toujours rien."],
    ['Ordered on the 3rd, it is the 25th today and nothing.'],
    ['Der Stuhl wackelt schon nach einer Woche'],
    ['Pedí el 2 de mayo, hoy es 30 y nada.'],
  ])('complains: %j', (text) => {
    expect(isComplaint(text)).toBe(true);
  });

  it.each([
    // polite posts with negative words
    ['Pas de souci, merci pour la réponse rapide !'],
    ['Jamais déçue par vos bougies 😍'],
    ['Rien à redire, livraison rapide'],
    ['Pas mal du tout ce nouveau tapis'],
    ['No problem at all, thanks for sorting it so quickly'],
    ['Never disappointed by your candles'],
    ['The worst part is choosing which colour to buy 😂'],
    ["I'm torn between the sage and the rust"],
    ['Kein Problem, danke für die schnelle Antwort!'],
    ['Nicht schlecht, die neue Kollektion'],
    ['Sin problema, gracias por la respuesta'],
    ['Nunca me decepcionan vuestras velas'],
    ['No está nada mal la nueva colección'],
    // praise that mentions a refund, neutral questions, enthusiasm
    ['Service client au top, remboursement reçu en 48 h'],
    ['Toller Service, die Rückerstattung kam sofort'],
    ['Où en est ma commande n°45821'],
    ["J'adore !!!"],
    ['EST-CE QUE VOUS LIVREZ LE SAMEDI'],
    ['Nouvelle collection disponible en boutique'],
    [''],
  ])('does not complain: %j', (text) => {
    expect(isComplaint(text)).toBe(false);
  });

  it('restricts the vocabulary to the language given', () => {
    expect(isComplaint('Die Vase kam kaputt an', 'de')).toBe(true);
    expect(isComplaint('Die Vase kam kaputt an', 'es')).toBe(false);
    expect(isComplaint('Die Vase kam kaputt an', 'und')).toBe(true);
  });
});
