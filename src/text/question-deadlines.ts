// A deadline set in a formal letter (round 38's false alarm "Sehr geehrte Damen und Herren, … Trotz zweier Erinnerungen
// habe ich bis heute weder eine Eingangsbestätigung noch eine Entscheidung erhalten. Ich setze Ihnen hiermit eine Frist
// bis zum 30.04."): "Je vous mets en demeure de…", "I am giving you until 30 April to…", "Les doy un plazo de quince
// días…". The question model adds a question to such a letter without a mark (+2.1: its salutation and the missing
// answer read like a request), but the poster gives notice of what follows, no question the brand answers, and the
// labelled posts hold it as a complaint that asks nothing. questions.ts keeps the model and the patterns from asking on
// such a post without a mark, as on an ultimatum (question-ultimatums.ts); a question asked beside it in a form of its
// own still asks, and so does a letter with a mark ("Können Sie mir bis dahin den Eingang bestätigen?"). Read on the
// folded text (lower case, accents removed, handles dropped).

import { gatedTest } from './gated-test.js';

const DEADLINE = new RegExp(
  [
    String.raw`\bich setze (?:ihnen|euch) (?:hiermit )?(?:eine )?(?:letzte |letztmalig |abschliessende )?(?:frist|nachfrist)\b`,
    String.raw`\bje vous mets (?:formellement )?en demeure\b|\bje vous (?:laisse|accorde|donne) (?:jusqu'au|jusqu'a|un delai de|un dernier delai)\b`,
    String.raw`\bi(?: am|'m) giving you until\b|\bi (?:hereby )?give you (?:until|\d+ (?:working )?days)\b`,
    String.raw`\bles? (?:doy|concedo|otorgo) (?:un )?plazo\b`,
  ].join('|'),
);

const test = gatedTest(DEADLINE);

/** Whether the folded post, without a question mark, sets the brand a deadline (DEADLINE). */
export function setsDeadline(folded: string): boolean {
  return test(folded);
}
