// A small logistic-regression model of questions, trained on the labelled posts of fixtures/text (written for this
// project) by scripts/train-question-model.mjs and shipped as weights. The patterns of questions.ts were written round
// by round for each round's errors, and the next unseen round brought new ones; the model reads every labelled post at
// once. It speaks only when confident: it vetoes a question the patterns found when it is sure the post asks nothing
// (a rhetorical or reproachful '?', a tag closing praise), and adds one they missed when it is sure the post asks.
import { QUESTION_MODEL } from './question-model.data.js';

/**
 * The tokens of a post's folded text: words (numbers read as "0"), and its punctuation reduced to a few marks —
 * "?" (one), "??" (more), "?!" (mixed with '!'), "!", "." (full stops and ellipses), "," (commas, colons, semicolons,
 * dashes between spaces), "¿", "¡" and '"' (any quote).
 */
export function questionTokens(folded: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(folded); m !== null; m = TOKEN.exec(folded)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    if (c === 63 || c === 33) out.push(markOf(t));
    else if (c === 46 || c === 0x2026) out.push('.');
    else if (c === 44 || c === 59 || c === 58 || c === 45 || c === 0x2013 || c === 0x2014) out.push(',');
    else if (c === 0xbf) out.push('¿');
    else if (c === 0xa1) out.push('¡');
    else if (c === 34 || c === 0xab || c === 0xbb || c === 0x201c || c === 0x201d || c === 0x201e) out.push('"');
    else out.push(DIGIT.test(t) ? t.replace(DIGITS, '0') : t);
  }
  return out;
}

/**
 * Words (letters of the folded text, apostrophes, digits; General Punctuation excluded), runs of '?' and '!', and the
 * other marks one at a time. A dash counts only between spaces ("Quick question – do you…"), not inside "e-mail".
 */
const TOKEN = /[a-z0-9'\u00c0-\u1fff]+|[?!]+|[.…]+|[,;:]|(?<=\s)[-–—](?=\s)|[¿¡"«»“”„]/g;
const DIGIT = /\d/;
const DIGITS = /\d+/g;

/** A run of '?' and '!' as one mark. */
function markOf(run: string): string {
  const question = run.indexOf('?');
  if (question < 0) return '!';
  if (run.includes('!')) return '?!';
  return run.lastIndexOf('?') > question ? '??' : '?';
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

let weights: Map<string, number> | undefined;

/** The model's weights, parsed on first use from the shipped data. */
function model(): Map<string, number> {
  if (!weights) {
    const values = QUESTION_MODEL.weights.split(' ').map(Number);
    weights = new Map(QUESTION_MODEL.features.split(' ').map((f, i) => [f, values[i]]));
  }
  return weights;
}

/** The model's log-odds that the post asks something. */
export function questionScore(folded: string): number {
  const m = model();
  let score = QUESTION_MODEL.bias;
  for (const f of questionFeatures(folded)) score += m.get(f) ?? 0;
  return score;
}

/**
 * The verdict on a post once the model has had its say: the patterns' "question" stands unless the model's log-odds
 * fall below -veto, their "no question" unless they rise above add (thresholds chosen at training time, on blind rounds
 * the model was not trained on).
 */
export function modelOverrides(patterns: boolean, folded: string): boolean {
  const score = questionScore(folded);
  return patterns ? score >= -QUESTION_MODEL.veto : score > QUESTION_MODEL.add;
}
