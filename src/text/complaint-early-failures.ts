// A product that fails within months of its purchase, its age told beside the failure (accent-folded): "is 4 months old
// and the hinge has already gone", "a 3 mois et il fuit déjà", "ist 2 Monate alt und pumpt schon nicht mehr ab",
// "tiene 3 meses y ya le falla el aire" (round 32). The model reads the age, not the fault. Not an age told beside
// what still works ("a 12 ans et il tourne encore", "tiene 10 años y sigue enfriando"). complaints.ts adds them to the
// patterns enough alone.
import type { Lang4 } from './stopwords.js';

export const EARLY_FAILURES: Record<Lang4, RegExp[]> = {
  en: [/\b(?:is|'s|are|'re|only|just|barely) (?:only |just |barely )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven) (?:months?|weeks?) old (?:and|but)\b[^.!?]{0,40}\b(?:already|stopped|broke|broken|died|dead|snapped|cracked|leak(?:s|ing)|won'?t|doesn'?t|does not|no longer|gave up|packed in|gone)\b/],
  fr: [/\ba (?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze) (?:mois|semaines) et (?:il |elle |ca |le \w+ |la \w+ |l'\w+ )?(?:\w+ )?(?:deja|ne \w+ (?:plus|pas)|est (?:deja )?(?:en panne|casse|cassee|hs|mort|morte|fichu|fichue))\b/],
  de: [/\b(?:ist|sind) (?:erst |gerade mal |gerade )?(?:\d+|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf) (?:monate?|wochen) alt und (?:\w+ )?(?:\w+ )?(?:schon|bereits) (?:\w+ )?(?:kaputt|defekt|hin|hinuber|tot|nicht mehr|undicht)\b/],
  es: [/\btiene (?:solo |apenas )?(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|un) (?:mes(?:es)?|semanas?) y ya (?:no (?:\w+)|le (?:falla|fallan)|se (?:rompio|estropeo|apaga|cuelga|calienta|descarga)|falla|fallan|gotea|pierde|hace ruido|esta rot[oa])\b/],
};
