// A post that opens by saying the poster had no trouble at all with the brand (accent-folded): "No problems at all with
// the renewal this year, price even went down…", "Aucun souci avec le renouvellement", "Null Probleme mit der
// Verlängerung", "Ningún problema con la renovación" (round 33's false complaints). The denied trouble is cancelled,
// but what follows (a form that "took 5 mins", a price that "went down") read as a wait and a price to the patterns and
// the model. Such a post counts one weak sign at most and the model does not speak (complaints.ts settledElsewhere) —
// unless it turns ("…until the renewal", "mais", "aber", "pero"), when the trouble after the turn still complains.

/** The opening, after any mentions: the trouble denied, then "with" the thing. */
const OPENER = /^(?:[@#][\w.]+[\s,:]*)*(?:no (?:problems?|issues?)(?: at all| whatsoever)?|zero (?:problems|issues)|not a single (?:problem|issue)|aucun (?:souci|probleme)|pas (?:le moindre|un seul) (?:souci|probleme)|null probleme|keine(?:rlei)? probleme|kein problem|ningun problema|cero problemas|ni un (?:solo )?problema)\b[^.!?]{0,30}?\b(?:with|avec|mit|con)\b/;

/** A turn after the opening: the trouble comes after it. Spanish "hasta" is a turn only before a time or a thing ("hasta la
 * renovación"); before a verb it is "even" ("hasta bajó el precio"). */
const TURN = /\b(?:but|until|till|except|apart from|mais|sauf|jusqu|aber|bis|ausser|nur|pero|hasta (?:que|la|el|los|las|ahora|hoy|ayer)|salvo|excepto|menos)\b/;

/** Whether the post as written opens with no trouble at all and never turns. */
export function allClear(original: string): boolean {
  // Only the opening is read for the denial (a cheap look at the first letters of most posts), folded as the patterns fold.
  const head = original.slice(0, 120).trimStart().toLowerCase();
  const c = head.replace(/^(?:[@#][\w.]+[\s,:]*)*/, '').charAt(0);
  if (c !== 'n' && c !== 'z' && c !== 'a' && c !== 'p' && c !== 'k' && c !== 'c') return false;
  const folded = original.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return OPENER.test(folded.trimStart()) && !TURN.test(folded);
}
