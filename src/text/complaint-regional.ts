// Complaints in regional speech (accent-folded) the patterns' standard forms miss: Austrian and Swiss German — "scho
// wieder koa Netz", "Isch scho wieder kei Milch meh", "Is ned lustig" — and Latin American Spanish — "mal ahí", "está de
// la fregada", "ya me cansé de que…", "me tienen podrido", "nadie me da bola" (round 32). Not the same words before praise ("scho wieder so a guats
// Schnitzel") — and Australian English (round 30): a service "cooked" (broken) and "having drama" with it
// ("Reception's been cooked in Ballarat all arvo, anyone else … having drama?"), not a meal cooked nor "no drama".
// complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

/** What a home, a shelf or a line goes without. */
const DE_SERVICE = 'netz|strom|zug|bus|tram|internet|wlan|empfang|warmwasser|wasser|heizung|tv|milch|brot|antwort|ruckruf';

export const REGIONAL: Record<Lang4, RegExp[]> = {
  en: [/\b(?:reception|signal|internet|nbn|wi-?fi|net|connection|coverage|data|modem|router|phone|app|service)(?:'s| is| has| was)? (?:been |gone |totally |completely |well and truly |absolutely )*cooked\b|(?<!\bno )\bhaving (?:a )?(?:drama|dramas)\b/],
  fr: [],
  de: [
    new RegExp(`\\bscho(?:n)? wieder (?:kei|koa|ka|kein)n?e?\\b|\\b(?:kei|koa) (?:${DE_SERVICE})\\b|\\bis(?:ch)? ned (?:lustig|in ordnung|okay|ok|normal)\\b`),
    // Something still not come, and a service down again, in Swiss and Bavarian forms: "isch immer no nöd cho", "is
    // imma no ned do", "goht scho wieder nöd" (not an offer's "isch no nöd z'spät", which is not "immer no").
    // And a Swiss spelling of outrage ("Ich find's e Frächheit"), as the standard "Frechheit" is enough alone.
    /\bfrachheit\b|\b(?:immer|imma|allwil) no (?:nod|ned|nit|net) (?:cho|choo|acho|aacho|do|da|akumme|aakho|gliferet|zuagstellt)\b|\b(?:goht|gaht|tuet|lauft|louft|funktioniert) (?:scho wieder|scho wider|immer no|imma no|wieder) (?:nod|ned|nit)\b/,
  ],
  es: [/\bmal ahi\b|\bde la fregada\b|\bya me (?:canse|harte) de\b|\bme tienen (?:re )?(?:harto|harta|podrido|podrida|cansado|cansada)\b|\bni en el aeropuerto\b|\bno hay derecho\b|\bnadie me (?:da|dio|daba) (?:bola|pelota)\b/],
};
