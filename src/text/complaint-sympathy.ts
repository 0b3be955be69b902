// A reply to another fan's trouble that sympathises and says the writer's own went fine (accent-folded): "@lea_m oh
// no, sorry that happened to you! Mine came in two days and the mug is perfect, maybe it was just a bad batch at your
// depot", "désolée pour toi ! Le mien est arrivé en deux jours…", "tut mir leid für dich! Meine kam nach zwei
// Tagen…", "¡qué mala suerte! A mí me llegó en dos días…". The trouble told is the other fan's, and the writer does
// not share it: no complaint. Agreeing with the fan is one ("same here, mine took three weeks and arrived chipped"):
// there the writer's own is no better, and this does not apply. complaints.ts counts such a post one weak sign at most
// and keeps the model from calling it a complaint.

/** Sympathy for someone else's trouble. */
const SYMPATHY = /\b(?:sorry (?:that|this|it) happened|sorry to hear|so sorry for you|oh no|desolee? pour (?:toi|vous)|(?:ah |oh )?mince|dommage pour (?:toi|vous)|(?:das )?tut mir (?:echt |so )?leid fur dich|oh nein|so ein pech|que mala suerte|lo siento (?:mucho )?por ti|vaya faena)\b/;

/** The writer's own order or experience, told as fine. */
const MINE_FINE = /\b(?:mine|le mien|la mienne|les miens|les miennes|meine|meins|meiner|bei mir|a mi me|el mio|la mia|los mios|las mias)\b[^.!?]{0,40}\b(?:perfect|fine|on time|in (?:\d+|one|two|three) days?|parfaite?|nickel|a l'heure|en (?:\d+|un|deux|trois) jours?|perfekt|punktlich|nach (?:\d+|einem|zwei|drei) tag(?:en)?|ohne probleme?|perfect[ao]|a tiempo|en (?:\d+|un|dos|tres) dias?|sin problemas?)/;

/** Cheap test first: a literal every SYMPATHY needs (most posts hold none). */
const NEEDS = /sorry|oh n|desole|mince|dommage|leid|pech|suerte|siento|faena/;

/** Whether the folded complaint text sympathises with another's trouble and tells the writer's own went fine. */
export function sympathisesElsewhere(folded: string): boolean {
  return NEEDS.test(folded) && SYMPATHY.test(folded) && MINE_FINE.test(folded);
}
