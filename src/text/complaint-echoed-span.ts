// A failure told with the short span it took, then the span said again alone in disbelief (accent-folded): "Los
// audífonos dejaron de cargar al mes. Al mes." (round 35's missed complaint), "le chargeur a lâché au bout d'un mois. Un
// mois.", "earbuds stopped charging after a month. A month.", "nach zwei Wochen kaputt. Zwei Wochen." The echo with a
// count in words or digits is complaint-short-lived.ts's; this is any short span repeated after a failure verb. A long
// life echoed ("siguen funcionando después de dos años. Dos años.") has no failure verb. complaints.ts reads it with
// the patterns enough alone.
import type { Lang4 } from './stopwords.js';

/** Verbs of a product giving up, per language. */
const FAILED: Record<Lang4, RegExp> = {
  en: /\b(?:stopped|broke|died|quit|gave up|failed|cracked|snapped|fell apart|packed in)\b/,
  fr: /\b(?:lache|casse|cassee|claque|mort|morte|rendu l'ame|arrete de|plus marche|plus fonctionne|tombe en panne)\b/,
  de: /\b(?:kaputt|aufgehort|den geist aufgegeben|ausgefallen|gestorben|hinuber|abgebrochen|gerissen)\b/,
  es: /\b(?:dejo de|dejaron de|se rompio|se rompieron|murio|murieron|se estropeo|se estropearon|fallo|fallaron|se averio)\b/,
};

/** The post's last sentence, of one to four words, and the sentence before it. */
const TAIL = /([^.!?…]+)[.!?…]+\s+((?:[\p{L}\p{N}']+ ?){1,4})[.!?…]*\s*$/u;

/** TAIL tried at one offset only (sticky): tailOf. */
const TAIL_AT = new RegExp(TAIL.source, 'uy');

/**
 * TAIL.exec(folded), tried only where a sentence starts: at the text's start and right after a stop (TAIL's first group
 * cannot hold one). A match starting inside a sentence would match from that sentence's start too, its first group
 * longer, so the leftmost match, the one TAIL.exec gives, starts where a sentence does, and matches there as it would
 * with TAIL. TAIL tried from every offset read each sentence again from every one of its characters (~0.7 ms on a
 * few long posts).
 */
function tailOf(folded: string): RegExpExecArray | null {
  for (let at = 0; at < folded.length; at++) {
    if (isStop(folded.charCodeAt(at)) || (at > 0 && !isStop(folded.charCodeAt(at - 1)))) continue;
    TAIL_AT.lastIndex = at;
    const m = TAIL_AT.exec(folded);
    if (m !== null) return m;
  }
  return null;
}

/** The stops TAIL's first group cannot hold: '.', '!', '?', '…'. */
function isStop(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/**
 * Whether the post ends by echoing the span that closed its sentence of failure. The failure verb is looked for first:
 * TAIL, tried from every offset of a post that has no such ending, cost more than all the other complaint patterns
 * together; a post without the verb cannot have it in the sentence before its tail either.
 */
export function echoedSpan(folded: string, lang: Lang4): boolean {
  if (!FAILED[lang].test(folded)) return false;
  const m = tailOf(folded);
  if (!m) return false;
  const before = m[1].trim();
  const echo = m[2].trim();
  return echo.length >= 4 && before.endsWith(` ${echo}`) && FAILED[lang].test(before);
}
