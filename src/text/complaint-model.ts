// A small logistic-regression model of complaints, trained on the labelled posts of fixtures/text (written for this
// project) by scripts/train-complaint-model.mjs and shipped as weights: it catches complaints in words no pattern
// lists ("le lave-vaisselle fuit", "La costura se abrió"), and only adds to the patterns' verdict.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { COMPLAINT_MODEL } from './complaint-model.data.js';
import { lazyTables, packFingerprint, packTables, readPackedTablesFrom, type Packed } from './packed-tables.js';
import { COMBOS, CONCEPT_NAMES, IS_TROUBLE, PRAISE_CONCEPT, comboFound, conceptFeatures, conceptsFound } from './complaint-concepts.js';
import { FNV_OFFSET, PairTable, entryArrays, fnvStep, hashOf, sameWord } from './weight-tables.js';

/** String.prototype.charCodeAt, called on a post's text in its scanning loops (see weight-tables.ts). */
const charCodeAt = String.prototype.charCodeAt;

/** The words of a post's folded, negation-cancelled text (complaints.ts); numbers read as "0" ("40 minutes" ~ "50 minutes"). */
function wordsOf(folded: string): string[] {
  const text = /\d/.test(folded) ? folded.replace(/\d+/g, '0') : folded;
  // Folded text is almost all a–z: the plain class is much faster than \p{L}, and letters beyond it are kept too.
  return text.match(/[a-z0-9'\u00aa-\uffff]+/g) ?? [];
}

/**
 * Letters per slice. Five, not four: trained without each blind round and scored on it, five-letter slices rank that
 * round's complaints better (average precision 0.927 -> 0.932; on the posts no pattern decides 0.900 -> 0.910) — a
 * four-letter slice ("<pla", "ment") is shared by too many unrelated words in four languages.
 */
const SLICE = 5;

/**
 * The features of a post, once per occurrence: words ("w:"), word pairs ("b:") and the five-letter slices of each
 * word padded with "<" and ">" ("c:"), so that "retrasado" and "retraso", "flicker" and "flickers" share features;
 * then its concepts ("k:", complaint-concepts.ts), shared by every language and word that says them.
 * Training (scripts/train-complaint-model.mjs) and scoring read the same features.
 */
export function complaintFeatures(folded: string, original = ''): string[] {
  const words = wordsOf(folded);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    out.push(`w:${w}`);
    if (i > 0) out.push(`b:${words[i - 1]}_${w}`);
    const padded = `<${w}>`;
    for (let j = 0; j + SLICE <= padded.length; j++) out.push(`c:${padded.slice(j, j + SLICE)}`);
  }
  out.push(...conceptFeatures(folded, original));
  return out;
}

interface Weights {
  /**
   * The words the model names (in "w:" and "b:" features), end to end: word i is words[at[i], at[i + 1]). A word is
   * found by its hash (FNV-1a) in `slots`, open addressing (-1: empty).
   */
  words: string;
  at: Int32Array;
  hash: Int32Array;
  slots: Int32Array;
  /** Per word: its "w:" weight (0 when it has none), and whether some pair starts with it. */
  weight: Float64Array;
  startsPair: Uint8Array;
  /** Word pairs by the two words' indexes: no "a_b" string is built per word when scoring. */
  pairs: PairTable;
  /** Slices by numeric key (sliceKey): no string is made or hashed per slice when scoring. */
  slices: SliceTable;
  /**
   * Weight of each concept by its index in CONCEPT_NAMES, then of "praise+trouble", then of each combination of COMBOS
   * (0 when the model has none).
   */
  concepts: Float64Array;
}

/**
 * Slice weights in an open-addressing table of typed arrays: a slice is looked up for every letter of every post the
 * patterns leave to the model, and a probe of two typed arrays costs less than a Map lookup.
 */
class SliceTable {
  readonly mask: number;
  readonly shift: number;
  constructor(
    readonly keys: Int32Array,
    readonly values: Float64Array,
    readonly entryKeys: Int32Array,
    readonly entryValues: Float64Array,
  ) {
    this.mask = keys.length - 1;
    this.shift = 32 - Math.log2(keys.length);
  }
  /** The table of these entries, inserted in their order (as PairTable.of). */
  static of(entryKeys: Int32Array, entryValues: Float64Array): SliceTable {
    let bits = 4;
    while (1 << bits < entryKeys.length * 4) bits++;
    const keys = new Int32Array(1 << bits).fill(-1);
    const values = new Float64Array(1 << bits);
    const mask = (1 << bits) - 1;
    const shift = 32 - bits;
    for (let e = 0; e < entryKeys.length; e++) {
      const key = entryKeys[e];
      let at = Math.imul(key, 0x9e3779b1) >>> shift;
      while (keys[at] !== -1) at = (at + 1) & mask;
      keys[at] = key;
      values[at] = entryValues[e];
    }
    return new SliceTable(keys, values, entryKeys, entryValues);
  }
}

/** The index of `w`, whose hash is `h`, among the model's words, or -1. */
function wordIndex(m: Weights, h: number, w: string): number {
  const { slots, hash, words, at } = m;
  const mask = slots.length - 1;
  for (let slot = h & mask; ; slot = (slot + 1) & mask) {
    const i = slots[slot];
    if (i === -1) return -1;
    if (hash[i] === h && at[i + 1] - at[i] === w.length && words.startsWith(w, at[i])) return i;
  }
}

/** A character's code in a slice key: padding, apostrophe, digits, a–z, then one code for anything else. */
function charCode(c: number): number {
  if (c === 60) return 1; // <
  if (c === 62) return 2; // >
  if (c === 39) return 3; // '
  if (c >= 48 && c <= 57) return 4 + c - 48;
  if (c >= 97 && c <= 122) return 14 + c - 97;
  return 40;
}

const BASE = 41;
/** Keys of SLICE characters: BASE⁵, below 2³¹, so a key fits the table's Int32Array and Math.imul. */
const SLICE_SPACE = BASE ** SLICE;

/** charCode of every UTF-16 unit, looked up instead of branched on for each letter scored. */
const CHAR_CODES = new Uint8Array(0x10000).fill(charCode(0x80));
// Every unit from U+0080 up is coded as charCode(0x80) (the native fill above); only ASCII is worked out one by one: a
// loop over the 65,536 units ran in the interpreter at every start (~1.5 ms of CPU), for the same table.
for (let c = 0; c < 0x80; c++) CHAR_CODES[c] = charCode(c);

/** The numeric key of the SLICE characters of `text` from `at`. */
function sliceKey(text: string, at: number): number {
  let key = 0;
  for (let j = 0; j < SLICE; j++) key = key * BASE + charCode(text.charCodeAt(at + j));
  return key;
}

/** The packed tables beside the compiled module (packed-tables.ts), written by the build. */
const PACKED_FILE = fileURLToPath(new URL('./complaint-model.prebuilt.cjs', import.meta.url));
export const COMPLAINT_MODEL_PACKED = PACKED_FILE;

/**
 * The packed module, required by a name relative to this module's file: the CLI's bundle holds it (in the script V8
 * caches), where it was a 0.5 MB file compiled at every audit with posts (scripts/bundle-cli.mjs).
 */
const packedModule = (): unknown => createRequire(import.meta.url)('./complaint-model.prebuilt.cjs');
/** The model's weights: the build's packed tables when they hold these weights, else parsed from the shipped data. */
const model = lazyTables(packedModule, complaintModelFingerprint, unpack, buildWeights);

/**
 * The fingerprint of the shipped weights the packed tables must hold (packFingerprint). The CLI's bundle holds this
 * module's weights and packed tables as the build found them, so its build works the fingerprint out once and writes it
 * in place of this call (scripts/bundle-cli.mjs, CJS_BUILD_CONSTANTS): hashing the ~0.5 MB of weights loaded node:crypto
 * at every audit with posts.
 */
export function complaintModelFingerprint(): string {
  return packFingerprint(COMPLAINT_MODEL.features, COMPLAINT_MODEL.weights);
}

/** The tables parsed from the shipped data, one per kind of feature. */
function buildWeights(): Weights {
  const values = COMPLAINT_MODEL.weights.split(' ').map(Number);
  const slices = new Map<number, number>();
  const concepts = new Map<string, number>();
  const index = new Map<string, number>();
  const words: string[] = [];
  const indexOf = (w: string): number => {
    let i = index.get(w);
    if (i === undefined) {
      i = words.length;
      index.set(w, i);
      words.push(w);
    }
    return i;
  };
  const weightOf = new Map<number, number>();
  const pairs: Array<[number, number, number]> = [];
  COMPLAINT_MODEL.features.split(' ').forEach((f, i) => {
    if (f.startsWith('c:')) {
      const key = sliceKey(f.slice(2), 0);
      slices.set(key, (slices.get(key) ?? 0) + values[i]);
    } else if (f.startsWith('k:')) concepts.set(f, values[i]);
    else if (f.startsWith('w:')) weightOf.set(indexOf(f.slice(2)), values[i]);
    else {
      // "b:first_second": words hold no "_" (wordsOf splits on it), so the first "_" separates them.
      const cut = f.indexOf('_');
      pairs.push([indexOf(f.slice(2, cut)), indexOf(f.slice(cut + 1)), values[i]]);
    }
  });
  const size = words.length;
  const weight = new Float64Array(size);
  for (const [i, v] of weightOf) weight[i] = v;
  const startsPair = new Uint8Array(size);
  for (const [first] of pairs) startsPair[first] = 1;
  let bits = 4;
  while (1 << bits < size * 2) bits++;
  const slots = new Int32Array(1 << bits).fill(-1);
  const hash = Int32Array.from(words, hashOf);
  for (let i = 0; i < size; i++) {
    let at = hash[i] & (slots.length - 1);
    while (slots[at] !== -1) at = (at + 1) & (slots.length - 1);
    slots[at] = i;
  }
  const at = new Int32Array(size + 1);
  words.forEach((w, i) => (at[i + 1] = at[i] + w.length));
  const conceptWeights = new Float64Array(CONCEPT_NAMES.length + 1 + COMBOS.length);
  CONCEPT_NAMES.forEach((name, i) => (conceptWeights[i] = concepts.get(`k:${name}`) ?? 0));
  conceptWeights[CONCEPT_NAMES.length] = concepts.get('k:praise+trouble') ?? 0;
  COMBOS.forEach(([name], k) => (conceptWeights[CONCEPT_NAMES.length + 1 + k] = concepts.get(`k:${name}`) ?? 0));
  return {
    words: words.join(''),
    at,
    hash,
    slots,
    weight,
    startsPair,
    pairs: PairTable.of(...entryArrays(new Map(pairs.map(([a, b, v]) => [a * size + b, v]))), size),
    slices: SliceTable.of(...entryArrays(slices)),
    concepts: conceptWeights,
  };
}

/** The tables as the build packs them (scripts/build-config.mjs writes them to COMPLAINT_MODEL_PACKED). */
export function packComplaintModel(): Uint8Array {
  const m = buildWeights();
  return packTables(complaintModelFingerprint(), {
    words: m.words,
    at: m.at,
    hash: m.hash,
    slots: m.slots,
    weight: m.weight,
    startsPair: m.startsPair,
    pairKeys: m.pairs.entryKeys,
    pairValues: m.pairs.entryValues,
    sliceKeys: m.slices.entryKeys,
    sliceValues: m.slices.entryValues,
    concepts: m.concepts,
  });
}

function unpack(p: Packed): Weights {
  const at = p.at as Int32Array;
  return {
    words: p.words as string,
    at,
    hash: p.hash as Int32Array,
    slots: p.slots as Int32Array,
    weight: p.weight as Float64Array,
    startsPair: p.startsPair as Uint8Array,
    pairs: PairTable.of(p.pairKeys as Int32Array, p.pairValues as Float64Array, at.length - 1),
    slices: SliceTable.of(p.sliceKeys as Int32Array, p.sliceValues as Float64Array),
    concepts: p.concepts as Float64Array,
  };
}

/**
 * complaintScore with the tables packed in `bytes` (packComplaintModel), or undefined when they hold other weights:
 * tests check that packed tables score every post exactly as the tables built from the weights.
 */
export function packedComplaintScorer(bytes: Uint8Array): ((folded: string, original?: string) => number) | undefined {
  const packed = readPackedTablesFrom(bytes, complaintModelFingerprint());
  if (!packed) return undefined;
  const m = unpack(packed);
  const own = new WordEntries();
  return (folded, original = '') => scoreWith(m, own, folded, original);
}

/** The concepts found in the post being scored (reused: scoring allocates no list per post). */
const found: number[] = [];

/** Words scored before the entries are forgotten all at once: memory stays bounded. */
const ENTRY_LIMIT = 20_000;

/**
 * What scoring adds for each word seen so far: its weight and the weights of those of its slices the model has, summed
 * once into one number, then (with the next word) its pairs. Made once per word and kept: a word costs one lookup
 * instead of one per table and one per slice. The sum is the same as adding the weights one by one up to the order
 * of the additions (a difference far below 1e-9 of a score). The entries are found by the hash of the word's
 * canonical form (numbers as "0"), computed while the post is scanned, and compared with the post's characters in
 * place: no word is cut out of the post, and no string is hashed again by a Map, unless it is new. The tables are
 * small, as a reading goes through the literal scan's rows and the question model's tables between two words of this
 * one, and a larger layout (one weight per slice kept apart, the hashes in an array of their own: ~1.3 MB once
 * filled) missed the caches at each word.
 */
class WordEntries {
  /**
   * One 32-bit slot per entry, open addressing: the entry plus one in the low bits (ENTRY; 0: empty), the hash's high
   * bits above, which tell most other words in a run apart before their characters are compared. Over 1.5 times
   * ENTRY_LIMIT slots, so probes stay short.
   */
  readonly slots = new Int32Array(1 << 15);
  /** The canonical words, by entry. */
  readonly words: string[] = [];
  /** The word's "w:" weight plus its slices' weights, by entry. */
  readonly total = new Float64Array(ENTRY_LIMIT);
  /** The word's index among the model's words (-1: none), with STARTS_PAIR when some pair starts with it. */
  readonly code = new Int32Array(ENTRY_LIMIT);
  count = 0;

  /** The entry of the canonical form of folded[from, to), whose hash is `h`, made when new. */
  entry(m: Weights, h: number, folded: string, from: number, to: number): number {
    const { slots, words } = this;
    const mask = slots.length - 1;
    const high = h & ~ENTRY;
    let slot = h & mask;
    for (; ; slot = (slot + 1) & mask) {
      const probe = slots[slot];
      if (probe === 0) break;
      const e = (probe & ENTRY) - 1;
      if ((probe & ~ENTRY) === high && sameWord(words[e], 0, words[e].length, folded, from, to)) return e;
    }
    if (this.count === ENTRY_LIMIT) {
      this.clear();
      slot = h & mask;
    }
    const w = canonical(folded, from, to);
    const e = this.count++;
    slots[slot] = high | (e + 1);
    words[e] = w;
    const index = wordIndex(m, h, w);
    this.code[e] = index === -1 ? -1 : m.startsPair[index] === 1 ? index | STARTS_PAIR : index;
    this.total[e] = withSlices(index === -1 ? 0 : m.weight[index], w, m.slices);
    return e;
  }

  clear(): void {
    this.slots.fill(0);
    this.count = 0;
    this.words.length = 0;
  }
}

/** The bits of a WordEntries slot holding its entry plus one (ENTRY_LIMIT + 1 fits them). */
const ENTRY = 0x7fff;

/** WordEntries' flag, above a word's index, of a word some pair starts with. */
const STARTS_PAIR = 1 << 30;

/** `weight` plus the weights of the slices of "<w>" the model has, in order. */
function withSlices(weight: number, w: string, slices: SliceTable): number {
  const { keys, values, mask, shift } = slices;
  let sum = weight;
  // The slices of "<w>", keyed as they come: the key rolls one character at a time, no string is built; each is
  // looked up in the open-addressing table (probe until its key or an empty slot).
  let key = 1; // charCode('<')
  for (let j = 0; j <= w.length; j++) {
    key = (key * BASE + (j < w.length ? CHAR_CODES[w.charCodeAt(j)] : 2)) % SLICE_SPACE; // 2: charCode('>')
    if (j < SLICE - 2) continue;
    for (let at = Math.imul(key, 0x9e3779b1) >>> shift; ; at = (at + 1) & mask) {
      const k = keys[at];
      if (k === key) {
        sum += values[at];
        break;
      }
      if (k === -1) break;
    }
  }
  return sum;
}

/** The word folded[from, to) as wordsOf gives it: each run of digits read as "0". */
function canonical(folded: string, from: number, to: number): string {
  const w = folded.slice(from, to);
  return /\d/.test(w) ? w.replace(/\d+/g, '0') : w;
}

/** Entries of the words scored so far. */
const entries = new WordEntries();

/** A character of a word as wordsOf reads them: a–z, digits, the apostrophe, and every code unit from U+00AA. */
function isWordUnit(c: number): boolean {
  return c >= 97 ? c <= 122 || c >= 0xaa : (c >= 48 && c <= 57) || c === 39;
}

/**
 * The model's log-odds that the post complains: the same sum as over complaintFeatures, without building them.
 * `original` is the post as written, for the faces folding removes.
 */
export function complaintScore(folded: string, original = ''): number {
  return scoreWith(model(), entries, folded, original);
}

function scoreWith(m: Weights, entries: WordEntries, folded: string, original: string): number {
  let score = COMPLAINT_MODEL.bias;
  // The previous word, when some pair starts with it (-1 otherwise).
  let following = -1;
  // The words of wordsOf, one at a time: each hashed in its canonical form (FNV-1a, a run of digits as one "0") as it
  // is scanned.
  const n = folded.length;
  let i = 0;
  while (i < n) {
    let c = charCodeAt.call(folded, i);
    if (!isWordUnit(c)) {
      i++;
      continue;
    }
    const from = i;
    let h = FNV_OFFSET;
    do {
      if (c >= 48 && c <= 57) {
        h = fnvStep(h, 48);
        do c = charCodeAt.call(folded, ++i);
        while (c >= 48 && c <= 57);
      } else {
        h = fnvStep(h, c);
        c = charCodeAt.call(folded, ++i);
      }
    } while (i < n && isWordUnit(c));
    const e = entries.entry(m, h, folded, from, i);
    score += entries.total[e];
    const code = entries.code[e];
    if (following !== -1 && code !== -1) score += m.pairs.get(following, code & ~STARTS_PAIR);
    following = code !== -1 && (code & STARTS_PAIR) !== 0 ? code & ~STARTS_PAIR : -1;
  }
  // In conceptFeatures' order: each concept found, then "praise+trouble" when praise comes with a kind of trouble, then
  // the combinations found.
  conceptsFound(folded, found, original);
  const { concepts } = m;
  let trouble = false;
  for (const c of found) {
    score += concepts[c];
    trouble ||= IS_TROUBLE[c];
  }
  if (trouble && found.includes(PRAISE_CONCEPT)) score += concepts[CONCEPT_NAMES.length];
  if (found.length > 1) for (let k = 0; k < COMBOS.length; k++) if (comboFound(k, found)) score += concepts[CONCEPT_NAMES.length + 1 + k];
  return score;
}

/**
 * True when the model is confident enough, given the patterns' points (complaints.ts patternPoints): above the
 * threshold chosen at training time, or above the lower `weakThreshold` when the patterns found one weak sign (a
 * refund, "again", sarcasm…) — both chosen together, as the pair that adds the most complaints on blind rounds the
 * model was not trained on while its additions keep the training script's target precision.
 */
export function modelSaysComplaint(folded: string, points = 0, original = ''): boolean {
  return complaintScore(folded, original) > (points > 0 ? COMPLAINT_MODEL.weakThreshold : COMPLAINT_MODEL.threshold);
}
