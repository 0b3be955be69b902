// The literal pre-check of the detectors' pattern groups: what a pattern cannot match without, and a tester that
// answers exactly as the joined alternations do on every labelled post.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { moreLiteralsOf, requiredLiterals } from '../../src/text/regex-literals.js';
import { union, unionTester, type PatternSource } from '../../src/text/regex-union.js';
import { COMPLAINT_PATTERNS } from '../../src/text/complaint-patterns.js';
import { COMPLAINT_CUES } from '../../src/text/complaint-cues.js';
import { QUESTION_PATTERNS } from '../../src/text/question-patterns.js';
import { LANGS } from '../../src/text/stopwords.js';
import { foldAccents, prepare } from '../../src/text/tokens.js';

describe('requiredLiterals', () => {
  it('keeps the longest run of literal characters a match must contain', () => {
    expect(requiredLiterals('\\btoujours (?:pas|rien)\\b', '')).toEqual(['toujours ']);
    expect(requiredLiterals("\\bj'attends\\b", '')).toEqual(["j'attends"]);
    expect(requiredLiterals('a\\.b', '')).toEqual(['a.b']);
  });

  it('reads alternatives as any of their literals', () => {
    expect(requiredLiterals('\\b(?:le|du) (?:perdue?|egaree?)\\b', '')).toEqual(['perdu', 'egare']);
    expect(requiredLiterals('casse|abime', '')).toEqual(['casse', 'abime']);
  });

  it('drops what a quantifier makes optional, and keeps one copy of what it repeats', () => {
    expect(requiredLiterals('censee?', '')).toEqual(['cense']);
    expect(requiredLiterals('ab*cd', '')).toEqual(['cd']);
    expect(requiredLiterals('abc{0,2}de', '')).toEqual(['ab']);
    expect(requiredLiterals('xy+z', '')).toEqual(['xy']);
    expect(requiredLiterals('(?:pas )?recu', '')).toEqual(['recu']);
    expect(requiredLiterals('(?:en )+retard', '')).toEqual(['retard']);
  });

  it('takes nothing from classes, assertions and lookarounds', () => {
    expect(requiredLiterals('(?<!\\p{L})ya(?!\\p{L})', 'u')).toEqual(['ya']);
    expect(requiredLiterals('(?=colis)\\w+', '')).toBeUndefined();
    expect(requiredLiterals('[a-z]+\\d', '')).toBeUndefined();
    expect(requiredLiterals('^.{1,40}$', '')).toBeUndefined();
  });

  it('has no pre-check when one alternative has no literal, or the syntax or flags are not read', () => {
    expect(requiredLiterals('colis|\\d+', '')).toBeUndefined();
    expect(requiredLiterals('colis|', '')).toBeUndefined();
    expect(requiredLiterals('(a)\\1', '')).toBeUndefined();
    expect(requiredLiterals('\\u0041bc', '')).toBeUndefined();
    expect(requiredLiterals('colis', 'i')).toBeUndefined();
    // Without the u flag, \p is not a property class: not read rather than misread.
    expect(requiredLiterals('\\p{L}', '')).toBeUndefined();
  });

  it('keeps a character outside the BMP whole under the u flag', () => {
    expect(requiredLiterals('ab\u{1F621}?c', 'u')).toEqual(['ab']);
    expect(requiredLiterals('ab\u{1F621}c', 'u')).toEqual(['ab\u{1F621}c']);
  });
});

describe('moreLiteralsOf', () => {
  it('lists the other runs and groups a match cannot do without, read through the groups of one alternative', () => {
    expect(requiredLiterals('\\b(?=\\w)(?:(?:pido|quisiera) que (?:alguien )?me (?:llamen|llame))', '')).toEqual([' que ']);
    expect(moreLiteralsOf('\\b(?=\\w)(?:(?:pido|quisiera) que (?:alguien )?me (?:llamen|llame))', '')).toEqual([
      ['pido', 'quisiera'],
      ['me '],
      ['llamen', 'llame'],
    ]);
    expect(moreLiteralsOf('toujours (?:pas|rien) (?:recu|livre)', '')).toEqual([
      ['pas', 'rien'],
      ['recu', 'livre'],
    ]);
  });

  it('leaves out needs with a literal shorter than three characters, optional parts and lookarounds', () => {
    expect(moreLiteralsOf('remboursement (?:de|du) colis me', '')).toEqual([[' colis me']]);
    expect(moreLiteralsOf('remboursement (?:des|du) colis', '')).toEqual([[' colis']]);
    expect(moreLiteralsOf('remboursement (?:des|aux) colis', '')).toEqual([['des', 'aux'], [' colis']]);
    expect(moreLiteralsOf('remboursement (?:de|du)', '')).toBeUndefined();
    expect(moreLiteralsOf('remboursement(?: attendu)?(?= depuis)', '')).toBeUndefined();
    // " encore" is its literals; "(?:s)?" is optional.
    expect(moreLiteralsOf('\\bcolis (?:perdu|vole)(?:s)? encore\\b', '')).toEqual([['colis '], ['perdu', 'vole']]);
  });

  it('has none beside a pattern of several alternatives at its top level, or without literals', () => {
    expect(moreLiteralsOf('colis perdu|commande (?:perdue|volee)', '')).toBeUndefined();
    expect(moreLiteralsOf('\\d+ (?:jours|semaines)', '')).toBeUndefined();
    expect(moreLiteralsOf('colis (?:perdu|vole)', 'i')).toBeUndefined();
  });
});

describe('unionTester', () => {
  const dir = fileURLToPath(new URL('../../fixtures/text/', import.meta.url));
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(dir + f, 'utf8')) as Array<{ text: string }>)
    .map((p) => prepare(p.text));
  const views = [...new Set([...texts, ...texts.map(foldAccents)])];

  it('answers as the joined alternations do, for every detector group on every labelled post', () => {
    expect(views.length).toBeGreaterThan(1000);
    let matched = 0;
    for (const lang of LANGS) {
      const q = QUESTION_PATTERNS[lang];
      const groups: PatternSource[][] = [
        [...COMPLAINT_PATTERNS[lang].strong, ...COMPLAINT_CUES[lang].reports],
        COMPLAINT_CUES[lang].sarcasm,
        q.openers,
        q.phrases,
        q.indirect,
        q.runOn,
        q.subordinate,
        q.relative ?? [],
        q.exclamative,
        q.rhetorical,
        q.reproach,
      ];
      for (const group of groups) {
        const joined = union(group);
        const tester = unionTester(group);
        for (const text of views) {
          const expected = joined.some((re) => re.test(text));
          if (expected) matched++;
          if (tester.test(text) !== expected) expect.fail(`${lang}: ${JSON.stringify(text)} should be ${expected}`);
        }
      }
    }
    // The comparison means something only if the groups do match some posts.
    expect(matched).toBeGreaterThan(500);
  });

  it('tests a lone pattern as it is', () => {
    const re = /^(?:wie|was) /u;
    expect(unionTester([re]).test('wie geht')).toBe(true);
    expect(unionTester([re]).test('so wie')).toBe(false);
    expect(unionTester([]).test('anything')).toBe(false);
  });
});
