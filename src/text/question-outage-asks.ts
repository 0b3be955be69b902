// An outage asked about with a mark (round 41's error "📱📶❌ seit heute früh. Ist bei euch in Köln was kaputt?"): "Ist
// bei euch gerade was kaputt?", "Gibt's bei euch eine Störung?", "Il y a une panne chez vous ?", "Is there an outage on
// your side?", "¿Hay alguna avería en Zaragoza?". Told in emoji or a few words beside it, the question model weighs the
// fault against asking and vetoes the mark; the patterns read "Ist bei euch…" as no verb-first question (no subject
// after the verb). Every readable labelled post asking so holds it as a question; the near misses are a fault back once
// more thrown at the brand ("Schon wieder Störung bei Funkstar? …", "¿Otra vez caída la web…?", "Déjame adivinar, ¿otra
// vez una «incidencia técnica»?"), which the sentence's "again" words or a quote keep apart. questions.ts counts them as
// questions whatever the model says, unless rhetorical (question-rhetoric.ts). Read on the folded text (lower case,
// accents removed).

/** The outage asked, at the start of a sentence closed by '?'. */
const OUTAGE = new RegExp(
  '(?:^|[.!?…\\n,] ?)¿?(?:' +
    [
      String.raw`is there (?:an?|any) (?:known )?(?:outage|fault|issue|problem)|any outages?|is (?:it|this) a known (?:outage|fault|issue)|is something (?:down|broken|wrong) (?:on|at) your (?:side|end)|are you (?:guys )?down`,
      String.raw`(?:il )?y a(?:-t-il|-tu)? (?:une|des) pannes?|une panne (?:en cours|chez vous|dans (?:le|la|mon|ma) \S+)|(?:vous avez|avez-vous) (?:une panne|un souci|un probleme) (?:en ce moment|chez vous|sur|a|dans)`,
      String.raw`ist (?:bei euch|bei ihnen)(?: \S+){0,4} (?:was|etwas|irgendwas) (?:kaputt|los|gestort)|(?:gibt'?s|gibt es|lauft|ist) (?:bei euch |bei ihnen )?(?:gerade |aktuell |schon |momentan |heute )*(?:eine |ne )?(?:storung|storungsmeldung)|ist (?:eine|die) storung bekannt|habt ihr (?:gerade |aktuell |momentan )*(?:eine |ne )?storung`,
      String.raw`hay (?:alguna |una )?(?:averia|incidencia|caida|falla|corte)|(?:teneis|tienen|tenes) (?:alguna |una )?(?:averia|incidencia|caida|falla) en`,
    ].join('|') +
    String.raw`)\b[^.!?…\n]*\?`,
);

/** Words every form of OUTAGE holds: a plain scan first, as few posts ask so. */
const FAULT_WORDS = /outage|fault|issue|problem|down|broken|wrong|panne|souci|kaputt|los|gestort|storung|averia|incidencia|caida|falla|corte/;

/** A fault back once more, or a guess at the excuse: a reproach, not a question. */
const AGAIN = /\b(?:again|wieder|otra vez|de nuevo|encore|nochmal|lass mich raten|dejame adivinar|let me guess|laisse-moi deviner)\b/;

/** Whether the folded post asks whether the brand has an outage, in a sentence closed by '?' (OUTAGE). */
export function asksOutage(folded: string): boolean {
  if (!folded.includes('?') || !FAULT_WORDS.test(folded)) return false;
  const m = OUTAGE.exec(folded);
  if (m === null) return false;
  const sentenceStart = Math.max(folded.lastIndexOf('.', m.index), folded.lastIndexOf('!', m.index), folded.lastIndexOf('?', m.index)) + 1;
  return !AGAIN.test(folded.slice(sentenceStart, m.index + m[0].length)) && !/["«»“”„]/.test(m[0]);
}
