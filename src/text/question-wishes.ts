// A wish told without a mark (round 35's false question, "Ich wünschte ihr hättet auch ne Filiale in Graz"): the
// subjunctive after the wish reads to the question model like a verb-first question ("hättet ihr…", +1.4, an addition
// above 0.5), but the fan states what they miss and asks nothing: "I wish you guys had a store in Leeds", "j'aimerais
// trop que vous ayez une boutique à Rennes", "ojalá tuvierais tienda en Murcia". questions.ts keeps the model from
// adding a question to such a post, as to a silence reported (question-nobody-tells.ts); the patterns still read it,
// so a question run on after the wish ("wish you had one in Leeds, any plans to open up north") still asks, and a wish
// with a mark is read as usual. Read on the folded text (lower case, accents removed).

import { gatedTest } from './gated-test.js';

const WISH =
  /\b(?:ich wunschte|ich wurde mir wunschen|wunschte mir|i wish (?:you|u|y'?all|they)|(?:^|\W)wish (?:you|u|y'?all) (?:had|did|were|would|sold|opened|delivered)|si seulement vous|j'aimerais (?:tellement |trop |vraiment )?que vous|ojala (?:tuvierais|tuvieran|abrierais|abrieran|hicierais|hicieran|vendierais|vendieran|estuvierais|estuvieran|llegarais|llegaran))\b/;

/** Whether the folded post, without a question mark, tells a wish of what the brand had or did. */
export function wishesAloud(folded: string): boolean {
  return wishes(folded);
}

/** WISH tested only beside one of its required literals (gated-test.ts). */
const wishes = gatedTest(WISH);
