// Tests for the text-layout helpers: display width, wrapping, padding, bands and platform names.
import { describe, expect, it } from 'vitest';
import { bandOf, displayWidth, padEnd, platformName, wrapIndented, wrapText } from '../../src/report/format-helpers.js';

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
    expect(wrapText('see https://example.com/abcdef now', 10)).toEqual(['see', 'https://ex', 'ample.com/', 'abcdef now']);
  });

  it('gives no lines for empty text', () => {
    expect(wrapText('', 10)).toEqual([]);
  });

  it('indents every wrapped line and stays within the width', () => {
    const lines = wrapIndented('one two three four five six', 12, 4);
    expect(lines).toEqual(['    one two', '    three', '    four', '    five six']);
    expect(lines.every((l) => l.length <= 12)).toBe(true);
  });
});

describe('bandOf', () => {
  it('uses the DESIGN.md cut-offs', () => {
    expect(bandOf(90)).toBe('good');
    expect(bandOf(89.9)).toBe('average');
    expect(bandOf(50)).toBe('average');
    expect(bandOf(49.9)).toBe('poor');
    expect(bandOf(null)).toBeNull();
  });
});

describe('platformName', () => {
  it('spells known platforms as they do and passes unknown ids through', () => {
    expect(platformName('youtube')).toBe('YouTube');
    expect(platformName('x')).toBe('X');
    expect(platformName('friendster')).toBe('friendster');
  });
});
