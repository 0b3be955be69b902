// A bill's amount told bare, then a one-word dry closing (accent-folded): "facture de 312€ pour un studio de 25m2 en
// avril. ok.", "factura de 180€ en un piso donde vivo sola. Ajá.", "Rechnung über 290€ … im Mai. Aha.", "bill of £260
// for a one-bed flat in April. ok." (round 34's replies). No complaint word, and "ok" is no praise: the held-out models
// read a bill told and agreed to. Only a closing that stands alone and ends the post; a closing that goes on ("ok, nice
// surprise", "Passt.") or a bill said to be lower than feared is no complaint. complaints.ts adds them to the patterns
// enough alone.
import type { Lang4 } from './stopwords.js';

/** A bill, invoice or charge with an amount, in the text before the closing. */
const BILL: Record<Lang4, string> = {
  en: 'bill|invoice|charge|statement',
  fr: 'facture|prelevement|note',
  de: 'rechnung|abrechnung|nachzahlung|abbuchung',
  es: 'factura|recibo|cargo|cobro',
};

/** The bare dry closing: a word of bare acknowledgement, alone after a full stop, ending the post. */
const DRY = 'ok|okay|k|aha|aja|soit|bon|d\'accord|alles klar|na gut|vale|bueno|right|sure|cool|noted';

/** Words that turn the bill to good news: then the closing is relief, not sarcasm. */
const RELIEF = 'lower|less than|cheaper|refund|moins|rembours|weniger|gunstiger|erstatt|menos|devuel|reembols';

const deadpan = (l: Lang4): RegExp =>
  new RegExp(`^(?![^]*(?:${RELIEF}))[^]*\\b(?:${BILL[l]})\\b[^.!?]{0,40}(?:\\d[\\d.,]*\\s?(?:€|eur|euros?|£|\\$|chf|dollars?|pounds?)|(?:€|£|\\$)\\s?\\d)[^!?]*[.…]\\s*(?:${DRY})[.…]*\\s*$`);

export const DEADPAN_BILLS: Record<Lang4, RegExp[]> = { en: [deadpan('en')], fr: [deadpan('fr')], de: [deadpan('de')], es: [deadpan('es')] };
