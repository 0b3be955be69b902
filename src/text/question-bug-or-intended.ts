// A fault asked as a bug or as intended (round 37's missed question): "…Is this a bug you're working on or is this a
// 'security feature' I'm stuck with forever?", "C'est un bug ou c'est voulu ?", "Ist das ein Bug oder Absicht?", "¿Es
// un error o es a propósito?". The complaint told before it weighs against it in the question model (−5.0 on round 37's
// post), yet the poster asks which of the two it is, and the brand can answer: a question, asked whatever the model
// says, unless rhetorical by a class of question-rhetoric.ts. "Bug or feature? Either way I'm cancelling" asks in
// neither's own words and is left to the model. No labelled post of fixtures/text asks so otherwise. Read on the
// folded text (lower case, accents removed), in any of the four languages.

/**
 * "Is this / c'est / ist das / es" a bug or an error, then "or / ou / oder / o" and intent or a feature, in one sentence
 * closed by a mark.
 */
const BUG_OR_INTENDED = new RegExp(
  String.raw`\b(?:is (?:this|it|that)|c'est|est-ce|ist (?:das|es)|es) (?:just |juste |nur )?(?:a |un |une |ein )?(?:bug|glitch|error|erreur|bogue|fehler)\b` +
    String.raw`[^?.!]{0,60}\b(?:or|ou|oder|o)\b[^?.!]{0,40}?` +
    String.raw`(?:intended|on purpose|deliberate|by design|feature|voulu|expres|une fonctionnalite|absicht|gewollt|beabsichtigt|a proposito|intencionado|adrede)\b[^?.!]{0,60}\?`,
);

/** A word of BUG_OR_INTENDED's fault, as a literal the post must hold. */
const FAULT_WORD = /bug|glitch|err|fehler|bogue/;

/** Whether the folded post asks whether a fault is a bug or intended. */
export function asksBugOrIntended(folded: string): boolean {
  // Tried on every post the model and the patterns leave without a question: the literals first, the pattern on few.
  return folded.includes('?') && FAULT_WORD.test(folded) && BUG_OR_INTENDED.test(folded);
}
