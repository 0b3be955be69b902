// Outages told without a verb, or as a span without working (accent-folded): "servers down on launch day", "serveurs
// en panne", "servidores caídos", "la app lleva todo el día sin funcionar", "has been useless all day", a stream that
// "froze right at the penalty" (round 32). The standard forms need a verb ("the servers are down") or a trouble word
// the model knows. And a game unplayable since a change, or a line without network since a change, told bare (round
// 34's replies: "Server seit dem Patch praktisch unspielbar, 300er Ping", "servidores injugables desde el parche",
// "Nummer am Montag portiert und seitdem ohne Netz"); not unplayable before a fix ("were unplayable before the patch,
// now 20 ping"). complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

/** Unplayable, not said of the time before a fix. */
const unplayable = (word: string, before: string): RegExp => new RegExp(`\\b(?:${word})\\b(?! (?:${before})\\b)`);

export const OUTAGE_FACTS: Record<Lang4, RegExp[]> = {
  en: [unplayable('unplayable', 'before|until|till'), /\bservers? (?:down|offline|dead)\b|\b(?:has|have) been (?:useless|unusable|dead|broken) (?:all (?:day|morning|night|week|weekend)|since)\b|\b(?:froze|freezes|cut out|buffered) (?:right |just |bang )?(?:at|on|during) the (?:penalty|goal|last|final|kick-off|kickoff|ending|end|best)\b/],
  fr: [unplayable('injouables?', 'avant|jusqu'), /\bserveurs? (?:en panne|hs|down|plantes?|tombes?)\b/],
  de: [unplayable('unspielbar', 'vor|bis'), /\bserver (?:down|tot|weg|ausgefallen)\b|\bseitdem (?:\w+ )?(?:ohne (?:netz|empfang|signal|internet|strom|verbindung)|kein (?:netz|empfang|signal|internet|strom))\b/],
  es: [unplayable('injugables?', 'antes|hasta'), /\bservidor(?:es)? (?:caid[oa]s?|colapsad[oa]s?)\b|\b(?:lleva|llevan|llevamos|llevo) (?:tod[oa] (?:el dia|la manana|la tarde|la noche|el finde|la semana)|(?:\d+|dos|tres|cuatro|cinco) (?:horas|dias)) sin (?:funcionar|servicio|conexion|senal|internet|luz|agua)\b/],
};
