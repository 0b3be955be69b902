// Low-level text helpers shared by the detectors: accent folding, URL/emoji stripping, sentence and word splitting.

/** String.prototype.charCodeAt, called on a post's text in its scanning loops (see weight-tables.ts). */
const charCodeAt = String.prototype.charCodeAt;

/** Matches http(s) URLs, www. hosts and bare host/path forms ("shop.fr/?a=1"), whose '?' must not count as a question. */
const URL_RE = /(?:https?:\/\/|www\.)\S+|\b[\w-]+(?:\.[\w-]+)+\/\S*/giu;

/** Pictographs plus the joiners, variation selectors, skin tones and keycaps that travel with them. */
const EMOJI_RE = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}\u200D\uFE0E\uFE0F\u20E3]/gu;

/** Removes URLs. */
export function stripUrls(text: string): string {
  // Every URL form holds a '/' or "www.": most posts have neither, and skip the scan.
  return text.includes('/') || text.includes('www.') ? text.replace(URL_RE, ' ') : text;
}

/** Removes emoji and their modifiers. */
export function stripEmoji(text: string): string {
  // Emoji and their modifiers are all outside ASCII.
  return /^[\x00-\x7f]*$/.test(text) ? text : text.replace(EMOJI_RE, ' ');
}

/**
 * Lower-cases and removes diacritics (é→e, ü→u, ñ→n), and spells out the ligatures and ß that NFD leaves alone, so
 * "Weiß", "weiss" and "WEISS" compare equal.
 */
export function foldAccents(text: string): string {
  // Most posts are plain ASCII: Unicode normalisation, the slow part, is then not needed.
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase();
  const lower = text.toLowerCase();
  // Most of the rest hold only Latin letters and common punctuation: each is folded by a table, one character at a
  // time, which gives what the whole-text fold gives (see FOLDED).
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = charCodeAt.call(lower, i);
    if (c < 0x80) continue;
    const folded = c < LATIN_END ? FOLDED_LATIN[c - 0x80] : c >= PUNCTUATION && c < PUNCTUATION_END ? FOLDED_PUNCTUATION[c - PUNCTUATION] : undefined;
    if (folded === undefined) return foldLower(lower);
    if (folded.length === 1 && folded.charCodeAt(0) === c) continue;
    out += lower.slice(from, i) + folded;
    from = i + 1;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

/** The fold of lower-cased text: ligatures and ß spelt out, then every mark of the canonical decomposition removed. */
function foldLower(lower: string): string {
  return lower.replace(/ß/g, 'ss').replace(/œ/g, 'oe').replace(/æ/g, 'ae').normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Latin-1 and Latin Extended-A/B (U+0080–U+024F), and General Punctuation (U+2000–U+206F), each character folded on
 * its own by foldLower. None of them is a combining mark, and each decomposes on its own: canonical decomposition of
 * a text made of them is the decomposition of each in turn, reordered only among marks, which the fold removes — so
 * folding them one at a time gives foldLower's answer on the whole text.
 */
const LATIN_END = 0x250;
const PUNCTUATION = 0x2000;
const PUNCTUATION_END = 0x2070;
const FOLDED_LATIN = Array.from({ length: LATIN_END - 0x80 }, (_, i) => foldLower(String.fromCharCode(0x80 + i)));
const FOLDED_PUNCTUATION = Array.from({ length: PUNCTUATION_END - PUNCTUATION }, (_, i) =>
  foldLower(String.fromCharCode(PUNCTUATION + i)),
);

/**
 * The form every detector works on: URLs and emoji removed, typographic apostrophes straightened, every kind of
 * space (French typography puts U+00A0 or U+202F before '?' and '!') turned into a plain one, lower-cased.
 * Accents are kept: Spanish needs them to tell "cómo" (how) from "como" (as).
 */
export function prepare(text: string): string {
  return prepareStripped(stripEmoji(stripUrls(text)));
}

/** prepare() on a text whose URLs and emoji are already removed (post-text.ts strips them once for both forms). */
export function prepareStripped(stripped: string): string {
  let out = stripped;
  if (/[’‘ʼ´`]/.test(out)) out = out.replace(/[’‘ʼ´`]/g, "'");
  // Plain spaces only: a single replace when any other whitespace or a run of spaces is there (a class, then a search
  // for two spaces: one pattern of both alternatives cost twice as much on a text holding neither).
  if (/[\t\n\r\f\v\u00A0\u202F\u2007\u2060]/.test(out) || out.includes('  ')) out = out.replace(/[\s\u00A0\u202F\u2007\u2060]+/gu, ' ');
  return out.toLowerCase().trim();
}

/** Splits into sentences, each keeping its closing punctuation ("Prix ?" stays whole; "?" alone is a sentence). */
export function sentences(prepared: string): string[] {
  const out: string[] = [];
  // exec from the start rather than matchAll, which makes a new regular expression for every text (the pattern never
  // matches an empty string, so each match moves on as matchAll's would).
  SENTENCE.lastIndex = 0;
  for (let m = SENTENCE.exec(prepared); m !== null; m = SENTENCE.exec(prepared)) {
    const s = m[0].trim();
    if (s) out.push(s);
  }
  return out;
}

/**
 * A sentence: a run of non-terminators followed by its terminators, or terminators alone ("??"). No 'u' flag: the
 * terminators are all in the BMP, so code units split where code points would, and V8 scans plain patterns faster.
 */
const SENTENCE = /[^.!?…\n]*[.!?…]+|[^.!?…\n]+$/gm;

/** Words: runs of letters (and inner apostrophes/hyphens), lower-cased as given. */
export function words(text: string): string[] {
  return text.match(/\p{L}+(?:['-]\p{L}+)*/gu) ?? [];
}

/** Number of letters in the text, to weigh statistical language detection against short-text heuristics. */
export function letterCount(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}
