// A follow-up on the poster's own earlier post, telling the trouble settled or not the brand's (accent-folded): "Update
// for anyone who saw my post yesterday about the missing pram delivery: it turned up this morning … All sorted, … no
// complaints here.", "Für alle, die sich gestern über die abgelehnte Karte gewundert haben: lag an meiner Bank … Also
// alles gut", "Perdón por el mensaje enojado de ayer, no era culpa de ustedes", "Pour ceux qui ont vu mon message
// d'hier … c'était ma banque, pas vous. Tout est réglé". Round 37 gave three such false alarms (en, de, es): the old
// trouble retold (a missing delivery, a card declined, "estafado") reads as a complaint, while the post takes it back.
// complaint-report-back.ts reads a report back that opens the post and thanks for money or a fault put right; this one
// a reference to the earlier post anywhere, beside the matter settled. Not when the trouble goes on ("Update to my post
// yesterday: still no sofa", "Nachtrag zu meinem Post gestern: Karte wird immer noch abgelehnt"). complaints.ts
// settledElsewhere reads it: one sign at most, and the model does not speak.
import { foldedAsWritten } from './folded-as-written.js';
import { gatedTest } from './gated-test.js';
import { literalCheck } from './regex-union.js';

/** The poster's own earlier post, named. */
const EARLIER_POST =
  /\b(?:(?:saw|seen|read) my (?:post|message|tweet|comment)|my (?:post|message|tweet|comment|rant)(?: from| of)? (?:yesterday|earlier|last night|this morning)|mon (?:message|post|tweet|commentaire)(?: \w+)? d'(?:hier|avant-hier|ce matin)|(?:meinen?|meinem) (?:post|beitrag|kommentar|tweet|nachricht)(?: von)? (?:gestern|heute (?:fruh|morgen))|die sich gestern\b[^.!?]{0,60}\b(?:gewundert|aufgeregt|gefragt)|(?:mi|el) (?:mensaje|post|publicacion|comentario|tweet)(?: \w+)? de (?:ayer|anoche|esta manana))\b/;

/** EARLIER_POST tested only beside one of its required literals (gated-test.ts): settledElsewhere reads most complaints. */
const namesEarlierPost = gatedTest(EARLIER_POST);

/**
 * A word every alternative of EARLIER_POST holds (the post, message or wonder named): its own literals (" my ", " de ")
 * are in most posts, these in few.
 */
const namesPost = literalCheck(/post|message|tweet|comment|rant|beitrag|kommentar|nachricht|gewundert|aufgeregt|gefragt|mensaje|publicacion|comentario/);

/** The matter settled, or put on someone other than the brand. */
const SETTLED =
  /\b(?:all sorted|all good|sorted now|no complaints|all fine|tout est (?:regle|bon|rentre dans l'ordre)|c'etait (?:ma|mon|moi)\b|pas (?:de )?votre faute|alles gut|alles erledigt|hat sich erledigt|lag an (?:mir|meiner|meinem)|todo (?:perfecto|bien|solucionado)|ya lo tengo|no (?:era|fue) culpa (?:de ustedes|vuestra|suya))\b/;

/** The trouble goes on: the post still complains. */
const STILL_WRONG =
  /\b(?:still|again|toujours|encore|immer noch|noch immer|noch nicht|wieder|sigo|sigue|todavia|otra vez)\b/;

/**
 * Whether the post follows up the poster's earlier post with the matter settled. The settling words are looked for in
 * the post as written, accents and case folded: the complaint text has lost "all sorted, no complaints" to the cancels.
 */
export function earlierPostSettled(folded: string, original: string): boolean {
  if (!namesPost(folded) || !namesEarlierPost(folded) || STILL_WRONG.test(folded)) return false;
  return SETTLED.test(foldedAsWritten(original));
}
