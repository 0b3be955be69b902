// Whether the poster may cancel and have the money back, asked after a complaint and before the tags (round 38's miss
// "…also ehrlich jetzt, kann ich vom Kauf zurücktreten und das Geld zurückbekommen oder nicht @ElektroRiese
// #Kundenservice"): "can I cancel and get my money back or not", "est-ce que je peux annuler et être remboursé ou pas",
// "puedo cancelar y que me devuelvan el dinero o no". The complaint told before it weighs against asking (−6.1), and the
// post has no mark; but the poster asks what they may do, like "am I entitled to a refund" (question-recourse.ts). The
// form needs its closing "or not" or a mark: "Laut AGB kann ich vom Kauf zurücktreten" and "Cancelled and got my money
// back" state. questions.ts asks on it whatever the model says, unless rhetorical. Read on the folded text (lower
// case, accents removed, handles dropped).

import { gatedTest } from './gated-test.js';

const WITHDRAWAL = new RegExp(
  '(?:' +
    [
      String.raw`\b(?:kann|darf|konnte) ich (?:jetzt |dann |nun |also |eigentlich |einfach )?(?:vom (?:kauf|vertrag|kaufvertrag)|von der bestellung) zurucktreten\b`,
      String.raw`\bcan (?:i|we) (?:just |now |then |still )?cancel (?:it |this |the order |my order |the booking )?and (?:get|have) (?:a (?:full )?refund|my money back|our money back|refunded)\b`,
      String.raw`\b(?:est-ce que je peux|je peux|puis-je|est-ce qu'on peut|on peut) (?:annuler|me retracter|resilier) (?:la commande |ma commande |le contrat )?et (?:etre rembourse|me faire rembourser|recuperer mon argent)`,
      String.raw`\b(?:puedo|podemos|se puede) (?:cancelar|anular|devolver)(?:lo|la)? (?:el pedido |la compra )?y (?:que me devuelvan|recuperar) (?:el|mi) dinero\b`,
    ].join('|') +
    ')' +
    String.raw`(?:[^.!?]{0,60}\b(?:oder nicht|or not|ou pas|ou non|o no)\b|[^.!?]{0,80}\?)`,
);

const test = gatedTest(WITHDRAWAL);

/** Whether the folded post asks whether the poster may cancel and be refunded, closed by "or not" or a mark. */
export function asksWithdrawal(folded: string): boolean {
  return test(folded);
}
