// The literals the detectors' pattern groups cannot match without (regex-literals.ts), found in a text by one pass
// over it, shared by every group: a clause is tested by several groups in a row (openers, then subordinate clauses,
// exclamations, rhetorical questions…), and each used to search its own hundreds of literals in it.

/** String.prototype.charCodeAt, called on a post's text in its scanning loops (see weight-tables.ts). */
const charCodeAt = String.prototype.charCodeAt;

/** Texts whose literals are kept: the groups that test one text follow each other. */
const REMEMBERED = 4;

/**
 * Literals added since the automaton was last built are searched apart (by their first two characters: scanPending;
 * one `includes` at a time before), and the automaton is (re)built once the literals searched that way, summed over the
 * scans, reach this many per state of the automaton to build (one state per character of every literal).
 * The groups are built on their first use, one after another, and an automaton built as soon as new literals
 * outnumbered the ones it held was rebuilt several times on an audit's first posts, its code still cold (~0.4 µs a
 * state); a post of undetermined language, which registers the other three languages' literals, rebuilt it with all of
 * them for itself (~6 ms). Now an audit reading a few dozen posts searches its literals apart and builds nothing, and
 * one reading thousands builds it within its first few hundred scans: the posts of fixtures/text, read once, built it
 * 3 times (50,000 states) instead of 11 (187,000), and every later pass scans with the whole automaton, as before.
 * At 10 per state the demo, once the detectors held ~3,000 literals (~27,600 states), built it after ~100 of its ~175
 * scans, ~15 ms of its text stage for ~75 scans that save ~0.1 ms each; at 30 it builds none (its scans 21 -> 6-9 ms,
 * docs/performance.md). Which scans run apart changes no answer: both ways find the same literals.
 */
const DEBT_PER_STATE = 30;

/** The literals found in a text: ids[0] up to ids[count - 1], each once. */
export interface Found {
  ids: Int32Array;
  count: number;
}

/**
 * Every literal of every group built so far, each under one id, and the literals found in the last texts scanned.
 * The literals are found by an Aho-Corasick automaton (one table step per character of the text, whatever the number
 * of literals). Searching a group's literals one `includes` at a time, then by a table of their first characters,
 * cost more than everything else the detectors do.
 */
export class LiteralScan {
  readonly #ids = new Map<string, number>();
  readonly #literals: string[] = [];
  #automaton: Automaton | undefined;
  /** Literals the automaton does not hold yet. */
  #pending: number[] = [];
  /**
   * The same literals by their first two characters (first * 65536 + second), and those shorter than two: a scan
   * looks up each pair of neighbouring characters of the text, instead of searching each literal in it.
   */
  #pendingByPair = new Map<number, number[]>();
  #pendingSingle: number[] = [];
  /** Literals searched by `includes` since the last build, summed over the scans (see DEBT_PER_STATE). */
  #debt = 0;
  /** States of an automaton holding every literal: one per character, and the start. */
  #states = 1;
  /** Per literal, the stamp of the last scan that found it (each is listed once per text). */
  #seen = new Uint32Array(64);
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
      this.#pending.push(id);
      if (literal.length < 2) this.#pendingSingle.push(id);
      else {
        const pair = literal.charCodeAt(0) * 65536 + literal.charCodeAt(1);
        const bucket = this.#pendingByPair.get(pair);
        if (bucket === undefined) this.#pendingByPair.set(pair, [id]);
        else bucket.push(id);
      }
      this.#states += literal.length;
      this.#texts.fill(undefined);
      if (this.#seen.length < this.#literals.length) {
        const seen = new Uint32Array(this.#seen.length * 2);
        seen.set(this.#seen);
        this.#seen = seen;
      }
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
    if (this.#pending.length > 0) {
      this.#debt += this.#pending.length;
      if (this.#debt >= DEBT_PER_STATE * this.#states) {
        this.#automaton = new Automaton(this.#literals);
        this.#pending = [];
        this.#pendingByPair = new Map();
        this.#pendingSingle = [];
        this.#debt = 0;
      }
    }
    const slot = this.#oldest;
    this.#oldest = (slot + 1) % REMEMBERED;
    const found = this.#found[slot];
    found.count = 0;
    this.#stamp = this.#stamp === 0xffffffff ? 1 : this.#stamp + 1;
    if (this.#stamp === 1) this.#seen.fill(0);
    const seen = this.#seen;
    const stamp = this.#stamp;
    if (this.#pending.length > 0) this.#scanPending(text, found);
    const automaton = this.#automaton;
    if (automaton === undefined) return this.#remember(slot, text, found);
    const { width, classOf, next, dense, edgeAt, edgeClass, edgeNext, fail, own, suffix, marked } = automaton;
    const mask = marked - 1;
    let state = 0;
    for (let at = 0, end = text.length; at < end; at++) {
      const c = classOf[charCodeAt.call(text, at)];
      let step: number;
      if (state < dense) step = next[state * width + c];
      else {
        // A deep state: its own edges, else its failure state's, until one is dense (shallower every time).
        for (let s = state; ; ) {
          const d = s - dense;
          let k = edgeAt[d];
          const last = edgeAt[d + 1];
          while (k < last && edgeClass[k] !== c) k++;
          if (k < last) {
            step = edgeNext[k];
            break;
          }
          s = fail[d];
          if (s < dense) {
            step = next[s * width + c];
            break;
          }
        }
      }
      state = step & mask;
      if (step < marked) continue;
      // The literals ending here: this state's own, then those of its suffixes that end a literal.
      for (let s = own[state] >= 0 ? state : suffix[state]; s > 0; s = suffix[s]) {
        const id = own[s];
        if (seen[id] !== stamp) this.#add(found, id);
      }
    }
    return this.#remember(slot, text, found);
  }

  /**
   * The literals the automaton does not hold yet: at each character of the text, those starting with it and the next
   * one (the pair's bucket), compared in place. An audit reading a few dozen posts never builds the automaton, and
   * searching its ~1,000 literals one `includes` at a time, ~80 µs a scan, was the largest part of its text stage.
   */
  #scanPending(text: string, found: Found): void {
    const literals = this.#literals;
    const seen = this.#seen;
    const stamp = this.#stamp;
    const single = this.#pendingSingle;
    for (let k = 0; k < single.length; k++) if (text.includes(literals[single[k]])) this.#add(found, single[k]);
    const byPair = this.#pendingByPair;
    const end = text.length;
    if (end < 2) return;
    let second = charCodeAt.call(text, 0);
    for (let at = 0; at + 1 < end; at++) {
      const first = second;
      second = charCodeAt.call(text, at + 1);
      const bucket = byPair.get(first * 65536 + second);
      if (bucket === undefined) continue;
      for (let k = 0; k < bucket.length; k++) {
        const id = bucket[k];
        if (seen[id] !== stamp && text.startsWith(literals[id], at)) this.#add(found, id);
      }
    }
  }

  #remember(slot: number, text: string, found: Found): Found {
    this.#texts[slot] = text;
    return found;
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
}

/**
 * The deepest states with a full row of the automaton's table (Automaton): most of a scan's steps land within a few
 * characters of the start. Five rather than three: whole readings of the posts of fixtures/text, 6 alternations,
 * 36.1 -> 32.4 µs a post (docs/performance.md). Four rather than five once the literals had grown (7,176 full rows,
 * 646 KB, missed the caches at most steps): readPostIn over those posts ~3 % faster in 5 alternated runs of 10 passes.
 */
const DENSE_DEPTH = 4;

/**
 * The Aho-Corasick automaton of a list of literals, as flat tables. From a shallow state (below `dense`: every state
 * within DENSE_DEPTH characters of the start) the state after reading a character is next[state * width +
 * classOf[character]]; characters in no literal share class 0 and lead back to the start. A deep state keeps only its
 * own edges (most have one: the next character of a literal) and its failure state: a scan spends most of its steps
 * in the shallow states, and a full row for each of the ~14,000 states (~1.3 MB, read at random) missed the CPU's
 * caches at nearly every deep step.
 */
class Automaton {
  readonly width: number;
  readonly classOf: Uint16Array;
  /** The shallow states' rows (failure links folded in). */
  readonly next: Uint16Array | Int32Array;
  /** States below this one are shallow (`next`), the others deep. */
  readonly dense: number;
  /**
   * Deep state s's edges are edgeClass/edgeNext[edgeAt[s - dense], edgeAt[s - dense + 1]): the class read and the
   * state it leads to, marked as in `next`; fail[s - dense] is its failure state.
   */
  readonly edgeAt: Int32Array;
  readonly edgeClass: Uint16Array;
  readonly edgeNext: Uint16Array | Int32Array;
  readonly fail: Uint16Array | Int32Array;
  /** Per state: the literal (its id) that ends there, or -1. */
  readonly own: Int32Array;
  /** Per state: its longest proper suffix state where a literal ends (0: none). */
  readonly suffix: Int32Array;
  /**
   * The bit set on an entry of `next` whose state ends a literal, there or at one of its suffixes (a power of two
   * above every state): each step reads one table instead of two.
   */
  readonly marked: number;

  constructor(literals: string[]) {
    this.classOf = new Uint16Array(0x10000);
    let classes = 1;
    let states = 1;
    for (const literal of literals) {
      states += literal.length;
      for (let i = 0; i < literal.length; i++) {
        const c = literal.charCodeAt(i);
        if (this.classOf[c] === 0) this.classOf[c] = classes++;
      }
    }
    const width = (this.width = classes);
    // -1: no edge yet, while the trie is made. Kept as two-byte states when they fit: fewer cache lines per scan.
    const next = new Int32Array(states * width).fill(-1);
    const own = (this.own = new Int32Array(states).fill(-1));
    // Each state's parent and the class of the character leading to it, for the failure links below.
    const parent = new Int32Array(states);
    const via = new Int32Array(states);
    // The trie, made one depth at a time: states are numbered breadth first, so the shallow ones, where a scan spends
    // most of its steps, share few cache lines. Each depth reads only the literals longer than it, in the order of
    // their ids (not every literal at every depth up to the longest one's length).
    let made = 1;
    const at = new Int32Array(literals.length);
    const longer = new Int32Array(literals.length);
    let count = 0;
    for (let id = 0; id < literals.length; id++) if (literals[id].length > 0) longer[count++] = id;
    for (let depth = 0; count > 0; depth++) {
      let kept = 0;
      for (let k = 0; k < count; k++) {
        const id = longer[k];
        const literal = literals[id];
        const c = this.classOf[literal.charCodeAt(depth)];
        const cell = at[id] * width + c;
        if (next[cell] === -1) {
          parent[made] = at[id];
          via[made] = c;
          next[cell] = made++;
        }
        at[id] = next[cell];
        if (depth === literal.length - 1) own[at[id]] = id;
        else longer[kept++] = id;
      }
      count = kept;
    }
    // Each state's children, listed by parent (children[first[s]] up to children[first[s + 1] - 1]).
    const first = new Int32Array(made + 1);
    for (let s = 1; s < made; s++) first[parent[s] + 1]++;
    for (let s = 0; s < made; s++) first[s + 1] += first[s];
    const children = new Int32Array(Math.max(made - 1, 0));
    const filled = first.slice(0, made);
    for (let s = 1; s < made; s++) children[filled[parent[s]]++] = s;
    const marked = (this.marked = made <= 0x8000 ? 0x8000 : 0x40000000);
    const mask = marked - 1;
    // Failure links, folded into `next` so that every step is one lookup, and the mark (see `marked`) set on every entry
    // whose state ends a literal, there or at one of its suffixes. The states are taken in their (breadth-first)
    // order, so a state's failure state, shallower, has its row done: the row starts as a copy of that one (a native
    // copy rather than a loop over every class, which cost more than the rest of the build), then the state's own
    // children replace their entries. A child's failure state and suffix are known as soon as its parent's failure
    // row is, so its entry is marked as it is written.
    const fail = new Int32Array(made);
    const suffix = (this.suffix = new Int32Array(made));
    for (let state = 0; state < made; state++) {
      const row = state * width;
      const back = fail[state];
      if (state === 0) next.fill(0, 0, width);
      else next.copyWithin(row, back * width, back * width + width);
      for (let k = first[state]; k < first[state + 1]; k++) {
        const child = children[k];
        const c = via[child];
        const childFail = state === 0 ? 0 : next[back * width + c] & mask;
        fail[child] = childFail;
        suffix[child] = own[childFail] >= 0 ? childFail : suffix[childFail];
        next[row + c] = own[child] >= 0 || suffix[child] > 0 ? child | marked : child;
      }
    }
    // States are numbered breadth first: the shallow ones come first.
    const depth = new Uint8Array(made);
    for (let state = 1; state < made; state++) depth[state] = Math.min(depth[parent[state]] + 1, 255);
    let dense = 1;
    while (dense < made && depth[dense] <= DENSE_DEPTH) dense++;
    this.dense = dense;
    const edgeAt = (this.edgeAt = new Int32Array(made - dense + 1));
    for (let state = dense; state < made; state++) edgeAt[state - dense + 1] = edgeAt[state - dense] + first[state + 1] - first[state];
    const edges = edgeAt[made - dense];
    const edgeClass = (this.edgeClass = new Uint16Array(edges));
    const edgeNext = new Int32Array(edges);
    for (let state = dense, e = 0; state < made; state++) {
      for (let k = first[state]; k < first[state + 1]; k++, e++) {
        edgeClass[e] = via[children[k]];
        edgeNext[e] = next[state * width + via[children[k]]];
      }
    }
    const deepFail = fail.slice(dense, made);
    const table = next.subarray(0, dense * width);
    const narrow = marked === 0x8000;
    this.next = narrow ? new Uint16Array(table) : table.slice();
    this.edgeNext = narrow ? new Uint16Array(edgeNext) : edgeNext;
    this.fail = narrow ? new Uint16Array(deepFail) : deepFail;
  }
}
