// JSON exports read as a stream: the file chunk by chunk, decoded line by line (decode.ts), split into its top-level
// values (saved API responses one after the other, JSON lines) or into the items of the array an X archive assigns,
// each value parsed on its own with JSON.parse. The splitter only tracks strings, escapes and nesting, and counts
// lines, so a value's first and last lines are known without the line-numbering parser (json-lines.ts), whose maps
// cost many times the file's size. Anything irregular (bad syntax, a bare number or word where a value starts, nesting
// deeper than that parser allows) stops the split: the caller then parses the file whole, which words the error.
import { createReadStream } from 'node:fs';
import { LineDecoder, type DecodedLine } from './decode.js';
import { JsonSyntaxError, MAX_JSON_DEPTH, parseJsonWithLines } from './json-lines.js';

/** The split met what only the whole-file parser can word: at `line`, with its message. */
export class IrregularJson extends Error {
  override name = 'IrregularJson';

  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** One value of the file: its text, the lines it starts and ends on, and whether one of them could not be decoded. */
export interface SplitValue {
  text: string;
  line: number;
  endLine: number;
  bad: boolean;
}

/** How the file is split: into a sequence of values, or into the items of one array after `skip` characters. */
export interface SplitOptions {
  mode: 'sequence' | 'array';
  /** Characters before the array (an X archive's `window.YTD.tweets.part0 = `), line ends included. */
  skip?: number;
  /** The encoding asked by the caller (a byte-order mark wins). */
  encoding?: string;
  /** The longest value kept in memory, in characters: a longer one stops the split. */
  maxValueChars: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Splits decoded lines into values; push() returns the values the line completes. */
export class JsonSplitter {
  private skip: number;
  /** Array mode: 'open' (before '['), 'item' (an item may start), 'first' (an item or ']'), 'comma', 'tail' (after ']'). */
  private state: 'open' | 'first' | 'item' | 'comma' | 'tail' | 'top';
  private tailSemicolon = false;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private parts: string[] = [];
  private chars = 0;
  private start = 0;
  private bad = false;
  private readonly base: number;
  /** The first line that could not be decoded, anywhere in the file. */
  firstBadLine: number | undefined;

  constructor(private readonly opts: SplitOptions) {
    this.skip = opts.skip ?? 0;
    this.state = opts.mode === 'array' ? 'open' : 'top';
    // The whole-file parser counts the array as one level: its items may nest one level less.
    this.base = opts.mode === 'array' ? 1 : 0;
  }

  push(l: DecodedLine): SplitValue[] {
    if (l.bad && this.firstBadLine === undefined) this.firstBadLine = l.line;
    const out: SplitValue[] = [];
    const text = l.text + l.eol;
    let i = 0;
    if (this.skip > 0) {
      i = Math.min(this.skip, text.length);
      this.skip -= i;
    }
    let from = this.depth > 0 ? 0 : -1;
    if (this.depth > 0 && l.bad) this.bad = true;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (this.depth > 0) {
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (c === BACKSLASH) this.escaped = true;
          else if (c === QUOTE) this.inString = false;
        } else if (c === QUOTE) this.inString = true;
        else if (c === 0x7b || c === 0x5b) {
          this.depth++;
          if (this.depth + this.base > MAX_JSON_DEPTH) throw new IrregularJson(l.line, `nesting deeper than ${MAX_JSON_DEPTH} levels`);
        } else if (c === 0x7d || c === 0x5d) {
          this.depth--;
          if (this.depth === 0) {
            this.parts.push(text.slice(from, i + 1));
            out.push({ text: this.parts.join(''), line: this.start, endLine: l.line, bad: this.bad });
            this.parts = [];
            this.chars = 0;
            this.state = this.state === 'top' ? 'top' : 'comma';
            from = -1;
          }
        }
        i++;
        continue;
      }
      // Between values.
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) {
        i++;
        continue;
      }
      const opens = c === 0x7b || c === 0x5b;
      if (this.state === 'open') {
        if (c !== 0x5b) throw new IrregularJson(l.line, `unexpected "${text[i]}"`);
        this.state = 'first';
      } else if (this.state === 'comma') {
        if (c === 0x2c) this.state = 'item';
        else if (c === 0x5d) this.state = 'tail';
        else throw new IrregularJson(l.line, `expected "," or "]" after an array item, found "${text[i]}"`);
      } else if (this.state === 'tail') {
        if (c !== 0x3b || this.tailSemicolon) throw new IrregularJson(l.line, `unexpected "${text[i]}" after the end of the JSON value`);
        this.tailSemicolon = true;
      } else if (this.state === 'first' && c === 0x5d) {
        this.state = 'tail';
      } else if (opens) {
        this.depth = 1;
        this.start = l.line;
        this.bad = l.bad;
        from = i;
        if (this.depth + this.base > MAX_JSON_DEPTH) throw new IrregularJson(l.line, `nesting deeper than ${MAX_JSON_DEPTH} levels`);
      } else {
        throw new IrregularJson(l.line, `unexpected "${text[i]}"`);
      }
      i++;
    }
    if (this.depth > 0) {
      const rest = text.slice(from);
      this.parts.push(rest);
      this.chars += rest.length;
      if (this.chars > this.opts.maxValueChars) throw new IrregularJson(this.start, `a value of more than ${this.opts.maxValueChars.toLocaleString('en')} characters, too large to read one at a time`);
    }
    return out;
  }

  /** Checks the end of the file: no value left open, the archive's array closed. */
  end(lastLine: number): void {
    if (this.depth > 0 || this.inString) throw new IrregularJson(lastLine, 'unexpected end of input');
    if (this.state === 'open' || this.state === 'first' || this.state === 'item' || this.state === 'comma') throw new IrregularJson(lastLine, 'unexpected end of input');
  }
}

/**
 * Parses one value of the split. JSON.parse does the work; on a failure, the line-numbering parser words the error
 * and gives its line, which becomes an IrregularJson.
 */
export function parseValue(v: SplitValue): unknown {
  try {
    return JSON.parse(v.text);
  } catch {
    try {
      parseJsonWithLines(v.text);
    } catch (err) {
      if (err instanceof JsonSyntaxError) throw new IrregularJson(v.line + err.line - 1, err.message);
      throw err;
    }
    throw new IrregularJson(v.line, 'invalid JSON');
  }
}

/**
 * Reads `file` as a stream and calls `onValue` for each value, in order, with the encoding read. Returns the encoding read and the first line
 * that could not be decoded. Throws IrregularJson where the split cannot go on.
 */
export async function splitJsonFile(file: string, opts: SplitOptions, onValue: (v: SplitValue, encoding: string) => void): Promise<{ encoding: string; firstBadLine?: number }> {
  const decoder = new LineDecoder(opts.encoding);
  const splitter = new JsonSplitter(opts);
  let last = 1;
  const take = (lines: DecodedLine[]): void => {
    for (const l of lines) {
      last = l.line;
      for (const v of splitter.push(l)) onValue(v, decoder.encoding);
    }
  };
  for await (const chunk of createReadStream(file, { highWaterMark: 1024 * 1024 })) take(decoder.push(chunk as Buffer));
  take(decoder.end());
  splitter.end(last);
  return { encoding: decoder.encoding, ...(splitter.firstBadLine !== undefined ? { firstBadLine: splitter.firstBadLine } : {}) };
}
