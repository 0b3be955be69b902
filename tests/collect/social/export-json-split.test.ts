// The splitter that reads JSON exports a value at a time: values and their lines, strings that hold brackets or
// escaped quotes, an archive's array items, and what it hands back to the whole-file parser (IrregularJson).
import { describe, expect, it } from 'vitest';
import { IrregularJson, JsonSplitter, parseValue, type SplitOptions, type SplitValue } from '../../../src/collect/social/export/json-split.js';

/** Splits `text` fed line by line, as the stream feeds it. */
function split(text: string, opts: Partial<SplitOptions> = {}): SplitValue[] {
  const splitter = new JsonSplitter({ mode: 'sequence', maxValueChars: 1_000_000, ...opts });
  const parts = text.split(/(\r\n|\n|\r)/);
  const out: SplitValue[] = [];
  let line = 0;
  for (let k = 0; k < parts.length; k += 2) {
    line++;
    out.push(...splitter.push({ line, text: parts[k], eol: parts[k + 1] ?? '', bad: false }));
  }
  splitter.end(line);
  return out;
}

describe('JsonSplitter', () => {
  it('splits JSON lines and pretty-printed values, each with its first and last line', () => {
    const values = split('{"a":1}\n{"b":"}{"}\n\n{\n  "c": [1, {"d": "\\"]"}]\n}{"e":2}\n');
    expect(values.map((v) => [v.line, v.endLine, parseValue(v)])).toEqual([
      [1, 1, { a: 1 }],
      [2, 2, { b: '}{' }],
      [4, 6, { c: [1, { d: '"]' }] }],
      [6, 6, { e: 2 }],
    ]);
  });

  it('splits the array an X archive assigns into its items, after the assignment, CRLF lines counted', () => {
    const text = 'window.YTD.tweets.part0 = [\r\n  {\r\n    "tweet": { "id": "1" }\r\n  },\r\n  { "tweet": { "id": "2" } }\r\n];\r\n';
    const values = split(text, { mode: 'array', skip: 'window.YTD.tweets.part0 = '.length });
    expect(values.map((v) => [v.line, v.endLine, parseValue(v)])).toEqual([
      [2, 4, { tweet: { id: '1' } }],
      [5, 5, { tweet: { id: '2' } }],
    ]);
    expect(split('window.YTD.tweets.part0 = []', { mode: 'array', skip: 26 })).toEqual([]);
  });

  it('hands back to the whole-file parser what only it can word, with the line', () => {
    const irregular = (text: string, opts: Partial<SplitOptions> = {}): IrregularJson => {
      try {
        split(text, opts).forEach(parseValue);
      } catch (err) {
        if (err instanceof IrregularJson) return err;
        throw err;
      }
      throw new Error('no IrregularJson');
    };
    expect(irregular('{"a":1}\n42\n')).toMatchObject({ line: 2 });
    expect(irregular('{"a":1}\n{"b":')).toMatchObject({ line: 2, message: 'unexpected end of input' });
    expect(irregular('{"a":1}\n\n{\n"b" 2}\n')).toMatchObject({ line: 4, message: 'expected ":" after property name "b", found "2"' });
    expect(irregular('[{"a":1},]', { mode: 'array' })).toMatchObject({ line: 1 });
    expect(irregular('[{"a":1}] x', { mode: 'array' })).toMatchObject({ line: 1 });
    expect(irregular(`${'['.repeat(70)}${']'.repeat(70)}`)).toMatchObject({ message: 'nesting deeper than 64 levels' });
    // A value longer than the limit is given up while it is still open (a line is read whole anyway).
    expect(irregular(`{\n"a":"${'x'.repeat(100)}",\n"b": 1}`, { maxValueChars: 50 })).toMatchObject({ line: 1 });
  });
});
