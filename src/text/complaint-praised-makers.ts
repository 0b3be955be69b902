// Who made a thing, asked and answered at once with praise (accent-folded, '¿' out): "Wer hat sich das neue Menü
// ausgedacht? Genial, endlich vegane Optionen!", "Wer hat sich dieses Maskottchen ausgedacht? Ich liebe es", "Who came
// up with the new loyalty card? Genius, love it", "C'est qui le génie qui a pensé aux prises USB ? Chapeau", "¿A quién
// se le ocurrió poner enchufes en los asientos? Un genio, gracias". The question is the form of a reproach ("wer hat
// sich" counts enough alone), but the sentence after it crowns the maker: seven German false complaints of the readable
// sets, and their kin in the other languages (question-agreement.ts PRAISED_CREDIT only reads the ones naming an idea).
// Only the question is removed from the complaint text (complaints.ts notOurs): what follows is read as before, so a
// mock "Genial, jetzt findet man gar nichts mehr" still complains; and a praise sentence holding a negation is left
// alone ("Genius, now nothing loads").
import type { Lang4 } from './stopwords.js';

/** The maker asked after, up to the question mark ending the sentence. */
const MAKER: Record<Lang4, string> = {
  de: String.raw`wer (?:hat sich|hatte|ist|hat) (?:eigentlich |denn |bitte )?[^.!?]{0,60}?\b(?:ausgedacht|die idee|auf die idee gekommen|entworfen|erfunden|gestaltet|designt)\b[^.!?]{0,80}`,
  en: String.raw`who (?:came up with|designed|invented|thought (?:of|up)|approved|dreamt up|dreamed up|had the idea|decided on)\b[^.!?]{0,80}`,
  fr: String.raw`(?:qui (?:est-ce qui )?a (?:eu l'idee|invente|concu|imagine|pense|dessine|valide|cree|trouve)|(?:c'est )?qui (?:est )?le genie qui)\b[^.!?]{0,80}`,
  es: String.raw`(?:quien (?:fue el genio que|es el genio que|invento|diseno|penso|se invento|tuvo la idea|aprobo|creo)|a quien se le ocurrio|de quien fue la idea)\b[^.!?]{0,80}`,
};

/**
 * The maker crowned in the sentence right after: love, a reward, thanks, a great result. Not a bare "Génie.", "Un
 * genio. 🙄": alone, the genius is most often mock (three complaints of the readable sets say only that).
 */
const CROWN: Record<Lang4, string> = {
  de: String.raw`genial\w*|der hammer|ich liebe|liebe es|schon geworden|gelungen|toll\w*|super|klasse|grossartig|gehaltserhohung|verdient|orden|medaille|respekt|chapeau|top|mega|perfekt|bravo|danke|lob|kompliment|suchtig|weiter so`,
  en: String.raw`love|loving|brilliant|amazing|a raise|pay rise|a medal|well done|kudos|legend\w*|nailed it|props|thank\w*|cheers|fantastic|spot on|hero`,
  fr: String.raw`genial\w*|bravo|respect|chapeau|top|j'adore|merci|augmentation|medaille|au top|trop bien|excellent|parfait|bien joue|une prime|felicitations|merveille|on revient`,
  es: String.raw`genial|premio|aplauso|me encanta|bravo|crack|top|gracias|aumento|maravilla|brutal|enhorabuena|precios[oa]|ole|un diez|de 10|felicidades`,
};

/**
 * A turn in that sentence: the praise is mock or undone ("Genial, jetzt geht nichts mehr"), or stressed as mock
 * ("Bravo, vraiment", "Bravo les génies").
 */
const TURN: Record<Lang4, string> = {
  de: String.raw`nicht|nichts|nix|kein\w*|nie|nur noch|wirklich|echt|genies`,
  en: String.raw`not|no|never|nothing|can'?t|won'?t|doesn'?t|now|truly|really|geniuses`,
  fr: String.raw`pas|plus|rien|jamais|impossible|vraiment|genies`,
  es: String.raw`no|nada|nunca|ni|ya|de verdad|en serio|genios`,
};

/**
 * A thing taken away or closed, asked after: "C'est qui le génie qui a supprimé le sans contact ? Bravo", "Qui a eu
 * l'idée de fermer le guichet le samedi ? Bravo." mock, whatever the praise after it.
 */
const TAKEN_AWAY = String.raw`supprime\w*|enleve\w*|retire\w*|fermer|ferme|remove\w*|got rid|scrap\w*|clos(?:e|ed|ing)|shut\w*|abgeschafft|gestrichen|entfernt|schliess\w*|geschlossen|quitar|quito|elimin\w*|suprimi\w*|cerrar|cerraron|cerro`;

const removal = (l: Lang4): RegExp =>
  new RegExp(String.raw`\b(?!(?:[^.!?]*\b(?:${TAKEN_AWAY})\b)[^.!?]*\?)(?:${MAKER[l]}\?+!?)(?=(?![^.!?]*\b(?:${TURN[l]})\b)[^.!?]{0,60}?\b(?:${CROWN[l]})\b)`);

/** Per language, the maker question crowned by the next sentence: removed as telling no complaint. */
export const PRAISED_MAKERS: Record<Lang4, RegExp[]> = {
  de: [removal('de')],
  en: [removal('en')],
  fr: [removal('fr')],
  es: [removal('es')],
};
