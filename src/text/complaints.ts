// Complaint detection: problem phrases in four languages, weaker words that need company, and angry punctuation.
import { COMPLAINT_PATTERNS } from './complaint-patterns.js';
import { LANGS, type Lang4 } from './stopwords.js';
import type { TextLang } from './language.js';
import { foldAccents, stripEmoji, stripUrls } from './tokens.js';

/**
 * Points needed to call a post a complaint. A strong phrase ("colis perdu", "still waiting") scores 2 alone; a weak
 * word ("refund", "Rückerstattung") or angry punctuation scores 1, so one of them alone is not enough: "remboursement
 * reçu en 48 h" and "J'adore !!!" stay praise, "Where is my order? It's been 12 days" adds up to a complaint.
 */
const THRESHOLD = 2;
const STRONG = 2;
const WEAK = 1;

/**
 * True when the post complains: a problem phrase (toujours pas reçu, colis perdu, still waiting, broken, immer noch
 * nicht, kaputt, todavía no, roto…), or several weaker signs together (refund + elapsed time, shouting + "where is my
 * order"). Negated satisfaction counts ("pas contente", "not happy"); negated complaints do not ("jamais déçue",
 * "no problem", "nicht schlecht", "sin problema"). Without `lang` (or 'und') all four vocabularies are used.
 */
export function isComplaint(text: string, lang?: TextLang): boolean {
  const visible = stripEmoji(stripUrls(text)).replace(/[@#][\p{L}\p{N}_.]+/gu, ' ');
  let folded = foldAccents(visible).replace(/[’‘]/g, "'").replace(/[\s\u00A0\u202F]+/gu, ' ').trim();
  if (!folded) return false;
  const langs: readonly Lang4[] = lang && lang !== 'und' ? [lang] : LANGS;
  for (const l of langs) for (const re of COMPLAINT_PATTERNS[l].cancel) folded = folded.replace(globally(re), ' ');

  let points = isAngry(visible) ? WEAK : 0;
  for (const l of langs) {
    const p = COMPLAINT_PATTERNS[l];
    points += STRONG * p.strong.filter((re) => re.test(folded)).length;
    points += WEAK * p.weak.filter((re) => re.test(folded)).length;
    if (points >= THRESHOLD) return true;
  }
  return points >= THRESHOLD;
}

/** Repeated '!'/'?' ("!!!", "??") or shouting (two or more words of four letters or more in capitals). */
function isAngry(text: string): boolean {
  if (/[!?]{3,}|\?{2,}/u.test(text)) return true;
  const shouted = (text.match(/(?<!\p{L})\p{Lu}{4,}(?!\p{L})/gu) ?? []).length;
  return shouted >= 2;
}

function globally(re: RegExp): RegExp {
  return re.global ? re : new RegExp(re.source, `${re.flags}g`);
}
