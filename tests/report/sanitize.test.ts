// Tests for the text hygiene applied to untrusted strings before they reach a terminal.
import { describe, expect, it } from 'vitest';
import { cleanText, truncate } from '../../src/report/sanitize.js';

describe('cleanText', () => {
  it('removes an OSC title change, a CSI clear-screen and keeps the visible text', () => {
    expect(cleanText('\u001b]0;pwned\u0007\u001b[2J<script>')).toBe('<script>');
  });

  it('removes OSC sequences ended by ST, hyperlinks and colour codes', () => {
    expect(cleanText('a\u001b]8;;https://evil.example\u001b\\link\u001b]8;;\u001b\\b')).toBe('alinkb');
    expect(cleanText('\u001b[1;31mred\u001b[0m text')).toBe('red text');
  });

  it('drops an unterminated OSC to the end, as a terminal would swallow it', () => {
    expect(cleanText('ok \u001b]0;never closed')).toBe('ok');
  });

  it('removes DCS, lone ESC, ESC c reset and 8-bit C1 sequences', () => {
    expect(cleanText('a\u001bPq#0\u001b\\b')).toBe('ab');
    expect(cleanText('x\u001bcy')).toBe('xy');
    expect(cleanText('end\u001b')).toBe('end');
    expect(cleanText('a\u009b2Jb\u009d0;t\u0007c')).toBe('abc');
  });

  it('removes C0/C1 controls, DEL and bidi overrides, turns tabs and CR into spaces', () => {
    expect(cleanText('a\u0000b\u0008c\u007fd\u0085e')).toBe('abcd e');
    expect(cleanText('evil\u202egnp.exe')).toBe('evilgnp.exe');
    expect(cleanText('over\rwrite\tme')).toBe('over write me');
  });

  it('collapses whitespace and trims', () => {
    expect(cleanText('  many   spaces \n\n here  ')).toBe('many spaces here');
  });

  it('keeps newlines only when asked, with at most one blank line', () => {
    expect(cleanText(' line one \r\n\n\n\n  line   two ', { keepNewlines: true })).toBe('line one\n\nline two');
  });

  it('turns null and undefined into an empty string', () => {
    expect(cleanText(undefined)).toBe('');
    expect(cleanText(null)).toBe('');
  });

  it('leaves ordinary text, accents and emoji alone', () => {
    expect(cleanText('Service client — réponse sous 24 h 👍')).toBe('Service client — réponse sous 24 h 👍');
  });
});

describe('cleanText — keepNoBreakSpaces', () => {
  it('keeps no-break spaces of rendered text and still collapses the others', () => {
    const text = '«\u202fbonjour\u202f»  35\u00a0%\t1\u2007234\n';
    expect(cleanText(text, { keepNoBreakSpaces: true })).toBe('«\u202fbonjour\u202f» 35\u00a0% 1\u2007234');
    expect(cleanText(text)).toBe('« bonjour » 35 % 1 234');
  });
});

describe('truncate', () => {
  it('keeps short strings as they are', () => {
    expect(truncate('short', 5)).toBe('short');
  });

  it('cuts long strings to n characters ending with an ellipsis', () => {
    const out = truncate('abcdefghij', 6);
    expect(out).toBe('abcde…');
    expect(Array.from(out)).toHaveLength(6);
  });

  it('never splits a surrogate pair', () => {
    expect(truncate('😀😀😀😀', 3)).toBe('😀😀…');
  });

  it('never splits an emoji sequence or a letter from its combining accent', () => {
    expect(truncate('👍🏽👍🏽👍🏽👍🏽', 3)).toBe('👍🏽👍🏽…');
    expect(truncate('🇫🇷🇩🇪🇪🇸🇮🇹', 3)).toBe('🇫🇷🇩🇪…');
    expect(truncate('e\u0301e\u0301e\u0301e\u0301', 3)).toBe('e\u0301e\u0301…');
  });

  it('gives an empty string for n below 1', () => {
    expect(truncate('abc', 0)).toBe('');
  });
});
