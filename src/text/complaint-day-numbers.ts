// A wait told as two days of the month, the second given as today's ("Ordered on the 2nd, today is the 19th",
// "lo hice el 2 y hoy es 20", "Commande passée le 2, nous sommes le 18", "Am 5. bestellt, heute ist der 22."), in
// French, English, German and Spanish (accent-folded). complaint-dates.ts reads days and months named; these name
// only numbers, and the held-out models, which read no trouble word in them, let the fold's posts through (scores 0.2
// to 0.7). Today must be at least three days later (a day later is no wait), and the rest of the post must not praise
// ("Ordered on the 18th, today is the 19th and it's already here. Brilliant."); an event still ahead ("Concert le 24,
// on est le 3") sets a later day first and is not read. Enough alone (complaints.ts): tried only on a post holding
// today's words, so most posts pay one short scan.
import type { Lang4 } from './stopwords.js';
import { noPraiseLater } from './evaluation-words.js';

interface DayNumbers {
  /** Today's words: without them the pattern cannot match. */
  anchor: RegExp;
  /** The first day (group 1), then within about a sentence or two today's (group 2), nothing praised after. */
  wait: RegExp;
}

/** Not a time, an amount or a span ("le 2 à 14h", "el 2 por 20 €", "heute ist der 3. Tag"). */
const NOT_A_DAY = "(?!\\s?(?:h\\b|:|am\\b|pm\\b|uhr|%|€|\\$|euros?|dias|jours|tage|days|heures|horas|stunden|hours|min))";

const dayNumbers = (first: string, suffix: string, anchor: string, lang: Lang4): DayNumbers => ({
  anchor: new RegExp(`\\b(?:${anchor})\\s`),
  wait: new RegExp(
    `\\b(?:${first})\\s(\\d{1,2})${suffix}${NOT_A_DAY}[^?]{0,80}?\\b(?:${anchor})\\s(\\d{1,2})${suffix}${NOT_A_DAY}${noPraiseLater(lang)}`,
  ),
});

const DAY_NUMBERS: Record<Lang4, DayNumbers> = {
  en: dayNumbers('on the|since the|from the|on', '(?:st|nd|rd|th)?\\b', "today is the|today is|today's the|it's the|it is the|now it's the", 'en'),
  fr: dayNumbers('le|du|depuis le', '(?:er|e)?\\b', "nous sommes le|on est le|aujourd'hui c'est le|aujourd'hui on est le|on est deja le", 'fr'),
  de: dayNumbers('am|vom|seit dem', '\\.?(?!\\d)', 'heute ist der|heute haben wir den|wir haben den|inzwischen ist der|mittlerweile ist der', 'de'),
  es: dayNumbers('el|del|desde el|el dia', '\\b', 'hoy es|hoy ya es|hoy es el|ya es|estamos a|hoy estamos a', 'es'),
};

/** Whether the folded complaint text tells a wait as two days of the month, today's at least three days later. */
export function waitToldAsDayNumbers(folded: string, lang: Lang4): boolean {
  const { anchor, wait } = DAY_NUMBERS[lang];
  if (!anchor.test(folded)) return false;
  const m = wait.exec(folded);
  if (!m) return false;
  const [from, today] = [Number(m[1]), Number(m[2])];
  return from >= 1 && today <= 31 && today - from >= 3;
}
