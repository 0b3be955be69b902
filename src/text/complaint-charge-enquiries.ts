// A charge on the poster's statement asked about calmly, with its amount (accent-folded): "I was charged £4.99 on the
// 3rd, what is this for?", "A charge of $9.99 came out on Friday, is that my annual renewal or something else?", "On
// m'a prélevé 4,99 € le 3, c'est pour quoi exactement ?", "Mir wurden am 3. 4,99 € abgebucht, wofür ist das?", "Me
// cobraron 4,99 € el día 3, ¿a qué corresponde?". The charge, the amount and the date read as money taken, the
// model's surest sign of a complaint, but the poster only asks what the charge is (the class posts' false alarms, and
// held-out English ones like them). Not when it is held against the brand: taken twice or again, after a cancellation,
// without consent, refused or refunded, asked "why", or shouted ("charged £4.99 on the 3rd and again on the 4th",
// "alors que j'ai résilié", "aunque ya me había dado de baja"). complaints.ts settledElsewhere reads it: one sign at
// most, and the model does not speak.
import { gatedTest } from './gated-test.js';

/** Money taken from the poster, named. */
const CHARGED = /\b(?:charged|charge|payment|debit|debited|taken|came out|preleve|prelevement|debite|abgebucht|abbuchung|belastet|cobraron|cobrado|cobro|cargo|cargaron)\b/;

/** CHARGED tested only beside one of its required literals (gated-test.ts). */
const charged = gatedTest(CHARGED);

/** An amount of money, with its currency on either side. */
const AMOUNT = /[£$€]\s?\d|\d(?:[.,]\d{2})?\s?(?:€|eur\b|euros?\b|£)/;

/** The question asked: what the charge is, or whether it is one the poster knows. */
const WHAT_FOR = /\b(?:what (?:is|was|'s) (?:this|that|it) for|what (?:does|did) (?:this|that|it) (?:relate to|cover)|what (?:it|this|that) (?:relates to|is for|covers)|is (?:this|that|it) (?:my|the|for|part of)|c'est pour quoi|c'est quoi exactement|a quoi (?:correspond|ca correspond)|ca correspond a quoi|de quoi s'agit-il|wofur (?:ist|war) (?:das|der betrag|die abbuchung)|was ist das fur (?:eine|ein) (?:abbuchung|betrag)|a que corresponde|de que es (?:ese|este) (?:cargo|cobro)|por que concepto)\b/;

/** The charge held against the brand: repeated, after leaving, without consent, contested, or asked why. */
const HELD_AGAINST = /\b(?:again|twice|double|two charges|cancel\w*|never (?:agreed|signed|ordered|asked)|without (?:asking|my|any)|unauthori[sz]ed|didn'?t|haven'?t|not (?:authori[sz]ed|mine|me)|wrong|refund\w*|still|why|encore|deux fois|resilie\w*|alors que|sans (?:mon|mon accord|prevenir)|pourquoi|rembours\w*|obwohl|gekundigt|doppelt|zweimal|schon wieder|ohne|warum|wieso|erstatt\w*|aunque|de baja|dos veces|otra vez|sin (?:mi|avisar|permiso)|por que|devolv\w*|reembols\w*)\b|[!?]{2}/;

/** Whether the folded complaint text asks calmly what a charge of a stated amount is. */
export function chargeEnquiry(folded: string): boolean {
  // The charge word first, from the shared literal scan, then an amount: WHAT_FOR's words ("what ", "is ") are in most
  // posts the model calls a complaint, and it tries its alternatives at every word. The tests are independent.
  return charged(folded) && AMOUNT.test(folded) && WHAT_FOR.test(folded) && !HELD_AGAINST.test(folded);
}
