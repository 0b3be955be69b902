// A small logistic-regression model of questions, trained on the labelled posts of fixtures/text (written for this
// project) by scripts/train-question-model.mjs and shipped as weights. The patterns of questions.ts were written round
// by round for each round's errors, and each unseen round brought new ones; the model reads every labelled post at
// once. questions.ts lets it overrule the patterns only where it is confident: a veto of a question (a rhetorical or
// reproachful '?', a tag closing praise, a figure asked back in outrage) and an addition to a post without a mark (an
// indirect or text-message question).
import { QUESTION_MODEL } from './question-model.data.js';

/**
 * The tokens of a post's folded text: words (letters, apostrophes and digits; numbers read as "0"), and its
 * punctuation reduced to a few marks — "?" (one), "??" (more), "?!" (mixed with '!'), "!", "." (full stops and
 * ellipses), "," (commas, colons, semicolons, and dashes between spaces: "Quick question – do you…"), "¿", "¡" and '"'
 * (any quote). Anything else separates words. One scan, one character at a time: every post is read.
 */
export function questionTokens(folded: string): string[] {
  const out: string[] = [];
  scanTokens(folded, (t) => out.push(t));
  return out;
}

/** Hands each token of `folded` to `visit`, in order (questionTokens). */
function scanTokens(folded: string, visit: (token: string) => void): void {
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (isWordChar(c)) {
      const from = i;
      let digits = false;
      while (i < n) {
        const d = folded.charCodeAt(i);
        if (!isWordChar(d)) break;
        if (d >= 48 && d <= 57) digits = true;
        i++;
      }
      const word = folded.slice(from, i);
      visit(digits ? word.replace(DIGITS, '0') : word);
    } else if (c === 63 || c === 33) {
      // A run of '?' and '!': '?' once, '??' doubled, '?!' mixed, '!' alone.
      let questions = 0;
      let bangs = 0;
      for (let d = c; i < n && (d === 63 || d === 33); d = folded.charCodeAt(++i)) d === 63 ? questions++ : bangs++;
      visit(questions === 0 ? '!' : bangs > 0 ? '?!' : questions > 1 ? '??' : '?');
    } else if (c === 46 || c === 0x2026) {
      while (i < n && (folded.charCodeAt(i) === 46 || folded.charCodeAt(i) === 0x2026)) i++;
      visit('.');
    } else {
      const mark = markOf(c, folded, i);
      if (mark !== undefined) visit(mark);
      i++;
    }
  }
}

/** Letters of the folded text (General Punctuation and beyond excluded), digits and the apostrophe. */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || (c >= 0xc0 && c < 0x2000);
}

const DIGITS = /\d+/g;

/** The mark a single character stands for, or undefined when it only separates words. */
function markOf(c: number, text: string, at: number): string | undefined {
  if (c === 44 || c === 59 || c === 58) return ',';
  if (c === 45 || c === 0x2013 || c === 0x2014) return at > 0 && text.charCodeAt(at - 1) === 32 && text.charCodeAt(at + 1) === 32 ? ',' : undefined;
  if (c === 0xbf) return '¿';
  if (c === 0xa1) return '¡';
  if (c === 34 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e) return '"';
  return undefined;
}

/** Marks that end a sentence: the next word starts one. */
const ENDS = new Set(['?', '??', '?!', '!', '.']);

/**
 * The features of a post, once per occurrence: each token ("w:"), each pair of neighbouring tokens with the post's
 * start "<" and end ">" ("b:" — "b:<_est-ce", "b:non_?", "b:?_>", "b:!_>"), and the first two words of each sentence
 * ("s:" — "s:kann_man", "s:you_guys"), which carry German and English verb-first order. Then the shape of its
 * question marks: none ("q:none"), or one followed by more words ("q:inside"). Training (scripts/train-question-model.mjs)
 * and scoring read the same features.
 */
export function questionFeatures(folded: string): string[] {
  const tokens = questionTokens(folded);
  const out: string[] = [];
  let previous = '<';
  let sentenceStart = true;
  let marked = false;
  let inside = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    out.push(`w:${t}`, `b:${previous}_${t}`);
    if (sentenceStart && isWord(t)) {
      const next = tokens[i + 1];
      out.push(`s:${t}_${next !== undefined && isWord(next) ? next : '.'}`);
      sentenceStart = false;
    }
    if (ENDS.has(t)) sentenceStart = true;
    if (t.charCodeAt(0) === 63) marked = true;
    else if (marked && isWord(t)) inside = true;
    previous = t;
  }
  out.push(`b:${previous}_>`);
  if (!marked && !tokens.includes('¿')) out.push('q:none');
  if (inside) out.push('q:inside');
  return out;
}

function isWord(t: string): boolean {
  const c = t.charCodeAt(0);
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c >= 0xc0;
}

/** What scoring adds for one token: its weight, and those of the pairs and sentence openings it starts. */
interface TokenEntry {
  weight: number;
  /** "b:" weights by the next token's entry ("<" starts the post, ">" ends it). */
  pairs: Map<TokenEntry, number> | undefined;
  /** "s:" weights by the entry of the sentence's second word ("." when none follows). */
  opens: Map<TokenEntry, number> | undefined;
  word: boolean;
  /** Whether the token ends a sentence (ENDS). */
  ends: boolean;
}

interface Weights {
  /** The entry of every token the model names, in any feature (see entryOf for the others). */
  entries: Map<string, TokenEntry>;
  start: TokenEntry;
  end: TokenEntry;
  /** The entry of '.', the second word of a sentence of one word. */
  stop: TokenEntry;
  none: number;
  inside: number;
}

let weights: Weights | undefined;

/**
 * The model's weights, parsed on first use from the shipped data, grouped by the token that starts each feature and
 * keyed by the entry of the token that follows: a token costs one lookup by its text, and a pair or an opening one more
 * by identity, with no feature name built per post.
 */
function model(): Weights {
  if (!weights) {
    const values = QUESTION_MODEL.weights.split(' ').map(Number);
    const entries = new Map<string, TokenEntry>();
    const entry = (t: string): TokenEntry => {
      let e = entries.get(t);
      if (!e) entries.set(t, (e = { weight: 0, pairs: undefined, opens: undefined, word: isWord(t), ends: ENDS.has(t) }));
      return e;
    };
    const w: Weights = { entries, start: entry('<'), end: entry('>'), stop: entry('.'), none: 0, inside: 0 };
    QUESTION_MODEL.features.split(' ').forEach((f, i) => {
      const value = values[i];
      if (f === 'q:none') w.none = value;
      else if (f === 'q:inside') w.inside = value;
      else if (f.startsWith('w:')) entry(f.slice(2)).weight = value;
      else {
        // "b:first_second", "s:first_second": tokens hold no "_" (questionTokens never makes one).
        const cut = f.indexOf('_');
        const first = entry(f.slice(2, cut));
        const table = f.startsWith('b:') ? (first.pairs ??= new Map()) : (first.opens ??= new Map());
        table.set(entry(f.slice(cut + 1)), value);
      }
    });
    weights = w;
  }
  return weights;
}

/** The entry of a word the model never names: nothing to add, and no table to look in next. */
const UNKNOWN_WORD: TokenEntry = { weight: 0, pairs: undefined, opens: undefined, word: true, ends: false };

function entryOf(t: string, m: Weights): TokenEntry {
  const e = m.entries.get(t);
  if (e !== undefined) return e;
  if (isWord(t)) return UNKNOWN_WORD;
  // questionTokens makes a dozen marks at most: one the model never names gets its entry once.
  const mark: TokenEntry = { weight: 0, pairs: undefined, opens: undefined, word: false, ends: ENDS.has(t) };
  m.entries.set(t, mark);
  return mark;
}

/** Whether the post has a '?' or '¿' (questionFeatures' "q:none" when it has not). */
export function hasQuestionMark(folded: string): boolean {
  return folded.includes('?') || folded.includes('¿');
}

/**
 * The model's log-odds that the post asks something: the bias plus the weights of questionFeatures, summed token by
 * token as questionTokens makes them, without building them.
 */
export function questionScore(folded: string): number {
  const m = model();
  let score = QUESTION_MODEL.bias;
  let previous = m.start;
  let opening: TokenEntry | undefined;
  let sentenceStart = true;
  let marked = false;
  let inside = false;
  const add = (t: string): void => {
    const e = entryOf(t, m);
    score += e.weight;
    if (previous.pairs !== undefined) score += previous.pairs.get(e) ?? 0;
    if (opening !== undefined) {
      if (opening.opens !== undefined) score += opening.opens.get(e.word ? e : m.stop) ?? 0;
      opening = undefined;
    }
    if (sentenceStart && e.word) {
      opening = e;
      sentenceStart = false;
    }
    if (t.charCodeAt(0) === 63) marked = true;
    else if (marked && e.word) inside = true;
    if (e.ends) sentenceStart = true;
    previous = e;
  };
  scanTokens(folded, add);
  if (opening?.opens !== undefined) score += opening.opens.get(m.stop) ?? 0;
  if (previous.pairs !== undefined) score += previous.pairs.get(m.end) ?? 0;
  if (!hasQuestionMark(folded)) score += m.none;
  if (inside) score += m.inside;
  return score;
}
