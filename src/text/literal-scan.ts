// The literals the detectors' pattern groups cannot match without (regex-literals.ts), found in a text by one pass
// over it, shared by every group: a clause is tested by several groups in a row (openers, then subordinate clauses,
// exclamations, rhetorical questions…), and each used to search its own hundreds of literals in it.

/** Texts whose literals are kept: the groups that test one text follow each other. */
const REMEMBERED = 4;

/** The literals found in a text: ids[0] up to ids[count - 1], each once. */
export interface Found {
  ids: Int32Array;
  count: number;
}

/**
 * Every literal of every group built so far, each under one id, and the literals found in the last texts scanned.
 * Each literal is filed under a hash of its first four characters (of all of them when shorter: one table per length
 * under four), so each position of a text costs one probe per table, and a probe that hits compares those characters
 * as numbers before the rest of the literal. Searching a group's literals one `includes` at a time, then filing them
 * by their first two characters only, cost more than everything else the detectors do.
 */
export class LiteralScan {
  readonly #ids = new Map<string, number>();
  readonly #literals: string[] = [];
  /** Built on the first scan after a literal was added. */
  #tables: { single: number[]; byPrefix: Array<PrefixTable | undefined> } | undefined;
  /** Per literal, the stamp of the last scan that found it (each is listed once per text). */
  #seen = new Uint32Array(0);
  #stamp = 0;
  readonly #texts: Array<string | undefined> = new Array<string | undefined>(REMEMBERED).fill(undefined);
  readonly #found: Found[] = Array.from({ length: REMEMBERED }, () => ({ ids: new Int32Array(16), count: 0 }));
  #oldest = 0;

  /** The id of `literal`, given on first sight. */
  id(literal: string): number {
    let id = this.#ids.get(literal);
    if (id === undefined) {
      id = this.#literals.length;
      this.#ids.set(literal, id);
      this.#literals.push(literal);
      this.#tables = undefined;
      this.#texts.fill(undefined);
    }
    return id;
  }

  /** Ids given so far: every id is below. */
  get size(): number {
    return this.#literals.length;
  }

  /** The literals occurring in `text`, each once; the answer is the scanner's own, valid until its next scan. */
  scan(text: string): Found {
    for (let slot = 0; slot < REMEMBERED; slot++) if (this.#texts[slot] === text) return this.#found[slot];
    const tables = (this.#tables ??= this.#build());
    const slot = this.#oldest;
    this.#oldest = (slot + 1) % REMEMBERED;
    const found = this.#found[slot];
    found.count = 0;
    this.#stamp = this.#stamp === 0xffffffff ? 1 : this.#stamp + 1;
    if (this.#stamp === 1) this.#seen.fill(0);
    const literals = this.#literals;
    for (const i of tables.single) if (text.includes(literals[i])) this.#add(found, i);
    const [, , t2, t3, t4] = tables.byPrefix;
    const length = text.length;
    // A window of four characters sliding over the text; past its end a character reads as 0, which no literal holds.
    let c1 = length > 0 ? text.charCodeAt(0) : 0;
    let c2 = length > 1 ? text.charCodeAt(1) : 0;
    let c3 = length > 2 ? text.charCodeAt(2) : 0;
    for (let at = 0; at + 1 < length; at++) {
      const c0 = c1;
      c1 = c2;
      c2 = c3;
      c3 = at + 3 < length ? text.charCodeAt(at + 3) : 0;
      const head = (c0 << 16) | c1;
      if (t4 !== undefined && c3 !== 0) this.#probe(t4, head, (c2 << 16) | c3, text, at, found);
      if (t3 !== undefined && c2 !== 0) this.#probe(t3, head, c2 << 16, text, at, found);
      if (t2 !== undefined) this.#probe(t2, head, 0, text, at, found);
    }
    this.#texts[slot] = text;
    return found;
  }

  #probe(table: PrefixTable, head: number, tail: number, text: string, at: number, found: Found): void {
    const { start, filed } = table;
    const b = table.bucket(head, tail);
    for (let k = start[b], end = start[b + 1]; k < end; k++) {
      if (table.head[k] !== head || table.tail[k] !== tail) continue;
      const i = filed[k];
      if (this.#seen[i] === this.#stamp) continue;
      const literal = this.#literals[i];
      if (literal.length <= 4 || text.startsWith(literal, at)) this.#add(found, i);
    }
  }

  #add(found: Found, id: number): void {
    this.#seen[id] = this.#stamp;
    if (found.count === found.ids.length) {
      const more = new Int32Array(found.ids.length * 2);
      more.set(found.ids);
      found.ids = more;
    }
    found.ids[found.count++] = id;
  }

  #build(): { single: number[]; byPrefix: Array<PrefixTable | undefined> } {
    const literals = this.#literals;
    if (this.#seen.length < literals.length) {
      const seen = new Uint32Array(literals.length * 2);
      seen.set(this.#seen);
      this.#seen = seen;
    }
    const single: number[] = [];
    const byLength: number[][] = [[], [], [], [], []];
    literals.forEach((literal, i) => {
      if (literal.length === 1) single.push(i);
      else byLength[Math.min(literal.length, 4)].push(i);
    });
    return { single, byPrefix: byLength.map((list) => (list.length > 0 ? new PrefixTable(list, literals) : undefined)) };
  }
}

/** Two characters as one number (0 for a character past the end). */
function pair(text: string, at: number): number {
  return ((text.charCodeAt(at) | 0) << 16) | (text.charCodeAt(at + 1) | 0);
}

/**
 * Literals filed by their first characters (up to four, packed as two numbers of two characters) in a hash table of
 * buckets: bucket b holds the entries start[b] up to start[b + 1].
 */
class PrefixTable {
  readonly start: Int32Array;
  /** Per entry: the literal's id, its first two characters, its third and fourth (0 when it has none). */
  readonly filed: Int32Array;
  readonly head: Int32Array;
  readonly tail: Int32Array;
  readonly #shift: number;

  constructor(list: number[], literals: string[]) {
    let bits = 6;
    while (1 << bits < list.length * 4) bits++;
    this.#shift = 32 - bits;
    const tailOf = (literal: string): number => (literal.length > 2 ? pair(literal, 2) : 0);
    const buckets: number[][] = Array.from({ length: 1 << bits }, () => []);
    for (const i of list) buckets[this.bucket(pair(literals[i], 0), tailOf(literals[i]))].push(i);
    this.start = new Int32Array((1 << bits) + 1);
    this.filed = new Int32Array(list.length);
    this.head = new Int32Array(list.length);
    this.tail = new Int32Array(list.length);
    let at = 0;
    buckets.forEach((bucket, b) => {
      this.start[b] = at;
      for (const i of bucket) {
        this.filed[at] = i;
        this.head[at] = pair(literals[i], 0);
        this.tail[at] = tailOf(literals[i]);
        at++;
      }
    });
    this.start[1 << bits] = at;
  }

  bucket(head: number, tail: number): number {
    return Math.imul(head ^ Math.imul(tail, 0x85ebca6b), 0x9e3779b1) >>> this.#shift;
  }
}
