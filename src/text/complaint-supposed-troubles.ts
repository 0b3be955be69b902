// A trouble only supposed, asked about calmly (accent-folded): "What happens if the payment fails when I renew?",
// "Does the smart lock still work if the wifi goes down?", "est-ce que la livraison risque d'être en retard pendant les
// fêtes ? C'est pour un cadeau, je préfère prévoir.", "Was passiert, wenn die Zahlung bei der Verlängerung
// fehlschlägt?", "Wie kann ich eine Störung melden, falls nach dem Umzug das Internet nicht geht?". The trouble words
// (fails, goes down, retard, verloren, Störung) counted as a complaint although nothing has gone wrong yet: the class
// posts of calm readings, and unseen rounds' false alarms of the same kind. complaint-hypotheticals.ts removes a
// condition followed by what the poster would be owed; these ask how things work, and the question after the condition
// supposes the trouble too ("… Wird das Konto sofort gesperrt?"). So when a question supposes a trouble and nothing in
// the post tells one already there, the post's questions are dropped and the rest must complain by itself
// (complaints.ts complaintIn): "Mein Paket ist verloren gegangen. Was passiert, wenn es nicht auftaucht?" keeps its
// report. Not when a trouble lasts, repeats or is reproached ("already 5 days late", "still", "warum", "seit",
// "todavía", "jedes Mal") or the question is a reproach ("What's the point of a priority lane if it's closed?", "C'est
// quoi l'intérêt d'avoir une appli si elle plante ?", "À quoi sert la réservation en ligne si on attend quand même…"), nor on angry punctuation. A bare "si" is read in French only
// (Spanish "si la web no funciona" tells a fact as often as it supposes one), never after "et"/"y" ("¿Y si contratáis a
// gente que sepa leer?" mocks) nor before "je"/"I" ("Dites-moi si je me trompe, mais…").

/** A question's frame that supposes what it names: a condition, a risk, a purpose to avoid it. */
const SUPPOSING = new RegExp(
  [
    String.raw`\bwhat (?:(?:happens|would happen|will happen),? (?:if|when|in case)|if)\b`,
    String.raw`\b(?:if|in case|in the event) (?:the|my|a|an|it|there|our|your|something|anything)\b`,
    String.raw`\bso (?:that )?(?:the|my|it|they|nothing) [^.!?]{0,30}\b(?:doesn't|does not|won't|will not|don't)\b`,
    String.raw`\b(?:que se passe-t-il|qu'est-ce qui se passe|il se passe quoi) si\b`,
    String.raw`\b(?:si|au cas ou|en cas d)(?: jamais)? (?:le|la|les|l'|mon|ma|mes|il|elle|on|un|une)`,
    String.raw`\brisquen?t? (?:de|d')`,
    String.raw`\b(?:was passiert|wie lauft das ab|was ist|was mache ich|was tun)(?: mit \w+ \w+)?,? (?:wenn|falls)\b`,
    String.raw`\b(?:falls|im falle)\b|(?:^|(?<=[.!?,] ))sollte\b`,
    String.raw`\bkann es (?:passieren|sein),? dass\b`,
    String.raw`\b(?:que pasa|que ocurre) si\b`,
    String.raw`\ben caso de que\b`,
    String.raw`\bpuede (?:que|pasar que)\b`,
  ].join('|'),
);

/** A question sentence holding a supposing frame: the frame before its question mark, no sentence end between. */
const SUPPOSED_QUESTION = new RegExp(String.raw`(?:${SUPPOSING.source})[^.!?]*\?`);

/**
 * A trouble already there, lasting, repeated, reproached or told in the past ("Can I get a refund if the item arrived
 * broken?"): the post complains whatever it supposes besides. "Still"
 * and "encore" asking whether a thing goes on working under the condition ("does it still work if…", "fonctionne
 * encore si…") tell nothing there.
 */
const ALREADY = new RegExp(
  String.raw`\b(?:what'?s the point|what is the point|point of|what good is|what use is|a quoi bon|a quoi (?:ca )?sert|ca sert a quoi|l'interet|quand meme|wozu|wofur|was soll|was bringt|de que (?:me |nos )?sirve|para que sirve|en serio|seriously|already|still(?! (?:works?|functions?|be|get|run|charge|open)\b)|again|since|why|been|keeps?|every time|each time|twice|times|never|yet|late|overdue|ridiculous|unacceptable|joke|didn'?t|did not|hasn'?t|haven'?t|wasn'?t|weren'?t|arrived|came|got|broke|` +
    String.raw`deja|toujours|encore(?! si\b)|depuis|pourquoi|fois|jamais|inadmissible|scandal\w*|est arrivee?|sont arrivee?s|etait|a ete|ont ete|` +
    String.raw`schon|bereits|immer|wieder|seit|warum|wieso|weshalb|nie|jedes mal|mal|unverschamt|frechheit|angekommen|kam|war|wurde|` +
    String.raw`ya|todavia|sigue(?! funcionando)|sigo|otra vez|llego|llegaron|vino|estaba|fue|de nuevo|desde|por que|llevo|lleva|llevamos|nunca|vez|veces|vergonz\w*|verguenza)\b`,
);

/** Angry punctuation: a supposed trouble asked with it is a reproach ("What if it breaks again??"). */
const ANGRY = /[!?]{2,}/;

/** A sentence and the marks that end it. */
const SENTENCE = /[^.!?]*(?:[.!?]+|$)/g;

/**
 * The complaint text without its questions, when one of them supposes a trouble and nothing tells one already there;
 * the text unchanged otherwise. Read only on a post already read as a complaint (complaints.ts complaintIn).
 */
export function withoutSupposedTroubles(folded: string): string {
  // Cheap test first: a supposed trouble is asked, so the post holds a question mark.
  if (!folded.includes('?') || !SUPPOSED_QUESTION.test(folded) || ALREADY.test(folded) || ANGRY.test(folded)) return folded;
  let rest = '';
  for (const sentence of folded.match(SENTENCE) ?? []) if (!sentence.includes('?')) rest += sentence;
  return rest.trim();
}
