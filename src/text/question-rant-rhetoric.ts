// Questions of a rant that ask no one (round 36's false questions: "What is even the point of a 'priority' lane if…?
// … Who signs off on this stuff? Never again with @SkyHop", "¿De qué sirve pagar el embarque prioritario si…? …
// ¿Quién organiza esto? Nunca más", "Vous êtes sérieux ? Une appli bancaire qui tombe en panne un vendredi à 17h ? Qui
// teste vos mises à jour ?", "« Votre demande a été transmise au service concerné » — ah oui ? Lequel ?"). A rant
// asks several questions, so the question model's veto does not apply (a post that asks twice in its own words keeps
// its question), and each must be read as rhetoric for question-rhetoric.ts to find the post asks nothing. Three
// forms: someone blamed for "this" as a whole ("who signs off on this stuff", "qui a validé ça", "wer plant sowas",
// "quién organiza esto" — "Who signs off on refunds over £100?" names a thing and asks whom to chase); disbelief at
// the brand ("vous êtes sérieux ?", "are you serious?", "ist das euer Ernst?", "¿es en serio?"), with the fact it
// disbelieves echoed just after it as a noun phrase ("Une appli bancaire qui tombe en panne… ?"); a claim of the
// brand's quoted and doubted back ("« … » — ah oui ? Lequel ?", "\"…\" oh really? Which one?"). Read per sentence
// on the folded text (lower case, accents removed) by question-rhetoric.ts.

/** Someone blamed for "this" as a whole: the sentence ends on the demonstrative. */
const BLAME = new RegExp(
  [
    String.raw`^\W*who (?:even |actually |exactly )?(?:signs? off on|signed off on|approves?|approved|organi[sz]es?|organi[sz]ed|plans?|planned|designs?|designed|thinks? up|thought up|came up with|comes up with) (?:this|that|all this|this stuff|stuff like this|this kind of thing|these things)\W*$`,
    String.raw`^\W*qui (?:a )?(?:organise|valide|planifie|decide|pense|gere|approuve|concu|concoit) (?:ca|cela|tout ca|ce truc|ces trucs|ce bazar)\W*$`,
    String.raw`^\W*wer (?:plant|organisiert|genehmigt|entscheidet|macht|hat) (?:eigentlich |denn |bitte )?(?:so ?was|sowas|das|so einen mist|so nen mist)(?: (?:geplant|genehmigt|entschieden|organisiert))?\W*$`,
    String.raw`^\W*quien (?:organiza|planea|aprueba|decide|disena|piensa|organizo|aprobo|decidio|diseno|planeo) (?:esto|eso|todo esto|estas cosas)\W*$`,
  ].join('|'),
);

/** Disbelief at the brand, the whole sentence. */
const DISBELIEVED =
  /^\W*(?:(?:vous etes|vous etes vraiment|t'es|tu es) (?:serieux|serieuses?|serieuse)|(?:are you|r u|are you guys) (?:serious|for real|kidding me)|(?:ist das|ist das jetzt) (?:euer|ihr|dein) ernst|(?:es|esto es|van|vais|hablan|hablais) en serio|en serio)\W*$/;

/** The fact disbelieved, echoed as a noun phrase after an indefinite article ("Une appli bancaire qui… ?"). */
const ECHOED_FACT = /^\W*(?:une?|an?|eine?n?|una?) \S+/;

/** A claim quoted, then doubted back in two words ("« … » — ah oui ?", "\"…\" oh really?", "„…“ ach ja?"). */
const DOUBTED_BACK = /[»"”“„'’]\W*(?:ah|oh|ach|aha)[ ,]*(?:oui|bon|really|yeah|ja|so|si)\W*$/;

/** The one-word follow-up that mocks the quoted claim ("Lequel ?", "Which one?", "Welche denn?", "¿Cuál?"). */
const WHICH = /^\W*(?:lequel|laquelle|lesquels|lesquelles|which one|which|welche[rns]?(?: denn)?|cual(?:es)?)\W*$/;

/** Words one of the forms holds: question-rhetoric.ts reads a post's sentences only when it holds one. */
export const RANT_CUE =
  /\b(?:who|qui|wer|quien) [^?.!]{0,40}\b(?:this|that|these things|ca|cela|sowas|so was|das|mist|truc|trucs|bazar|esto|eso|estas cosas)\W*\?|serieu|serious|for real|kidding me|ernst\W*\?|en serio\W*\?|\b(?:ah|oh|ach|aha)[ ,]*(?:oui|bon|really|yeah|ja|so|si)\W*\?/;

/** Whether a sentence asked in a rant is rhetoric, given the sentence asked just before it (trimmed, '' if none). */
export function rantRhetoric(sentence: string, before: string): boolean {
  if (BLAME.test(sentence) || DISBELIEVED.test(sentence) || DOUBTED_BACK.test(sentence)) return true;
  if (before === '') return false;
  return (DISBELIEVED.test(before) && ECHOED_FACT.test(sentence)) || (DOUBTED_BACK.test(before) && WHICH.test(sentence));
}
