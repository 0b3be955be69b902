// A base's or branch's handle made of a short form of the brand's name and the place its card is titled by: "Baza
// Dubrovnik" over @pjdubrovnik, "Baza Split / Kaštela" over @pj_split_marina at Plavi Jarbol Yachting (round 37),
// "Base Falmouth" over @ts_falmouth. Charter firms, rental chains and schools title each base's card by a kind of unit
// and its town, and its account by their initials and the town; the title holds none of the brand's words, so neither
// unit-title.ts's spelling of the title nor initials-title.ts (the brand's words spelt by their initials) reads it, and
// branch-abbreviation.ts needs the abbreviation written in the card. A word of the card's own line may close the handle
// (the marina, the quay: "Marina Kaštela" under the title). The title must name a kind of unit: a skipper's or a
// manager's card headed by a name ("Kapitan Ola Mazur" over @mf_kapitan_ola) names none; and an agent's or franchisee's
// card is left by the caller, which reads the block for another operator first.
import { brandTags } from './brand-words.js';
import { foldText } from './text.js';

/**
 * Letters accent folding keeps that handles write as plain Latin ones (Polish "ł" of "Mikołajki", Croatian "đ",
 * Scandinavian "ø" and "æ", German "ß"): a town's name is spelt so in its base's handle ("mfmikolajki").
 */
const PLAIN: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ø: 'o', æ: 'ae', ß: 'ss', þ: 'th', ð: 'd', ı: 'i' };

/** A text's words, folded, those letters written plain, letters and digits only. */
export function plainWords(text: string): string[] {
  return foldText(text)
    .replace(/[łđøæßþðı]/g, (ch) => PLAIN[ch])
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Words of the card's line a handle may close with, after the place: its first few. */
const LINE_WORDS = 12;
/** The shortest word of the card's line the handle may close with ("port", "quay"; shorter are particles). */
const LINE_WORD_MIN = 4;

/**
 * Whether `user` (squashed) opens with a short form of the brand's name (brand-words.ts brandTags: "pj", "ts") and the
 * rest spells, whole and in order, the title's words other than its kind of unit — one of them at least — then
 * perhaps one word of the card's line (`line`, folded words); `title` holds the title's folded words, one of them a kind
 * of unit by `isKind`.
 */
export function spellsBaseByInitials(
  user: string,
  title: readonly string[],
  line: readonly string[],
  brandName: string,
  isKind: (word: string) => boolean,
): boolean {
  const kinds = title.filter(isKind);
  if (kinds.length === 0) return false;
  const places = title.filter((w) => !isKind(w));
  if (places.length === 0) return false;
  const closing = new Set(line.slice(0, LINE_WORDS).filter((w) => w.length >= LINE_WORD_MIN));
  return brandTags(brandName).some((tag) => {
    if (!user.startsWith(tag) || user.length === tag.length) return false;
    return spellsPlace(user.slice(tag.length), places, closing);
  });
}

/**
 * Whether `rest` is a run of the place's words from one of them on, in the title's order (at least one), then nothing
 * or one word of the card's line.
 */
function spellsPlace(rest: string, places: readonly string[], closing: ReadonlySet<string>): boolean {
  for (let from = 0; from < places.length; from++) {
    let left = rest;
    for (let at = from; at < places.length && left.startsWith(places[at]); at++) {
      left = left.slice(places[at].length);
      if (left === '' || closing.has(left)) return true;
    }
  }
  return false;
}
