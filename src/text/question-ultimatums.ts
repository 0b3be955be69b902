// An ultimatum without a mark: a demand, then what the poster will do if it is not met ("sort my bill out or I'm
// switching providers", "sort this out or I'm porting my number to another network", "réglez ça ou je résilie",
// "Erstattet mir das Geld oder ich kündige", "o me devolvéis el dinero o os denuncio"). Its "or" reads to the question
// model like an alternative asked ("delivery or pickup for the sale"), and it added the first at +0.9 and the last at
// +1.3; but the second option is the poster's own threat, no choice offered to the brand, and the labelled posts hold
// it as a complaint that asks nothing. questions.ts keeps the model and the patterns from asking on such a post, as on a
// silence reported (question-nobody-tells.ts); a question asked beside it in a form of its own still asks
// (questions.ts asksBesidesModel), and so does an ultimatum with a mark, which the patterns read as usual ("can you fix
// it or do I have to cancel?"). Read on the folded text (lower case, accents removed, handles dropped).

import { gatedTest } from './gated-test.js';

/** The second option the poster's threat, after "or" ("or I'm switching", "ou je résilie", "oder ich kündige", "o me voy"). */
export const THREAT_AFTER_OR = String.raw`(?:or (?:i'?m|i'?ll|i will|i am (?:going|gonna)|we'?re|we'?ll|else)|ou (?:je|j'|on) (?:resilie|pars|change|vais|porte|passe|porterai|resilierai)|ou sinon|oder ich (?:kundige|wechsle|gehe|bin weg)|o (?:os|les|te) (?:denuncio|demando)|o me (?:voy|doy de baja|cambio|paso))\b`;

/** A threat after "or", or the Spanish either-or "o …, o …" of a demand. */
const ULTIMATUM = new RegExp(String.raw`\s${THREAT_AFTER_OR}|^o \S.* o (?:os|les|te|me|lo|la|voy|vamos)\b`);

/** Whether the folded post, without a question mark, sets an ultimatum (ULTIMATUM). */
export function setsUltimatum(folded: string): boolean {
  return threatens(folded);
}

/** ULTIMATUM tested only beside one of its required literals (gated-test.ts). */
const threatens = gatedTest(ULTIMATUM);
