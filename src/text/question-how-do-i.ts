// How to do a thing on one's own account, asked with a mark beside a complaint (round 41's error "Wie kündige ich bei
// Kabelfix? Die Hotline legt jedes Mal nach 20 Minuten Warteschleife auf."): "How do I cancel my subscription? The
// button just spins…", "Comment je résilie chez Telvia ? Ça fait trois fois que…", "¿Cómo me doy de baja? La web da
// error…". The question model weighs the complaint after it against asking and vetoes the mark (−1.2 for round 41's);
// yet the poster asks the brand the way to cancel, unsubscribe, change or reach it. The actions are those of
// question-know-how.ts ("jsp comment activer ma carte"). A near miss answers itself at once ("Wie kündige ich am besten?
// Gar nicht, Funkstar ist einfach top"): the sentence after the question must not open with an answer. questions.ts
// counts them as questions whatever the model says, unless rhetorical (question-rhetoric.ts). Read on the folded text
// (lower case, accents removed).

import { DE_DO, EN_DO, ES_DO, FR_DO } from './question-know-how.js';

/** French first person of the -er actions ("résilier" → "résilie"), folded. */
const FR_1SG = FR_DO.replace(/\(\?!\s*sans\)/, '')
  .replace(/^\(\?:|\)$/g, '')
  .split('|')
  .filter((v) => /er$/.test(v) && !v.includes(' '))
  .map((v) => v.slice(0, -1))
  .join('|');

/** The how-to asks, each at a sentence's start, before a '?'. */
const HOW_DO_I = new RegExp(
  String.raw`(?:^|[.!?…\n] ?)¿?(?:` +
    [
      String.raw`how (?:do|can|would|should|could) (?:i|we) (?:\S+ ){0,2}?${EN_DO}|how to ${EN_DO}`,
      String.raw`comment (?:je|j'|est-ce que je|est-ce qu'on|on) (?:me |m')?(?:${FR_1SG})\b|comment (?:faire pour|je fais pour|on fait pour|puis-je|je peux|peut-on|on peut|faut-il) ${FR_DO}`,
      String.raw`wie (?:kann|konnte|soll) (?:ich|man) (?:\S+ ){0,5}?${DE_DO}|wie ${DE_DO} (?:ich|man)\b`,
      String.raw`como (?:me doy de baja|doy de baja|cancelo|anulo|cambio|activo|descargo|recupero|contacto|reclamo|desbloqueo|renuevo|devuelvo|pauso|borro|elimino)\b|como (?:puedo|se puede|hago para|hago|podria) ${ES_DO}`,
    ].join('|') +
    String.raw`)\b[^.!?…\n]*\?+\s*`,
);

/** The question words every form holds: a plain scan first. */
const HOW = /how|comment|wie|como/;

/** An answer opening the next sentence: "Gar nicht", "Easy:", "Pas du tout", "No se puede". */
const ANSWER = /^(?:gar nicht|gar nich|einfach|ganz einfach|not at all|easy|you don'?t|you can'?t|simple|pas du tout|facile|on ne peut pas|impossible|de ninguna manera|no se puede|facil|nope)\b/;

/** Whether the folded post asks how to do a thing on the poster's account, with '?', not answered at once. */
export function asksHowDoI(folded: string): boolean {
  if (!folded.includes('?') || !HOW.test(folded)) return false;
  const m = HOW_DO_I.exec(folded);
  if (m === null) return false;
  return !ANSWER.test(folded.slice(m.index + m[0].length).trim());
}
