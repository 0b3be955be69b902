// A train cancelled or late and the connection missed, or a bag that did not make the connection, told as bare facts
// (accent-folded): "train cancelled, missed my connection in York", "Zug ausgefallen, Anschluss in Linz verpasst",
// "train supprimé, correspondance ratée", "tren cancelado, perdí el enlace", "my bag didn't make the connection in
// Frankfurt" (round 34's replies, short and without a complaint word). Not the writer who nearly missed it and made it
// ("nearly didn't make the connection … but my bag and I both got there"), nor a connection kept anyway ("den
// Anschluss trotzdem bekommen"), nor a missed connection told as the bad start of a day the brand then saved ("…mein
// Anschluss war weg, aber euer Café am Bahnhof hat den Tag gerettet"): a turn after it leaves the post to the model.
// complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

/** No turn to what went well later in the post. */
const NO_TURN = '(?![^]*\\b(?:but|mais|aber|doch|pero|luckily|heureusement|zum gluck|por suerte)\\b)';
const missed = (re: RegExp): RegExp => new RegExp(`(?:${re.source})${NO_TURN}`);

export const MISSED_CONNECTIONS: Record<Lang4, RegExp[]> = {
  en: [missed(/\b(?:missed|lost) (?:my|our|the) (?:connection|connecting (?:train|flight|bus)|transfer)\b|(?<!\b(?:nearly|almost) )\b(?:bag|bags|suitcase|luggage|case) (?:didn'?t|did not|never) make (?:it onto )?(?:the|my) (?:connection|connecting flight|transfer)\b/)],
  fr: [missed(/\b(?:correspondance|connexion) (?:ratee|manquee|loupee|perdue)\b|\b(?:rate|manque|loupe) (?:ma|la|notre) correspondance\b/)],
  de: [missed(/\banschluss(?:zug|flug)? (?:(?!fast\b|beinahe\b|knapp\b|fast nicht\b)\w+ ){0,3}verpasst\b/)],
  es: [missed(/\b(?:perdi|perdimos|he perdido|hemos perdido) (?:el|mi|la|nuestro) (?:enlace|conexion|transbordo|combinacion|tren de enlace|vuelo de conexion)\b|\b(?:enlace|transbordo|conexion) perdid[oa]\b/)],
};
