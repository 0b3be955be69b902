// Reproaches of a brand that does not answer, counted in attempts, in question form: "How many emails does it take to
// get a refund?", "Combien de fois faudra-t-il vous envoyer le même justificatif ?", "Wie viele Mails braucht es, bis…?",
// "¿Cuántas veces más tengo que mandar la misma foto?". They ask nothing a reply could answer: questions.ts counts no
// question in them. Read on the folded text (lower case, accents removed), in any of the four languages. Whether anyone
// at the brand reads at all ("Is anyone actually reading these?") is left to the patterns and the model: the labelled
// posts hold it as a question about as often as a reproach.

/**
 * The count of attempts a customer has made to be heard. A question about how many times something may be done ("How
 * many times can I change my booking?", "Wie oft muss ich gießen?") names no attempt and is not matched.
 */
const UNANSWERED = new RegExp(
  [
    // en
    String.raw`\bhow many (?:more )?(?:e-?mails|calls|phone calls|messages|dms|chats|tweets)\b[^?.!]{0,30}\b(?:does it take|will it take|do i (?:have|need) to|must i)\b`,
    String.raw`\bhow many (?:more )?times (?:do i|must i|will i|should i) (?:have to |need to )?(?:call|ring|email|e-mail|message|explain|repeat|ask|tell|send|chase|write)\b`,
    // fr
    String.raw`\bcombien de (?:mails|e-mails|courriels|appels|relances|messages)\b[^?.!]{0,30}\b(?:faudra-t-il|faut-il|dois-je|devrai-je|je dois|il faut|faudra)\b`,
    String.raw`\bcombien de fois (?:faudra-t-il|faut-il|dois-je|devrai-je|je dois|il faut|faudra)\b[^?.!]{0,30}\b(?:envoyer|renvoyer|appeler|rappeler|repeter|repete|expliquer|explique|relancer|ecrire|redire|donner)\b`,
    // de
    String.raw`\bwie viele (?:mails|e-mails|anrufe|nachrichten|versuche)\b[^?.!]{0,20}\b(?:braucht es|brauchts|muss ich|soll ich|mussen wir)\b`,
    String.raw`\bwie oft (?:muss|soll) ich (?:euch |ihnen )?(?:noch|eigentlich|denn)\b`,
    // es
    String.raw`\bcuant[oa]s (?:veces|correos|mails|llamadas|mensajes)\b(?: mas)? (?:tengo|tenemos|voy a tener|hacen falta|hace falta|necesito)\b[^?.!]{0,30}?(?:\b(?:llamar|mandar|enviar|escribir|repetir|explicar|reclamar)\b|\bpara que\b)`,
  ].join('|'),
);

/**
 * The attempts counted as a statement, in a post that asks nothing else (the twelfth corpus's held-out care errors):
 * "third time I'm chasing this, ref 88231", "fourth time chasing this now". The labelled posts hold it as a reproach;
 * chased with a request or a mark it asks ("2nd follow up on ticket 77120, need an answer today please", "Third time
 * asking: when will my refund arrive?", "3rd time asking. where is parcel PH77310258").
 */
const CHASED_AGAIN =
  /\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|\d+th) time (?:i'?m |i am |i'?ve |i have |we'?re |now )?(?:chasing|chased|asking|asked|messaging|messaged|emailing|emailed|writing|calling|called)\b/;
const STILL_ASKS =
  /[?¿]|\b(?:please|pls|plz|need|can (?:someone|somebody|anyone|you)|could (?:someone|somebody|anyone|you)|any (?:news|update))\b|(?:^|[.!,;:] )(?:where|when|what|why|how|who|is|are|can|could|will|would|do|does)\b/;

/** Whether the folded post reproaches the brand's silence by the attempts it took (UNANSWERED, CHASED_AGAIN). */
export function countsAttempts(folded: string): boolean {
  if (folded.includes(' time ') && CHASED_AGAIN.test(folded) && !STILL_ASKS.test(folded)) return true;
  // Every post is read and few count anything: the words every pattern starts with are looked for first.
  if (!(folded.includes('many') || folded.includes('combien') || folded.includes('wie ') || folded.includes('cuant'))) return false;
  return UNANSWERED.test(folded);
}
