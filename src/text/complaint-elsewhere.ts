// Troubles that are not the brand's: a bad day the brand's product relieves ("Journée pourrie, heureusement que votre
// pain existe", "Los lunes son horribles, menos mal que…", "Der Zug war eine Katastrophe, aber dafür war euer Kaffee
// super") and a former provider or a competitor ("The other gym's machines were broken. You lot are miles better",
// "El otro operador me cobraba hasta por respirar"), and another provider's trouble told before the brand's good record
// ("My neighbour's broadband has been down all week with his provider, mine with you hasn't dropped once":
// complaint-others-providers.ts), and a public body's, the roads' or a landlord's trouble told before a turn to the
// brand's praise ("La mairie a encore fermé la rue, …, mais ça valait le détour pour vos crêpes":
// complaint-third-party-relief.ts). Their stretch is removed from the complaint text (accent-folded)
// unless it names the brand ("your app keeps crashing, thankfully the staff…") or the poster leaves for the other.

import { literalCheck } from './regex-union.js';
import { escapeRegExp } from '../escape-regexp.js';
import { OTHERS_PROVIDERS, OTHERS_PROVIDERS_GATE, mayTellOthersProviders } from './complaint-others-providers.js';
import { THIRD_PARTY_GATE, withoutThirdPartyTrouble } from './complaint-third-party-relief.js';
import { holdsAny } from './holds-any.js';

/** Words that address the brand: a trouble told with one of them is the brand's. */
const BRAND = String.raw`\b(?:vous|votre|vos|you|your|euch|euer|eure[mnrs]?|ihr|vuestr[oa]s?|vosotros|ustedes|os)\b`;

/** The clause before a relief: "…, heureusement que", "…, menos mal que", "…, aber dafür", "…, thankfully". */
const RELIEVED = new RegExp(
  String.raw`(?:^|(?<=[.!?] ))(?![^.!?,]*${BRAND})[^.!?,]*(?=,? (?:heureusement|menos mal que|thankfully|luckily|zum gluck|gott sei dank|aber dafur|but thankfully|but luckily))`,
  'g',
);

/** A sentence about a former provider or a competitor, followed by more of the post; not one that leaves for it. */
const ELSEWHERE = new RegExp(
  String.raw`(?:^|(?<=[.!?] ))(?![^.!?]*\b(?:switch|wechsl|wechsel|cambio|me paso|je passe|going to|moving to)\w*)[^.!?]*\b(?:mon ancien|mon ex|ma precedente|my old|my previous|the (?:gym|bank|shop|store|provider|operator|network|one) (?:i|we) used|the other (?:gym|shop|store|bank|provider|operator|network|one)|mein alter|meine alte|mein ehemalig\w*|meine ehemalig\w*|von der konkurrenz|la concurrence|el otro (?:operador|banco|gimnasio|proveedor)|mi antigu[oa]|la competencia)\b[^.!?]*[.!?]+(?=\s*\S)`,
  'g',
);

/** Without one of these words neither RELIEVED nor ELSEWHERE can match, and neither is run. */
const RELIEVED_OR_ELSEWHERE_WORDS = [
  'heureusement', 'menos mal', 'thankfully', 'luckily', 'zum gluck', 'gott sei dank', 'aber dafur', 'ancien', 'precedente',
  'mon ex', 'my old', 'my previous', 'the other', ' used', 'alte', 'ehemalig', 'konkurrenz', 'concurrence', 'competencia',
  'antigu', 'el otro',
];
/** Cheap test run first: without one of these words none of the three removals can match, and none is run. */
const GATE_WORDS = [...RELIEVED_OR_ELSEWHERE_WORDS, ...OTHERS_PROVIDERS_GATE];

/**
 * Whether a text holds any of GATE_WORDS, read from the literal scan the pattern groups share (the complaint text has
 * just been scanned for them): one lookup instead of a search per word.
 */
const mayBeElsewhere = literalCheck(new RegExp(GATE_WORDS.map(escapeRegExp).join('|')));

/**
 * Whether a text holds a word RELIEVED or ELSEWHERE cannot match without: the words of OTHERS_PROVIDERS_GATE ("other",
 * "his ", "su "…) open the shared gate on most posts, and these two removals were then run on every one of them.
 */
const mayBeRelievedOrElsewhere = literalCheck(new RegExp(RELIEVED_OR_ELSEWHERE_WORDS.map(escapeRegExp).join('|')));

/** The complaint text with troubles that are not the brand's removed. */
export function withoutTroublesElsewhere(folded: string): string {
  // Only a text holding a turn ("but", "mais", "aber", "pero") the third party's trouble must come before.
  const relieved = holdsAny(folded, THIRD_PARTY_GATE) ? withoutThirdPartyTrouble(folded) : folded;
  return withoutOthers(relieved === folded ? folded : relieved.trim());
}

/** The text with a bad day relieved, a former provider or competitor, and another provider's trouble removed. */
function withoutOthers(folded: string): string {
  if (!mayBeElsewhere(folded)) return folded;
  // Each removal only on a text holding a word it cannot match without: the same text as running all three.
  const relieved = mayBeRelievedOrElsewhere(folded) ? folded.replace(RELIEVED, ' ').replace(ELSEWHERE, ' ') : folded;
  return (mayTellOthersProviders(relieved) ? relieved.replace(OTHERS_PROVIDERS, ' ') : relieved).trim();
}
