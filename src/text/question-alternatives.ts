// An alternative asked without a mark, closing the post ("delivery or pickup for the sale", "Le vélo électrique est
// livré monté ou en carton", "Lieferung oder Abholung beim Sale", "Vale la pena el plan anual o mejor el mensual"): two
// options set side by side for the brand to choose between. Without a question word or an inversion the patterns see
// nothing, and the question model adds only those it has seen words of (it missed "Jahresabo oder Monatsabo für
// jemanden der nur am Wochenende schaut" and "le brunch c'est sur réservation ou on peut venir comme ça"). Of the
// readable labelled posts without a mark that close on such an alternative, nearly all ask; the ones that do not fall
// in shapes read here as asking nothing:
// - fixed pairs that offer no choice: "sooner or later", "tôt ou tard", "früher oder später", "tarde o temprano", "more
//   or less", "sí o sí", "or so", "or what", "ou quoi", "oder was" (a jibe or a friend's plan);
// - the Spanish fillers of a dictated note, "o sea", "o bueno", which set no option (round 41's "bueno nada o sea solo
//   quería decir que el conductor … gracias"): dropped before the options are looked for ("bueno o sea vale la pena el
//   plan anual o mejor el mensual" still asks);
// - an ultimatum: "sort my bill out or I'm switching providers", "o me devolvéis el dinero o os denuncio" (question-
//   ultimatums.ts keeps the model from reading them as asking);
// - options listed as missing or not mattering: "no receipt or confirmation email", "arrived without the eggs or the
//   milk", "egal ob … oder nicht", "whether it's on the diversion or not";
// - options followed by a comment: "tea or coffee, I love everything on your menu", "Livraison ou retrait, peu importe,
//   le service est toujours top" — so the alternative must close the post, in its last clause;
// - a musing or a quote: "no sabés si reír o llorar", "really said 'you can have legroom OR kneecaps'";
// - "is it just me or…", which the labelled posts split and question-shared-faults.ts reads;
// - French "où" folded to "ou" ("Où est passé le temps où on vous appelait…", "impossible de trouver où télécharger").
// questions.ts counts the rest as questions whatever the model says, unless rhetorical (question-rhetoric.ts: "is
// anyone actually reading these or is it a bot"). Read on the folded text (lower case, accents removed, handles
// dropped).

import { setsUltimatum } from './question-ultimatums.js';

/** The last clause: after the last comma, semicolon, colon, full stop or exclamation mark. */
const LAST_CLAUSE = /[^,;:.!]*$/;

/** The word that sets two options side by side, with a word or more on each side. */
const ALTERNATIVE = /(?:^|\s)\S+.*\s(?:or|ou|oder|o)\s+\S/;

/** Pairs that offer no choice, and "or what" jibes. */
const FIXED_PAIRS =
  /\b(?:sooner or later|more or less|or so|or what|or whatever|or something|one way or another|now or never|all or nothing|tot ou tard|plus ou moins|ou quoi|ou jamais|ou presque|fruher oder spater|mehr oder weniger|oder so|oder was|jetzt oder nie|tarde o temprano|mas o menos|si o si|o algo|o lo que sea|ahora o nunca)\b/;

/** Options listed as missing or as not mattering, a musing, and the fault checked with others. */
const NOT_A_CHOICE =
  /\b(?:no|without|never|neither|nor|sans|ni|ohne|kein|keine|keinen|weder|sin|nunca|egal|peu importe|da igual|no matter|either way|whether|que (?:la|le|les|l'|ce|ca|il|elle|on)\b.* ou pas|just me|moi ou|nur mir|solo yo|si reir|if i should|je sais pas si|keine ahnung ob|no se si)\b/;

/** Quotes (a single one only where it opens a word, not an apostrophe): options inside one are someone's words. */
const QUOTE = /(?:["\u201c\u201d\u201e\u00ab\u00bb]|(?:^|\s)['\u2018])\s*\S[^"\u201c\u201d\u201e\u00ab\u00bb]*\s(?:or|ou|oder|o)\s/;

/**
 * French "où" folded to "ou" after a word that takes a place or a time ("le temps où…", "trouver où télécharger",
 * "là où", "m'a demandé où", "je sais pas où"): no alternative.
 */
const WHERE_FOLDED = /\b(?:temps|moment|jour|epoque|endroit|trouver|savoir|voir|sais|sait|demande|demandait|dit|dire|montrer|indiquer|expliquer|pas|la|par|passe|passee|idee)\s+ou\s/;

/** Spanish fillers of speech, "o sea" (that is), "o bueno" (or rather): no option. */
const FILLERS = /\bo (?:sea|bueno)\b/g;

/** A word that sets options side by side, anywhere in the post. */
const OPTION_WORD = /\s(?:or|ou|oder|o)\s/;

/** Whether the folded post, without a question mark, closes on an alternative for the brand to choose between. */
export function asksAlternative(folded: string): boolean {
  // Most posts hold no option word at all: one scan settles them before the clause is cut. The marks are looked for
  // first: a search for one character costs less than OPTION_WORD, tried at every offset, and half the posts ask with one.
  if (folded.length > 140 || folded.includes('?') || folded.includes('¿') || !OPTION_WORD.test(folded)) return false;
  const unfilled = folded.includes(' o ') ? folded.replace(FILLERS, '') : folded;
  if (!OPTION_WORD.test(unfilled)) return false;
  const text = unfilled.replace(/[\s.!…\p{Extended_Pictographic}\u200d\ufe0f]+$/u, '');
  const last = LAST_CLAUSE.exec(text)?.[0].trim() ?? '';
  if (!ALTERNATIVE.test(last)) return false;
  return !FIXED_PAIRS.test(text) && !NOT_A_CHOICE.test(last) && !QUOTE.test(text) && !setsUltimatum(text) && !WHERE_FOLDED.test(last);
}
