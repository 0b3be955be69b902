// A list post that holds no grievance (accent-folded, as written): pros listed and the cons line left empty ("Pro /
// Contra nach 2 Monaten:\n+ immer sauber\n+ nette Trainer\n– bisher nix 😄", "✅ modo oscuro\n❌ nada por ahora",
// "- nothing yet", "❌ rien à signaler"), or questions listed in numbers by a customer who says they are content ("1) Do
// I need to give you a meter reading…? 2) Can I keep my tariff…? … No problems so far, I've been very happy with you",
// "1. Muss ich den Umzug vorher melden…? … Bis jetzt war ich mit euch immer sehr zufrieden"). Round 40's list posts:
// the model reads the words of a cons heading and of a house move's fees and thefts as a grievance (four false alarms).
// Not a cons line that names a fault ("- showers cold every single evening"), nor numbered questions of money taken
// with no contentment said ("1) ¿Por qué me cobran dos veces…?"). complaints.ts settledElsewhere reads it: one sign at
// most, and the model does not speak.
import { foldedAsWritten } from './folded-as-written.js';

/** A pro line and a con line of a list. */
const PRO_LINE = /^\s*(?:\+|\u2705|\u2714\ufe0f?|\u{1F44D})/u;
const CON_LINE = /^\s*(?:-|\u2013|\u2014|\u274c|\u2718|\u2717|\u{1F44E})/u;

/** A con line that names nothing. */
const NOTHING =
  /^\s*\S+\s*(?:(?:so far|yet|for now|bisher|noch|pour l'instant|pour le moment|de momento|por ahora|hasta ahora|a day)\W*)?(?:nothing|none|nada|ninguno|ninguna|nix|nichts|keine|keiner|rien|aucun|aucune)\b[^\n]{0,25}$/u;

/** A numbered item: "1." or "1)" starting it. */
const NUMBERED = /(?:^|\s)[1-9][.)]\s+\p{L}/gu;

/** The customer says they are content with the brand. */
const CONTENT =
  /\b(?:(?:very|really|always been|been very|always) (?:happy|pleased|satisfied) with you|no problems so far|(?:immer|sehr|stets) zufrieden|aucun souci avec vous|jusqu'ici (?:aucun souci|tout va bien)|tres satisfaite? de vous|(?:todo perfecto|muy content[oa]s?|muy satisfech[oa]s?) con ustedes|sin problemas hasta ahora)\b/;

/** Dissatisfaction or a turn told anyway. */
const TURN = /\b(?:but|however|disappoint\w*|mais|decu\w*|aber|leider|enttausch\w*|pero|lamentablemente|decepcion\w*)\b/;

/** Whether the post lists pros with nothing against them, or numbered questions from a content customer. */
export function contentList(_folded: string, original: string): boolean {
  if (!original.includes('\n') && !/[1-9][.)]\s/.test(original)) return false;
  const written = foldedAsWritten(original);
  if (TURN.test(written)) return false;
  const lines = written.split('\n');
  const cons = lines.filter((l) => CON_LINE.test(l));
  if (cons.length > 0 && lines.filter((l) => PRO_LINE.test(l)).length >= 2 && cons.every((l) => NOTHING.test(l))) return true;
  const numbered = written.match(NUMBERED)?.length ?? 0;
  const asked = written.split('?').length - 1;
  return numbered >= 2 && asked >= 2 && CONTENT.test(written);
}
