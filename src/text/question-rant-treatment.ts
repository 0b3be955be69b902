// Questions of a long rant that ask no one (class posts after round 40: "Drei Wochen warte ich auf meine Erstattung…
// Wie kann man so mit Kunden umgehen? Wer hat entschieden, dass die Hotline nur von 10 bis 12 erreichbar ist?",
// "…cancelled my flight by text at 2am, no hotel… Who decided this was OK? How do you treat families like this…?").
// Three forms, read per sentence on the folded text (lower case, accents removed) by question-rhetoric.ts, and only
// in a post of three sentences or more — the facts told before the questions make it a rant: the way customers are
// treated ("how can you treat customers like this", "comment peut-on traiter ses clients comme ça", "wie kann man so
// mit Kunden umgehen", "¿cómo se puede tratar así a los clientes?"); a decision blamed on whoever made it ("who decided
// this was OK", "qui a décidé qu'un SAV fermé le samedi était une bonne idée", "wer hat entschieden, dass…", "¿quién
// decidió que…?", "¿a quién se le ocurre…?", "how is this acceptable"); trust or loyalty mocked ("wie soll man sich
// auf euch verlassen?", "¿así piensan fidelizar clientes?"). "Who decided my claim? I'd like to appeal" names no
// decision of the brand's ("that"/"dass"/"que" must follow), and a question of the post's own beside them still asks
// (question-rhetoric.ts counts it apart).

/** The way customers are treated, asked in outrage. */
const TREATED = [
  String.raw`^\W*how (?:can|could|do|dare|would)? ?(?:you|anyone|a company|they|one) (?:\w+ )?(?:treat|speak to|talk to) (?:\w+ ){0,3}(?:like this|like that|this way)\b`,
  String.raw`^\W*comment (?:peut-on|pouvez-vous|on peut|osez-vous|peut-on oser|pouvez-vous oser) (?:traiter|parler a) (?:\w+ ){0,2}(?:clients?|usagers|gens|familles|voyageurs|abonnes|passagers)\b`,
  String.raw`^\W*comment (?:peut-on|pouvez-vous|on peut) oser\b`,
  String.raw`^\W*wie (?:kann|konnt|durft) (?:man|ihr) (?:so )?mit (?:\w+ ){0,2}(?:kunden|kundinnen|menschen|fahrgasten|leuten|familien|reisenden) (?:so )?umgehen\b`,
  String.raw`^\W*¿?como (?:se puede|pueden|podeis|puede|es posible|se atreven a|os atreveis a) tratar (?:asi )?a (?:\w+ ){0,2}(?:clientes|gente|usuarios|pasajeros|familias|personas)\b`,
];

/** A decision blamed on whoever made it: a clause of what was decided must follow. */
const DECISION_BLAMED = [
  String.raw`^\W*who (?:decided|thought|agreed|approved) (?:that )?(?:this|that|it|\w+ \w+) (?:was|is|would be|were) (?:ok|okay|acceptable|fine|a good idea|reasonable|normal)\b`,
  String.raw`^\W*how is (?:this|that|any of this|it) (?:acceptable|ok|okay|legal|allowed|normal|fair)\b`,
  String.raw`^\W*qui (?:a|ont) (?:decide|pense|juge|cru|trouve|valide) (?:que |qu')`,
  String.raw`^\W*wer (?:hat|hatte) (?:entschieden|beschlossen|sich ausgedacht|festgelegt), dass\b`,
  String.raw`^\W*wer (?:plant|organisiert|genehmigt|macht|entscheidet) (?:denn |eigentlich )?so etwas\b`,
  String.raw`^\W*¿?quien (?:decidio|penso|aprobo|ha decidido|ha pensado|dijo) que\b`,
  String.raw`^\W*¿?a quien se le (?:ocurre|ocurrio|ha ocurrido)\b`,
];

/** Trust or loyalty mocked: nobody expects an answer. */
const TRUST_MOCKED = [
  String.raw`^\W*how (?:am i|are we|is anyone) (?:supposed|meant|expected) to (?:trust|rely on|believe) (?:you|anything)\b`,
  String.raw`^\W*comment (?:vous faire|peut-on vous faire|on peut vous faire) (?:encore )?confiance\b`,
  String.raw`^\W*wie soll (?:man|ich) (?:sich |mich )?(?:auf euch|auf sie|euch|ihnen) (?:noch )?(?:verlassen|vertrauen)\b`,
  String.raw`^\W*¿?asi (?:piensan|pensais|pretenden|pretendeis|quieren|esperan|van a) (?:fidelizar|mantener|retener|conservar|ganar)\b`,
];

const RANT_ASKED = new RegExp([...TREATED, ...DECISION_BLAMED, ...TRUST_MOCKED].join('|'));

/** Words one of the forms holds: question-rhetoric.ts reads a post's sentences for them only when it holds one. */
export const RANT_TREATMENT_CUE =
  /\b(?:treat|traiter|umgehen|tratar|decided|thought|decide|pense|juge|entschieden|beschlossen|ausgedacht|festgelegt|so etwas|decidio|aprobo|ocurre|ocurrio|acceptable|oser|confiance|verlassen|vertrauen|trust|rely on|fidelizar)\b/;

/** The fewest sentences a post holds to be read as a rant: facts told, then the questions. */
const RANT_SENTENCES = 3;

/** Whether `sentence` (trimmed, folded), asked in a post of `sentences` sentences, is a rant's rhetoric. */
export function rantTreatment(sentence: string, sentences: number): boolean {
  return sentences >= RANT_SENTENCES && RANT_ASKED.test(sentence);
}
