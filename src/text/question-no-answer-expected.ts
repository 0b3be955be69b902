// Questions a rant closes by saying no answer is expected (round 40's false questions, long rants of 600 to 900
// characters: "… À quoi ça sert de payer 119€… ? Comment une entreprise de cette taille peut-elle encore ne pas informer
// ses passagers ? Je pose la question mais je connais déjà la réponse.", "… Wie oft soll man sich das eigentlich noch
// antun? Warum verkauft man Reservierungen, wenn…? Ich weiß eh, dass da keine Antwort kommt.", "… ¿En serio una
// empresa de este tamaño no puede mandar un técnico…? Ya sé que nadie va a contestar esto."). A rant asks two questions
// or more, so the question model's veto does not apply (questions.ts: a post asking twice in its own words keeps its
// question), and each reproach is worded afresh; the poster's own word that no answer will come, or that the answer is
// known, tells they ask no one. Only the questions before it are so withdrawn: "Je sais que vous ne répondez presque
// jamais ici, mais… Est-ce que quelqu'un peut me dire où en est le remboursement ?", "I know you probably won't reply to
// this but… Can you refund the duplicate payment?" still ask. Read per sentence on the folded text (lower case, accents
// removed) by question-rhetoric.ts.

/** No answer expected, or the answer already known, in the four languages. */
const NO_ANSWER = new RegExp(
  [
    // en
    String.raw`\bi (?:already |just )?know (?:that )?(?:nobody|no one|noone|no-one|you|they)(?:'s| is| are|'re)? (?:going to|gonna|will|won't|will not|ever) (?:answer|reply|respond)|\bi (?:already )?know the answer\b|\bnot that (?:anyone|anybody|you) (?:will|would|ever) (?:answer|reply|respond|read)|\brhetorical questions?\b|\b(?:i'?m|i am) not (?:expecting|holding my breath for) (?:an? )?(?:answer|reply|response)\b|\bdon'?t bother (?:answering|replying|responding)\b`,
    // fr
    String.raw`\bje (?:pose la question[^.!?]{0,20})?connais (?:deja |bien )?la reponse\b|\bje sais (?:deja |bien |tres bien )?que (?:personne|vous|on) ne (?:me )?(?:repondra|repondrez|va repondre|vont repondre|repond)\b|\bje n'attends (?:meme |plus |aucune |pas )?(?:de |aucune )?reponse\b|\bquestions? rhetoriques?\b|\bpas la peine de (?:me )?repondre\b`,
    // de
    String.raw`\bich weiss(?: eh| ja| schon| eh schon| ja eh)?,? dass (?:da |hier )?(?:eh |sowieso )?(?:keine antwort|keiner antwortet|niemand antwortet|nichts kommt)\b|\b(?:ich )?erwarte (?:eh |ja |auch |sowieso )?keine antwort\b|\bdie antwort kenne ich (?:eh |schon |ja )?|\brhetorische fragen?\b|\bspart euch die antwort\b`,
    // es
    String.raw`\bya se que (?:nadie|no) (?:me )?(?:va|van) a (?:contestar|responder)\b|\bya (?:se|conozco) la respuesta\b|\bno espero (?:ninguna )?(?:respuesta|que me (?:contesten|respondan))\b|\bpreguntas? retoricas?\b|\bse que no (?:me )?(?:van|vais) a (?:contestar|responder)\b`,
  ].join('|'),
);

/** Letters every form of NO_ANSWER holds: a plain scan that spares most posts the alternation above. */
const ANY_ANSWER_WORD = /answer|repl|respo|repon|rhetor|retor|antwort|contest|nichts kommt/;

const SENTENCE = /[^.!?…]+[.!?…]*/g;

/** A sentence that ends in '?' or holds a '¿'. */
function isAsked(sentence: string): boolean {
  return sentence.includes('?') || sentence.includes('¿');
}

/**
 * Whether the post's questions are all asked before the poster says no answer is expected (accent-folded, lower case):
 * then it asks nothing. A question asked in or after that sentence still asks.
 */
export function expectsNoAnswer(folded: string): boolean {
  // Cheap tests first: most posts say nothing of the kind (every post a pattern or the model reads a question in comes here).
  if (!ANY_ANSWER_WORD.test(folded) || !NO_ANSWER.test(folded)) return false;
  const sentences = folded.match(SENTENCE) ?? [];
  const said = sentences.findIndex((s) => NO_ANSWER.test(s));
  if (said <= 0 || isAsked(sentences[said])) return false;
  return sentences.slice(0, said).some(isAsked) && !sentences.slice(said + 1).some(isAsked);
}
