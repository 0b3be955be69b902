// A trouble the brand already solved, told as context before a new, plain question (accent-folded): "Had a hiccup with
// a double charge last month, your chat team refunded it the same afternoon. Quick question now: do the loyalty points
// carry over?", "votre service client l'a réglé dans la journée. Petite question maintenant : …", "euer Chat hat das
// am selben Tag erstattet. Jetzt eine andere Frage: …", "el chat me lo devolvió esa misma tarde. Ahora una duda: …".
// The trouble words are real and enough for the patterns, but the post asks about something else; with a solution
// denied or waited for ("still hasn't shown up", "finally", "again") it still complains. complaints.ts counts such a
// post one weak sign at most and keeps the model from calling it a complaint, as for a trouble solved then praised.
import { NOT_SOLVED, SOLVED } from './complaint-own-fault.js';

/** A new question announced: what follows asks about something else than the trouble before. */
const NEW_QUESTION = /\b(?:(?:quick|one more|another|different|unrelated|separate|other) question|(?:petite|autre|nouvelle) question|question (?:au passage|maintenant)|(?:andere|kurze|weitere|neue) frage|(?:una|otra) (?:duda|pregunta)|(?:pregunta|duda) rapida)\b/;

/** Cheap test first: the literal every NEW_QUESTION needs (most posts hold none). */
const NEEDS = /question|frage|duda|pregunta/;

/** Whether the folded complaint text tells a trouble solved, then announces a question about something else. */
export function solvedThenAsked(folded: string): boolean {
  if (!NEEDS.test(folded)) return false;
  const at = folded.search(NEW_QUESTION);
  if (at <= 0) return false;
  const before = folded.slice(0, at);
  return SOLVED.test(before) && !NOT_SOLVED.test(folded);
}
