// Praise that says outright there is no complaint, only praise (accent-folded): "No complaints, no hiccups, just
// praise", "Aucun souci, aucune réclamation, que des compliments", "Kein Problem, keine Beschwerde, nur Lob", "Ni un
// problema, ni una queja, solo elogios". Round 38 gave one such false alarm (de), in a long post of a product that
// worked (a grill set up for a club party, a link to the photos): the model reads the many words of the day and the
// denied complaint words as a grievance. Only the complaint denied then the praise said as all there is, and no turn
// ("No complaints about the machine itself, but the fitters left water everywhere", "Aucune réclamation sur le meuble,
// mais…"). Read on the post as written, whose denials the complaint text has cancelled. complaints.ts settledElsewhere
// reads it: one sign at most, and the model does not speak.
import { foldedAsWritten } from './folded-as-written.js';
import { literalCheck } from './regex-union.js';

/** The complaint denied, then "just / only / nothing but" praise. */
const PRAISE_ONLY =
  /\b(?:no complaints?|not a (?:single )?complaint|aucune? (?:reclamation|plainte|critique|souci|probleme)|keine? (?:beschwerde|kritik|problem|reklamation)|ni una? (?:queja|problema|reclamacion)|ninguna queja|sin quejas)\b[^.!?]{0,40}\b(?:just|only|nothing but|que des?|seulement|juste|nur|solo|solamente|nada mas que)\b(?: \w+){0,2}? (?:praise|compliments?|kudos|thanks|eloges?|felicitations|lob|dank|elogios?|felicitaciones|gracias|alabanzas)\b/;

/** A turn: the post complains of something after all. */
const TURN = /\b(?:but|except|apart from|however|mais|sauf|a part|cependant|aber|ausser|bis auf|allerdings|pero|salvo|excepto|menos|sin embargo)\b/;

/**
 * Cheap test first, on the complaint text: the praise noun (kept there, while the denial before it may be cancelled);
 * most posts hold none.
 */
const mayPraise = literalCheck(/praise|compliment|kudos|thanks|eloge|felicitation|lob|dank|elogio|felicitacion|gracias|alabanza/);

/** Whether the post denies any complaint and says it holds only praise, with no turn. */
export function praiseOnly(folded: string, original: string): boolean {
  if (!mayPraise(folded)) return false;
  const written = foldedAsWritten(original);
  return PRAISE_ONLY.test(written) && !TURN.test(written);
}
