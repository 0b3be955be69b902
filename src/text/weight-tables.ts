// The lookup pieces both text models score with (complaint-model.ts, question-model.ts): an FNV-1a hash of a word,
// taken one character at a time so a scorer can hash a word while scanning the post, and a table of pair weights
// keyed by two word indexes. Typed arrays and open addressing: every post is scored, and a probe of two typed arrays
// costs less than a Map lookup by string.

/**
 * String.prototype.charCodeAt, called as charCodeAt.call(text, i) in the loops that read a post one character at a
 * time. The posts' strings come in many internal forms (flat, sliced, concatenated; one or two bytes per character),
 * so a `text.charCodeAt(i)` site soon sees more of them than V8 tracks and looks the method up anew at every
 * character (a megamorphic load, ~20% of the question model's scoring); called through the function itself, it is
 * inlined whatever the string's form. Each module keeps its own copy: V8 inlines a module's own constant, not an
 * imported one.
 */
const charCodeAt = String.prototype.charCodeAt;

/** FNV-1a's offset basis, as a 32-bit integer. */
export const FNV_OFFSET = 0x811c9dc5 | 0;

/** One FNV-1a step: the hash so far with the character code `c` added. */
export function fnvStep(h: number, c: number): number {
  return Math.imul(h ^ c, 16777619);
}

/** The FNV-1a hash of a word. */
export function hashOf(word: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) h = fnvStep(h, word.charCodeAt(i));
  return h;
}

/**
 * Whether tokens[start, end) is the canonical form of folded[from, to): the word with each run of digits read as "0",
 * as both models name numbers. Compared in place: no word is cut out of the post to be looked up.
 */
export function sameWord(tokens: string, start: number, end: number, folded: string, from: number, to: number): boolean {
  let k = start;
  for (let i = from; i < to; i++) {
    if (k === end) return false;
    const c = charCodeAt.call(folded, i);
    if (c >= 48 && c <= 57) {
      if (charCodeAt.call(tokens, k++) !== 48) return false;
      while (i + 1 < to && charCodeAt.call(folded, i + 1) >= 48 && charCodeAt.call(folded, i + 1) <= 57) i++;
    } else if (charCodeAt.call(tokens, k++) !== c) return false;
  }
  return k === end;
}

/**
 * Weights keyed by two word indexes (first * size + second). The entries come sorted by key and are searched by
 * bisection until the lookups have cost about what filling the open-addressing table costs (LOOKUPS_PER_ENTRY), then
 * in that table: an audit reading a few dozen posts makes ~1,000 lookups in the question model's 18,000 pairs, and
 * filling its 64K-slot table at the first post, with code that runs once, cost more than all of them.
 */
export class PairTable {
  /**
   * The open-addressing table once filled, empty before: typed arrays from the start (never undefined), and the
   * bisections in a method of their own, so that a lookup in the filled table stays a few instructions V8 inlines.
   * The keys apart from the weights: most lookups find no pair and read the keys alone (4 bytes a slot, not 16 with
   * the weight beside: the question model's 32K slots take 128 KB of cache instead of 512 KB).
   */
  #keys: Int32Array = NO_KEYS;
  /** The weight beside each slot's key in #keys. */
  #values: Float64Array = NO_VALUES;
  #mask = 0;
  /** Lookups left before the table is filled. */
  #bisections: number;
  constructor(
    readonly size: number,
    readonly entryKeys: Int32Array,
    readonly entryValues: Float64Array,
  ) {
    this.#bisections = Math.ceil(entryKeys.length * LOOKUPS_PER_ENTRY);
  }
  /** The table of these entries, sorted by key (entryArrays): the build packs the entries, not the table. */
  static of(entryKeys: Int32Array, entryValues: Float64Array, size: number): PairTable {
    return new PairTable(size, entryKeys, entryValues);
  }
  /** The pair's weight, 0 when the model has none. */
  get(first: number, second: number): number {
    return this.#lookup(first * this.size + second);
  }
  /** The weight of `key`: in the open-addressing table once filled, else by bisection (#bisect). */
  #lookup(key: number): number {
    const keys = this.#keys;
    if (keys.length === 0) return this.#bisect(key);
    const mask = this.#mask;
    for (let at = Math.imul(key, 0x9e3779b1) >>> 0 & mask; ; at = (at + 1) & mask) {
      const k = keys[at];
      if (k === key) return this.#values[at];
      if (k === -1) return 0;
    }
  }
  /** The weight of `key` by bisection of the sorted entries, until the lookups made fill the table. */
  #bisect(key: number): number {
    if (--this.#bisections <= 0) {
      this.#fill();
      return this.#lookup(key);
    }
    const entryKeys = this.entryKeys;
    let low = 0;
    let high = entryKeys.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const k = entryKeys[middle];
      if (k < key) low = middle + 1;
      else if (k > key) high = middle - 1;
      else return this.entryValues[middle];
    }
    return 0;
  }
  #fill(): void {
    const { entryKeys, entryValues } = this;
    let bits = 4;
    while (1 << bits < entryKeys.length * 1.5) bits++;
    const keys = new Int32Array(1 << bits).fill(-1);
    const values = new Float64Array(1 << bits);
    const mask = (1 << bits) - 1;
    for (let e = 0; e < entryKeys.length; e++) {
      const key = entryKeys[e];
      let at = Math.imul(key, 0x9e3779b1) >>> 0 & mask;
      while (keys[at] !== -1) at = (at + 1) & mask;
      keys[at] = key;
      values[at] = entryValues[e];
    }
    this.#mask = mask;
    this.#values = values;
    this.#keys = keys;
  }
}

/** The tables of a PairTable not filled yet. */
const NO_KEYS = new Int32Array(0);
const NO_VALUES = new Float64Array(0);

/**
 * Bisections per entry before a PairTable fills its open-addressing table: a bisection of ~15 steps costs about what
 * inserting a few entries does.
 */
const LOOKUPS_PER_ENTRY = 0.25;

/** A map's entries as two arrays, sorted by key (PairTable searches them by bisection). */
export function entryArrays(entries: Map<number, number>): [Int32Array, Float64Array] {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  return [Int32Array.from(sorted, (e) => e[0]), Float64Array.from(sorted, (e) => e[1])];
}
