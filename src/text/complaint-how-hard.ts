// "How hard can it be" rhetoric (accent-folded), as in round 41: a simple task asked about as if it were beyond the
// brand ("Wie schwer kann es sein, einen Brief pünktlich zuzustellen?", "How hard can it be to…", "¿Tan difícil es
// contestar un correo?", "C'est si compliqué que ça de…"), or the time or slowness it took asked about in disbelief
// ("Comment peut-on être aussi lent pour répondre à un simple mail ?", "How can it take a month to…", "Wie kann man so
// lange brauchen…", "¿Cómo se puede tardar un mes en…?"). The question expects no answer. Not a real question of effort
// ("How hard is it to set up the router myself?", "Wie schwer ist das Paket?", "¿Es difícil cambiar de tarifa?") nor of
// method ("Comment peut-on suivre un colis…?", "How can I speed up a refund?"): the modal 'can it be', 'so/aussi/tan' or
// a span of time taken is needed. Nor a choice too hard among good things ("How hard can it be to pick a starter?
// Everything … looks amazing": corpus 8's false complaint). complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

/** A span of time (a number or article, then a unit). */
const SPAN = String.raw`(?:\d+|a|an|one|two|three|un|une|deux|trois|ein|eine|einen|zwei|drei|uno|una|dos|tres) (?:minutes?|hours?|days?|weeks?|months?|heures?|jours?|semaines?|mois|stunden?|tagen?|wochen?|monaten?|minutos?|horas?|dias?|semanas?|mes|meses)`;

export const HOW_HARD: Record<Lang4, RegExp[]> = {
  en: [
    /\bhow (?:hard|difficult|complicated) can it (?:possibly |really )?be\b(?! to (?:pick|choose|decide|select|resist|pick just))/,
    /\bis it (?:really|honestly|seriously) (?:that|so) (?:hard|difficult|complicated) to\b/,
    new RegExp(`\\bhow (?:can|could|does|did) it (?:possibly )?take ${SPAN}\\b|\\bhow can (?:anyone|anybody|a company|you|one|a \\w+) (?:be|take) (?:so|this) (?:slow|long)\\b`),
  ],
  fr: [
    /\bcomment (?:peut-on|on peut|est-ce possible d'|c'est possible d') ?(?:etre|mettre|prendre) (?:aussi|si|autant de temps|tellement) ?(?:lent|long|longtemps|de temps)?/,
    new RegExp(`\\bcomment (?:peut-on|on peut|est-ce qu'on peut|pouvez-vous|vous pouvez) mettre ${SPAN}\\b`),
    /\b(?:c'est|est-ce) (?:si|aussi|tellement) (?:complique|difficile|dur) (?:que ca|que cela)? ?(?:de|d')\b(?! ?(?:choisir|se decider|resister))/,
  ],
  de: [
    /\bwie (?:schwer|schwierig|kompliziert) kann (?:es|das) (?:denn |eigentlich |wirklich )?sein\b(?!,? sich (?:zu )?(?:entscheiden|zu entscheiden))(?![^.!?]{0,30}\b(?:auszuwahlen|zu wahlen|entscheiden|widerstehen)\b)/,
    /\bwie kann (?:man|ein \w+|eine \w+|es) (?:so|derart) (?:lange|langsam)\b/,
    new RegExp(`\\bwie kann (?:man|es|ein \\w+|eine \\w+) ${SPAN} (?:brauchen|dauern)\\b`),
    /\bist (?:es|das) (?:denn |wirklich )?so (?:schwer|schwierig|kompliziert)\b/,
  ],
  es: [
    /^(?:[^.!?]*[.!?] )?(?:tan|es tan|de verdad es tan|en serio es tan) (?:dificil|complicado|costoso)\b(?! (?:es )?(?:elegir|decidir(?:se)?|resistirse))/,
    new RegExp(`\\bcomo (?:se puede|puede|pueden|podeis|pueden ustedes) (?:tardar|tardarse|demorar) ${SPAN}\\b|\\bcomo (?:se puede|pueden|puede) ser (?:tan|asi de) (?:lent[oa]s?|tardad[oa]s?)\\b`),
  ],
};
