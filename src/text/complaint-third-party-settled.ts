// A marketplace seller's part told without a grievance of the brand (accent-folded, as written): its fault made good by
// the brand and praised ("Ordered from a seller on @BazaarHub, item came damaged, and your team refunded me within a
// day even though it was the seller's fault. Honestly impressed.", "… remboursé en 24 h alors que c'était la faute du
// vendeur. Chapeau."), or asked calmly, as a general case, whose part a return or refund is ("quand on retourne un
// article vendu par un vendeur tiers …, c'est vous ou le vendeur qui rembourse ?"). Round 40's grievances brought to the
// brand about third parties: the model reads the damage and the refund as a grievance (two false alarms). Not a
// seller's fault the brand left unmade ("… the seller's fault, and you still refuse to refund"), nor the question asked
// about the poster's own lost order ("My parcel from a seller never came: is it you or the seller who refunds?").
// complaints.ts settledElsewhere reads it: one sign at most, and the model does not speak.
import { foldedAsWritten } from './folded-as-written.js';

/** A third party: a marketplace seller. */
const SELLER = String.raw`(?:seller|vendor|vendeur|vendeuse|handler|handlers|handlerin|drittanbieter|vendedor|vendedora)`;

/** Its fault named. */
const SELLERS_FAULT = new RegExp(
  String.raw`\b(?:${SELLER}'s (?:fault|mistake|error)|(?:fault|mistake|error) of the ${SELLER}|(?:faute|erreur) du ${SELLER}|(?:fehler|schuld) des ${SELLER}|culpa (?:era )?del ${SELLER})\b`,
);

/** The brand made it good, and is praised. */
const MADE_GOOD = /\b(?:refunded|reimbursed|replaced|rembourse|remboursee|remplace|erstattet|ersetzt|devolvieron|reembolsaron|repusieron|me devolvieron)\b/;
const PRAISED = /\b(?:impressed|great|brilliant|excellent|thanks|thank you|top|chapeau|bravo|merci|super|danke|klasse|toll|gracias|genial|muy bien|excelente)\b/;

/** Whose part it is, asked: you or the seller. */
const WHOSE = new RegExp(
  String.raw`\b(?:you or the ${SELLER}|the ${SELLER} or you|vous ou le ${SELLER}|le ${SELLER} ou vous|ihr oder der ${SELLER}|der ${SELLER} oder ihr|sie oder der ${SELLER}|el ${SELLER} o ustedes|ustedes o el ${SELLER})\b`,
);

/** Asked as a general case: "when one returns", "if an item", "wenn man", "cuando compro". */
const GENERAL = /\b(?:when (?:you|one|i) |if (?:i|you|an?) |quand on |si (?:on|un|une|je) |wenn (?:man|ich) |falls |cuando |si (?:compro|un|una|uno) )/;

/** A grievance told anyway. */
const TURN = /\b(?:but|still|refuse\w*|never|mais|toujours|refus\w*|jamais|aber|immer noch|verweigert|nie|pero|todavia|sigo|se niegan|nunca)\b/;

/** Whether the post tells a seller's fault made good by the brand, or asks calmly whose part a seller's return is. */
export function thirdPartySettled(_folded: string, original: string): boolean {
  const written = foldedAsWritten(original);
  if (TURN.test(written)) return false;
  if (SELLERS_FAULT.test(written)) return MADE_GOOD.test(written) && PRAISED.test(written);
  return WHOSE.test(written) && GENERAL.test(written);
}
