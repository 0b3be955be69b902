// JSON with line numbers: JSON.parse gives no positions (and Node 20's messages often give none either), so a small
// recursive-descent parser records the lines of each array item and object key as it goes. It also reads sequences of
// values (JSON lines, or saved API responses appended one after the other).

/** A JSON syntax error and the line it is on. */
export class JsonSyntaxError extends Error {
  override name = 'JsonSyntaxError';

  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

export interface JsonLines {
  /** For each array: the line each item starts on. */
  items: WeakMap<unknown[], number[]>;
  /** For each array: the line each item ends on. */
  itemEnds: WeakMap<unknown[], number[]>;
  /** For each object: the line each key is on. */
  keys: WeakMap<object, Map<string, number>>;
}

// Deeper nesting than any export needs; the limit keeps a hostile file from overflowing the stack.
export const MAX_JSON_DEPTH = 64;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Parses JSON text like JSON.parse, also returning the lines of every array item and object key. */
export function parseJsonWithLines(text: string): { value: unknown; lines: JsonLines } {
  const { values, lines } = parseJson(text, false);
  return { value: values[0].value, lines };
}

/**
 * Parses a sequence of JSON values separated by whitespace — JSON lines (one response per line, as `curl >> file`
 * appends them) or pretty-printed values one after the other — with the line each value starts on.
 */
export function parseJsonSequence(text: string): { values: { value: unknown; line: number }[]; lines: JsonLines } {
  return parseJson(text, true);
}

function parseJson(text: string, sequence: boolean): { values: { value: unknown; line: number }[]; lines: JsonLines } {
  const lines: JsonLines = { items: new WeakMap(), itemEnds: new WeakMap(), keys: new WeakMap() };
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const fail = (message: string): never => {
    throw new JsonSyntaxError(line, message);
  };
  const ws = (): void => {
    for (; pos < text.length; pos++) {
      const c = text[pos];
      // A line ends at LF, CRLF or a lone CR, as everywhere in the export readers.
      if (c === '\n' || (c === '\r' && text[pos + 1] !== '\n')) line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') return;
    }
  };
  const describe = (): string => (pos >= text.length ? 'end of input' : `"${text[pos]}"`);
  const str = (): string => {
    pos++; // opening quote
    let out = '';
    for (;;) {
      if (pos >= text.length) fail('unterminated string');
      const c = text[pos];
      const code = c.charCodeAt(0);
      if (c === '"') {
        pos++;
        return out;
      }
      if (code < 0x20) fail('control character in string (line breaks must be written \\n)');
      if (c !== '\\') {
        out += c;
        pos++;
        continue;
      }
      const e = text[pos + 1];
      if (e === 'u') {
        const hex = text.slice(pos + 2, pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape in string');
        out += String.fromCharCode(parseInt(hex, 16));
        pos += 6;
      } else if (e !== undefined && e in ESCAPES) {
        out += ESCAPES[e];
        pos += 2;
      } else {
        fail(`bad escape "\\${e ?? ''}" in string`);
      }
    }
  };
  const value = (depth: number): unknown => {
    if (depth > MAX_JSON_DEPTH) fail(`nesting deeper than ${MAX_JSON_DEPTH} levels`);
    ws();
    const c = text[pos];
    if (c === '{') {
      pos++;
      const obj: Record<string, unknown> = {};
      const keyLines = new Map<string, number>();
      lines.keys.set(obj, keyLines);
      ws();
      if (text[pos] === '}') {
        pos++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[pos] !== '"') fail(`expected a property name in double quotes, found ${describe()}`);
        const keyLine = line;
        const key = str();
        ws();
        if (text[pos] !== ':') fail(`expected ":" after property name "${key}", found ${describe()}`);
        pos++;
        const v = value(depth + 1);
        // defineProperty: a "__proto__" key stays an ordinary property, as with JSON.parse.
        Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
        keyLines.set(key, keyLine);
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return obj;
        }
        fail(`expected "," or "}" after property "${key}", found ${describe()}`);
      }
    }
    if (c === '[') {
      pos++;
      const arr: unknown[] = [];
      const itemLines: number[] = [];
      const endLines: number[] = [];
      lines.items.set(arr, itemLines);
      lines.itemEnds.set(arr, endLines);
      ws();
      if (text[pos] === ']') {
        pos++;
        return arr;
      }
      for (;;) {
        ws();
        itemLines.push(line);
        arr.push(value(depth + 1));
        endLines.push(line);
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return arr;
        }
        fail(`expected "," or "]" after an array item, found ${describe()}`);
      }
    }
    if (c === '"') return str();
    const num = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(pos, pos + 400));
    if (num) {
      pos += num[0].length;
      return Number(num[0]);
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return v;
      }
    }
    return fail(`unexpected ${describe()}`);
  };
  const values: { value: unknown; line: number }[] = [];
  ws();
  values.push({ line, value: value(0) });
  ws();
  while (sequence && pos < text.length) {
    const at = line;
    values.push({ line: at, value: value(0) });
    ws();
  }
  if (pos < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
  return { values, lines };
}
