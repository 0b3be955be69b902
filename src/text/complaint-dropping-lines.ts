// Calls or a connection that keep dropping, told as a span, a count or a relapse (accent-folded): "weeks of dropped
// calls in Leith now", "4th dropped call in an hour", "router replaced Monday and it's dropping out again already",
// "ça fait des semaines que les appels coupent en plein milieu", "ya se vuelve a caer la conexión". Round 39's care
// English missed two of them (and round 20's one): no trouble word but the drop, and the model read them just under its
// threshold. complaint-cues.ts knows "connection drops" and "keeps dropping"; these tell the same trouble by how long or
// how often it lasts. Not a drop told as gone ("no dropped calls since the mast upgrade", "plus aucun appel coupé",
// "ya no se me cortan"), nor prices dropping. complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const DROPPING_LINES: Record<Lang4, RegExp[]> = {
  en: [
    /\b(?:weeks|days|months) of (?:dropped|dropping) (?:calls|connections?|signal|wifi)\b/,
    /\b(?:another|yet another|\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth) dropped (?:call|connection)\b/,
    /\b(?:it'?s|it is|it keeps|router'?s|router is|wifi'?s|wifi is|connection'?s|connection is|internet'?s|internet is|signal'?s|signal is|broadband'?s|broadband is) (?:dropping|cutting) (?:out )?again\b/,
  ],
  fr: [
    /\b(?:ca fait|cela fait|depuis) (?:des|plusieurs|\d+) (?:semaines|jours|mois) (?:que )?(?:les appels|la connexion|le reseau|la ligne|le wifi|internet) (?:coupent|coupe|se coupent|se coupe|decroche\w*|saute\w*|lache\w*)\b/,
  ],
  de: [],
  es: [
    /\b(?:ya |otra vez )?se (?:vuelve|volvio) a (?:caer|cortar) (?:la conexion|el wifi|internet|la linea|la senal|la fibra|las llamadas)\b/,
    /\b(?:llevo|llevamos) (?:semanas|dias|meses|\d+ (?:semanas|dias|meses)) con (?:llamadas|la conexion|el wifi|internet|la linea) que se (?:cortan|corta|cae|caen)\b/,
  ],
};
