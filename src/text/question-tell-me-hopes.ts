// A hope asked to be confirmed, written as a plea (round 35's miss, "pls tell me ur bringing back the spicy wrap 🙏"):
// the fan asks whether the brand will bring a product back or keep it, and waits for the answer. The question model
// scores the plea near its threshold (+0.4 against an addition above 0.5) and the patterns read no form. What follows
// the plea decides: a plan of the brand's (bringing back, restocking, keeping, doing again) asks; a joke or a jest
// ("pls tell me this is a joke, 3 hours for a replacement card", "please tell me you're joking with these prices") is
// disbelief asked of no one, which the model added as a question (+0.6, +1.9): question-rhetoric.ts reads it so.
// questions.ts counts the hope as a question where the model and the patterns leave the post without one. Read on the
// folded text (lower case, accents removed; "pls" and "ur" are spelt out first by shorthand.ts).

/** "please tell me you're bringing back", "dites-moi que vous allez ramener", "decidme que vais a volver a sacar". */
const HOPE = new RegExp(
  [
    String.raw`\bplease tell me (?:you'?re|your|you are|you guys are|u r) (?:bringing|restocking|keeping|doing|making|getting|selling|opening|planning)\b`,
    String.raw`\bdites[- ]moi que vous (?:allez|comptez|pensez) (?:ramener|refaire|remettre|ressortir|garder|rouvrir|relancer)\b`,
    String.raw`\bsagt mir (?:bitte )?(?:,? ?dass|das) ihr (?:\S+ ){1,5}(?:zuruckbringt|wiederbringt|behaltet|wieder macht|nachliefert)\b`,
    String.raw`\b(?:decidme|decime|diganme|decidnos) que (?:vais|van|vas) a (?:volver a )?(?:sacar|traer|tener|hacer|abrir|mantener)\b`,
  ].join('|'),
);

/** The plea over a joke: disbelief, not a question ("please tell me this is a joke", "dites-moi que c'est une blague"). */
export const TOLD_A_JOKE =
  /\bplease tell me (?:(?:this|that|it) (?:is|was)|(?:this|that|it)'s|(?:you'?re|your|you are|u r)) (?:a joke|joking|kidding|having a laugh|not serious)\b|\bdites[- ]moi que c'est une blague\b|\bsagt mir,? (?:dass|das) das ein witz ist\b|\bdecidme que es (?:una )?broma\b/;

/** Words every plea holds: most posts hold none, and the alternatives of HOPE are then not tried at every word. */
const PLEA = /tell me|dites|sagt mir|deci|digan/;

/** Whether the folded post pleads to hear that the brand will bring back, restock or keep something. */
export function asksHopeConfirmed(folded: string): boolean {
  return PLEA.test(folded) && HOPE.test(folded);
}
