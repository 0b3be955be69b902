// Why one's own order or money went astray, asked at a post's start without a mark (round 35's voice-typed French
// miss, "Pourquoi mon colis est parti à Toulouse alors que j'habite à Lille 🤔 suivi FR8842019"): the question model
// weighs the trouble and the tracking number against asking (−2.4, past the veto of a post without a mark), yet the
// poster asks the brand to explain what happened to a thing of theirs it handles. Only a parcel, an order, a refund,
// a payment, an account or a bill is such a thing: "pourquoi j'ai attendu si longtemps pour goûter ça" and "pourquoi
// faire simple quand on peut faire compliqué" ask nothing (no possessive), and what is withdrawn or rhetorical stays
// so (question-rhetoric.ts). questions.ts counts them as questions where the model and the patterns leave the post
// without one. Read on the folded text (lower case, accents removed), in posts without '?' or '¿'.

/** The poster's own things the brand handles, after a possessive. */
const THINGS = String.raw`(?:colis|commande|remboursement|paiement|compte|facture|abonnement|livraison|carte|order|parcel|package|refund|payment|account|bill|subscription|delivery|card|paket|bestellung|erstattung|zahlung|konto|rechnung|abo|lieferung|karte|pedido|paquete|reembolso|pago|cuenta|factura|suscripcion|envio|tarjeta)`;

/** "pourquoi mon colis", "why is my order", "warum ist mein Paket", "por qué mi pedido", after a greeting at most. */
const WHY_MINE = new RegExp(
  String.raw`^(?:(?:bonjour|bonsoir|salut|hello|hi|hey|hallo|hola|buenas)[\s,!]+)?` +
    String.raw`(?:pourquoi (?:est-ce que )?(?:mon|ma|mes)|why (?:is|has|was|did|does|are|have) (?:my)|why my|warum (?:ist |wurde |hat |wird )?(?:mein|meine)|por que (?:mi|mis)) ${THINGS}\b`,
);

/** Whether the folded post, without a mark, opens by asking why a thing of the poster's went as it did. */
export function asksWhyMine(folded: string): boolean {
  if (folded.includes('?') || folded.includes('¿')) return false;
  return WHY_MINE.test(folded);
}
