// French complaints told as a span of waiting with no verb of failure (accent-folded): "Ça fait 40 minutes que je suis
// en ligne", "ça fait 30 min que je poireaute à l'arrêt", "ça fait quatre jours que je n'ai plus de fixe", "ça fait
// une semaine que la borne affiche « hors ligne »", a bare "Ça fait 5 jours." closing a plain fact ("Valise partie à
// Lisbonne, moi à Lyon. Ça fait 4 jours."), and a thing stuck since a span ("au garage depuis trois semaines", "le suivi
// n'a pas bougé depuis 6 jours", "le rayon est vide depuis deux semaines"). The patterns knew the wait only with
// "j'attends" and a trouble word, and the held-out model read these as plain news. Not years of custom ("ça fait 10 ans
// que je suis cliente"), a pleasant stay or a wait looked forward to ("en terrasse", "j'attends ce concert avec
// impatience"), writing that is the poster's own ("j'écris mon roman"), nor any of them beside praise.
// complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';
import { noPraiseLater, PRAISE_WORDS } from './evaluation-words.js';

/** A span of minutes to months: years are custom, not a wait. */
const SPAN = "(?:\\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante|cinquante|septante|quelques) ?(?:min|mn|minutes?|h|heures?|jours?|semaines?|mois)\\b";

/** What makes the wait glad or the writer's own choice, beyond the praise vocabulary. */
const GLAD = 'impatience|vivement|hate|merci|plaisir|ravie?|contente?';

/** Being on hold, waiting, going without, or a device showing a fault, told as what has gone on for the span. */
const WAITING = "je suis en (?:ligne|attente)|je poireaute|je gele|j'attends (?:apres|toujours|encore|qu'|que|mon|ma|mes|le|la|les|un|une|votre|vos|d'etre)|je n'ai (?:plus|pas|toujours pas|rien)|j'ai (?:plus|pas|rien) (?:de|d'|recu)|personne|on attend|nous attendons|j'ecris (?:a|au|aux)|je vous (?:ecris|appelle|relance)|je relance|(?:la|le|l'|ma|mon|mes|les|votre|vos) [\\w' -]{1,40}? (?:affiche|clignote|gresille|sonne occupe|est (?:bloquee?|hors service|hors ligne|vide|fermee?))";

/** A thing stuck, idle or empty, then "depuis" a span (or a month, a weekday). */
const STUCK = "n'a pas bouge|n'ont pas bouge|(?:est|sont) (?:vides?|au garage|immobilisee?s?|coincee?s?|bloquee?s?(?: en \\w+)?|en cours de \\w+|hors service|a l'arret)";
const SINCE = `(?:${SPAN}|le mois d'\\w+|le mois de \\w+|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) dernier)`;

const FR: RegExp[] = [
  new RegExp(`\\b(?:ca|cela) fait ${SPAN} (?:que|qu') ?(?:${WAITING})${noPraiseLater('fr', GLAD)}`),
  // The bare span closing a post that told a plain fact before it, with no praise anywhere.
  new RegExp(`^(?![^]*\\b(?:${PRAISE_WORDS.fr}|${GLAD})\\b)[^]*[.!?] (?:ca|cela) fait ${SPAN}[.!]*$`),
  new RegExp(`\\b(?:${STUCK})(?: [\\w'-]+){0,4}? depuis ${SINCE}${noPraiseLater('fr', GLAD)}`),
];

export const FRENCH_WAITS: Record<Lang4, RegExp[]> = { en: [], fr: FR, de: [], es: [] };
