// Attempts counted (accent-folded): an ordinal call, reminder or attempt ("Dritter Anruf heute", "Quinto intento",
// "Troisième relance", "Fourth call this week"), a reminder numbered ("Mahnung Nummer drei"), the same thing sent or
// heard again and again ("zum vierten Mal denselben Hilfeartikel", "fünfmal denselben Link", "Zweimal angerufen,
// zweimal was anderes gehört", "cuatro operadores, cuatro respuestas distintas", "ya van cuatro correos"). The
// held-out models read no trouble word in them. Not a visit or a race counted ("Dritter Besuch diese Woche", "Zum
// vierten Mal beim Stadtlauf dabei"), nor an attempt that ended well ("Quinto intento y por fin aprobé").
// And a trouble counted as a streak (round 31's missed complaints): a day or a morning counted running beside a word of
// something missing ("the 42 bus never showed again this morning, 3rd day running"), an hour counted running ("for the
// 4th hour running"), a day counted without being able to do something ("5th day without being able to log into the
// app", "Quinto día seguido sin poder entrar"), a repair for the same thing counted ("zum 3. Mal wegen derselben Sache
// in der Werkstatt"). Not a habit counted running ("3rd day running I've had your flat white", "Tercer día seguido que
// desayuno…"): no word of something missing beside it. complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';
import { noPraiseLater } from './evaluation-words.js';
import { ORDINAL } from './complaint-timelines.js';

/** Not when the attempt ended well, the post thanks or praises, or laughs. */
const unlessWell = (re: string, lang: Lang4): RegExp =>
  new RegExp(`(?:${re})${noPraiseLater(lang, 'por fin|endlich|finally|enfin|thanks|danke|gracias|merci|toll|jaja|haha')}`);

const NUMBER = {
  en: '(?:two|three|four|five|six|ten|\\d+)',
  fr: '(?:deux|trois|quatre|cinq|six|dix|\\d+)',
  de: '(?:zwei|drei|vier|funf|sechs|zehn|\\d+)',
  es: '(?:dos|tres|cuatro|cinco|seis|diez|\\d+)',
};

/** Words of something missing or failing, anywhere in the post, that make a streak a trouble's. */
const MISSING = {
  en: "not|no|never|nobody|no-one|without|can't|cannot|couldn't|cancell?ed|down|late|delayed|missing|broken",
  fr: "pas|jamais|personne|aucune?|sans|annulee?s?|supprimee?s?|en retard|en panne|coupee?s?",
  de: 'nicht|nie|kein\\w*|niemand|ohne|ausgefallen|gestrichen|verspatet|gestort|kaputt',
  es: 'no|nunca|nadie|ningun\\w*|sin|cancelad[oa]s?|suprimid[oa]s?|tarde|caid[oa]|roto',
};

/** A streak of days (or mornings, nights) counted running, beside a word of something missing in the post. */
const streak = (l: Lang4, period: string, running: string): RegExp =>
  unlessWell(`^(?=[^]*\\b(?:${MISSING[l]})\\b)[^]*\\b${ORDINAL[l]} (?:${period}) (?:${running})\\b`, l);

export const COUNTS: Record<Lang4, RegExp[]> = {
  en: [
    unlessWell('\\b(?:second|third|fourth|fifth|sixth|\\d+(?:nd|rd|th)) (?:call|attempt|email|chaser|complaint|reminder)\\b', 'en'),
    unlessWell(`\\b${NUMBER.en} (?:calls|agents|emails)\\b[^.!?]{0,30}\\b${NUMBER.en} (?:different|conflicting) answers\\b`, 'en'),
    streak('en', 'day|morning|night|evening|week|weekend', 'running|in a row'),
    unlessWell(`\\b${ORDINAL.en} hour (?:running|in a row)\\b|\\b(?:${ORDINAL.en} day|day \\d+)(?: running| in a row)? without (?:being able to|any way to|access to)\\b`, 'en'),
  ],
  fr: [
    unlessWell("\\b(?:deuxieme|troisieme|quatrieme|cinquieme|\\d+e) (?:relance|appel|tentative|reclamation|mail|courriel)\\b", 'fr'),
    unlessWell(`\\b${NUMBER.fr} (?:appels|conseillers|mails)\\b[^.!?]{0,30}\\b${NUMBER.fr} reponses differentes\\b`, 'fr'),
    streak('fr', 'jour|matin|soir|nuit|semaine', 'de suite|d\'affilee'),
    unlessWell(`\\b${ORDINAL.fr} heure (?:de suite|d'affilee)\\b|\\b${ORDINAL.fr} jour(?: de suite| d'affilee)? sans (?:pouvoir|acces|aucun moyen)\\b`, 'fr'),
  ],
  de: [
    unlessWell('\\b(?:zweite[rnms]?|dritte[rnms]?|vierte[rnms]?|funfte[rnms]?|\\d+\\.) (?:anruf|versuch|anlauf|mahnung|reklamation|beschwerde|e-mail|mail|nachfrage)\\b|\\bmahnung nummer (?:zwei|drei|vier|funf|\\d+)\\b', 'de'),
    unlessWell('\\b(?:zum (?:zweiten|dritten|vierten|funften|sechsten|zehnten|x-ten|zigsten|\\d+\\.) mal|zweimal|dreimal|viermal|funfmal|zehnmal|\\d+ ?mal) (?:denselben|dieselbe|dasselbe|den gleichen|die gleiche|das gleiche|die selbe|den selben)\\b', 'de'),
    unlessWell('\\b(?:zweimal|dreimal|viermal|funfmal) (?:angerufen|anruft|anrufe|nachgefragt|gefragt)\\b[^.!?]{0,40}\\b(?:zweimal|dreimal|viermal|funfmal) (?:was|etwas) anderes\\b', 'de'),
    streak('de', 'tag|morgen|abend|nacht|woche', 'in folge|hintereinander|am stuck'),
    unlessWell(`\\b${ORDINAL.de} stunde (?:in folge|hintereinander|am stuck)\\b|\\b${ORDINAL.de} tag(?: in folge| hintereinander)? ohne (?:zugang|zugriff|\\w+ zu konnen)\\b|\\bzum (?:zweiten|dritten|vierten|funften|sechsten|x-ten|zigsten|\\d+\\.) mal wegen (?:derselben|desselben|der gleichen|des gleichen|der selben|des selben)\\b`, 'de'),
  ],
  es: [
    unlessWell('\\b(?:segundo|tercer|cuarto|quinto|sexto|\\d+(?:o|º)) (?:intento|reclamo|correo|mail|email|aviso)\\b|\\b(?:segunda|tercera|cuarta|quinta|sexta|\\d+(?:a|ª)) (?:llamada|reclamacion|queja|vez que (?:llamo|escribo|reclamo|pido))\\b', 'es'),
    unlessWell(`\\b${NUMBER.es} (?:respuestas|versiones) (?:distintas|diferentes)\\b|\\bya van ${NUMBER.es} (?:correos|llamadas|reclamos|reclamaciones|mails|emails|quejas|visitas del tecnico)\\b`, 'es'),
    streak('es', 'dia|manana|noche|semana', 'seguid[oa]|consecutiv[oa]|de seguido'),
    unlessWell(`\\b${ORDINAL.es} hora (?:seguida|consecutiva)\\b|\\b${ORDINAL.es} dia(?: seguido| consecutivo)? sin (?:poder|acceso|forma de)\\b`, 'es'),
  ],
};
