// A thing promised, echoed back in scorn at a post's start (round 34's class posts, beside its missed "— refund?"):
// "refund? what refund? three weeks and still nothing", "remboursement ? quel remboursement ?", "Erstattung? Welche
// Erstattung?", "¿reembolso? ¿qué reembolso?". The poster asks no one: the word is thrown back to say it never came.
// A question after the echo still asks ("refund? what refund? when is it coming?": questions.ts counts a post as asking
// nothing only when every question is scorned so). Read on the folded text (lower case, accents removed).

/** A word or two asked, then asked back with "what" / "quel" / "welche" / "qué" before it. */
const SCOFFED = /^(?:@\S+ )?¿?([a-z]+(?: [a-z]+)?) ?\?+ ¿?(?:what|quel|quelle|quels|quelles|welche[rsn]?|que|cual) \1 ?\?+/;

/** Whether the folded post opens on a thing echoed back in scorn, and asks nothing after it. */
export function scoffsAtEcho(folded: string): boolean {
  const m = SCOFFED.exec(folded);
  if (m === null) return false;
  const after = folded.slice(m[0].length);
  return !after.includes('?') && !after.includes('¿');
}
