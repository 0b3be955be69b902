// A pattern holding Unicode property classes (`\p{L}` and the like), run on text of Latin-1 characters (most of a
// page's and a post's text; with General Punctuation's dashes and curly quotes and the currency signs besides, which
// make a text two bytes a character) through a twin whose classes are written as the characters of that range they
// match. Why: V8 compiles a pattern again for each representation of the text it runs on, and for
// each compile builds every `\p{…}` class from ICU and, under the `i` flag, closes it over case (ICU's closeOver on
// ~650 ranges for `\p{L}`), Latin-1 text or not: ~1 ms a pattern of two `\p{L}` against ~0.05 ms for the same pattern
// with their Latin-1 characters. On such text both match alike: each class is replaced by exactly the characters
// of the range it matches under the pattern's flags (LATIN1_CLASSES, checked against V8 by the tests), and a character
// of the range matches such a set under `i` only if it matches the class (its case equivalents in the range are in the
// set whenever it is). Text holding any other character (emoji, other scripts) runs the pattern as written.
//
// Only scripts/bundle-cli.mjs applies it, to the patterns of the bundled CLI (scripts/latin1-patterns.mjs says which);
// dist/ and the library run their patterns as written.

/** Each property class the project's patterns use, by its text and `/i` under the `i` flag: the characters of the twins' range it matches then, as class ranges. */
const LATIN1_CLASSES: ReadonlyMap<string, string> = new Map([
  ["\\p{L}", "\\x41-\\x5a\\x61-\\x7a\\xaa\\xb5\\xba\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff"],
  ["\\p{L}/i", "\\x41-\\x5a\\x61-\\x7a\\xaa\\xb5\\xba\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff"],
  ["\\P{L}", "\\x00-\\x40\\x5b-\\x60\\x7b-\\xa9\\xab-\\xb4\\xb6-\\xb9\\xbb-\\xbf\\xd7\\xf7\\u2000-\\u206f\\u20a0-\\u20bf"],
  ["\\P{L}/i", "\\x00-\\x40\\x5b-\\x60\\x7b-\\xa9\\xab-\\xb4\\xb6-\\xb9\\xbb-\\xbf\\xd7\\xf7\\u2000-\\u206f\\u20a0-\\u20bf"],
  ["\\p{N}", "\\x30-\\x39\\xb2\\xb3\\xb9\\xbc-\\xbe"],
  ["\\p{N}/i", "\\x30-\\x39\\xb2\\xb3\\xb9\\xbc-\\xbe"],
  ["\\P{N}", "\\x00-\\x2f\\x3a-\\xb1\\xb4-\\xb8\\xba\\xbb\\xbf-\\xff\\u2000-\\u206f\\u20a0-\\u20bf"],
  ["\\P{N}/i", "\\x00-\\x2f\\x3a-\\xb1\\xb4-\\xb8\\xba\\xbb\\xbf-\\xff\\u2000-\\u206f\\u20a0-\\u20bf"],
  ["\\p{Lu}", "\\x41-\\x5a\\xc0-\\xd6\\xd8-\\xde"],
  ["\\p{Lu}/i", "\\x41-\\x5a\\x61-\\x7a\\xb5\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff"],
  ["\\P{Lu}", "\\x00-\\x40\\x5b-\\xbf\\xd7\\xdf-\\xff\\u2000-\\u206f\\u20a0-\\u20bf"],
  ["\\P{Lu}/i", "\\x00-\\xff\\u2000-\\u206f\\u20a0-\\u20bf"],
  ["\\p{Ll}", "\\x61-\\x7a\\xb5\\xdf-\\xf6\\xf8-\\xff"],
  ["\\p{Ll}/i", "\\x41-\\x5a\\x61-\\x7a\\xb5\\xc0-\\xd6\\xd8-\\xf6\\xf8-\\xff"],
  ["\\P{Ll}", "\\x00-\\x60\\x7b-\\xb4\\xb6-\\xde\\xf7\\u2000-\\u206f\\u20a0-\\u20bf"],
  ["\\P{Ll}/i", "\\x00-\\xff\\u2000-\\u206f\\u20a0-\\u20bf"],
  ["\\p{M}", ""],
  ["\\p{M}/i", ""],
  ["\\P{M}", "\\x00-\\xff\\u2000-\\u206f\\u20a0-\\u20bf"],
  ["\\P{M}/i", "\\x00-\\xff\\u2000-\\u206f\\u20a0-\\u20bf"],
  ["\\p{Pc}", "\\x5f\\u203f\\u2040\\u2054"],
  ["\\p{Pc}/i", "\\x5f\\u203f\\u2040\\u2054"],
  ["\\P{Pc}", "\\x00-\\x5e\\x60-\\xff\\u2000-\\u203e\\u2041-\\u2053\\u2055-\\u206f\\u20a0-\\u20bf"],
  ["\\P{Pc}/i", "\\x00-\\x5e\\x60-\\xff\\u2000-\\u203e\\u2041-\\u2053\\u2055-\\u206f\\u20a0-\\u20bf"],
  ["\\p{Extended_Pictographic}", "\\xa9\\xae\\u203c\\u2049"],
  ["\\p{Extended_Pictographic}/i", "\\xa9\\xae\\u203c\\u2049"],
  ["\\P{Extended_Pictographic}", "\\x00-\\xa8\\xaa-\\xad\\xaf-\\xff\\u2000-\\u203b\\u203d-\\u2048\\u204a-\\u206f\\u20a0-\\u20bf"],
  ["\\P{Extended_Pictographic}/i", "\\x00-\\xa8\\xaa-\\xad\\xaf-\\xff\\u2000-\\u203b\\u203d-\\u2048\\u204a-\\u206f\\u20a0-\\u20bf"],
  ["\\p{Regional_Indicator}", ""],
  ["\\p{Regional_Indicator}/i", ""],
  ["\\P{Regional_Indicator}", "\\x00-\\xff\\u2000-\\u206f\\u20a0-\\u20bf"],
  ["\\P{Regional_Indicator}/i", "\\x00-\\xff\\u2000-\\u206f\\u20a0-\\u20bf"],
]);

/** Any character outside the twins' range: Latin-1, General Punctuation (dashes, curly quotes) and currency signs (€). */
const PAST_LATIN1 = /[^\0-\xff\u2000-\u206f\u20a0-\u20bf]/;
/**
 * The last text checked, and whether all of it is in the twins' range: the detectors run many patterns on one text in a
 * row, and a scan of a long two-byte text up to a character past the range took ~50 µs for 10 KB.
 */
let lastText = '';
let lastLatin1 = true;

function isLatin1(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastLatin1 = !PAST_LATIN1.test(text);
  }
  return lastLatin1;
}

const PROPERTY_CLASS = /\\[pP]\{/;

/** The twins' sources, by flags and source (null: a class not in LATIN1_CLASSES, no twin). */
const twinSources = new Map<string, string | null>();

/**
 * `source` with each property class written as the characters of the twins' range it matches under `ignoreCase`, or null when one is not in
 * LATIN1_CLASSES. `u` patterns only: an escape is a backslash and one character (or `p{…}`), and a class never holds a
 * nested one.
 */
export function latin1Source(source: string, ignoreCase: boolean): string | null {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const next = source[i + 1];
      if ((next === 'p' || next === 'P') && source[i + 2] === '{') {
        const end = source.indexOf('}', i);
        const set = LATIN1_CLASSES.get(`${source.slice(i, end + 1)}${ignoreCase ? '/i' : ''}`);
        if (set === undefined) return null;
        out += inClass ? set : `[${set}]`;
        i = end;
        continue;
      }
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}

function twinSource(re: RegExp): string | null {
  const key = `${re.flags}/${re.source}`;
  let twin = twinSources.get(key);
  if (twin === undefined) {
    twin = latin1Source(re.source, re.ignoreCase);
    twinSources.set(key, twin);
  }
  return twin;
}

/**
 * A RegExp that runs `#latin1` (its twin) on text in the twins' range and `#whole` (itself, as a plain RegExp) on other text, each
 * through V8's own methods, `lastIndex` carried over both ways. Every method a string or a caller uses is its own, so
 * none runs the subclass's slower generic path.
 */
class Latin1FastRegExp extends RegExp {
  readonly #twin: string;
  #latin1: RegExp | undefined;
  #whole: RegExp | undefined;

  constructor(pattern: RegExp, twin: string) {
    super(pattern);
    this.#twin = twin;
  }

  #for(text: string): RegExp {
    const re = !isLatin1(text) ? (this.#whole ??= new RegExp(this.source, this.flags)) : (this.#latin1 ??= new RegExp(this.#twin, this.flags));
    re.lastIndex = this.lastIndex;
    return re;
  }

  override exec(text: string): RegExpExecArray | null {
    const s = String(text);
    const re = this.#for(s);
    const found = re.exec(s);
    this.lastIndex = re.lastIndex;
    return found;
  }

  override test(text: string): boolean {
    const s = String(text);
    const re = this.#for(s);
    const found = re.test(s);
    this.lastIndex = re.lastIndex;
    return found;
  }

  override [Symbol.match](text: string): RegExpMatchArray | null {
    const s = String(text);
    const re = this.#for(s);
    const found = RegExp.prototype[Symbol.match].call(re, s);
    this.lastIndex = re.lastIndex;
    return found;
  }

  override [Symbol.matchAll](text: string): RegExpStringIterator<RegExpMatchArray> {
    const s = String(text);
    return RegExp.prototype[Symbol.matchAll].call(this.#for(s), s);
  }

  override [Symbol.replace](text: string, replacement: string | ((substring: string, ...args: any[]) => string)): string {
    const s = String(text);
    const re = this.#for(s);
    const out = (RegExp.prototype[Symbol.replace] as (this: RegExp, s: string, r: typeof replacement) => string).call(re, s, replacement);
    this.lastIndex = re.lastIndex;
    return out;
  }

  override [Symbol.search](text: string): number {
    const s = String(text);
    return RegExp.prototype[Symbol.search].call(this.#for(s), s);
  }

  override [Symbol.split](text: string, limit?: number): string[] {
    const s = String(text);
    return RegExp.prototype[Symbol.split].call(this.#for(s), s, limit);
  }
}

/** `re` itself, or, when it is a `u` pattern with property classes all in LATIN1_CLASSES, a Latin1FastRegExp of it. */
export function latin1Fast(re: RegExp): RegExp {
  if (!re.unicode || !PROPERTY_CLASS.test(re.source)) return re;
  const twin = twinSource(re);
  return twin === null ? re : new Latin1FastRegExp(re, twin);
}
