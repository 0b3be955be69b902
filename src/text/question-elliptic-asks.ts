// An elliptic ask: a reply that carries on from the brand's post with "and" and a noun phrase alone, no verb and no mark
// ("Und die Versandkosten nach Österreich", "Y los gastos de envío a Baleares", "Et la livraison en Belgique", "And the
// shipping to Ireland"). Verbless, it gives the question model and the patterns nothing to read as asking (the model
// scores them between −2.5 and 0.2, under its threshold to add a question), yet a conjunction opening a bare delivery,
// price or size term, with at most a place after it, can only ask how that term stands. The whole post must be that
// phrase: a verb, a comma or an emoji after it tells ("Und die Versandkosten waren auch noch gratis, top!", "Et la
// livraison en 24h, parfait 👌", "And the shipping to Ireland was quick too"). questions.ts counts them as questions
// whatever the model says, unless withdrawn or rhetorical (question-rhetoric.ts). Read on the folded text (lower case,
// accents removed, handles dropped).

/** What opens the ask: a conjunction carrying on from the brand's post, or "what about". */
const OPENING = String.raw`(?:(?:oye|hey|ok|okay|hallo|salut) )?(?:and|und|et|y|what about|how about|et pour|und was ist mit|und wie ist es mit|y que tal)`;

/** An article or possessive before the term. */
const ARTICLE = String.raw`(?:the|die|der|das|den|le|la|les|l'|el|los|las|mi|my|meine|mein|mes|mon|ma)`;

/** Delivery, return, price and size terms: what a shop's follower asks about in a word. */
const TERM = String.raw`(?:shipping|delivery|delivery times?|postage|returns?|price|prices|sizes?|fees?|shipping costs?|versandkosten|versand|lieferung|lieferzeit|lieferzeiten|lieferkosten|ruckversand|rucksendung|preis|preise|grosse|grossen|gebuhren|frais de port|frais de livraison|frais|livraison|livraisons|delais de livraison|delai de livraison|retours?|prix|tailles?|gastos de envio|envio|envios|devoluciones|devolucion|precio|precios|tallas?|plazos? de entrega)`;

/** A place or a group it is asked for: a preposition and up to three words ("nach Südtirol", "for Northern Ireland"). */
const FOR = String.raw`(?: (?:to|for|into|from|nach|in|fur|aus|a|en|pour|vers|depuis|para|hacia|desde|de)(?: [a-z'-]+){1,3})?`;

const ELLIPTIC = new RegExp(String.raw`^${OPENING} (?:${ARTICLE} ?)?${TERM}${FOR}[\s.]*$`);

/** Whether the folded post, without a question mark, is an elliptic ask (ELLIPTIC). */
export function asksElliptically(folded: string): boolean {
  if (folded.length > 80 || folded.includes('?') || folded.includes('¿')) return false;
  return ELLIPTIC.test(folded.trim());
}
