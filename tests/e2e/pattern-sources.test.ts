// The CLI build writes the regular expression literals of patternSources lists as PatternSource objects
// (scripts/pattern-sources.mjs): each object has the very source, flags and unicode of the literal it replaces, for
// every table of the compiled modules that holds such lists, and nothing outside those lists is touched.
import { describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { pathToFileURL } from 'node:url';
import { patternSourceLiterals } from '../../scripts/pattern-sources.mjs';
import { ROOT } from './run-cli.js';

const rewrite = patternSourceLiterals;

interface Source {
  source: string;
  flags: string;
  unicode: boolean;
}

/** A RegExp of any context (the samples run in contexts of their own). */
const isRegExp = (value: unknown): boolean => Object.prototype.toString.call(value) === '[object RegExp]';

const seen = (re: Source): Source => ({ source: re.source, flags: re.flags, unicode: re.unicode });

describe('patternSourceLiterals', () => {
  it("writes a list's literals as their source, flags and unicode, and leaves the rest", () => {
    const text = [
      'const patternSources = (list) => list;',
      "const made = new RegExp('b+', 'i');",
      'const list = patternSources([/\\bun\\b/, /caf\u00e9\\/s/iu, /[/]x/g, made, .../d/.source ? [/e/] : []]);',
      'const kept = /f/;',
      '({ list, kept });',
    ].join('\n');
    const out = rewrite(text, 'sample.js');
    const { list, kept } = vm.runInNewContext(out) as { list: Array<Source | RegExp>; kept: unknown };
    const { list: expected } = vm.runInNewContext(text) as { list: RegExp[] };
    expect(list.map(seen)).toEqual(expected.map(seen));
    expect(list.slice(0, 3).every((re) => !isRegExp(re) && Object.keys(re).length === 3)).toBe(true);
    expect(list.slice(3).every(isRegExp)).toBe(true);
    // A pattern made by a call, and one inside a spread, stay patterns; a literal outside the list stays a literal.
    expect(out).toContain("new RegExp('b+', 'i')");
    expect(out).toContain('[/e/]');
    expect(out).toContain('const kept = /f/;');
    expect(isRegExp(kept)).toBe(true);
  });

  it('leaves a module without the marker as it is', () => {
    const text = 'export const A = [/a/, /b/i];\n';
    expect(rewrite(text, 'plain.js')).toBe(text);
  });

  it("gives the compiled tables the same sources as dist's literals", async () => {
    for (const [file, name] of [
      ['complaint-patterns.js', 'COMPLAINT_PATTERNS'],
      ['complaint-cues.js', 'COMPLAINT_CUES'],
      ['question-patterns.js', 'QUESTION_PATTERNS'],
    ]) {
      const compiled = path.join(ROOT, 'dist', 'text', file);
      const text = readFileSync(compiled, 'utf8');
      const out = rewrite(text, compiled);
      expect(out).not.toBe(text);
      const copy = path.join(path.dirname(compiled), `.pattern-sources-test-${process.pid}-${file}`);
      writeFileSync(copy, out);
      try {
        const original = (await import(pathToFileURL(compiled).href))[name] as Record<string, Record<string, unknown>>;
        const rewritten = (await import(pathToFileURL(copy).href))[name] as Record<string, Record<string, unknown>>;
        let objects = 0;
        for (const lang of Object.keys(original)) {
          for (const [field, value] of Object.entries(original[lang])) {
            const after = rewritten[lang][field];
            if (!Array.isArray(value)) {
              expect(after).toEqual(value);
              continue;
            }
            expect((after as Source[]).map(seen)).toEqual((value as RegExp[]).map(seen));
            objects += (after as unknown[]).filter((re) => !isRegExp(re)).length;
          }
        }
        expect(objects).toBeGreaterThan(50);
      } finally {
        rmSync(copy, { force: true });
      }
    }
  });
});
