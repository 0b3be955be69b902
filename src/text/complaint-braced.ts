// A trouble dreaded, not had (accent-folded): "Everyone in the group chat says your deliveries have been a nightmare
// lately, so I'm bracing myself … If it turns up on time I'll eat my words … If not, you'll hear from me 😅 Fingers
// crossed!", "Je lis partout que vos colis arrivent en retard, alors je croise les doigts … si ça arrive à temps …
// sinon je viendrai râler ici", "so viele Horrorgeschichten … Falls was kaputt geht, schreib ich hier eine
// Beschwerde … Schauen wir mal!", "dicen que sus envíos andan fatal … Si llega a tiempo … ¡Suerte!", "Première
// commande chez vous, si jamais le colis arrive en retard … je vous en voudrai à vie 😅". Round 36 gave five such false
// alarms in four languages: others' bad stories and the trouble supposed read as a complaint, while the order has only
// just been placed. Only a post with a condition on how it turns out and a wait-and-see or a complaint promised for
// later; not one where the dreaded trouble came ("they were right: … still nothing", "toujours rien", "zu Recht: zwei
// Kartons kaputt", "tenían razón", "already late"). complaints.ts settledElsewhere reads it: one sign at most, and the
// model does not speak.

/** A wait-and-see, or a complaint promised only for later (cheap: literals, read first). */
const WAIT_AND_SEE =
  /\b(?:fingers crossed|bracing myself|wish me luck|touch wood|we'll see|you'll hear from me|croise les doigts|on verra|je touche du bois|je viendrai (?:raler|me plaindre)|je vous en voudrai|pour l'instant tout (?:roule|va bien)|daumen (?:drucken|gedruckt)|schauen wir mal|mal sehen|wir werden sehen|schreib ich hier|dedos cruzados|crucemos los dedos|cruzo los dedos|ya veremos|toco madera|ya me van a leer)\b/;

/** A condition on how the order or visit turns out. */
const CONDITION = /\b(?:if|si|falls|wenn|sollte)\b/;

/** The dreaded trouble came, or is going on. */
const CAME =
  /\b(?:still|already late|they were right|(?:she|he) was right|toujours (?:rien|pas)|(?:ils|elle|il) (?:avai(?:en)?t|ont eu) raison|immer noch|noch immer|zu recht|recht gehabt|todavia|sigue|tenian razon|tenia razon)\b/;

/** Whether the post dreads a trouble it has not had, waiting to see how its order turns out. */
export function bracedForTrouble(folded: string): boolean {
  return WAIT_AND_SEE.test(folded) && CONDITION.test(folded) && !CAME.test(folded);
}
