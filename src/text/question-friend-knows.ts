// A fan asking another fan what they know of a business, in a thread (round 41's replies to other fans): "@tobi_w
// weißt du, ob der Baumarkt Hammerl am 8. Dezember offen hat?", "@priya_k do you know if the Kwikmart on 5th is open on
// Sundays?", "@lucia_g ¿sabes si la promo 2x1 vale también los viernes?", "@marco_lyon moi non plus, zéro réponse du
// SAV. Tu sais s'il y a un numéro à appeler ?", "@mark same, still waiting on my refund 🙃 did they ever tell you how
// long refunds take?", "@lena_m ja, mir haben sie auch die Treuepunkte gestrichen. Ab wann gilt das neue Punktesystem
// eigentlich?". The brand can answer each (its hours, its offers, its refunds, its fixes): the labelled rounds hold them
// as questions. A post opening with a friend's handle is otherwise a plan or banter between friends ("@lena gehen wir
// Samstag hin?", "@julie tu crois qu'ils vont refaire l'édition limitée ?", question-model.ts asksFriendsOnly), and
// questions.ts counts none there; these forms lift that gate. Two shapes:
// - the friend asked what they know, with a question word after it and a '?' after that: "tu sais si/quand/combien",
//   "do you know if/whether/when", "any idea when", "did they tell you how long", "weißt du, ob/wann", "hast du eine
//   Ahnung, ob", "¿sabes si/cuándo?", "¿tienes idea de si?", "¿te dijeron cuánto?" — not "tu sais quoi ?", "you know
//   what", "weißt du was", "¿sabes qué?", "sabes que te quiero", nor "do you know how much I love…" (no "how much"
//   before a person), nor the friend's own plans ("tu sais si t'es dispo samedi", "do you know if you're free",
//   "weißt du schon, ob du mitkommst");
// - a shared trouble told back ("same here", "moi non plus", "bei mir auch", "a mí tampoco", "ja, mir haben sie auch…"),
//   then a question of when, how long, whether there is a fix, or where it stands, with a '?'.
// Read on the folded text (lower case, accents removed, handles dropped).

/** The question words after "do you know": whether, when, where, how long, what time, which. */
const EN_WH = String.raw`(?:if|whether|when|where|what time|how long|which|how (?:much|many) (?:it|they|does|do|is|are|the|a|an))`;
const FR_WH = String.raw`(?:si|s'il|s'ils|s'elle|quand|combien|comment|ou|a quelle heure|jusqu'a quand|depuis quand|quel|quelle|quels|quelles)`;
const DE_WH = String.raw`(?:ob|wann|wie lange|wie viel|wieviel|wo|welche|welcher|welches|welchen|ab wann|bis wann|seit wann)`;
const ES_WH = String.raw`(?:si|cuando|cuanto|cuanta|cuantos|cuantas|donde|a que hora|hasta cuando|desde cuando|cual|cuales)`;

/**
 * The friend's own plans after the question word ("si t'es dispo", "if you're free", "ob du mitkommst"), or the
 * poster's own mind, answered at once ("weißt du, ob ich es bereue? Keine Sekunde").
 */
const FRIENDS_OWN = String.raw`(?!\s*(?:tu|t'|t |vous|you|u|you're|youre|du|ihr|te|vienes|puedes|vas|estas|i|i'm|je|j'|ich|yo|me)\b)`;

/** The friend asked what they know. */
const KNOWS = new RegExp(
  [
    String.raw`\b(?:do|d'|did) ?(?:you|u|ya) (?:happen to |ever |already )?know,? ${EN_WH}\b`,
    // without "do", only whether: "you know when the app crashes at checkout? yeah, that" recalls, not asks
    String.raw`\b(?:you|u) know (?:if|whether)\b`,
    String.raw`\bany idea,? ${EN_WH}\b`,
    String.raw`\bdid (?:they|he|she|the \w+) (?:ever |already )?(?:tell|say to|give) (?:you|u|ya) ${EN_WH.replace('(?:if', '(?:how|if')}\b`,
    String.raw`\b(?:tu sais|sais-tu|vous savez|savez-vous|t'as une idee|tu as une idee),? (?:de )?${FR_WH}\b`,
    String.raw`\b(?:ils|elles|on) (?:t'a|t'ont|vous a|vous ont) dit ${FR_WH}\b`,
    String.raw`\b(?:weisst du|weist du|wisst ihr|hast du (?:eine |ne )?ahnung|habt ihr (?:eine |ne )?ahnung),? (?:schon,? |eigentlich,? )?${DE_WH}\b`,
    String.raw`\b(?:haben|hat) (?:die|sie|er|der \w+) (?:dir|euch) (?:gesagt|geschrieben|erzahlt),? ${DE_WH}\b`,
    String.raw`\b(?:sabes|sabeis|sabe usted|tienes idea|tenes idea|tienes idea de|sabias),? (?:de )?${ES_WH}\b`,
    String.raw`\b(?:te|os) (?:dijeron|han dicho|dijo|ha dicho) ${ES_WH}\b`,
  ]
    .map((form) => form + FRIENDS_OWN)
    .join('|'),
);

/** A shared trouble told back at a reply's start: "same (here)", "moi non plus", "bei mir auch", "a mí tampoco". */
const SHARED =
  /^(?:same(?: here)?|me too|me neither|same for me|pareil(?: pour moi| chez moi)?|moi aussi|moi non plus|(?:ja,? )?(?:bei mir|mir) (?:auch|genauso|ebenso)|(?:ja,? )?mir (?:haben|hat) (?:sie|die) (?:\S+ ){0,6}auch|a mi (?:tambien|tampoco)|igual(?: yo)?|lo mismo(?: me pasa)?)\b/;

/** After a shared trouble: when, how long, whether there is a fix, where it stands — asked with a '?'. */
const WHEN_OR_FIX =
  /(?:^|[.!?] )(?:when|how long|is there|any (?:fix|news|update|idea)|quand|combien de temps|il y a|y a|est-ce qu|wann|ab wann|seit wann|bis wann|wie lange|gibt es|gibt's|cuando|cuanto tiempo|hay|desde cuando|hasta cuando)\b[^.!?]*\?/;

/** Plans between friends after a shared word: "same! on y va samedi ?", "same, we going saturday?". */
const PLANS = /\b(?:on y va|on se fait|we going|are we|gehen wir|fahren wir|vamos|nos vemos|quedamos)\b/;

/**
 * Words every form of KNOWS holds: one scan of plain words before the forms (every post with a mark that the model and
 * the patterns leave without a question is read, and few ask a friend).
 */
const KNOWS_WORDS = /know|idea|tell|say|give|sais|savez|idee|dit|weis|wisst|ahnung|gesagt|geschrieben|erzahlt|sab|dij|dicho/;

/** Whether the folded post asks another fan what they know of a business (KNOWS), or when a shared trouble ends. */
export function asksFriendWhatTheyKnow(folded: string): boolean {
  const text = folded.trim();
  if (!text.includes('?')) return false;
  if (KNOWS_WORDS.test(text)) {
    const at = text.search(KNOWS);
    if (at !== -1 && text.includes('?', at)) return true;
  }
  return SHARED.test(text) && WHEN_OR_FIX.test(text) && !PLANS.test(text);
}
