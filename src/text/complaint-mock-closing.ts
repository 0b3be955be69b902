// Mock praise closing a told trouble (accent-folded): a short last sentence of praise or thanks after a sentence that
// tells something gone wrong ("Paket nach Kiel statt nach Köln geschickt. Wirklich toller Service.", "Danke für nix",
// "Scho wieder kei Bus … Merci vielmol", "Pedí sin gluten y llegó con gluten. Todo un detalle.", "Pago 300 megas y me
// llegan 25. Un lujo.", "… Siempre sorprendiendo.", "… Always a pleasure."). The held-out models read the closing as
// praise, and the closings are praise in earnest after a favour ("Paket kam einen Tag früher. Wirklich toller
// Service", "Me regalaron un café. Todo un detalle."): only after a sentence holding a word of something missing,
// wrong or undone, and not after a turn to what went well ("vol annulé, mais … reclassé en 20 min. Chapeau."):
// And a long wait closed on mock efficiency or speed (round 31's missed complaints: "3 horas de fila en el aeropuerto
// para facturar. Qué eficiencia 👏", "2 heures de queue pour un café. Quelle efficacité"), where the same closing
// after a quick job is praise ("Commande reçue en 20 minutes. Quelle efficacité 👏"): the wait's words count as
// something wrong. Round 34's replies closed a plain failure on one bare word ("Werkstatttermin vereinbart, hingefahren,
// keiner wusste davon. Toll.", "personne n'était au courant. Génial.") or on the quality of a thing failed within
// weeks ("left stick drifting already. great quality"): the bare word must end the post ("Toll, danke für…" goes on
// to thank), and the failure is a word of wrong (niemand; drifting, crackling, peeling). complaints.ts reads them with
// the patterns enough alone.
import type { Lang4 } from './stopwords.js';

/** Words of something missing, wrong, repeated or undone, in an earlier sentence (not "sin prisas", "ohne Probleme"). */
const WRONG: Record<Lang4, string> = {
  en: "not|no|never|nobody|instead of|again|twice|still|got the|cancelled|lost|wrong|on hold|in the queue|in a queue|queueing|queuing|drifting|crackling|peeling|fraying|leaking|snapped|cracked",
  fr: "pas|jamais|aucune?|personne|au lieu|deux fois|encore|annule|perdu|mauvais|de queue|de file|d'attente|en attente",
  de: "nicht|nie|nix|nichts|niemand|kein\\w*|kei|koa|ned|statt|nochmal|schon wieder|scho wieder|falsch\\w*|vertrostet|storniert|verloren|weg|warteschlange|warteschleife|in der schlange|gewartet",
  es: "no|ni|nada|nadie|en vez de|otra vez|se corto|el doble|y me (?:llegan?|toco|dieron|cobraron)|con gluten|sin (?!prisa|problema|coste|costo|cargo|espera|complicacion|pegas|duda)\\w+|de (?:fila|cola|espera)|en espera",
};

/** Closings that praise or thank, short, ending the post (a name or a handle may follow). */
const CLOSING: Record<Lang4, string> = {
  en: "great quality|quality stuff|such quality|such efficiency|so efficient|very efficient|always a pleasure|very helpful|so helpful|great service|top service|cheers for that|nice one|well done|love that for me|thanks for nothing|stellar work",
  fr: "genial(?=[.!…]*\\s*$)|quelle efficacite|quelle rapidite|toujours au top|merci pour rien|tres utile|quel service|super service|au top|merci du cadeau",
  de: "sehr effizient|wie effizient|sehr hilfreich|sehr nett|(?:wirklich|echt) (?:toller|super|klasse|spitzen) service|danke fur nix|merci viel(?:mal|mol)|gratuliere|tolle sache|wirklich kundenfreundlich|toll gemacht|gut gemacht|respekt|(?:toll|super)(?=[.!…]*\\s*$)",
  es: "genial(?=[.!…]*\\s*$)|que eficiencia|que rapidez|que agilidad|todo un detalle|lindo trato|un lujo|siempre sorprendiendo|todo un avance|un aplauso|felicitaciones|muy moderno todo|gran inversion|buenisima atencion|unos cracks|unos genios|fidelidad premiada|mil gracias|asi da gusto|menudo servicio|muy profesional",
};

/** A turn to what went well: the trouble was put right, or the thing still works, and the closing praises that. */
const TURN = "but|mais|aber|pero|doch|sin embargo|however|heureusement|zum gluck|por suerte|luckily|still going|still works|still working|still like new";

/** The closing sentence, short, at the end: read on the text's last 80 characters only. */
const closingAtEnd = (l: Lang4): RegExp => new RegExp(`[.!…]\\s*(?:${CLOSING[l]})\\b[^.!?]{0,30}[.!…]*\\s*$`);
const CLOSING_AT_END: Record<Lang4, RegExp> = { en: closingAtEnd('en'), fr: closingAtEnd('fr'), de: closingAtEnd('de'), es: closingAtEnd('es') };

/** Before the closing: a word of something wrong, and no turn to what went well. */
const wrongBefore = (l: Lang4): RegExp => new RegExp(`\\b(?:${WRONG[l]})\\b`);
const WRONG_BEFORE: Record<Lang4, RegExp> = { en: wrongBefore('en'), fr: wrongBefore('fr'), de: wrongBefore('de'), es: wrongBefore('es') };
const TURNED = new RegExp(`\\b(?:${TURN})\\b`);

/** Whether the folded complaint text closes on mock praise after a told trouble. */
export function mockClosing(folded: string, lang: Lang4): boolean {
  const from = Math.max(0, folded.length - 80);
  const m = CLOSING_AT_END[lang].exec(folded.slice(from));
  if (!m) return false;
  const before = folded.slice(0, from + m.index + 1);
  return WRONG_BEFORE[lang].test(before) && !TURNED.test(folded);
}
