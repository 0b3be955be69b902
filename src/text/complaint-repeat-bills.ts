// A bill or charge counted again within the month for the same line, told as a bare fact (accent-folded): "Third bill
// this month for the same line.", "Troisième facture ce mois-ci pour la même ligne.", "Dritte Rechnung diesen Monat
// für denselben Anschluss.", "Tercera factura este mes por la misma línea." The count and "the same" say a bill too
// many without a trouble word. Not orders counted in praise ("Third order this month, same quality every time"): the
// bill and the same service are both needed. complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

/** The bill counted, the span it came in, then within the sentence the same service named. */
const repeated = (nth: string, bill: string, span: string, same: string): RegExp =>
  new RegExp(`\\b(?:${nth}) (?:${bill})\\b[^.!?]{0,10}\\b(?:${span})\\b[^.!?]{0,20}\\b(?:${same})\\b`);

export const REPEAT_BILLS: Record<Lang4, RegExp[]> = {
  en: [repeated('second|2nd|third|3rd|fourth|4th|fifth', 'bills?|invoices?|charges?|direct debits?', 'this month|this week|in (?:a|one) month|in (?:a|one) week', 'for the same')],
  fr: [repeated('deuxieme|2e|2eme|troisieme|3e|3eme|quatrieme|4e', 'factures?|prelevements?', 'ce mois(?:-ci)?|cette semaine|en un mois|du mois', 'pour (?:la|le) meme')],
  de: [repeated('zweite|dritte|vierte|2\\.|3\\.', 'rechnung|abbuchung|lastschrift', 'diesen monat|in diesem monat|diese woche|in einem monat', 'fur (?:denselben|dieselbe|dasselbe|den gleichen|die gleiche|das gleiche)')],
  es: [repeated('segunda|2a|tercera|3a|cuarta|4a', 'factura|cargo|cobro|recibo', 'este mes|esta semana|en un mes', 'por (?:la|el) mism[oa]')],
};
