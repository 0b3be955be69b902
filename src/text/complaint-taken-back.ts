// A trouble the poster raised, then took back as no trouble of the brand's (accent-folded): an apology for the fuss
// ("sorry for the fuss", "désolée pour le message de tout à l'heure", "sorry für die Aufregung", "perdón por el drama"),
// or a fear told and found wrong ("Thought my order had gone missing but it was in the porch all along", "dachte, das
// Paket ist verloren, war aber beim Nachbarn, alles gut", "je croyais ma commande perdue, elle m'attendait chez la
// gardienne", "pensaba que se había perdido y estaba en el buzón del vecino"). Round 38 gave four such false alarms
// (fr, de, de, en): the feared trouble ("panne", "verloren", "Fehler") reads as a complaint. Not when the fear is
// refuted the other way ("Thought it was my router but no, the fault is in your cabinet", "dachte erst, der Fehler
// liegt bei mir, aber nein") or the trouble goes on. complaints.ts settledElsewhere reads it: one sign at most, and the
// model does not speak.
import { gatedTest } from './gated-test.js';

/** An apology for the alarm raised, up to a few words (a handle's place) after the apology. */
const SORRY_FOR_FUSS =
  /\b(?:sorry|desolee?|pardon|perdon|perdona|disculpa\w*|entschuldig\w*)\b[^.!?]{0,30}\b(?:for (?:the|my|all the)|pour (?:le|la|les|ce|cette|mon|ma)|fur (?:die|den|das|meinen|meine)|por (?:el|la|lo|mi|tanto))\b(?: \w+){0,5}? (?:fuss|drama|panic|noise|alarm|rant|message|tweet|post|panique|affolement|aufregung|aufruhr|wirbel|panik|nachricht|alboroto|lio|mensaje|susto|escandalo)\b/;

/** A fear told, then the thing found where it was, or all well. */
const FEAR_FOUND =
  /\b(?:thought|dachte|croyais|pensais|pensaba|crei|creia)\b[^.!?]{0,80}\b(?:all along|all good|all fine|turned up|next door|neighbou?rs?|porch|alles gut|alles in ordnung|doch da|nachbar\w*|chez (?:le |la |ma |mon )?(?:voisin\w*|gardien\w*|concierge)|m'attendait|tout va bien|tout est bon|vecin[oa]s?|todo bien|estaba en (?:el|la|casa))\b/;

/** The fear confirmed after all ("turns out they did: the neighbour never had it"), or the trouble still there. */
const REFUTED = /\b(?:but no|nope|turns out (?:they|you|it) (?:did|had|was)|never|jamais|nie|nunca|mais non|aber nein|pero no|still|toujours|immer noch|noch immer|sigue|sigo|again|encore|wieder|otra vez)\b/;

const saysSorry = gatedTest(SORRY_FOR_FUSS);
const fearFound = gatedTest(FEAR_FOUND);

/** Whether the post takes its trouble back: an apology for the fuss, or a fear found wrong, and nothing refuted. */
export function troubleTakenBack(folded: string): boolean {
  return (saysSorry(folded) || fearFound(folded)) && !REFUTED.test(folded);
}
