// Messages counted and left unanswered (accent-folded): "3rd DM, nobody's replied", "2e DM, personne n'a répondu",
// "zweite DM, keiner hat geantwortet", "segundo DM y nadie contesta". Round 37's care miss ("3rd DM, nobody's replied")
// and class posts: the patterns knew "no reply" and "aucune réponse" after a count, not a sentence whose subject is
// nobody. The same count told as answered at once ("zweite Mail und sofort kam eine Antwort, danke", "segundo mensaje
// y me contestaron enseguida, gracias") is no complaint: the count alone read as attempts to the patterns
// (complaint-counts.ts). complaints.ts adds the first to the patterns enough alone and the second to settledElsewhere.
import { gatedTest } from './gated-test.js';
import type { Lang4 } from './stopwords.js';

/** A message counted: "3rd DM", "2e mail", "zweite Nachricht", "tercer correo", "sent 3 DMs". */
const COUNTED =
  '\\b(?:\\d+(?:st|nd|rd|th|e|eme|er)?\\.?|second|third|fourth|fifth|deuxieme|troisieme|quatrieme|zweite[nrs]?|dritte[nrs]?|vierte[nrs]?|segundo|tercer|tercero|cuarto|dos|tres|cuatro|two|three|four) ?(?:dm|dms|message|messages|msg|msgs|mail|mails|email|emails|e-mail|e-mails|nachricht|nachrichten|mensaje|mensajes|correo|correos)\\b';

/** Nobody answering, told with nobody as the subject. */
const NOBODY: Record<Lang4, string> = {
  en: "(?:nobody|no one|no-one|noone)(?:'s| has| have)? (?:replied|answered|responded|got back|come back)",
  fr: "personne (?:ne (?:repond|me repond|rappelle)|n'a (?:repondu|rappele)|ne m'a (?:repondu|rappele))",
  de: '(?:keiner|niemand) (?:hat|antwortet|meldet sich|reagiert)(?: (?:bisher|bis jetzt|darauf|mir))? ?(?:geantwortet|zuruckgeschrieben|reagiert|gemeldet)?',
  es: 'nadie (?:me )?(?:contesta|responde|ha contestado|ha respondido|contesto|respondio)',
};

export const UNANSWERED_MESSAGES: Record<Lang4, RegExp[]> = {
  en: [new RegExp(`${COUNTED}[^.!?]{0,30}\\b${NOBODY.en}\\b`)],
  fr: [new RegExp(`${COUNTED}[^.!?]{0,30}\\b${NOBODY.fr}\\b`)],
  de: [new RegExp(`${COUNTED}[^.!?]{0,30}\\b${NOBODY.de}`)],
  es: [new RegExp(`${COUNTED}[^.!?]{0,30}\\b${NOBODY.es}\\b`)],
};

/** The counted message answered at once, and thanked. */
const ANSWERED_AT_ONCE = new RegExp(
  `${COUNTED}[^.!?]{0,20}\\b(?:(?:someone|they) (?:replied|answered|got back)|on m'a repondu|(?:sofort|gleich|direkt) kam (?:eine |die )?antwort|me (?:contestaron|respondieron))\\b`,
);
/**
 * ANSWERED_AT_ONCE tested only beside one of its required literals (gated-test.ts): settledElsewhere reads every post
 * the patterns or the model call a complaint, and COUNTED's alternatives are tried at every word.
 */
const answered = gatedTest(ANSWERED_AT_ONCE);
const THANKED = /\b(?:thanks|thank you|cheers|merci|top|danke|gracias)\b/;
const STILL_WRONG = /\b(?:still|but|toujours|mais|immer noch|aber|sigo|sigue|pero)\b/;

/** Whether a counted message was answered at once and thanked (complaints.ts settledElsewhere). */
export function answeredAtOnce(folded: string): boolean {
  return answered(folded) && THANKED.test(folded) && !STILL_WRONG.test(folded);
}
