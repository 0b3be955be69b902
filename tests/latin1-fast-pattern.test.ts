// latin1Fast (the bundled CLI's patterns with Unicode property classes, run on Latin-1 text through a twin whose
// classes are written as the characters of its range they match): the twin's classes match exactly what V8's do on
// every character of the range, under each flag set, and every way a pattern is run gives the pattern's own answers
// and lastIndex, on text inside the range and on text past it.
import { describe, expect, it } from 'vitest';
import { latin1Fast, latin1Source } from '../src/latin1-fast-pattern.js';

/** The twins' range: Latin-1, General Punctuation and the currency signs. */
const RANGE = [
  ...Array.from({ length: 256 }, (_, c) => c),
  ...Array.from({ length: 0x70 }, (_, c) => 0x2000 + c),
  ...Array.from({ length: 0x20 }, (_, c) => 0x20a0 + c),
].map((c) => String.fromCharCode(c));
const CLASSES = ['L', 'N', 'Lu', 'Ll', 'M', 'Pc', 'Extended_Pictographic', 'Regional_Indicator'].flatMap((name) => [`\\p{${name}}`, `\\P{${name}}`]);

describe('latin1Source', () => {
  it("writes each class as the characters of the range V8 matches with it, alone, in a class and negated, with and without i", () => {
    for (const cls of CLASSES) {
      for (const flags of ['u', 'iu']) {
        for (const [source, twinOf] of [
          [`^${cls}$`, (s: string) => s],
          [`^[${cls}_]$`, (s: string) => s],
          [`^[^${cls}]$`, (s: string) => s],
        ] as const) {
          const twin = latin1Source(twinOf(source), flags.includes('i'));
          expect(twin).not.toBeNull();
          const re = new RegExp(source, flags);
          const fast = new RegExp(twin as string, flags);
          expect(RANGE.filter((ch) => fast.test(ch)), `${source} /${flags}`).toEqual(RANGE.filter((ch) => re.test(ch)));
        }
      }
    }
  });

  it('leaves escaped backslashes and other escapes, and gives no twin for a class it does not know', () => {
    expect(latin1Source('\\\\p{L}\\u{e9}[\\]\\p{N}]', false)).toBe('\\\\p{L}\\u{e9}[\\]\\x30-\\x39\\xb2\\xb3\\xb9\\xbc-\\xbe]');
    expect(latin1Source('\\p{Script=Greek}', false)).toBeNull();
  });
});

describe('latin1Fast', () => {
  const texts = ['Un café, deux cafés: 12 ½ Straße', 'naïve — “quoted” 3 €', 'Ωmega — 3 🙂', '', 'ÿ Ÿ µ', 'ſ K ‼ x'];
  const sources: Array<[string, string]> = [
    ['(?<!\\p{L})caf\\p{L}+s?(?!\\p{L})', 'giu'],
    ['\\p{Lu}\\p{Ll}+', 'gu'],
    ['[\\p{L}\\p{N}]+', 'yu'],
    ['(\\p{N}+)\\s*(?<word>\\p{L}*)', 'u'],
    ['\\P{L}+', 'giu'],
  ];

  it('returns patterns without property classes, or not in u, as they are', () => {
    const plain = /caf\u00e9/giu;
    expect(latin1Fast(plain)).toBe(plain);
    const notUnicode = new RegExp('\\p{L}');
    expect(latin1Fast(notUnicode)).toBe(notUnicode);
    const unknown = /\p{Script=Greek}/u;
    expect(latin1Fast(unknown)).toBe(unknown);
  });

  it('answers as the pattern itself through every method, lastIndex included', () => {
    for (const [source, flags] of sources) {
      for (const text of texts) {
        const mine = (): RegExp => new RegExp(source, flags);
        const fast = (): RegExp => latin1Fast(new RegExp(source, flags));
        expect(fast()).toBeInstanceOf(RegExp);
        expect(fast().source).toBe(source);
        expect(fast().flags).toBe(mine().flags);
        const runs: Array<(re: RegExp) => unknown> = [
          (re) => [re.exec(text), re.lastIndex, re.exec(text), re.lastIndex],
          (re) => [re.test(text), re.lastIndex, re.test(text), re.lastIndex],
          (re) => [text.match(re), re.lastIndex],
          (re) => (re.global ? [...text.matchAll(re)] : null),
          (re) => [text.replace(re, '<$&>'), re.lastIndex],
          (re) => text.replace(re, (...args: unknown[]) => JSON.stringify(args)),
          (re) => [text.search(re), re.lastIndex],
          (re) => text.split(re),
          (re) => {
            re.lastIndex = 3;
            return [re.exec(text), re.lastIndex];
          },
        ];
        for (const run of runs) expect(run(fast()), `${source} /${flags} on ${text}`).toEqual(run(mine()));
      }
    }
  });

  it('carries lastIndex over when one pattern runs on text inside the range, then on other text', () => {
    const fast = latin1Fast(/\p{L}+/gu);
    const mine = /\p{L}+/gu;
    for (const text of ['abc déf', 'ghi — jkl', 'Ωmn opq', 'abc déf']) {
      expect([fast.exec(text)?.[0], fast.lastIndex]).toEqual([mine.exec(text)?.[0], mine.lastIndex]);
    }
  });
});
