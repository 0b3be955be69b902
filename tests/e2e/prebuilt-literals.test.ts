// The literals the build read from the text detectors' patterns (dist/text/required-literals.prebuilt.json, written
// by scripts/build-config.mjs): the built modules answer from it instead of reading a pattern again, and every
// answer in it is the one src/text/regex-literals.ts works out from the pattern itself.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePrebuilt, requiredLiterals, type Pieces } from '../../src/text/regex-literals.js';
import { splitPieces, splitRemoval } from '../../src/text/regex-union.js';
import { ROOT } from './run-cli.js';

const TABLE = path.join(ROOT, 'dist', 'text', 'required-literals.prebuilt.json');
const all = [...parsePrebuilt(JSON.parse(readFileSync(TABLE, 'utf8')) as string[])].map(([key, json]) => [key, JSON.parse(json)]) as Array<[string, string[] | null | Pieces]>;
/** The patterns' literals, the groups' patterns split into pieces (`pieces:flags/source`), and the removals' (`removal:`). */
const entries = all.filter(([key]) => !key.startsWith('pieces:') && !key.startsWith('removal:')) as Array<[string, string[] | null]>;
const split = (prefix: string) =>
  all.filter(([key]) => key.startsWith(prefix)).map(([key, value]) => [key.slice(prefix.length), value]) as Array<[string, Pieces]>;
const pieces = split('pieces:');
const removals = split('removal:');

/** `flags/source` → its two parts (flags never hold a slash). */
const parts = (key: string): [string, string] => [key.slice(key.indexOf('/') + 1), key.slice(0, key.indexOf('/'))];

describe('prebuilt required literals', () => {
  it('holds the patterns of every language, each with the answer read from its source', () => {
    expect(entries.length).toBeGreaterThan(50);
    for (const [key, literals] of entries) {
      const [source, flags] = parts(key);
      expect(requiredLiterals(source, flags) ?? null, key).toEqual(literals);
    }
  });

  it("holds the groups' patterns split into pieces, each as the tester splits it from its source", () => {
    expect(pieces.length).toBeGreaterThan(500);
    expect(pieces.some(([, [cuts]]) => cuts === null)).toBe(true);
    for (const [key, value] of pieces) {
      const [source, flags] = parts(key);
      expect(splitPieces(source, flags), key).toEqual(value);
    }
  });

  it("holds the removals' patterns split into their alternatives, each as the removal splits it, apart from the testers'", () => {
    expect(removals.some(([, [cuts]]) => cuts !== null)).toBe(true);
    for (const [key, value] of removals) {
      const [source, flags] = parts(key);
      expect(splitRemoval(source, flags), key).toEqual(value);
    }
  });

  it('is what the built module answers from, reading only the patterns it does not hold', async () => {
    const built = (await import(pathToFileURL(path.join(ROOT, 'dist', 'text', 'regex-literals.js')).href)) as typeof import('../../src/text/regex-literals.js');
    const [key, literals] = entries.find(([, l]) => l !== null)!;
    const [source, flags] = parts(key);
    expect(built.requiredLiterals(source, flags)).toEqual(literals);
    expect(built.requiredLiteralsAnswered().has(key)).toBe(false);
    expect(built.requiredLiterals('\\bnot a detector pattern\\b', '')).toEqual(['not a detector pattern']);
    expect(built.requiredLiteralsAnswered().get('/\\bnot a detector pattern\\b')).toEqual(['not a detector pattern']);
  });
});
