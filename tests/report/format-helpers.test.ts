// Tests for the text-layout helpers: display width (string-width), wrapping and padding in terminal columns.
import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { isUrlLike, displayWidth, ONE_COLUMN_EACH, padEnd, wrapIndented, wrapText } from '../../src/report/format-helpers.js';

describe('displayWidth', () => {
  it('counts ASCII and accented text one column a character', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('À AMÉLIORER')).toBe(11);
  });

  it('counts CJK and emoji as two columns and combining marks as none', () => {
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('👍')).toBe(2);
    expect(displayWidth('e\u0301')).toBe(1);
  });

  it('measures emoji sequences as the terminal draws them: skin tones, flags, ZWJ families, keycaps', () => {
    expect(displayWidth('👍🏽')).toBe(2); // thumbs up + skin-tone modifier: one glyph
    expect(displayWidth('🇫🇷')).toBe(2); // regional-indicator pair: one flag
    expect(displayWidth('👩‍👩‍👧‍👦')).toBe(2); // ZWJ family
    expect(displayWidth('❤️')).toBe(2); // text heart + VS16: emoji presentation
    expect(displayWidth('1️⃣')).toBe(2); // keycap sequence
    expect(displayWidth('한국어 ok')).toBe(9);
    expect(displayWidth('ｆｕｌｌ')).toBe(8); // full-width Latin
  });

  it('ignores zero-width characters and escape sequences', () => {
    expect(displayWidth('a\u200bb')).toBe(2);
    expect(displayWidth('\u001b[31mred\u001b[0m')).toBe(3);
  });
});

describe('padEnd', () => {
  it('pads to a display width and never shortens', () => {
    expect(padEnd('日', 4)).toBe('日  ');
    expect(padEnd('abcdef', 3)).toBe('abcdef');
  });
});

describe('wrapText', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapText('the quick brown fox jumps', 10)).toEqual(['the quick', 'brown fox', 'jumps']);
  });

  it('cuts a word longer than a line into pieces', () => {
    expect(wrapText('see Donaudampfschifffahrt now', 10)).toEqual(['see', 'Donaudampf', 'schifffahr', 't now']);
    // Accented one-column text is cut by characters, a combining accent stays with its letter.
    expect(wrapText('ÉLÉGANCE', 3)).toEqual(['ÉLÉ', 'GAN', 'CE']);
    expect(wrapText('E\u0301LE\u0301GANCE', 3)).toEqual(['E\u0301LE\u0301', 'GAN', 'CE']);
    expect(wrapText('abc', 1)).toEqual(['a', 'b', 'c']);
  });

  it('never cuts a URL: it goes whole on a line of its own, however wide', () => {
    expect(wrapText('see https://example.com/abcdef now', 10)).toEqual(['see', 'https://example.com/abcdef', 'now']);
    expect(wrapText('at www.example.com/a/b/c', 8)).toEqual(['at', 'www.example.com/a/b/c']);
    expect(isUrlLike('https://x.example/')).toBe(true);
    expect(isUrlLike('Donaudampfschifffahrt')).toBe(false);
  });

  it('gives no lines for empty text', () => {
    expect(wrapText('', 10)).toEqual([]);
  });

  it('never splits a grapheme and measures wide characters in columns', () => {
    const lines = wrapText('👍🏽👍🏽👍🏽👍🏽👍🏽 日本語の文章です', 6);
    expect(lines).toEqual(['👍🏽👍🏽👍🏽', '👍🏽👍🏽', '日本語', 'の文章', 'です']);
    expect(lines.every((l) => displayWidth(l) <= 6)).toBe(true);
    // A flag is two regional indicators: cutting between them would print two letters.
    expect(wrapText('🇫🇷🇩🇪🇪🇸', 4)).toEqual(['🇫🇷🇩🇪', '🇪🇸']);
  });

  it('indents every wrapped line and stays within the width', () => {
    const lines = wrapIndented('one two three four five six', 12, 4);
    expect(lines).toEqual(['    one two', '    three', '    four', '    five six']);
    expect(lines.every((l) => l.length <= 12)).toBe(true);
  });
});

describe('displayWidth fast path', () => {
  // Text of one-column characters is measured by its length; it must agree with string-width, which segments
  // graphemes: every character of the class alone, next to another, and real report text.
  const oneColumn: string[] = [];
  for (let code = 0; code < 0x10000; code++) {
    const ch = String.fromCharCode(code);
    if (ONE_COLUMN_EACH.test(ch)) oneColumn.push(ch);
  }

  it('measures each one-column character as string-width does, alone and in pairs', () => {
    expect(oneColumn.length).toBeGreaterThan(500);
    for (const ch of oneColumn) expect([ch, stringWidth(ch)]).toEqual([ch, 1]);
    for (const a of oneColumn) expect([a, stringWidth(`${a}é${a}’ ${a}`)]).toEqual([a, 6]);
  });

  it('agrees with string-width on report text, and leaves other text to it', () => {
    for (const text of [
      'Dernière mise à jour : 12 mars 2025 – « Réponse sous 24 h » … 19,90 €',
      'Straße, Größe, Überweisung — „Danke!“',
      '¿Dónde está mi pedido? ¡Gracias!',
      'soft\u00adhyphen',
      'e\u0301 combining',
      '表 wide',
      'emoji 👍🏽 flag 🇫🇷',
    ]) {
      expect([text, displayWidth(text)]).toEqual([text, stringWidth(text)]);
    }
  });
});
