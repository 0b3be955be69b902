// A feature gone after an update, looked for (round 34's misses, replies praising a redesign): "love the new UI! where
// did the continue watching row go tho", "where's the download button gone", "le mode hors ligne il est passé où",
// "on peut remettre le mode sombre où ?", "wo ist denn der Merkzettel hin", "dónde quedó el botón de descargas". The
// question model weighs the praise before it, and the missing mark, against asking (−2.6 for the first). Time or a
// weekend gone asks nothing ("where did the weekend go lol", "je sais pas où est passée ma soirée", "keine Ahnung wo
// der Sonntag hin ist", "dónde quedó mi finde"): those words are left out, and a "don't know where" before it tells.
// questions.ts counts them as questions whatever the model says, unless withdrawn or rhetorical (question-rhetoric.ts).
// Read on the folded text (lower case, accents removed).

import { gatedTest } from './gated-test.js';

/** Time, and money, gone: marvelled at, not looked for. */
const TIME = String.raw`(?:time|weekend|summer|year|years|day|days|week|evening|night|money|paycheck|temps|week-end|weekend|ete|annee|journee|soiree|semaine|argent|zeit|wochenende|sommer|jahr|tag|woche|abend|sonntag|samstag|geld|tiempo|finde|fin de semana|verano|ano|dia|semana|tarde|noche|dinero|sueldo)`;

const GONE = new RegExp(
  [
    // en: "where did the … go", "where's the … gone", "where has my … gone"
    String.raw`\bwhere(?:'s| is| has| have| did) (?:the|my|our|that|all the|all my) (?!${TIME}\b)[a-z' -]{1,40}? (?:go|gone|went)\b`,
    // fr: "le mode hors ligne il est passé où", "il est passé où le mode sombre", "on peut remettre le mode sombre où ?"
    String.raw`(?<!\bsais (?:pas )?)\b(?:il|elle|ils|elles) (?:est|sont) passee?s? ou\b`,
    String.raw`\b(?:on|je) (?:peut|peux|doit|dois) (?:remettre|reactiver|activer|retrouver|trouver|changer|regler|mettre) [^.!?]{1,50} ou ?\?`,
    // de: "wo ist denn der Merkzettel hin", "wo sind die Favoriten hin"
    String.raw`(?<!\bahnung,? )\bwo (?:ist|sind) (?:denn |jetzt |nun )?(?:der|die|das|mein|meine) (?!${TIME}\b)[a-z -]{1,40}? hin\b`,
    // es: "dónde quedó el botón", "dónde se fue la opción"
    String.raw`\bdonde (?:quedo|quedaron|se fue|se fueron|fue a parar|se metio) (?:el|la|los|las) (?!${TIME}\b)`,
  ].join('|'),
);

/** Whether the folded post looks for a feature gone (GONE). */
export function looksForFeatureGone(folded: string): boolean {
  return gone(folded);
}

/**
 * Time gone, marvelled at (the near misses above): "where did the weekend go lol", "où est passée ma soirée", "wo ist
 * der Sonntag hin", "dónde quedó mi finde". The question model reads the question word without a mark as asking;
 * question-rhetoric.ts counts such a post as asking nothing.
 */
export const TIME_GONE = new RegExp(
  String.raw`\bwhere(?:'s| has| have| did) (?:the|my|our|all the|all my|this|that) ${TIME} (?:go|gone|went)\b|\bou (?:est|sont) passee?s? (?:mon|ma|mes|le|la|les|l') ?${TIME}\b|\bwo (?:ist|sind) (?:denn )?(?:der|die|das|mein|meine) ${TIME} hin\b|\bdonde (?:quedo|quedaron|se fue|se fueron) (?:el|la|mi|mis|los|las) ${TIME}\b`,
);

/** Whether the folded post marvels at time gone (TIME_GONE). */
export function marvelsAtTimeGone(folded: string): boolean {
  return timeGone(folded);
}

/** GONE tested only beside one of its required literals (gated-test.ts). */
const gone = gatedTest(GONE);

/** TIME_GONE tested only beside one of its required literals (gated-test.ts). */
const timeGone = gatedTest(TIME_GONE);
