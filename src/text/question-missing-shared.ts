// A missing order checked with other customers (round 38's miss "¿Alguien más no recibió su pedido de @Tienda? Yo
// llevo 2 semanas esperando…"): "Anyone else not received their order?", "Quelqu'un d'autre n'a pas reçu sa commande
// ?", "Hat noch jemand sein Paket nicht bekommen?". The wait told after it weighs against asking in the question model
// (−1.8), which vetoes the patterns' question; but the poster asks whether others share the trouble, as "is it just me
// or…" does (question-shared-faults.ts), and the brand can answer. Needs its mark: "Mi vecina tampoco ha recibido su
// pedido" and "not just me" state. questions.ts asks on it whatever the model says, unless rhetorical. Read on the
// folded text (lower case, accents removed, handles dropped).

import { gatedTest } from './gated-test.js';

const MISSING_SHARED = new RegExp(
  [
    String.raw`\b(?:anyone|anybody|someone|somebody) else (?:still )?(?:not|hasn't|haven't|not yet|didn't|did not|yet to) (?:got|get|gotten|received|receive|had|been sent)\b`,
    String.raw`\bquelqu'un d'autre (?:n'a|n'aurait|a) (?:toujours )?(?:pas|rien|jamais) (?:recu|eu)\b|\bd'autres (?:personnes |clients )?n'ont (?:toujours )?(?:pas|rien) (?:recu|eu)\b`,
    String.raw`\b(?:hat|haben) (?:noch |sonst noch |auch noch |sonst )?(?:jemand|wer|andere)\b[^?.!]{0,60}\b(?:nicht|nie|noch nicht|immer noch nicht) (?:bekommen|erhalten|gekriegt)\b`,
    String.raw`\balguien mas (?:no|tampoco|todavia no|aun no) (?:le )?(?:ha )?(?:recibid|recibi|lleg)`,
  ].join('|') + String.raw`[^?.!]*\?`,
);

const test = gatedTest(MISSING_SHARED);

/** Whether the folded post asks, with a mark, whether others also miss what they ordered. */
export function asksMissingShared(folded: string): boolean {
  return folded.includes('?') && test(folded);
}
