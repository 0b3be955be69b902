// A plain enquiry about a fee, a surcharge or a usual delay (accent-folded): "Was kostet eigentlich die Gebühr für eine
// zweite Karte", "Is the surcharge for paying by card still 1.5% or did that change", "Una consulta: el cargo de 2,50 por
// gestión, ¿es por cada pedido o mensual?", "Is there usually a delay with refunds over bank holidays or is it still 5
// working days". The poster asks what a fee or a wait is; nothing went wrong. A fee asked back with a reproach, a
// surprise or a loss ("Why is there suddenly a 2% fee??", "echt frech", "sin avisar, ¿me lo devuelven?") complains.
import { literalCheck } from './regex-union.js';

/** A fee, a surcharge or a usual wait named. */
const FEE = /\b(?:fee|fees|surcharge|charge|commission|frais|gebuhr|gebuhren|pauschale|servicepauschale|aufpreis|comision|cargo|recargo|delay|delays)\b/;

/** The shape of a neutral enquiry: a lead asking, or an either-or. */
const ENQUIRY = /^(?:una consulta|una pregunta|petite question|question|quick question|kurze frage|frage)\b|^(?:was kostet|wie viel kostet|wieviel kostet|how much (?:is|are|does)|what'?s the (?:charge|fee|cost)|combien (?:coute|coutent)|cuanto (?:cuesta|cuestan)|is there usually|is the|are the)\b|\b(?:still|usually|normally)\b[^.!?]*\bor (?:is it|did|has|was|does)\b|\bes por [^.!?]* o |\bou (?:est-ce|c'est)\b/;

/** Reproach, surprise, loss or trouble: the post complains. */
const TROUBLE = /\b(?:why|pourquoi|warum|wieso|weshalb|por ?que|twice|double|doppelt|deux fois|dos veces|again|encore|schon wieder|otra vez|without|sans prevenir|ohne (?:vorwarnung|info)|sin avisar|nobody|personne|niemand|nadie|suddenly|soudain|plotzlich|de repente|frech|scandal\w*|joke|witz|blague|broma|seriously|serieux|im ernst|en serio|really|robo|abzocke|arnaque|rip ?off|haven'?t|hasn'?t|didn'?t|pas recu|noch nicht|todavia no|aun no|still waiting|me cobraron|charged me|on m'a preleve|devuelven|zuruck)\b|[!?]{2}/;

/** A question without its mark: an enquiry lead that asks. */
const ASKING = /^(?:una consulta|was kostet|wie ?viel kostet|how much|what'?s the|combien|cuanto|is there|is the|are the)\b|\bor (?:is it|did|has|was|does)\b/;


const mayAsk = literalCheck(FEE);

/** Whether the folded complaint text only asks what a fee or a usual delay is. */
export function asksAboutFee(folded: string): boolean {
  return mayAsk(folded) && FEE.test(folded) && ENQUIRY.test(folded) && !TROUBLE.test(folded) && (folded.includes('?') || ASKING.test(folded));
}
