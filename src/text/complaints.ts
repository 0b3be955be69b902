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

  let points = isAngry(visible) || ANNOYED_EMOJI.test(text) ? WEAK : 0;
  // A word two vocabularies share ("problem" in English and German) is one sign, not two: matches are counted once
  // per stretch of text.
  const seen = new Set<string>();
  for (const l of langs) {
    const p = COMPLAINT_PATTERNS[l];
    for (const [patterns, weight] of [[p.strong, STRONG], [p.weak, WEAK]] as const) {
      for (const re of patterns) {
        const m = re.exec(folded);
        if (!m) continue;
        const span = `${m.index}:${m[0].length}`;
        if (seen.has(span)) continue;
        seen.add(span);
        points += weight;
      }
    }
    if (points >= THRESHOLD) return true;
  }
  return points >= THRESHOLD;
}

/**
 * Eye-roll, angry and unamused faces: the marker that turns "Bravo pour le colis…" or "Great job…" into sarcasm. Worth
 * one weak point, so praise with a stray 🙄 still needs a problem word to become a complaint.
 */
const ANNOYED_EMOJI = /[\u{1F644}\u{1F612}\u{1F620}\u{1F621}\u{1F624}\u{1F92C}\u{1F611}]/u;

/** Repeated '!'/'?' ("!!!", "??") or shouting (two or more words of four letters or more in capitals). */
function isAngry(text: string): boolean {
  if (/[!?]{3,}|\?{2,}/u.test(text)) return true;
  const shouted = (text.match(/(?<!\p{L})\p{Lu}{4,}(?!\p{L})/gu) ?? []).length;
  return shouted >= 2;
}

function globally(re: RegExp): RegExp {
  return re.global ? re : new RegExp(re.source, `${re.flags}g`);
}
