// foldText folds Latin text character by character (a table built from the normalising fold) and everything else
// through Unicode normalisation: both must give the very same string.
import { describe, expect, it } from 'vitest';
import { foldByNormalizing, foldText } from '../../../src/collect/site/text.js';

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
