// foldText folds Latin text character by character (a table built from the normalising fold) and everything else
// through Unicode normalisation: both must give the very same string.
import { describe, expect, it } from 'vitest';
import { cleanText, foldAligned, foldByNormalizing, foldText } from '../../../src/collect/site/text.js';

describe('foldText', () => {
  it('folds accents, ß, apostrophes and case for matching', () => {
    expect(foldText('Dernière mise à jour')).toBe('derniere mise a jour');
    expect(foldText('Straße’s `Größe´')).toBe("strasse's 'grosse'");
    expect(foldText('RÉPONSE SOUS 48 H OUVRÉES')).toBe('reponse sous 48 h ouvrees');
    expect(foldText('plain ascii stays')).toBe('plain ascii stays');
  });

  it('gives what the normalising fold gives for every character it folds alone, alone and between others', () => {
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      expect([code, foldText(ch)]).toEqual([code, foldByNormalizing(ch)]);
      expect([code, foldText(`Ab${ch}É e\u0301${ch}ß`)]).toEqual([code, foldByNormalizing(`Ab${ch}É e\u0301${ch}ß`)]);
    }
  });

  it('leaves other scripts and context-dependent cases to Unicode normalisation', () => {
    for (const text of ['ΟΔΟΣ Réponse', 'ǅemal Ǆ', 'Ａｂｃ é', 'emoji 👍🏽 é', 'e\u0301\u0327 ç', 'İstanbul é', 'ﬁn é']) {
      expect([text, foldText(text)]).toEqual([text, foldByNormalizing(text)]);
    }
  });
});

describe('foldAligned', () => {
  it('folds a text character for character, so each part of it folds as the same part of the whole', () => {
    const text = 'Réponse SOUS 48 h › Ώρα Δ ² Ɓ €12 — «Très» `ok` ı İ ǅ';
    const folded = foldAligned(text);
    expect(folded).toBe(foldText(text));
    expect(folded).toHaveLength(text.length);
    for (let a = 0; a <= text.length; a++) for (let b = a; b <= text.length; b++) expect([a, b, folded!.slice(a, b)]).toEqual([a, b, foldText(text.slice(a, b))]);
  });

  it('gives up on text whose characters fold into none or several, or depend on their neighbours', () => {
    for (const text of ['Straße', 'e\u0301', 'ΟΔΟΣ', 'emoji 👍', 'a\u0483']) expect([text, foldAligned(text)]).toEqual([text, undefined]);
    expect(foldAligned('plain ascii')).toBe('plain ascii');
  });

  it('folds texts one after another the same, whatever their length and characters (nothing is kept from one to the next)', () => {
    const texts = [
      'Été à Paris',
      'ÉTÉ',
      `${'Réponse SOUS 24 h. '.repeat(400)}€`,
      'Prix : 12 € — Été',
      'é'.repeat(300_000),
      `${'Ünd '.repeat(70_000)}—`,
      'A',
    ];
    for (const text of texts) expect(foldAligned(text) === foldText(text)).toBe(true);
    expect(foldAligned('Straße après Été')).toBeUndefined();
    expect(foldAligned('Été')).toBe('ete');
  });

  it('folds every code unit as it folds alone, whatever the case around it (the text is lower-cased first)', () => {
    // What folding one character alone gives when it is one character whatever surrounds it (no combining mark, not
    // reordered by normalisation, not the capital sigma), written apart from text.ts's tables: foldAligned must give
    // it for every code unit, alone and between capitals and accents.
    const alone = (ch: string): string | undefined => {
      const code = ch.charCodeAt(0);
      const oneForOne =
        !(code >= 0xd800 && code <= 0xdfff) &&
        code !== 0x3a3 &&
        !/\p{M}/u.test(ch) &&
        ('\u0345' + ch).normalize('NFD') === '\u0345' + ch.normalize('NFD') &&
        foldText(ch).length === 1;
      return oneForOne ? foldText(ch) : undefined;
    };
    const wrong: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const ch = String.fromCharCode(code);
      const folded = alone(ch);
      if (foldAligned(ch) !== folded) wrong.push(`${code.toString(16)} alone`);
      const within = foldAligned(`Ét${ch}Q ${ch}`);
      if (within !== (folded === undefined ? undefined : `et${folded}q ${folded}`)) wrong.push(`${code.toString(16)} within`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('cleanText', () => {
  it('collapses every run of whitespace into one space, as replacing each run does', () => {
    // Every whitespace character but the three cleanText removes as controls (\v, \f and the byte-order mark).
    const spaces = [...Array(0x10000).keys()].map((c) => String.fromCharCode(c)).filter((c) => /\s/.test(c) && !/[\v\f\ufeff]/.test(c));
    const texts = ['a  b', ' a b ', 'a\tb', 'a \n b', 'a\u00a0b', 'a \u3000\u3000 b', 'plain text', '  ', '\n', 'a\u2028\u2029b  c'];
    for (const sp of spaces) for (const other of [' ', 'x', '\t', sp]) texts.push(`a${sp}b`, `a${sp}${other}b`, `${sp}a${other}`, `x ${other}${sp} y`);
    for (const text of texts) expect([text, cleanText(text)]).toEqual([text, text.replace(/\s+/g, ' ').trim()]);
  });
});
