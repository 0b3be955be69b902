// An outage put on a storm, with the crews at work thanked (accent-folded): "Servus, bei uns in Wien ist seit heut früh
// der Strom weg, der Sturm hat wohl eine Leitung erwischt. Danke an die Techniker, die da draußen rumklettern!",
// "Power's been out since 6am here, the storm brought a tree down on the line. Big thanks to the crews". Round 37's
// German false alarm (its French and Spanish twins were read right): the outage and its span read as a complaint, while
// the poster blames the weather and cheers the repair. Not when the wait is reproached ("Seit dem Sturm vor drei Tagen
// kein Strom und keiner sagt uns, wann es weitergeht", "still got no power on Thursday. Where are the crews?").
// complaints.ts settledElsewhere reads it: one sign at most, and the model does not speak.
import { gatedTest } from './gated-test.js';

/** A storm named as the cause. */
const STORM = /\b(?:storm|gale|gales|high winds|thunderstorm|tempete|orage|orages|sturm|unwetter|gewitter|orkan|tormenta|temporal|vendaval)\b/;

/** STORM tested only beside one of its required literals (gated-test.ts): settledElsewhere reads most complaints. */
const namesStorm = gatedTest(STORM);

/** Thanks or cheer for the people repairing it. */
const CREWS_THANKED =
  /\b(?:thanks|thank you|cheers|respect|hats off|merci|bravo|respect|courage|danke|respekt|hut ab|gracias|animo|fuerza)\b[^.!?]{0,30}\b(?:crews?|engineers?|teams?|linesmen|workers|people|techniciens|equipes|agents|techniker|monteure|leute|jungs|team|tecnicos|equipos|operarios|trabajadores|chicos)\b/;

/** The wait reproached: still out, nobody telling, days counted. */
const REPROACHED =
  /\b(?:still|nobody|no one|where are|days?|toujours|personne|jours|immer noch|noch immer|keiner|niemand|tagen|seit (?:\d+|zwei|drei|vier) tagen|sigue|sigo|todavia|nadie|dias)\b/;

/** Whether an outage is put on a storm and the crews thanked, with no reproach of the wait. */
export function stormOutageThanked(folded: string): boolean {
  return namesStorm(folded) && CREWS_THANKED.test(folded) && !REPROACHED.test(folded);
}
