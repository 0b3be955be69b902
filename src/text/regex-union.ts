// Pattern lists joined into few alternations, so a detector scans a post once per group instead of once per pattern.
import { requiredLiterals } from './regex-literals.js';

/** Joins patterns into alternations: one scan of the text instead of dozens. */
export function union(patterns: RegExp[]): RegExp[] {
  // The Unicode flag only for the patterns that need it (\p{L}…): V8 runs plain alternations faster. Patterns that
  // start at a word boundary share one leading \b, so the engine tries the alternatives at word starts only.
  const join = (list: RegExp[], flags: string): RegExp[] => {
    if (list.length < 2) return list;
    const alternatives = new Map(list.map((re) => [re, topLevelAlternatives(re.source)]));
    const atWord = list.filter((re) => alternatives.get(re)!.every((alt) => alt.startsWith('\\b')));
    const rest = list.filter((re) => !atWord.includes(re));
    const out: RegExp[] = [];
    const words = atWord.flatMap((re) => alternatives.get(re)!.map((alt) => alt.slice(2)));
    if (words.length > 0) out.push(new RegExp(`\\b(?=\\w)(?:${words.join('|')})`, flags));
    if (rest.length > 0) out.push(new RegExp(rest.map((re) => `(?:${re.source})`).join('|'), flags));
    return out;
  };
  return [...join(patterns.filter((re) => !re.unicode), ''), ...join(patterns.filter((re) => re.unicode), 'u')];
}

/** A pattern's alternatives at its top level ("\\ba|\\bb(?:c|d)" → "\\ba", "\\bb(?:c|d)"), escapes and classes kept. */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** A group of patterns tested as one: true when any of them matches. */
export interface UnionTester {
  test(text: string): boolean;
}

/** One alternative of a tester: its source and flags, compiled on first use. */
interface Piece {
  source: string;
  flags: string;
  re?: RegExp;
}

/**
 * The patterns of `union`, tested as one (the same answer as testing each of union's alternations), but each
 * alternative on its own and only when the text holds a literal it cannot match without (regex-literals.ts):
 * most alternatives of a large group then never run on an audit's posts, and V8 never compiles them, which for
 * the detectors' long alternations costs more than every later scan. The alternatives without such a literal are
 * joined and always tested. For `test` only: which alternative matches first, and where, is not kept.
 */
export function unionTester(patterns: RegExp[]): UnionTester {
  // Read on the first test: a group used by no post of an audit (another language's) costs nothing.
  let tester: UnionTester | undefined;
  return { test: (text) => (tester ??= buildTester(patterns)).test(text) };
}

function buildTester(patterns: RegExp[]): UnionTester {
  const always: Piece[] = [];
  const checked: Array<Piece & { literals: string[] }> = [];
  const unchecked = new Map<string, string[]>();
  for (const [list, flags] of [
    [patterns.filter((re) => !re.unicode), ''],
    [patterns.filter((re) => re.unicode), 'u'],
  ] as const) {
    // A lone pattern is tested as it is, as union leaves it.
    if (list.length === 1) always.push({ source: list[0].source, flags: list[0].flags, re: list[0] });
    if (list.length < 2) continue;
    // The same partition as union's: the patterns whose alternatives all start at a word boundary share "\\b(?=\\w)".
    for (const re of list) {
      const alternatives = topLevelAlternatives(re.source);
      const atWord = alternatives.every((alt) => alt.startsWith('\\b'));
      for (const source of atWord ? alternatives.map((alt) => `\\b(?=\\w)(?:${alt.slice(2)})`) : [re.source]) {
        const literals = requiredLiterals(source, flags);
        if (literals) checked.push({ source, flags, literals });
        else unchecked.set(flags, [...(unchecked.get(flags) ?? []), source]);
      }
    }
  }
  for (const [flags, sources] of unchecked) always.push({ source: sources.map((s) => `(?:${s})`).join('|'), flags });
  // Each literal once, with the alternatives that need it.
  const byLiteral = new Map<string, number[]>();
  checked.forEach((piece, i) => {
    for (const literal of piece.literals) {
      const list = byLiteral.get(literal);
      if (list) list.push(i);
      else byLiteral.set(literal, [i]);
    }
  });
  const index = new LiteralIndex([...byLiteral.keys()]);
  const needing = [...byLiteral.values()];
  const tried = new Uint32Array(checked.length);
  let stamp = 0;
  const run = (piece: Piece, text: string): boolean => (piece.re ??= new RegExp(piece.source, piece.flags)).test(text);
  // The text being tested, for `found` (made once, not per test).
  let current = '';
  const found = (literal: number): boolean => {
    for (const i of needing[literal]) {
      if (tried[i] === stamp) continue;
      tried[i] = stamp;
      if (run(checked[i], current)) return true;
    }
    return false;
  };
  return {
    test(text) {
      for (const piece of always) if (run(piece, text)) return true;
      stamp = stamp === 0xffffffff ? 1 : stamp + 1;
      if (stamp === 1) tried.fill(0);
      current = text;
      return index.some(text, found);
    },
  };
}

/**
 * A set of literals found in a text by one pass over it: the literals of two characters or more are filed by a hash of
 * their first two, so each position of the text costs one table probe, and only the literals filed there are compared
 * (their next two characters first, as one number, before the whole literal). Searching a group's hundreds of
 * literals one `includes` at a time cost more than everything else the detectors do.
 */
class LiteralIndex {
  readonly #literals: string[];
  /** Literals of one character, searched with `includes`. */
  readonly #single: number[] = [];
  /** Per hash bucket, where its literals start in #filed (bucket b: #filed[#start[b]] up to #filed[#start[b + 1]]). */
  readonly #start: Int32Array;
  /** Literal indices, bucket by bucket; beside each, its third and fourth characters and the mask of those it has. */
  readonly #filed: Int32Array;
  readonly #next: Int32Array;
  readonly #nextMask: Int32Array;
  readonly #shift: number;

  constructor(literals: string[]) {
    this.#literals = literals;
    let bits = 6;
    while (1 << bits < literals.length * 4) bits++;
    this.#shift = 32 - bits;
    const buckets: number[][] = Array.from({ length: 1 << bits }, () => []);
    literals.forEach((literal, i) => {
      if (literal.length === 1) this.#single.push(i);
      else buckets[this.#bucket(literal.charCodeAt(0), literal.charCodeAt(1))].push(i);
    });
    const size = buckets.reduce((n, b) => n + b.length, 0);
    this.#start = new Int32Array((1 << bits) + 1);
    this.#filed = new Int32Array(size);
    this.#next = new Int32Array(size);
    this.#nextMask = new Int32Array(size);
    let at = 0;
    buckets.forEach((bucket, b) => {
      this.#start[b] = at;
      for (const i of bucket) {
        const literal = literals[i];
        this.#filed[at] = i;
        this.#next[at] = ((literal.charCodeAt(2) | 0) << 16) | (literal.charCodeAt(3) | 0);
        this.#nextMask[at] = (literal.length > 2 ? 0xffff << 16 : 0) | (literal.length > 3 ? 0xffff : 0);
        at++;
      }
    });
    this.#start[1 << bits] = at;
  }

  #bucket(first: number, second: number): number {
    return Math.imul((first << 16) | second, 0x9e3779b1) >>> this.#shift;
  }

  /**
   * True when `found` says true for a literal (by its index) occurring in `text`; it may be asked more than once for a
   * literal that occurs more than once, and in no particular order.
   */
  some(text: string, found: (literal: number) => boolean): boolean {
    const literals = this.#literals;
    for (const i of this.#single) if (text.includes(literals[i]) && found(i)) return true;
    const start = this.#start;
    const filed = this.#filed;
    const next = this.#next;
    const nextMask = this.#nextMask;
    const shift = this.#shift;
    const last = text.length - 1;
    let second = text.charCodeAt(0);
    for (let at = 0; at < last; at++) {
      const first = second;
      second = text.charCodeAt(at + 1);
      const b = Math.imul((first << 16) | second, 0x9e3779b1) >>> shift;
      const end = start[b + 1];
      let k = start[b];
      if (k === end) continue;
      // The next two characters as one number (0 past the end, which no literal holds).
      const following = ((at + 2 <= last ? text.charCodeAt(at + 2) : 0) << 16) | (at + 3 <= last ? text.charCodeAt(at + 3) : 0);
      for (; k < end; k++) {
        if ((following & nextMask[k]) !== next[k]) continue;
        const i = filed[k];
        if (text.startsWith(literals[i], at) && found(i)) return true;
      }
    }
    return false;
  }
}
