// Attempts counted (accent-folded): an ordinal call, reminder or attempt ("Dritter Anruf heute", "Quinto intento",
// "Troisième relance", "Fourth call this week"), a reminder numbered ("Mahnung Nummer drei"), the same thing sent or
// heard again and again ("zum vierten Mal denselben Hilfeartikel", "fünfmal denselben Link", "Zweimal angerufen,
// zweimal was anderes gehört", "cuatro operadores, cuatro respuestas distintas", "ya van cuatro correos"). The
// held-out models read no trouble word in them. Not a visit or a race counted ("Dritter Besuch diese Woche", "Zum
// vierten Mal beim Stadtlauf dabei"), nor an attempt that ended well ("Quinto intento y por fin aprobé").
// complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';
import { noPraiseLater } from './evaluation-words.js';

/** Not when the attempt ended well, the post thanks or praises, or laughs. */
const unlessWell = (re: string, lang: Lang4): RegExp =>
  new RegExp(`(?:${re})${noPraiseLater(lang, 'por fin|endlich|finally|enfin|thanks|danke|gracias|merci|toll|jaja|haha')}`);

const NUMBER = {
  en: '(?:two|three|four|five|six|ten|\\d+)',
  fr: '(?:deux|trois|quatre|cinq|six|dix|\\d+)',
  de: '(?:zwei|drei|vier|funf|sechs|zehn|\\d+)',
  es: '(?:dos|tres|cuatro|cinco|seis|diez|\\d+)',
};

export const COUNTS: Record<Lang4, RegExp[]> = {
  en: [
    unlessWell('\\b(?:second|third|fourth|fifth|sixth|\\d+(?:nd|rd|th)) (?:call|attempt|email|chaser|complaint|reminder)\\b', 'en'),
    unlessWell(`\\b${NUMBER.en} (?:calls|agents|emails)\\b[^.!?]{0,30}\\b${NUMBER.en} (?:different|conflicting) answers\\b`, 'en'),
  ],
  fr: [
    unlessWell("\\b(?:deuxieme|troisieme|quatrieme|cinquieme|\\d+e) (?:relance|appel|tentative|reclamation|mail|courriel)\\b", 'fr'),
    unlessWell(`\\b${NUMBER.fr} (?:appels|conseillers|mails)\\b[^.!?]{0,30}\\b${NUMBER.fr} reponses differentes\\b`, 'fr'),
  ],
  de: [
    unlessWell('\\b(?:zweite[rnms]?|dritte[rnms]?|vierte[rnms]?|funfte[rnms]?|\\d+\\.) (?:anruf|versuch|anlauf|mahnung|reklamation|beschwerde|e-mail|mail|nachfrage)\\b|\\bmahnung nummer (?:zwei|drei|vier|funf|\\d+)\\b', 'de'),
    unlessWell('\\b(?:zum (?:zweiten|dritten|vierten|funften|sechsten|zehnten|x-ten|zigsten|\\d+\\.) mal|zweimal|dreimal|viermal|funfmal|zehnmal|\\d+ ?mal) (?:denselben|dieselbe|dasselbe|den gleichen|die gleiche|das gleiche|die selbe|den selben)\\b', 'de'),
    unlessWell('\\b(?:zweimal|dreimal|viermal|funfmal) (?:angerufen|anruft|anrufe|nachgefragt|gefragt)\\b[^.!?]{0,40}\\b(?:zweimal|dreimal|viermal|funfmal) (?:was|etwas) anderes\\b', 'de'),
  ],
  es: [
    unlessWell('\\b(?:segundo|tercer|cuarto|quinto|sexto|\\d+(?:o|º)) (?:intento|reclamo|correo|mail|email|aviso)\\b|\\b(?:segunda|tercera|cuarta|quinta|sexta|\\d+(?:a|ª)) (?:llamada|reclamacion|queja|vez que (?:llamo|escribo|reclamo|pido))\\b', 'es'),
    unlessWell(`\\b${NUMBER.es} (?:respuestas|versiones) (?:distintas|diferentes)\\b|\\bya van ${NUMBER.es} (?:correos|llamadas|reclamos|reclamaciones|mails|emails|quejas|visitas del tecnico)\\b`, 'es'),
  ],
};
