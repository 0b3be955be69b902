// Two of the brand's sources that disagree, asked calmly which one is right (accent-folded): "Your website says my
// tariff ends 30 June but my email says 31 July. Which is right?", "… the confirmation email says 'transfers not
// included' but the listing on your site said they were. Which one is right?", "In der App steht 8:12, auf der Anzeige
// 8:20. Welche Uhrzeit ist richtig?", "¿cuál es la correcta?". Round 39 gave two such false alarms (care and fan, en):
// the model reads the clash of the two as a grievance. Only which is right or correct asked: "Which is it?", "Which one
// is true?" after five different answers, "Was stimmt denn nun?" are exasperated, and complaints in the labelled posts
// (corpus 2 and 3, rounds 13 and 19). And no grievance beside it: not money taken or wanted back, a wait, a failure,
// 'always' or angry marks ("… and you've taken £65. Which is right? I want the difference back", "Ça fait 10 jours que
// j'attends"). complaints.ts settledElsewhere reads it: one sign at most, and the model does not speak.
import { gatedTest } from './gated-test.js';

/** Which of the two is right, asked. */
const WHICH_IS_RIGHT = gatedTest(
  /\b(?:which (?:one )?(?:is (?:right|correct)|should (?:i|we) go by)|(?:lequel|laquelle) est (?:la bonne|le bon|correcte?)|c'est (?:laquelle|lequel) (?:la bonne|le bon)|welche[rs]? (?:angabe|datum|uhrzeit|preis|info) (?:ist )?(?:richtig|korrekt)|cual es (?:la|el) (?:correct[oa]|buen[oa]))\b/,
);

/** A grievance beside the question: money taken or wanted back, a wait, a failure, angry marks. */
const GRIEVANCE =
  /\?\?|!!|\?!|\b(?:always|every time|different answers|immer|jedes mal|chaque fois|cada vez|charged|taken|overcharged|refund\w*|want|difference|waiting|still|again|never|cancel\w*|rembours\w*|preleve\w*|attends|attente|jamais|encore|toujours|zuruck|erstatt\w*|abgebucht|warte\w*|gar nicht|nie|schon wieder|cobra\w*|devuelv\w*|diferencia|esperando|nunca|otra vez)\b/;

/** Whether the post asks calmly which of two disagreeing sources is right. */
export function asksWhichIsRight(folded: string): boolean {
  return WHICH_IS_RIGHT(folded) && !GRIEVANCE.test(folded);
}
