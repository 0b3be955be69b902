// An essential missing from home, counted in days or weeks (accent-folded), told bare as in round 35 ("Hab seit 10
// Tagen kein Warmwasser", "pas d'eau chaude depuis 5 jours", "no hot water for six days now", "sin calefacción desde
// hace una semana"). complaint-timelines.ts knows the ordinal day ("third day without hot water"); this is the span
// with the count. The held-out model reads a span and a question. Not the essential back ("seit zwei Wochen wieder
// Warmwasser", no negation) nor a span without one ("keine Probleme seit 5 Jahren": not an essential).
// complaints.ts adds them to the patterns enough alone.
import type { Lang4 } from './stopwords.js';

const EN = '(?:hot water|water|heating|power|electricity|gas|internet|wifi|broadband|signal|phone line|landline)';
const FR = "(?:d'eau chaude|d'eau|de chauffage|de courant|d'electricite|de gaz|d'internet|de wifi|de reseau|de ligne|de tele|de box)";
const DE = '(?:warmwasser|wasser|heizung|strom|gas|internet|wlan|netz|empfang|telefon|festnetz)';
const ES = '(?:agua caliente|agua|calefaccion|luz|gas|internet|wifi|fibra|senal|cobertura|linea)';

const SPAN_EN = '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|a|several) (?:days|day|weeks|week)';
const SPAN_FR = '(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|dix|une|plusieurs) (?:jours|semaines|semaine)';
const SPAN_DE = '(?:\\d+|zwei|drei|vier|funf|sechs|sieben|acht|zehn|einer|mehreren) (?:tagen|wochen|woche)';
const SPAN_ES = '(?:\\d+|dos|tres|cuatro|cinco|seis|siete|ocho|diez|una|varios|varias) (?:dias|semanas|semana)';

export const DAYS_WITHOUT: Record<Lang4, RegExp[]> = {
  en: [new RegExp(`\\b(?:no|without) ${EN} (?:for|in) (?:the (?:last|past) )?${SPAN_EN}\\b`)],
  fr: [new RegExp(`\\b(?:pas|plus|sans|toujours pas) ${FR} depuis ${SPAN_FR}\\b|\\bdepuis ${SPAN_FR},? (?:pas|plus|sans) ${FR}`)],
  de: [new RegExp(`\\bseit ${SPAN_DE} (?:\\w+ )?(?:kein|keine|keinen|ohne) ${DE}\\b|\\b(?:kein|keine|keinen|ohne) ${DE} (?:mehr )?seit ${SPAN_DE}\\b`)],
  es: [new RegExp(`\\bsin ${ES} desde hace ${SPAN_ES}\\b|\\b(?:llevamos|llevo) ${SPAN_ES} sin ${ES}\\b`)],
};
