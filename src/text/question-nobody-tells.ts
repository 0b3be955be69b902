// A statement that no one gives the poster an answer, without a mark (round 30's false alarm, accent-folded): "mein
// E-Auto steht seit 5 Wochen in der Werkstatt und niemand kann mir sagen, wann es fertig ist", "nobody can tell me
// when it'll be fixed", "personne ne peut me dire quand", "nadie me sabe decir cuándo". The question word after it
// ("wann", "when") is what the question model reads as an unmarked question; the post reports a silence. questions.ts
// keeps the model from adding a question to such a post; a request beside it ("…, bitte um Rückruf") still asks, and
// "Kann mir niemand sagen, wann…?" keeps its mark and is read as usual.

import { gatedTest } from './gated-test.js';

// Round 32's false alarm, a date no one gives, told in a relative clause: "waiting on a part nobody can give me a date
// for", "a repair slot that no one on your line can tell me anything about", "personne ne peut me donner de date",
// "niemand kann mir einen Termin nennen", "nadie me da fecha".
const NOBODY_TELLS = /\b(?:niemand|keiner|keine[rn]? sau) (?:kann|konnte|will|wollte) mir (?:\w+ )?sagen\b|\b(?:nobody|no one|no-one|noone)(?: \S+){0,3}? (?:can|could|will|would|is able to|seems able to) (?:\w+ )?(?:tell me|give me (?:a|an|any) (?:date|answer|update|time|eta|timeline|timescale)\b)|\bpersonne (?:ne )?(?:peut|sait|veut|n'a pu|n'a su) me donner (?:une |de |la )?(?:date|reponse|delai)\b|\bniemand (?:kann|konnte|will) mir (?:einen|ein|eine) (?:termin|datum|antwort) (?:nennen|geben|sagen)\b|\bnadie me (?:da|dice) (?:una )?(?:fecha|respuesta)\b|\bpersonne (?:ne )?(?:peut|sait|veut|n'a pu|n'a su) me dire\b|\bnadie (?:me )?(?:sabe|puede|quiere) (?:decir|explicar)(?:me)?\b/;

/** Whether the folded post, without a question mark, tells that no one can tell the poster something. */
export function toldNoOneTells(folded: string): boolean {
  return tellsNobody(folded);
}

/** NOBODY_TELLS tested only beside one of its required literals (gated-test.ts). */
const tellsNobody = gatedTest(NOBODY_TELLS);
