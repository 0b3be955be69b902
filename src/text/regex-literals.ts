// The literal text a regular expression cannot match without: a cheap `includes` pre-check that tells which
// patterns of a large group can match a post at all, so the others are never run — and never compiled, which for
// the detectors' long alternations costs more than running them on every post of an audit.
//
// Reading the patterns is itself work at every run: the demo audit's ~1,000 patterns (~125 KB of source) took ~50 ms
// of CPU, read once each by code that had not run yet. The build reads them once (scripts/build-config.mjs, which
// runs the detectors over the labelled posts of fixtures/text in every language) and writes the answers beside this
// module, where the built CLI finds them; a pattern the build did not meet is read here, as before. Run from src/
// (the tests), there is no such file and every pattern is read. The same file holds how each pattern of a group is
// split into the pieces its tester runs (patternPieces, regex-union.ts), worked out by the build too.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Strings one of which occurs in every match. */
type Need = string[] | undefined;

/** Thrown on syntax the reader does not follow: the pattern then has no pre-check and always runs. */
class Unknown extends Error {}

/**
 * Literal strings one of which every match of the pattern contains, or undefined when the pattern has none (or uses
 * syntax this reader does not follow). Only plain patterns (no flag but `g` and `u`) are read: ignoring case, a `v`
 * set, `m` or `s` would change what a literal or an assertion means; `g` changes where a scan starts, not what
 * matches.
 */
export function requiredLiterals(source: string, flags: string): string[] | undefined {
  const key = `${flags}/${source}`;
  const built = prebuiltAnswer(key) as string[] | null | undefined;
  if (built !== undefined) return built ?? undefined;
  const need = readLiterals(source, flags);
  answered.set(key, need ?? null);
  return need;
}

/**
 * A pattern as a group tester splits it (regex-union.ts): the offsets of its top-level '|' when every alternative is
 * tested on its own (null: the pattern is one piece), each piece's literals (null: none), and each piece's further
 * needs (literalClauses: each a list of literals one of which every match holds too; null: none beyond its literals).
 */
export type Pieces = [cuts: number[] | null, needs: Array<string[] | null>, more: Array<string[][] | null>];

/**
 * The prefixes of the pieces' keys in the build's answers (a literal's key starts with the pattern's flags): a group
 * tester's split and a removal's split of one pattern differ (a removal of one alternative keeps its literals, a
 * tester's whole pattern none), so each has its own key.
 */
const PIECES = { tester: 'pieces:', removal: 'removal:' } as const;

/**
 * The pieces of a pattern of `flags` as `kind` splits it, as the build worked them out (the same reading of every
 * alternative, done once by the build instead of at each run), else `make()`, whose literals are read with `literalsOf`.
 */
export function patternPieces(source: string, flags: string, make: () => Pieces, kind: keyof typeof PIECES = 'tester'): Pieces {
  const key = `${PIECES[kind]}${flags}/${source}`;
  const built = prebuiltAnswer(key) as Pieces | undefined;
  if (built !== undefined) return built;
  const pieces = make();
  answered.set(key, pieces);
  return pieces;
}

/** requiredLiterals without the build's answers or a record of its own: for the pieces patternPieces makes. */
export function literalsOf(source: string, flags: string): string[] | undefined {
  return readLiterals(source, flags);
}

/**
 * The needs of a pattern besides its literals (requiredLiterals), for the pieces patternPieces makes: every literal run
 * and every group a match cannot do without, read through the groups of one alternative, each as the literals one of
 * which every match holds — "(?:pido|quisiera) que (?:alguien )?me (?:llamen|llame)" needs " que " (its literals) and
 * also one of "pido", "quisiera", "me ", and one of "llamen", "llame". Undefined when there are none (or the
 * pattern has no literals). A group tester runs a piece only when the text holds one literal of each: a piece whose
 * literals are words found in most posts (" que ", "in") is then run on a few of them.
 */
export function moreLiteralsOf(source: string, flags: string): string[][] | undefined {
  const read = readNeeds(source, flags);
  if (!read || !usable(read.best)) return undefined;
  const key = clauseKey(read.best!);
  const seen = new Set([key]);
  const out: string[][] = [];
  for (const clause of read.all) {
    if (!usable(clause) || clause.some((s) => s.length < MORE_LENGTH)) continue;
    const k = clauseKey(clause);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(clause);
  }
  return out.length > 0 ? out : undefined;
}

/** The shortest literal a further need may hold: shorter ones ("i", "m", " a") are in most texts and rule out few runs. */
const MORE_LENGTH = 3;

function usable(need: Need): boolean {
  return need !== undefined && need.length > 0 && need.every((s) => s.length > 0);
}

function clauseKey(clause: string[]): string {
  return JSON.stringify([...clause].sort());
}

/**
 * The build's answers (see above), next to the compiled module: one JSON array of strings, each answer's key
 * (`flags/source`, `pieces:flags/source` or `removal:flags/source`) followed by its answer as JSON text
 * (formatPrebuilt). Not the answers themselves as JSON arrays: parsing those (~10,000 arrays and strings, the keys
 * ~250 KB of escaped pattern sources) was ~10-15 ms of CPU of every run that reads a post (the demo's text stage);
 * the strings alone parse in ~5 ms, and only the answers a run asks for are parsed (docs/performance.md).
 */
export const PREBUILT_REQUIRED_LITERALS = fileURLToPath(new URL('./required-literals.prebuilt.json', import.meta.url));

/** An answer of the build's: a pattern's literals (null: none), or a pattern's pieces. */
type Answer = string[] | null | Pieces;

/** The build's answers, read on the first pattern: each as its JSON text until it is first asked for. */
let prebuilt: Map<string, Answer | string> | undefined;

/** The answers worked out by this process, for the build to write (requiredLiteralsAnswered). */
const answered = new Map<string, Answer>();

/** The build's answer for `key`, parsed on its first use; undefined when the build has none. */
function prebuiltAnswer(key: string): Answer | undefined {
  prebuilt ??= readPrebuilt();
  const value = prebuilt.get(key);
  if (typeof value !== 'string') return value;
  const parsed = JSON.parse(value) as Answer;
  prebuilt.set(key, parsed);
  return parsed;
}

function readPrebuilt(): Map<string, Answer | string> {
  try {
    return parsePrebuilt(createRequire(import.meta.url)(PREBUILT_REQUIRED_LITERALS) as string[]);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND') return new Map();
    throw err;
  }
}

/** The build's file (formatPrebuilt), as read, as key → the answer's JSON text. */
export function parsePrebuilt(flat: string[]): Map<string, string> {
  const table = new Map<string, string>();
  for (let i = 0; i + 1 < flat.length; i += 2) table.set(flat[i], flat[i + 1]);
  return table;
}

/** The build's file of `answers` (parsePrebuilt reads it). */
export function formatPrebuilt(answers: ReadonlyMap<string, Answer>): string {
  return JSON.stringify([...answers].flatMap(([key, answer]) => [key, JSON.stringify(answer)]));
}

/**
 * What this process read itself (the build writes it as PREBUILT_REQUIRED_LITERALS), as `flags/source` → literals,
 * `pieces:flags/source` → a tester's Pieces and `removal:flags/source` → a removal's.
 */
export function requiredLiteralsAnswered(): ReadonlyMap<string, Answer> {
  return answered;
}

function readLiterals(source: string, flags: string): string[] | undefined {
  const read = readNeeds(source, flags);
  if (!read) return undefined;
  const need = read.best;
  return need && need.length > 0 && need.every((s) => s.length > 0) ? need : undefined;
}

/** The Reader's answer on a whole pattern, or undefined when it does not follow it. */
function readNeeds(source: string, flags: string): Read | undefined {
  if (!/^g?u?$/.test(flags)) return undefined;
  try {
    const reader = new Reader(source, flags.includes('u'));
    const read = reader.disjunction();
    if (reader.at < source.length) return undefined;
    return read;
  } catch (err) {
    if (err instanceof Unknown) return undefined;
    throw err;
  }
}

/** What a pattern or a group needs: the best need (requiredLiterals), and every need found, each required (`all`). */
interface Read {
  best: Need;
  all: string[][];
}

/** A flat copy of `s` (see Reader). */
function flat(s: string): string {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}

/** Characters that cannot start an atom. */
const SPECIAL = new Set([']', '}', '{', '*', '+', '?']);

/** The better of two needs: the one whose shortest string is longest (then the one with fewer strings). */
function better(a: Need, b: Need): Need {
  if (!a) return b;
  if (!b) return a;
  const min = (n: string[]): number => Math.min(...n.map((s) => s.length));
  if (min(a) !== min(b)) return min(a) > min(b) ? a : b;
  return a.length <= b.length ? a : b;
}

/** Recursive-descent reading of the ECMAScript pattern syntax the detectors use. */
class Reader {
  at = 0;

  private readonly source: string;

  constructor(
    source: string,
    private readonly unicode: boolean,
  ) {
    // A pattern put together from pieces is a tree of strings in V8, slow to read a character at a time: one copy
    // makes it flat.
    this.source = flat(source);
  }

  /**
   * Alternatives: every one must need something, and the need is any of theirs. A single alternative's needs are all
   * required (`all`); of several, only the need that is any of theirs.
   */
  disjunction(): Read {
    const reads: Read[] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      reads.push(this.sequence());
    }
    if (reads.length === 1) return reads[0];
    const any = new Set<string>();
    for (const read of reads) {
      if (read.best === undefined) return { best: undefined, all: [] };
      for (const s of read.best) any.add(s);
    }
    const best = Array.from(any);
    return { best, all: [best] };
  }

  /**
   * A concatenation: runs of literal characters, and groups, each required; the best of them is kept, and every one
   * listed (`all`).
   */
  private sequence(): Read {
    let best: Need;
    const all: string[][] = [];
    let run = '';
    const endRun = (): void => {
      if (run) {
        best = better(best, [run]);
        all.push([run]);
      }
      run = '';
    };
    for (;;) {
      const ch = this.source[this.at];
      if (ch === undefined || ch === '|' || ch === ')') break;
      const atom = this.atom();
      const quantifier = this.quantifier();
      if (atom.kind === 'char') {
        if (quantifier === 'optional') {
          endRun();
        } else if (quantifier === 'some') {
          // "ab+c" needs "ab"; what follows the repetition starts a new run.
          run += atom.char;
          endRun();
        } else {
          run += atom.char;
        }
      } else {
        endRun();
        if (atom.kind === 'group' && quantifier !== 'optional') {
          best = better(best, atom.need.best);
          all.push(...atom.need.all);
        }
      }
    }
    endRun();
    return { best, all };
  }

  /** `?`, `*`, `{0,…}` make the atom optional; `+`, `{n,…}` with n ≥ 1 repeat it; a trailing `?` is laziness. */
  private quantifier(): 'once' | 'optional' | 'some' {
    const ch = this.source[this.at];
    let kind: 'once' | 'optional' | 'some' = 'once';
    if (ch === '?' || ch === '*') {
      this.at++;
      kind = 'optional';
    } else if (ch === '+') {
      this.at++;
      kind = 'some';
    } else if (ch === '{') {
      const m = /^\{(\d+)(,\d*)?\}/.exec(this.source.slice(this.at));
      if (!m) throw new Unknown();
      this.at += m[0].length;
      kind = Number(m[1]) === 0 ? 'optional' : m[2] === undefined && m[1] === '1' ? 'once' : 'some';
    }
    if (kind !== 'once' || ch === '{') {
      if (this.source[this.at] === '?') this.at++;
      if (/^[?*+{]/.test(this.source[this.at] ?? '')) throw new Unknown();
    }
    return kind;
  }

  private atom(): { kind: 'char'; char: string } | { kind: 'group'; need: Read } | { kind: 'other' } {
    const ch = this.source[this.at]!;
    if (ch === '(') return this.group();
    if (ch === '[') {
      this.skipClass();
      return { kind: 'other' };
    }
    if (ch === '.' || ch === '^' || ch === '$') {
      this.at++;
      return { kind: 'other' };
    }
    if (ch === '\\') return this.escape();
    if (SPECIAL.has(ch)) throw new Unknown();
    // With `u`, a character outside the BMP is one atom (a quantifier after it applies to both halves).
    const code = ch.charCodeAt(0);
    const pair = this.unicode && code >= 0xd800 && code <= 0xdbff && /[\uDC00-\uDFFF]/.test(this.source[this.at + 1] ?? '');
    const char = pair ? this.source.slice(this.at, this.at + 2) : ch;
    this.at += char.length;
    return { kind: 'char', char };
  }

  private group(): { kind: 'group'; need: Read } | { kind: 'other' } {
    const rest = this.source.slice(this.at);
    const opening = /^\((?:\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/.exec(rest)![0];
    this.at += opening.length;
    const need = this.disjunction();
    if (this.source[this.at] !== ')') throw new Unknown();
    this.at++;
    // A lookaround matches nothing of its own; its text is not part of the match.
    if (/^\(\?(?:=|!|<=|<!)$/.test(opening)) return { kind: 'other' };
    return { kind: 'group', need };
  }

  private skipClass(): void {
    this.at++;
    for (;;) {
      const ch = this.source[this.at];
      if (ch === undefined) throw new Unknown();
      this.at++;
      if (ch === '\\') {
        if (this.source[this.at] === 'p' || this.source[this.at] === 'P') {
          this.at++;
          this.skipProperty();
        } else if (this.source[this.at] === 'u' || this.source[this.at] === 'x' || this.source[this.at] === 'c') {
          throw new Unknown();
        } else {
          this.at++;
        }
      } else if (ch === ']') {
        return;
      }
    }
  }

  private skipProperty(): void {
    if (!this.unicode) throw new Unknown();
    const m = /^\{[A-Za-z_=]+\}/.exec(this.source.slice(this.at));
    if (!m) throw new Unknown();
    this.at += m[0].length;
  }

  private escape(): { kind: 'char'; char: string } | { kind: 'other' } {
    this.at++;
    const ch = this.source[this.at];
    if (ch === undefined) throw new Unknown();
    this.at++;
    // Classes and assertions: \d \w \s \b and their negations.
    if ('dDwWsSbB'.includes(ch)) return { kind: 'other' };
    if (ch === 'p' || ch === 'P') {
      this.skipProperty();
      return { kind: 'other' };
    }
    // Punctuation escaped to stand for itself ("\.", "\?", "\-", "\/").
    if (/^[\^$\\.*+?()[\]{}|/\-'"!,:;<>=&%#@~`]$/.test(ch)) return { kind: 'char', char: ch };
    // Anything else (\n, \t, \uXXXX, \x41, back-references, \k<name>…) is read as no literal, or not at all.
    if ('nrtfv'.includes(ch)) return { kind: 'other' };
    throw new Unknown();
  }
}
