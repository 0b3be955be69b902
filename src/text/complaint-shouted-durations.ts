// A wait or a short life counted, then the count said again alone in capitals ("You've had my passport photos for 6
// weeks. SIX.", "Rückerstattung beantragt vor 5 Wochen. FÜNF."), in French, English, German and Spanish: disbelief at
// a span, with no trouble word the held-out models read (the fold's post scored 0.42). Days, weeks, months and hours
// only: years counted are loyalty ("with you for 9 years. NINE."), and a post that praises after the count is glad of
// it. The capitals are read on the post as written; the count and its echo must be the same number. Enough alone
// (complaints.ts).
import type { Lang4 } from './stopwords.js';
import { noPraiseLater } from './evaluation-words.js';
import { foldAccents } from './tokens.js';

/** Number words from one to twelve, folded, indexed by their value (index 0 unused). */
const WORDS: Record<Lang4, readonly string[]> = {
  en: ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
  fr: ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze'],
  de: ['', 'eins', 'zwei', 'drei', 'vier', 'funf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwolf'],
  es: ['', 'uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce'],
};

const UNITS: Record<Lang4, string> = {
  en: 'hours|days|weeks|months',
  fr: 'heures|jours|semaines|mois',
  de: 'stunden|tage|tagen|wochen|monate|monaten',
  es: 'horas|dias|semanas|meses',
};

/** The span counted in digits or words (group 1), in the folded text, nothing praised after it. */
const span = (l: Lang4): RegExp => new RegExp(`\\b(\\d{1,2}|${WORDS[l].slice(1).join('|')}) (?:${UNITS[l]})\\b${noPraiseLater(l)}`);
const SPAN: Record<Lang4, RegExp> = { en: span('en'), fr: span('fr'), de: span('de'), es: span('es') };

/** The last sentence of the post as written: one word of three capitals or more (a face may follow). */
const SHOUTED_ECHO = /[.!…]\s*(\p{Lu}{3,})[.!…]*[^\p{L}\p{N}]*$/u;

/** Whether the post counts a span, then says the same count again alone in capitals. */
export function durationShouted(folded: string, original: string, lang: Lang4): boolean {
  const echo = SHOUTED_ECHO.exec(original);
  if (!echo) return false;
  const said = WORDS[lang].indexOf(foldAccents(echo[1]));
  if (said < 1) return false;
  const m = SPAN[lang].exec(folded);
  if (!m) return false;
  const counted = /^\d/.test(m[1]) ? Number(m[1]) : WORDS[lang].indexOf(m[1]);
  return counted === said;
}
