// Complaints told as plain facts or timelines (accent-folded), with no complaint word: a day counted without a service
// ("Third day without hot water", "4e jour sans eau chaude", "dritter Tag ohne Netz", "tercer día sin luz"), a time
// slot promised and the time now, later ("Engineer booked for 8-12. It's 4pm.", "annoncé entre 9h et 13h, il est 17h",
// "für 10 Uhr zugesagt, es ist 14:15", "devait passer entre 8h et 12h. Il est 15h10", "prevista a las 10:00, son las 12:30"), and a delivery span promised, then the
// day reached, past it ("Delivery in 48 hours… We're on day 9", "Versand in 1–2 Werktagen. Wir sind bei Tag 10",
// "Entrega en 24-48h… Vamos por el día 7"), and a weekday promised, then a later one told as today (round 31's missed
// complaints: "Lieferung war für Dienstag angekündigt. Heute ist Freitag.", "Techniker war für Montag zugesagt. Heute
// ist Donnerstag", "Refund was due on Tuesday. Today is Friday"; not "due Friday and turned up Wednesday", which tells
// no today). Not a day counted without a habit ("third day without a cigarette"), a
// slot met, nor a holiday's day counted. complaints.ts reads them with the patterns enough alone, only on a post holding
// a digit or an ordinal.
import type { Lang4 } from './stopwords.js';

/** Ordinals up to the seventh, in words and in digits, per language (folded): complaint-counts.ts reads them too. */
export const ORDINAL = {
  en: '(?:second|third|fourth|fifth|sixth|seventh|\\d+(?:st|nd|rd|th))',
  fr: "(?:deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|\\d+(?:e|eme|ieme))",
  de: '(?:zweite[rnms]?|dritte[rnms]?|vierte[rnms]?|funfte[rnms]?|sechste[rnms]?|\\d+\\.)',
  es: '(?:segund[oa]|tercer[oa]?|cuart[oa]|quint[oa]|sext[oa]|\\d+(?:o|a|º|ª))',
};

/** What a home or a customer goes without when a provider fails. */
const SERVICE = {
  en: '(?:hot water|water|heating|power|electricity|internet|wifi|wi-fi|broadband|signal|tv|phone|landline|a reply|an answer|any reply|any answer|news|bin collection)',
  fr: '(?:eau chaude|eau|chauffage|courant|electricite|internet|wifi|reseau|connexion|tele|tv|telephone|ligne|box|reponse|nouvelles|ascenseur)',
  de: '(?:warmwasser|wasser|heizung|strom|internet|wlan|netz|empfang|tv|fernsehen|telefon|antwort|aufzug|verbindung)',
  es: '(?:agua caliente|agua|calefaccion|luz|internet|wifi|fibra|senal|cobertura|tele|telefono|linea|respuesta|ascensor)',
};

const WITHOUT = { en: 'without|with no', fr: 'sans', de: 'ohne', es: 'sin' };
const PERIOD = {
  en: '(?:day|days|week|night|evening|morning|weekend)',
  fr: '(?:jour|journee|semaine|nuit|soir|soiree|week-end)',
  de: '(?:tag|woche|nacht|abend|morgen|wochenende)',
  es: '(?:dia|semana|noche|tarde|fin de semana)',
};

/** "Third day without hot water": an ordinal period without a service (compiled once per language). */
const dayWithout = (l: Lang4): RegExp =>
  new RegExp(`\\b${ORDINAL[l]} ${PERIOD[l]}(?: (?:de suite|in folge|seguid[oa]|running|in a row))? (?:${WITHOUT[l]}) ${SERVICE[l]}\\b`);
const DAY_WITHOUT: Record<Lang4, RegExp> = { en: dayWithout('en'), fr: dayWithout('fr'), de: dayWithout('de'), es: dayWithout('es') };

/** A slot promised (its last hour), then the time told as now. */
interface Slot {
  promised: RegExp;
  now: RegExp;
}
const HOUR = '(\\d{1,2})(?:[:h.]\\d{2}|h|\\s?(?:am|pm|uhr))?';
const slot = (promise: string, now: string): Slot => ({
  promised: new RegExp(`\\b(?:${promise})\\b[^.!?]{0,30}?\\b(?:\\d{1,2}(?:[:h.]\\d{2}|h)?\\s?(?:-|–|a|et|and|to|bis|und|y)\\s?)?${HOUR}`),
  now: new RegExp(`\\b(?:${now})\\s(?:deja |already |now |schon |ya |toujours |still )?${HOUR}`),
});
const SLOTS: Record<Lang4, Slot> = {
  en: slot('(?:was|were) (?:meant|supposed|due) to (?:come|arrive|be here|turn up|call)|booked for|due (?:at|between)|scheduled for|promised for|expected (?:at|between)|slot (?:of|was)', "it's|it is|now|still \\w+ at"),
  fr: slot('(?:devai(?:t|ent)|aurai(?:t|ent) du) (?:passer|venir|arriver|livrer|etre la)|annoncee?s? (?:pour|entre|a)|prevue?s? (?:a|pour|entre)|rendez-vous (?:a|entre)|creneau (?:de|entre)', "il est|on est toujours [^.!?]{0,30} a|toujours [^.!?]{0,30} a"),
  de: slot('fur|zwischen|ab|um', 'es ist|jetzt ist es|inzwischen|mittlerweile'),
  es: slot('prevista? (?:a las|para las|entre las)|citad[oa] (?:a las|entre las)|anunciad[oa] (?:para las|entre las)|franja de', 'son las|es la|ya son las'),
};
/** German slots need the promise itself ("angekündigt", "zugesagt") somewhere before the time now. */
const DE_PROMISE = /\b(?:angekundigt|zugesagt|versprochen|gebucht|vereinbart|geplant|bestatigt)\b/;

/** A span promised ("48 hours", "1–2 Werktagen"), then the day reached. */
const SPAN = {
  en: /\b(?:in|within) '?(?:\d+\s?(?:-|–|to)\s?)?(\d+)\s?(hours|hrs|h|days|working days|business days)\b/,
  fr: /\b(?:en|sous) (?:\d+\s?(?:-|–|a)\s?)?(\d+)\s?(h|heures|jours|jours ouvres)\b/,
  de: /\b(?:in|innerhalb(?: von)?) (?:\d+\s?(?:-|–|bis)\s?)?(\d+)\s?(h|stunden|tagen|werktagen)\b/,
  es: /\b(?:en|antes de) (?:\d+\s?(?:-|–|a)\s?)?(\d+)\s?(h|horas|dias|dias laborables)\b/,
};
const DAY_REACHED = {
  en: /\b(?:we're on|we are on|now on|it's|it is|today is) day (\d+)\b/,
  fr: /\b(?:on en est au|nous en sommes au|on est au) (?:jour|\d+e jour) ?(\d+)?\b/,
  de: /\b(?:wir sind (?:jetzt |inzwischen |mittlerweile )?bei|heute ist) tag (\d+)\b/,
  es: /\b(?:vamos por el|estamos en el|llevamos el|hoy es el) dia (\d+)\b/,
};

const hour24 = (h: string, text: string): number => Number(h) + (/pm\b/.test(text) && Number(h) < 12 ? 12 : 0);

/** The weekdays, Monday first, accent-folded. */
const WEEKDAYS: Record<Lang4, string[]> = {
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  fr: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
  de: ['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag'],
  es: ['lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo'],
};
/** A promise of a day, and the words that tell the day it is now (the weekday follows them). */
const DAY_PROMISE: Record<Lang4, RegExp> = {
  en: /\b(?:promised|due|booked|scheduled|expected|supposed to (?:come|arrive|be)|meant to (?:come|arrive|be)|told me)\b/,
  fr: /\b(?:annoncee?s?|prevue?s?|promise?s?|devait|devaient|on m'a dit|confirmee?s?)\b/,
  de: /\b(?:angekundigt|zugesagt|versprochen|geplant|gebucht|avisiert|bestatigt|sollte|hiess es)\b/,
  es: /\b(?:previst[oa]|anunciad[oa]|prometid[oa]|confirmad[oa]|me dijeron|llegaba|iba a llegar)\b/,
};
const TODAY: Record<Lang4, string> = {
  en: "today is|today's|it's|it is|now it's",
  fr: "on est|nous sommes|aujourd'hui c'est|aujourd'hui on est|on est deja",
  de: 'heute ist|jetzt ist|wir haben|mittlerweile ist|inzwischen ist',
  es: 'hoy es|ya es|estamos a|ya estamos a',
};
const dayIn = (l: Lang4): RegExp => new RegExp(`\\b(${WEEKDAYS[l].join('|')})\\b`);
const DAY_IN: Record<Lang4, RegExp> = { en: dayIn('en'), fr: dayIn('fr'), de: dayIn('de'), es: dayIn('es') };
const todayIs = (l: Lang4): RegExp => new RegExp(`\\b(?:${TODAY[l]}) (?:already |deja |schon |ya )?(${WEEKDAYS[l].join('|')})\\b`);
const TODAY_IS: Record<Lang4, RegExp> = { en: todayIs('en'), fr: todayIs('fr'), de: todayIs('de'), es: todayIs('es') };

/** A weekday promised in a sentence, then a later weekday of the same week told as today after it. */
function weekdayPassed(folded: string, lang: Lang4): boolean {
  const today = TODAY_IS[lang].exec(folded);
  if (!today) return false;
  const before = folded.slice(0, today.index);
  const promised = DAY_IN[lang].exec(before);
  if (!promised || !DAY_PROMISE[lang].test(before)) return false;
  const days = WEEKDAYS[lang];
  return days.indexOf(today[1]) > days.indexOf(promised[1]);
}

/** Every ordinal word of the four languages that lets toldAsTimeline look further (with a digit). */
const ANY_ORDINAL = /\d|second|third|fourth|fifth|deuxieme|troisieme|quatrieme|cinquieme|zweite|dritte|vierte|funfte|segund|tercer|cuart|quint/;

/**
 * Per language: a digit or that language's words of ANY_ORDINAL, and the other ordinals of ORDINAL. Whatever follows in
 * toldAsTimeline needs a digit or an ordinal of its language, so a text passes ANY_ORDINAL and can be told as a timeline
 * exactly when it passes the first test, or the second and ANY_ORDINAL: the same answer, scanning for one language's
 * words instead of four's on most texts.
 */
const ORDINAL_CHECK: Record<Lang4, [RegExp, RegExp]> = {
  en: [/\d|second|third|fourth|fifth/, /sixth|seventh/],
  fr: [/\d|deuxieme|troisieme|quatrieme|cinquieme/, /sixieme|septieme/],
  de: [/\d|zweite|dritte|vierte|funfte/, /sechste/],
  es: [/\d|segund|tercer|cuart|quint/, /sext/],
};

function mayTellTimeline(folded: string, lang: Lang4): boolean {
  const [own, more] = ORDINAL_CHECK[lang];
  return own.test(folded) || (more.test(folded) && ANY_ORDINAL.test(folded));
}

/** Whether the folded complaint text tells a service gone for days, a slot missed, a promised span overrun or a promised weekday past. */
export function toldAsTimeline(folded: string, lang: Lang4): boolean {
  if (!mayTellTimeline(folded, lang)) return weekdayPassed(folded, lang);
  if (weekdayPassed(folded, lang)) return true;
  if (DAY_WITHOUT[lang].test(folded)) return true;
  const s = SLOTS[lang];
  const p = s.promised.exec(folded);
  if (p && (lang !== 'de' || DE_PROMISE.test(folded))) {
    const n = s.now.exec(folded.slice(p.index + p[0].length));
    if (n && hour24(n[1], n[0]) > hour24(p[1], p[0])) return true;
  }
  const span = SPAN[lang].exec(folded);
  if (span) {
    const reached = DAY_REACHED[lang].exec(folded.slice(span.index + span[0].length));
    if (reached && reached[1]) {
      const days = /^h|hours|hrs|heures|stunden|horas/.test(span[2]) ? Math.ceil(Number(span[1]) / 24) : Number(span[1]);
      return Number(reached[1]) > days + 1;
    }
  }
  return false;
}
