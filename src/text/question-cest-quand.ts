// A spoken French question "c'est quand que…?", "c'est où qu'on…?", "c'est combien qu'…?" (round 38's miss, a
// Quebec post: "…J'ai appelé trois fois, message enregistré à chaque fois. C'est quand qu'on r'trouve le courant, pour
// vrai? #panne #Québec"). The outage told before it weighs against asking in the question model (−3.4), which vetoes the
// patterns' question; but the form asks when, where or how much in the poster's own words, and the brand can answer.
// A reproach in the same form, asking when the brand stops doing something ("C'est quand que vous allez arrêter de nous
// prendre pour des idiots ?", "C'est quand qu'on arrête de prendre les clients pour des vaches à lait ?"), asks nothing.
// questions.ts asks on it whatever the model says, unless rhetorical. Read on the folded text (lower case, accents
// removed, handles dropped).

import { gatedTest } from './gated-test.js';

const CEST_QUAND = /\bc'est (?:quand|ou|combien) qu(?:e |')(?![^.!?]*\b(?:arrete|arreter|arretez|cesse|cesser|cessez)\b)[^.!?]*\?/;

const test = gatedTest(CEST_QUAND);

/** Whether the folded post asks "c'est quand que…?" (or où, combien) with a mark. */
export function asksCestQuand(folded: string): boolean {
  return test(folded);
}
