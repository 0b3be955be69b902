// Pattern lists joined into few alternations, so a detector scans a post once per group instead of once per pattern.
import { LiteralScan, type Found } from './literal-scan.js';
import { literalsOf, moreLiteralsOf, patternPieces, requiredLiterals, type Pieces } from './regex-literals.js';

/** The literals of every group, found once per text for all the groups that test it. */
const SCAN = new LiteralScan();

/** The shared scan's ids of `literals`, given on first sight: a detector reads their hits in scanLiterals. */
export function literalIds(literals: readonly string[]): number[] {
  return literals.map((literal) => SCAN.id(literal));
}

/**
 * The literals of every group (and of literalIds) found in `text`: the shared scan's answer, found once for all the
 * groups that test the same text, valid until a few scans of other texts later (literal-scan.ts).
 */
export function scanLiterals(text: string): Found {
  return SCAN.scan(text);
}

/**
 * What union and unionTester read of a pattern: its source and flags. A pattern made only to be joined into a group is
 * given as these (patternSource), not as a RegExp: V8 parses a RegExp as it is made, and looks up in ICU each \p{…}
 * class it holds, though a group runs its own patterns, not the ones it was given (the demo made ~230 such patterns,
 * with ~70 classes, and ran none).
 */
export interface PatternSource {
  readonly source: string;
  readonly flags: string;
  readonly unicode: boolean;
}

/** A pattern's source and flags, unparsed: what `new RegExp(source, flags)` would give union and unionTester. */
export function patternSource(source: string, flags: string): PatternSource {
  return { source, flags, unicode: flags.includes('u') };
}

/**
 * A list of patterns only ever read for their sources (joined by union or unionTester, or into a pattern of their
 * sources), typed as PatternSource so that no code runs them. The CLI's build writes the list's regular expression
 * literals as PatternSource objects of the same source and flags (scripts/pattern-sources.mjs), which V8 does not
 * parse as they are made; elsewhere the literals are made as written, and read the same.
 */
export function patternSources(patterns: PatternSource[]): PatternSource[] {
  return patterns;
}

/** The pattern itself: a RegExp as given, or one made from a PatternSource. */
function compiled(pattern: PatternSource): RegExp {
  return pattern instanceof RegExp ? pattern : new RegExp(pattern.source, pattern.flags);
}

/** Joins patterns into alternations: one scan of the text instead of dozens. */
export function union(patterns: PatternSource[]): RegExp[] {
  // The Unicode flag only for the patterns that need it (\p{L}…): V8 runs plain alternations faster. Patterns that
  // start at a word boundary share one leading \b, so the engine tries the alternatives at word starts only.
  const join = (list: PatternSource[], flags: string): RegExp[] => {
    if (list.length < 2) return list.map(compiled);
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
  return alternativesAt(source, topLevelCuts(source));
}

/** The alternatives between a pattern's top-level '|' at `cuts` (topLevelCuts). */
function alternativesAt(source: string, cuts: number[]): string[] {
  const out: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    out.push(source.slice(start, cut));
    start = cut + 1;
  }
  out.push(source.slice(start));
  return out;
}

/** The offsets of a pattern's top-level '|' (topLevelAlternatives). */
function topLevelCuts(source: string): number[] {
  return groupsOf(source).cuts;
}

/**
 * One walk of a pattern's groups, escapes and classes skipped: the offsets of its top-level '|', and whether its groups
 * all close within it, none closing one opened before it.
 */
function groupsOf(source: string): { cuts: number[]; balanced: boolean } {
  const cuts: number[] = [];
  let depth = 0;
  let closedOutside = false;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') i++;
    else if (inClass) inClass = ch !== ']';
    else if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') closedOutside ||= --depth < 0;
    else if (ch === '|' && depth === 0) cuts.push(i);
  }
  return { cuts, balanced: !closedOutside && depth === 0 && !inClass };
}

/**
 * A pattern of a group as its tester splits it: each top-level alternative on its own when they all start at a word
 * boundary (union's partition), else the whole pattern; each piece with its literals and its further needs.
 */
export function splitPieces(source: string, flags: string): Pieces {
  const cuts = topLevelCuts(source);
  const atWord = alternativesAt(source, cuts).every((alt) => alt.startsWith('\\b'));
  const kept = atWord ? cuts : null;
  const sources = pieceSources(source, kept);
  return [kept, sources.map((piece) => literalsOf(piece, flags) ?? null), sources.map((piece) => moreLiteralsOf(piece, flags) ?? null)];
}

/** The sources of a pattern's pieces (splitPieces): the whole pattern, or each alternative after "\\b(?=\\w)". */
function pieceSources(source: string, cuts: number[] | null): string[] {
  if (cuts === null) return [source];
  return alternativesAt(source, cuts).map((alt) => `\\b(?=\\w)(?:${alt.slice(2)})`);
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
 * An alternative run only beside one of its literals, and only when the text holds one literal of each of its further
 * needs too (`more`: one list per need, searched in the text itself; null when it has none).
 */
interface CheckedPiece extends Piece {
  literals: string[];
  more: string[][] | null;
}

/**
 * The patterns of `union`, tested as one (the same answer as testing each of union's alternations), but each
 * alternative on its own and only when the text holds a literal it cannot match without (regex-literals.ts):
 * most alternatives of a large group then never run on an audit's posts, and V8 never compiles them, which for
 * the detectors' long alternations costs more than every later scan. The alternatives without such a literal are
 * joined and always tested. For `test` only: which alternative matches first, and where, is not kept.
 */
export function unionTester(patterns: PatternSource[]): UnionTester {
  // Read on the first test: a group used by no post of an audit (another language's) costs nothing.
  let tester: UnionTester | undefined;
  return { test: (text) => (tester ??= buildTester(patterns)).test(text) };
}

function buildTester(patterns: PatternSource[]): UnionTester {
  const always: Piece[] = [];
  const checked: CheckedPiece[] = [];
  const unchecked = new Map<string, string[]>();
  for (const [list, flags] of [
    [patterns.filter((re) => !re.unicode), ''],
    [patterns.filter((re) => re.unicode), 'u'],
  ] as const) {
    // A lone pattern is tested as it is, as union leaves it (still only when the text holds a literal it needs).
    if (list.length === 1) {
      const [re] = list;
      const literals = requiredLiterals(re.source, re.flags);
      const made = re instanceof RegExp ? re : undefined;
      if (literals) checked.push({ source: re.source, flags: re.flags, re: made, literals, more: null });
      else always.push({ source: re.source, flags: re.flags, re: made });
    }
    if (list.length < 2) continue;
    // The same partition as union's: the patterns whose alternatives all start at a word boundary share "\\b(?=\\w)".
    // The build works the pieces out (regex-literals.ts): splitting the patterns and reading every piece's literals
    // were most of building a group.
    for (const re of list) {
      const [cuts, needs, more] = patternPieces(re.source, flags, () => splitPieces(re.source, flags));
      pieceSources(re.source, cuts).forEach((source, k) => {
        const literals = needs[k];
        const also = more[k];
        if (literals) checked.push({ source, flags, literals, more: also });
        else unchecked.set(flags, [...(unchecked.get(flags) ?? []), source]);
      });
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
  // By id in the shared scan, the alternatives that need the literal: those of id are alternatives[first[id]] up to
  // alternatives[first[id + 1] - 1] (two typed arrays, not an array of arrays: a test reads ~11 ids at random, and each
  // small array was one more object to reach).
  const ids = [...byLiteral.keys()].map((literal) => SCAN.id(literal));
  const lists = [...byLiteral.values()];
  // Read once: a getter call at every step of the loop below, over every literal of every group built so far, was
  // ~50,000 calls in the demo, made while the code is still interpreted.
  const known = SCAN.size;
  const first = new Int32Array(known + 1);
  ids.forEach((id, k) => (first[id + 1] = lists[k].length));
  for (let id = 0; id < known; id++) first[id + 1] += first[id];
  const needing = new Int32Array(first[known]);
  ids.forEach((id, k) => needing.set(lists[k], first[id]));
  const tried = new Uint32Array(checked.length);
  let stamp = 0;
  const run = (piece: Piece, text: string): boolean => (piece.re ??= new RegExp(piece.source, piece.flags)).test(text);
  return {
    test(text) {
      for (const piece of always) if (run(piece, text)) return true;
      stamp = stamp === 0xffffffff ? 1 : stamp + 1;
      if (stamp === 1) tried.fill(0);
      const { ids, count } = SCAN.scan(text);
      for (let k = 0; k < count; k++) {
        const id = ids[k];
        if (id >= known) continue;
        for (let j = first[id], end = first[id + 1]; j < end; j++) {
          const i = needing[j];
          if (tried[i] === stamp) continue;
          tried[i] = stamp;
          const piece = checked[i];
          if (piece.more !== null && !holdsEach(piece.more, text)) continue;
          if (run(piece, text)) return true;
        }
      }
      return false;
    },
  };
}

/**
 * Whether the text holds one literal of each need: searched by `includes` (a few searches of a short text, and only for
 * an alternative about to run), not by the shared scan, which every literal more would slow for every text.
 */
function holdsEach(needs: string[][], text: string): boolean {
  for (let n = 0; n < needs.length; n++) {
    const need = needs[n];
    let found = false;
    for (let k = 0; k < need.length && !found; k++) found = text.includes(need[k]);
    if (!found) return false;
  }
  return true;
}

/** The head union() gives the word-led alternatives it joins: "\\b(?=\\w)(?:a|b|…)". */
const WORD_LED = '\\b(?=\\w)(?:';

/**
 * A removal: `text` with every match of `re` (global) replaced by a space, as `text.replace(re, ' ')`. When `re` is an
 * alternation (union's word-led join, or alternatives at its top level), only the alternatives whose literals the text
 * holds (the shared scan, then their further needs) can match anywhere in it; with none, the text is returned as it is,
 * and with one, that alternative runs alone. The answer is the same: at each position the alternation tries its
 * alternatives in order, and one that matches nowhere never wins. The detectors' removals are joined from dozens of
 * patterns (complaints.ts), and most posts hold the literals of one or two: the whole alternation tried every
 * alternative at every word of the post, one of them a sentence read 180 characters ahead at each sentence's start.
 */
export function remover(re: RegExp): (text: string) => string {
  const global = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  // Read on the first removal, like the groups: a removal of a language no post uses costs nothing.
  // false: the pattern is one alternative, run only on a text holding a literal it needs.
  let pieces: RemovalPieces | false | undefined;
  const may = literalCheck(global);
  return (text) => {
    pieces ??= removalPieces(global) ?? false;
    if (pieces === false) return may(text) ? text.replace(global, ' ') : text;
    const only = liveAlternative(pieces, text);
    if (only === NONE) return text;
    if (only === SEVERAL) return text.replace(global, ' ');
    return text.replace((pieces.alone[only] ??= new RegExp(pieces.sources[only], global.flags)), ' ');
  };
}

/** liveAlternative's answers besides an alternative's index. */
const NONE = -1;
const SEVERAL = -2;

/** A removal's alternatives, as a group tester's pieces (buildTester): their sources, and which literal each needs. */
interface RemovalPieces {
  sources: string[];
  /** Alternatives without literals: they can match any text. */
  always: number[];
  /**
   * Flags by id in the shared scan of the literals some alternative needs (neededIds): most literals a text holds are
   * none of this removal's, told by one byte each.
   */
  needed: Uint8Array;
  /** By id of such a literal, the alternatives needing it. */
  needing: Map<number, number[]>;
  more: Array<string[][] | null>;
  /** The alternatives compiled alone, on first use. */
  alone: Array<RegExp | undefined>;
  /** Per alternative, the stamp of the last removal that looked at it. */
  seen: Uint32Array;
  stamp: number;
}

/**
 * The one alternative of the removal that can match `text` (its index), NONE, or SEVERAL: at most two are looked for,
 * as two or more run the whole alternation.
 */
function liveAlternative(pieces: RemovalPieces, text: string): number {
  if (pieces.always.length > 1) return SEVERAL;
  const live = liveUpTo(pieces, text, 2);
  return live.length === 0 ? NONE : live.length === 1 ? live[0] : SEVERAL;
}

/** A backreference: an alternative holding one is not run alone (its group's number would change). */
const BACKREFERENCE = /\\[1-9]|\\k</;

/**
 * The alternatives of a removal's pattern and their literals, or null when it is one alternative (or holds a
 * backreference): union's word-led join gives its words, each behind the join's head as a tester's piece; any other
 * pattern its top-level alternatives.
 */
function removalPieces(re: RegExp): RemovalPieces | null {
  const { source, flags } = re;
  if (BACKREFERENCE.test(source)) return null;
  const [cuts, needs, more] = patternPieces(source, flags, () => splitRemoval(source, flags), 'removal');
  if (cuts === null) return null;
  return indexedPieces(removalSources(source, cuts), needs, more);
}

/**
 * Removal pieces from alternatives and, per alternative, the literals it needs (null: none, it can match any text):
 * each literal indexed by its id in the shared scan to the alternatives needing it.
 */
function indexedPieces(sources: string[], needs: ReadonlyArray<readonly string[] | null>, more: Array<string[][] | null>): RemovalPieces {
  const always: number[] = [];
  const byLiteral = new Map<string, number[]>();
  needs.forEach((literals, i) => {
    if (literals === null) always.push(i);
    else
      for (const literal of literals) {
        const list = byLiteral.get(literal);
        if (list) list.push(i);
        else byLiteral.set(literal, [i]);
      }
  });
  const needing = new Map([...byLiteral].map(([literal, list]) => [SCAN.id(literal), list]));
  const needed = neededIds([...needing.keys()]);
  return { sources, always, needed, needing, more, alone: [], seen: new Uint32Array(sources.length), stamp: 0 };
}

/**
 * A removal's pattern split as removalPieces reads it: the offsets of its alternatives' '|' (in union's word-led join,
 * those inside the join; null: one alternative), each alternative's literals and further needs.
 */
export function splitRemoval(source: string, flags: string): Pieces {
  const cuts = removalCuts(source);
  if (cuts === null) return [null, [], []];
  const sources = removalSources(source, cuts);
  return [cuts, sources.map((piece) => literalsOf(piece, flags) ?? null), sources.map((piece) => moreLiteralsOf(piece, flags) ?? null)];
}

/** The offsets of the '|' between a removal's alternatives (splitRemoval), or null when it has one. */
function removalCuts(source: string): number[] | null {
  const top = topLevelCuts(source);
  if (top.length > 0) return top;
  if (!source.startsWith(WORD_LED) || !source.endsWith(')')) return null;
  // The join's group must close at the pattern's end: "\\b(?=\\w)(?:a)b(?:c)" is no join.
  const inner = groupsOf(source.slice(WORD_LED.length, -1));
  if (!inner.balanced) return null;
  const cuts = inner.cuts.map((cut) => cut + WORD_LED.length);
  return cuts.length > 0 ? cuts : null;
}

/** The alternatives' sources: in a word-led join, each word behind the join's head; else each top-level alternative. */
function removalSources(source: string, cuts: number[]): string[] {
  if (topLevelCuts(source).length > 0) return alternativesAt(source, cuts);
  const words = alternativesAt(source.slice(0, -1), cuts);
  words[0] = words[0].slice(WORD_LED.length);
  return words.map((word) => `${WORD_LED}${word})`);
}

/**
 * A cheap test of whether `re` can match a text at all: false when the text holds none of the literals the pattern
 * cannot match without (regex-literals.ts), found by the scan the pattern groups share; always true for a pattern
 * without such literals. Lets a detector skip a replace or a test that could change or find nothing.
 */
export function literalCheck(re: RegExp): (text: string) => boolean {
  // Read on the first check, like the groups: a pattern of a language no post uses costs nothing.
  let needed: Uint8Array | null | undefined;
  return (text) => {
    if (needed === undefined) {
      const literals = requiredLiterals(re.source, re.flags);
      needed = literals ? neededIds(literals.map((literal) => SCAN.id(literal))) : null;
    }
    if (needed === null) return true;
    const { ids, count } = SCAN.scan(text);
    for (let k = 0; k < count; k++) {
      const id = ids[k];
      if (id < needed.length && needed[id] === 1) return true;
    }
    return false;
  };
}

/**
 * The ids as a table of flags by id (ids given later, past its end, are none of them): a detector checks its removals
 * one after another against the same found literals, and a read of a flag costs a fraction of a Set lookup.
 */
function neededIds(ids: number[]): Uint8Array {
  const flags = new Uint8Array(Math.max(0, ...ids) + 1);
  for (const id of ids) flags[id] = 1;
  return flags;
}

/** One run of a grouped alternation (groupedRunner): the pattern to run, and by its group, the alternative (-1: inner). */
export interface GroupedRun {
  re: RegExp;
  alternativeOf: Int32Array;
}

/**
 * The alternation of `sources`, each in its own capturing group, run on a text with only the alternatives whose
 * literals (and further needs) the text holds: null when none can match, else the pattern of those, in their order,
 * and which alternative each of its groups stands for. The matches are the same as the whole alternation's, told by
 * alternative instead of group: at each position an alternation tries its alternatives in order, and one that matches
 * nowhere never wins (a pattern with backreferences is always run whole). The complaint detector's weak signs
 * (complaints.ts rawPoints) are one such alternation of ~40 patterns, of which a post holds the literals of one or two.
 */
export function groupedRunner(sources: readonly string[], flags: string): (text: string) => GroupedRun | null {
  let pieces: RemovalPieces | false | undefined;
  const runs = new Map<string, GroupedRun>();
  const runOf = (live: number[]): GroupedRun => {
    const key = live.join(',');
    let run = runs.get(key);
    if (run === undefined) {
      const alternativeOf: number[] = [-1];
      for (const i of live) {
        alternativeOf.push(i);
        for (let inner = innerGroups(sources[i], flags); inner > 0; inner--) alternativeOf.push(-1);
      }
      run = { re: new RegExp(live.map((i) => `(${sources[i]})`).join('|'), flags), alternativeOf: Int32Array.from(alternativeOf) };
      // Bounded: the live sets a stream of posts gives are few, but a long audit could meet many.
      if (runs.size >= MAX_RUNS) runs.clear();
      runs.set(key, run);
    }
    return run;
  };
  const all = sources.map((_, i) => i);
  return (text) => {
    pieces ??= sources.some((source) => BACKREFERENCE.test(source)) ? false : groupedPieces(sources, flags);
    if (pieces === false) return runOf(all);
    const live = liveAlternatives(pieces, text);
    return live.length === 0 ? null : runOf(live);
  };
}

/** The grouped runs kept per alternation before they are forgotten all at once. */
const MAX_RUNS = 512;

/** The capturing groups inside a pattern's source. */
function innerGroups(source: string, flags: string): number {
  return new RegExp(`${source}|`, flags).exec('')!.length - 1;
}

/** groupedRunner's alternatives as a removal's pieces: each source one alternative, with its literals and needs. */
function groupedPieces(sources: readonly string[], flags: string): RemovalPieces {
  const more = sources.map((source) => moreLiteralsOf(source, flags) ?? null);
  return indexedPieces([...sources], sources.map((source) => literalsOf(source, flags) || null), more);
}

/** Every alternative that can match `text`, in their order. */
function liveAlternatives(pieces: RemovalPieces, text: string): number[] {
  const live = liveUpTo(pieces, text, Infinity);
  return live.length > 1 ? live.sort((a, b) => a - b) : live;
}

/**
 * The alternatives that can match `text` — those needing no literal, then those whose literals the shared scan finds
 * (and whose further needs the text holds) — in the order found, the scan stopped once `limit` are found.
 */
function liveUpTo(pieces: RemovalPieces, text: string, limit: number): number[] {
  const { always, needed, needing, more, seen } = pieces;
  const live = [...always];
  if (live.length >= limit) return live;
  const stamp = (pieces.stamp = pieces.stamp === 0xffffffff ? 1 : pieces.stamp + 1);
  if (stamp === 1) seen.fill(0);
  const { ids, count } = SCAN.scan(text);
  for (let k = 0; k < count; k++) {
    const id = ids[k];
    if (id >= needed.length || needed[id] === 0) continue;
    const list = needing.get(id)!;
    for (let j = 0; j < list.length; j++) {
      const i = list[j];
      if (seen[i] === stamp) continue;
      seen[i] = stamp;
      const also = more[i];
      if (also !== null && !holdsEach(also, text)) continue;
      live.push(i);
      if (live.length >= limit) return live;
    }
  }
  return live;
}
