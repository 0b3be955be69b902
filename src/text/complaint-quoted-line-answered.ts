// A brand's line quoted at the head of a reply, then answered with the fact that belies it (accent-folded): "> Alle 5
// Minuten eine Bim!\nOida, 25 Minuten gewartet.", "> Free returns on all orders\nExcept mine, apparently: the label
// charges me £6.95", "\"Fastest broadband in the country\" lol. 3 Mbps at 8pm", "„Pünktlich ans Ziel“ … +35 Min. Kunst
// oder Satire?", "> Tu opinión nos importa\nMi opinión: el envío gratis … nunca apareció", "router 'arriving Friday'.
// It's Tuesday." Round 40's replies in a brand's thread: the slogan's words are the brand's own and praise-like, and
// the answer tells a wait, a shortfall or a mock in words no trouble pattern lists (six of its missed complaints). Not
// the line answered with agreement ("> Alle 10 Minuten ein Bus!\nStimmt, nach 3 Minuten schon drin", "… and honestly,
// yes: 900 Mbps"). Read on the post as written: the quoted line ends where its line does, which folding loses.
// complaints.ts adds them to the patterns enough alone.
import { foldedAsWritten } from './folded-as-written.js';

/** Handles and spaces before the quote ("@AcmeHelp > …"). */
const LEAD = /^(?:\s*@[\w.]+)*\s*/;

/** A quoted line opening the post: a "> " line, or a quotation within the first few words. */
const QUOTED_LINE = /^>[^\n]{3,120}\n/;
// At most one word before it ("router 'arriving Friday'"): after more the quote is told within a story ("My toddler
// asked 'why is the train sleeping?'", "Booked a 'guaranteed' table"). A quoted question is someone's question, not a line.
const QUOTATION = /^(?:[^\s'"„“”«»‘’]+ )?(?:['"„“”«»‘’]) ?([^'"„“”«»‘’\n?]{3,70}?) ?['"„“”«»‘’]/;

/** The answer belies the line: a wait or lateness counted, a shortfall measured, the poster left out, nothing come, a mock. */
const BELIED = new RegExp(
  [
    // A wait or lateness counted.
    String.raw`\b\d+ ?(?:min|mins|minutes?|minuten|minutos|h|hours?|stunden|heures?|horas?|days?|tagen?|jours|dias|weeks?|wochen|semaines|semanas)\b[^.!?\n]{0,30}\b(?:late|waiting|waited|gewartet|gestanden|verspatung|d'attente|attendu|de retard|en retard|esperando|esperado|de retraso|tarde)\b`,
    String.raw`\b(?:waited|waiting|gewartet|warte|wart|attendu|j'attends|esperando|espere|llevo)\b[^.!?\n]{0,20}\b\d+ ?(?:min|minutes?|minuten|minutos|hours?|stunden|heures?|horas|days?|tagen?|jours|dias|weeks?|wochen|wuche|semaines|semanas)\b`,
    String.raw`(?:^|\s)\+ ?\d+ ?min\b`,
    // A speed measured.
    String.raw`\b\d+(?:[.,]\d+)? ?(?:mbps|mbit|mb\/s|megas)\b`,
    // The poster left out of it.
    String.raw`\b(?:except (?:mine|me|us|ours|for me)|sauf (?:moi|chez moi|pour moi|le mien|la mienne)|ausser (?:bei mir|mir|meins|meiner|meine)|(?:menos|excepto|salvo) (?:el mio|la mia|a mi|para mi|yo)|not for me|pas pour moi)\b`,
    // Nothing came.
    String.raw`\b(?:never (?:came|arrived|appeared|showed|happened|applied)|nothing (?:on|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|jamais (?:arrive|venu|vu|applique)|nie (?:angekommen|gekommen|passiert|gesehen)|nunca (?:llego|aparecio|vino|paso|se aplico))\b`,
    // A mock of the line.
    String.raw`(?:^|[\s.,!])(?:lol|lmao|mdr|ptdr|jaja(?:ja)*|ja klar|ja gall|ja genau|yeah right|sure thing|c'est ca oui|ya claro|si claro|satire|satira|they said|qu'ils disent|apparently|anscheinend|por lo visto|soi-disant)(?=$|[\s.,!?:])`,
    // "'arriving Friday'. It's Tuesday."
    String.raw`\b(?:it's|its|today is|on est|nous sommes|heute ist|es ist|hoy es|ya es|estamos a) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miercoles|jueves|viernes|sabado|domingo)\b`,
  ].join('|'),
);

/** The line agreed with: the answer opens by confirming it. */
const AGREED =
  /^[^.!?\n]{0,30}\b(?:can confirm|true|indeed|honestly,? yes|c'est vrai|je confirme|stimmt|kann ich bestatigen|tatsachlich|es verdad|confirmo|cierto)\b/;

/** A quotation mark or a quoted line: only such a post is read. */
const MAY_QUOTE = /[>'"„“”«»‘’]/;

/** The answer to a line the post opens by quoting (accent-folded, as written), or null when it quotes none. */
function answerOf(original: string): string | null {
  if (!MAY_QUOTE.test(original)) return null;
  const written = foldedAsWritten(original);
  const body = written.slice(LEAD.exec(written)![0].length);
  const line = QUOTED_LINE.exec(body);
  if (line !== null) return body.slice(line[0].length);
  const quote = QUOTATION.exec(body);
  return quote === null ? null : body.slice(quote[0].length);
}

/** Whether the post opens by quoting a line and answers it with the fact that belies it. */
export function quotedLineAnswered(original: string): boolean {
  const answer = answerOf(original);
  return answer !== null && !AGREED.test(answer.trimStart()) && BELIED.test(answer);
}

/**
 * Whether the post opens by quoting a line and answers it with agreement, nothing belying it ("> Envío gratis en todos
 * los pedidos\nY es verdad, pedí unos calcetines de 3 € y ni un céntimo de envío"): the model reads the quoted
 * promise's words as a grievance. complaints.ts settledElsewhere reads it: one sign at most, and the model does not speak.
 */
export function quotedLineAgreed(_folded: string, original: string): boolean {
  const answer = answerOf(original);
  return answer !== null && AGREED.test(answer.trimStart()) && !BELIED.test(answer);
}
