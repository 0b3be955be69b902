// A wait told as dates: a day or a month named, then today's set against it ("Quote requested in January. It's
// April.", "Devis demandé en janvier. Nous sommes en avril.", "Ticket vom 3. März, heute ist der 28.", "Iba para el
// martes, hoy es viernes"), in French, English, German and Spanish (accent-folded). The second date must differ from
// the first ("on Monday… today is Monday" sets nothing against it). Enough alone (complaints.ts): tried only on a post
// that says today's date is ("it's", "on est", "heute ist", "hoy es"), so most posts pay one short scan.
import type { Lang4 } from './stopwords.js';

interface DatedWait {
  /** Today's date told: without it the pattern cannot match. */
  anchor: RegExp;
  wait: RegExp;
}

/** A date told, then today's (`anchor`), within about a sentence or two. */
const datedWait = (before: string, dates: string, anchor: string, fillers: string): DatedWait => ({
  anchor: new RegExp(`\\b(?:${anchor})\\s`),
  wait: new RegExp(
    `\\b(?:${before})\\s(?:\\d+(?:st|nd|rd|th|er|\\.)?\\s(?:of\\s|de\\s)?)?(${dates})\\b[^?]{0,80}?\\b(?:${anchor})\\s(?:(?:${fillers})\\s)*(?!\\1\\b)(?:${dates}|\\d+(?:st|nd|rd|th)?\\b)`,
  ),
});

const DATED_WAIT: Record<Lang4, DatedWait> = {
  en: datedWait(
    'in|on|since|from|by|for|last|until|till|of',
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december',
    "it's|it is|its|today is|today's|now it's|we're in|we are in|we're now in",
    'now|already|the|mid|late|nearly|almost',
  ),
  fr: datedWait(
    'en|depuis|le|du|de|pour|des|au|fin|debut|mi',
    'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre',
    "nous sommes|on est|aujourd'hui c'est|aujourd'hui on est|nous voila|on arrive",
    'le|en|au|a|deja|maintenant|bientot|mi|fin',
  ),
  de: datedWait(
    'im|am|vom|seit|ab|bis|zum|von|anfang|ende|mitte',
    'montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember',
    'heute ist|heute haben wir|wir haben|jetzt ist|inzwischen ist|mittlerweile ist|es ist',
    'der|schon|bereits|jetzt|inzwischen|mittlerweile|mitte|ende',
  ),
  es: datedWait(
    'el|en|desde|para el|del|de|hasta el|finales de|principios de',
    'lunes|martes|miercoles|jueves|viernes|sabado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre',
    'hoy es|hoy ya es|ya es|estamos en|estamos a|ya estamos en|ya estamos a|y hoy',
    'el|ya|en|a|mediados de|finales de',
  ),
};

/** Whether the folded complaint text tells a wait as dates (a day or month, then a different one as today's). */
export function waitToldAsDates(folded: string, lang: Lang4): boolean {
  const { anchor, wait } = DATED_WAIT[lang];
  return anchor.test(folded) && wait.test(folded);
}
