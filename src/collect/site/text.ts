// Text clean-up shared by the page analysers: control characters, whitespace, accents, snippet length.

/** Longest snippet kept as evidence (PageFacts contract: ≤ 160 chars). */
export const SNIPPET_MAX = 160;

// C0/C1 control characters except tab/newline/carriage return, plus zero-width and bidi marks that scraped pages
// use to smuggle text into terminals and reports.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

// What cleanText changes: whitespace other than single inner spaces, control and invisible characters (terminal
// escape sequences start with one). Text without any is returned as it is, without a copy.
const NEEDS_CLEANING = /[^\S ]|^ | $| {2}|[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/** Strips control characters, collapses all whitespace (including no-break spaces) to single spaces and trims. */
export function cleanText(text: string): string {
  if (!NEEDS_CLEANING.test(text)) return text;
  // Cleaning is a few linear passes, cheaper than looking the text up in a cache; controls are rare.
  const visible = CONTROL_TEST.test(text) ? text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '') : text;
  return visible.replace(WHITESPACE_TO_SPACE, ' ').trim();
}

// The runs of whitespace that collapsing into single spaces changes: two or more whitespace characters, or one that is
// not a space. The same as replacing every run (/\s+/g), without rewriting each single space between words (most of a
// text that needs cleaning at all: half as much CPU on the bench pages' lines).
const WHITESPACE_TO_SPACE = /\s\s+|[^\S ]/g;

// Whole terminal escape sequences (CSI "ESC [ … final", OSC "ESC ] … BEL|ESC \\", 8-bit CSI, two-byte ESC codes):
// removing only the ESC byte would leave "]0;pwned[2J" in snippets and brand names.
const ESCAPE_SEQUENCE = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u009b[0-?]*[ -/]*[@-~]|\u001b[@-Z\\-_]/g;

// CONTROL without the global flag, for a test that does not move lastIndex.
const CONTROL_TEST = new RegExp(CONTROL.source);

/** True when cleanText would remove characters from `text` (not only collapse its whitespace). */
export function hasControl(text: string): boolean {
  return CONTROL_TEST.test(text);
}

// What foldText changes: upper case, backticks and anything beyond ASCII (accents, typographic quotes, ß).
const NEEDS_FOLDING = /[A-Z`\u0080-\uFFFF]/;

/**
 * Lower-cases and removes accents ("Dernière" → "derniere"), for language-tolerant matching. Not cached: on pages
 * with text of their own, a cache of folded strings missed a third of the time and cost more memory (and garbage
 * collection) than the folding it saved.
 */
export function foldText(text: string): string {
  if (!NEEDS_FOLDING.test(text)) return text;
  return foldUncached(text);
}

/**
 * Two capitalised words in a row ("Marta Ruiz", "Anna-Lena Berger"): the shape of a person's name, read where neither
 * word is the brand's or a unit of it (own-account.ts, account-model.ts).
 */
export const NAME_SHAPE = /\b\p{Lu}\p{Ll}+[\s-]+\p{Lu}\p{Ll}+\b/u;

/**
 * Whether a card's title, as its words, is a person's name whole: two to four capitalised words of letters only ("Sabine
 * Krause", "Anna-Lena Berger", "Jens Petersen") — a person's card, not a place's or a unit's (unit-mailbox.ts,
 * run-branch.ts).
 */
export function nameShapedTitle(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w));
}

const UMLAUT = /[äöüÄÖÜß]/g;
const HAS_UMLAUT = /[äöüÄÖÜß]/;
const UMLAUT_SPELLING: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * The text with German umlauts spelt as handles spell them ("Ambühl" → "Ambuehl", "Hohbühl" → "Hohbuehl"), or null when
 * it holds none: folding alone drops the dots ("ambuhl"), and a handle may be spelt either way.
 */
export function spellUmlauts(text: string): string | null {
  return HAS_UMLAUT.test(text) ? text.replace(UMLAUT, (u) => UMLAUT_SPELLING[u.toLowerCase()] ?? u) : null;
}

/** Folded, with every character but a-z and 0-9 removed: "Crédit-Agricole" → "creditagricole", "@Studio_Falz" → "studiofalz". */
export function squash(text: string): string {
  return foldText(text).replace(/[^a-z0-9]/g, '');
}

/** The user part of a handle: "tidewatertalks" for a Mastodon "tidewatertalks@mastodon.social", the handle otherwise. */
export function handleUser(handle: string): string {
  return handle.split('@')[0];
}

/** The folding itself: decomposed (NFD), combining accents dropped, ß → ss, apostrophes straightened, lower case. */
export function foldByNormalizing(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

/**
 * Each character of Latin text folded alone, as foldByNormalizing folds it: Latin-1 and Latin Extended letters
 * (which decompose into a base letter and accents from U+0300–U+036F only, so nothing reorders across them), the
 * accents themselves (dropped), and the punctuation of typeset text. A text made of ASCII and these characters folds
 * character by character to the same string, without Unicode normalisation (three times slower on French text).
 */
const FOLDED_ALONE = new Map<number, string>();
for (const [from, to] of [[0x80, 0x24f], [0x300, 0x36f], [0x2010, 0x2027], [0x20ac, 0x20ac]]) {
  for (let code = from; code <= to; code++) FOLDED_ALONE.set(code, foldByNormalizing(String.fromCharCode(code)));
}

/**
 * Whether a character folds into exactly one character whatever surrounds it: a base character (no combining mark,
 * which Unicode normalisation could reorder against its neighbours), not the capital sigma (lower-cased by context),
 * whose folding alone is one character. By character code, computed on first sight: 1 yes, 2 no.
 */
const ONE_FOR_ONE = new Uint8Array(0x10000);

function oneForOne(code: number): boolean {
  let known = ONE_FOR_ONE[code];
  if (known === 0) {
    const ch = String.fromCharCode(code);
    const ok =
      !(code >= 0xd800 && code <= 0xdfff) &&
      code !== 0x3a3 &&
      !/\p{M}/u.test(ch) &&
      // Not moved by normalisation before an accent of class 240: it starts a character (combining class 0).
      ('\u0345' + ch).normalize('NFD') === '\u0345' + ch.normalize('NFD') &&
      (code < 0x80 || FOLDED_ALONE.get(code) !== undefined ? foldUncached(ch) : foldByNormalizing(ch)).length === 1;
    known = ONE_FOR_ONE[code] = ok ? 1 : 2;
  }
  return known === 1;
}

/**
 * foldText(text) when it folds character for character (same length, position for position): then
 * `foldText(text.slice(a, b))` is `foldAligned(text).slice(a, b)`, so a long text is folded once rather than in
 * pieces. Undefined for text with ß, combining accents, surrogate pairs (emoji) or other characters that fold into
 * none or several.
 */
export function foldAligned(text: string): string | undefined {
  if (!NEEDS_FOLDING.test(text)) return text;
  // As foldUncached, but also through characters beyond FOLDED_ALONE ("›", "²", Cyrillic), each folded alone: with
  // every character one for one, that is what normalising the whole text gives. Only the characters folding changes
  // are visited, by a native replace: a loop over every character of a page's text (most of it lower-case ASCII,
  // left as it is) ran in the interpreter, one code at a time, until the optimising compiler took it.
  unaligned = false;
  // Lower-cased natively first, so that only what is beyond ASCII (and the backtick) is visited one by one: the
  // capitals were ~4 in 10 of the characters visited on the bench pages. Every code unit folds as its lower case
  // does when that is one unit (tests/collect/site/text.test.ts checks all 65,536) but for the two in
  // CASED_APART; a text with one of those, or whose lower case changes length ("İ"), is folded as written.
  const lowered = text.toLowerCase();
  const folded =
    lowered.length === text.length && !CASED_APART.test(text) ? lowered.replace(TO_FOLD_LOWERED, foldOne) : text.replace(TO_FOLD, foldOne);
  return unaligned ? undefined : folded;
}

// The code units that fold otherwise than their lower case: the capital sigma (lower-cased by its context, and not
// folded alone) and the capital sharp s (lower-cased into "ß", which folds into two letters).
const CASED_APART = /[\u03a3\u1e9e]/;
// What foldedCode changes in lower-cased text: the backtick and every character beyond ASCII.
const TO_FOLD_LOWERED = /[`\u0080-\uffff]/g;

// What foldedCode changes: ASCII capitals, the backtick and every character beyond ASCII (one UTF-16 unit each).
const TO_FOLD = /[A-Z`\u0080-\uffff]/g;
// Set by foldOne when a character does not fold into exactly one: foldAligned then has no answer.
let unaligned = false;

function foldOne(ch: string): string {
  if (unaligned) return ch;
  const code = foldedCode(ch.charCodeAt(0));
  if (code < 0) {
    unaligned = true;
    return ch;
  }
  return String.fromCharCode(code);
}

/** The code of a character folded alone when it folds into one character, else -1. */
function foldedCode(code: number): number {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) ? code + 0x20 : code === 0x60 ? 0x27 : code;
  const folded = foldedAligned(code);
  return folded === undefined ? -1 : folded.charCodeAt(0);
}

const foldedAligned = (code: number): string | undefined => (oneForOne(code) ? (FOLDED_ALONE.get(code) ?? foldedBeyond(code)) : undefined);

/** Characters beyond FOLDED_ALONE that fold one for one, folded alone (by normalisation), once each. */
const FOLDED_BEYOND = new Map<number, string>();

function foldedBeyond(code: number): string {
  let folded = FOLDED_BEYOND.get(code);
  if (folded === undefined) FOLDED_BEYOND.set(code, (folded = foldByNormalizing(String.fromCharCode(code))));
  return folded;
}

function foldUncached(text: string): string {
  // Other scripts, symbols and emoji: the whole text through Unicode normalisation.
  return foldEach(text, foldedAlone) ?? foldByNormalizing(text);
}

// The callbacks of foldEach, made once rather than at each call (folding runs on every label and text of a page).
const foldedAlone = (code: number): string | undefined => FOLDED_ALONE.get(code);

/**
 * Folds character by character: ASCII capitals and the backtick by hand, any other character through `other`;
 * undefined as soon as `other` has no answer for one.
 */
function foldEach(text: string, other: (code: number) => string | undefined): string | undefined {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 0x41 && code <= 0x5a) || code === 0x60) {
        out += text.slice(from, i) + (code === 0x60 ? "'" : String.fromCharCode(code + 0x20));
        from = i + 1;
      }
      continue;
    }
    const folded = other(code);
    if (folded === undefined) return undefined;
    out += text.slice(from, i) + folded;
    from = i + 1;
  }
  return out + text.slice(from);
}

/** Cleans `text` and cuts it to at most `max` characters, on a word boundary when one is close. */
export function snippet(text: string, max = SNIPPET_MAX): string {
  const clean = cleanText(text);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** Levenshtein distance between two strings (one row kept): how many typos apart a handle and a brand's name are. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}
