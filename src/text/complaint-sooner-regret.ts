// Wishing one had come sooner, told as praise (accent-folded): "Keine Ahnung, warum ich nicht früher bestellt habe",
// "Frage mich echt, warum ich nicht schon früher zu Grünbank gewechselt bin", "No sé por qué no pedí antes", "Ojalá lo
// hubiera hecho antes", "Why didn't I do this sooner lol", "Pourquoi je n'ai pas fait ça plus tôt ?". Seven held-out
// false alarms over the folds (de, es, en): the model reads "why … not" and a time gone by as a reproach. Only with a
// verb of coming to the brand (order, book, switch, try, find, do this); not a cancellation wished sooner ("Warum hab
// ich nicht schon früher gekündigt? Wieder zwei Stunden Warteschleife", "Why didn't I cancel sooner"), nor beside a
// trouble told again or still. complaints.ts settledElsewhere reads it: one sign at most, and the model does not speak.

/** The regret of not having come sooner, with a verb of coming to the brand. */
const SOONER = new RegExp(
  [
    "\\bwhy (?:didn'?t|did not) i (?:just )?(?:do (?:this|it)|book(?: you)?|order(?: from you)?|switch|try (?:this|it|you)|find (?:this|you)|join|come here|move)\\b[^.!?]{0,30}\\b(?:sooner|earlier)\\b",
    "\\bwhy did (?:nobody|no one|no-one) tell me about\\b[^.!?]{0,40}\\b(?:sooner|earlier|before)\\b",
    "\\bpourquoi (?:je n'ai pas|j'ai pas|je ne l'ai pas|je l'ai pas)(?: \\w+){0,1} (?:fait|commande|reserve|change|essaye|teste|decouvert|rejoint|craque)\\b[^.!?]{0,30}\\bplus tot\\b",
    '\\bwarum (?:ich nicht|bin ich nicht|habe ich nicht|habe ich das nicht|habe ich euch nicht)(?: schon)? fruher\\b(?:(?! gekundigt| storniert| weg| abgesprungen)[^.!?]){0,40}\\b(?:bestellt|gebucht|gewechselt|gekommen|probiert|ausprobiert|entdeckt|gemacht)\\b',
    '\\bpor que no (?:me |os |te |lo |la )?(?:pedi|reserve|cambie|probe|vine|compre|descubri|hice)\\b[^.!?]{0,30}\\bantes\\b',
    '\\bojala (?:lo |os |te |la |me )?(?:hubiera|hubiese) (?:hecho|descubierto|conocido|probado|cambiado|pedido|venido)\\b[^.!?]{0,30}\\bantes\\b',
  ].join('|'),
);

/** A trouble told again or still beside the regret: the post complains after all. */
const STILL_TROUBLE = /\b(?:again|still|encore|toujours|wieder|immer noch|noch immer|otra vez|de nuevo|todavia|sigue)\b/;

/** Whether the post wishes the poster had come to the brand sooner, and tells no trouble still going. */
export function soonerRegret(folded: string): boolean {
  return SOONER.test(folded) && !STILL_TROUBLE.test(folded);
}
