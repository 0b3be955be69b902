// Export bytes to text: byte-order marks, WHATWG labels, line ends kept as they were, and the physical lines whose
// bytes the encoding cannot decode.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeExport, exportEncoding, hasBadLine } from '../../../src/collect/social/export/decode.js';

const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();

describe('decodeExport', () => {
  it('reads UTF-8 by default and keeps CRLF, LF and lone CR line ends', () => {
    expect(decodeExport(Buffer.from('a\r\nb\nc\rd€', 'utf8'))).toEqual({ text: 'a\r\nb\nc\rd€', encoding: 'utf-8', badLines: new Set() });
  });

  it('drops a byte-order mark and follows it over the encoding asked for', () => {
    expect(decodeExport(Buffer.from('\ufeffé', 'utf8'), 'windows-1252')).toMatchObject({ text: 'é', encoding: 'utf-8' });
    expect(decodeExport(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('é\r\nx', 'utf16le')]))).toMatchObject({ text: 'é\r\nx', encoding: 'utf-16le' });
    expect(decodeExport(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('é\rx\n')]))).toMatchObject({ text: 'é\rx\n', encoding: 'utf-16be' });
  });

  it('splits UTF-16 lines on whole code units only (U+0A0D and U+0D0A are not line ends)', () => {
    const out = decodeExport(Buffer.from('\u0a0d\u0d0a\nz', 'utf16le'), 'utf-16le');
    expect(out).toEqual({ text: '\u0a0d\u0d0a\nz', encoding: 'utf-16le', badLines: new Set() });
  });

  it('decodes windows-1252 (euro sign, typographic quotes, œ) when asked', () => {
    const bytes = iconv.encode('5 € – l’œuvre « ok »', 'windows-1252');
    expect(decodeExport(bytes, 'windows-1252')).toEqual({ text: '5 € – l’œuvre « ok »', encoding: 'windows-1252', badLines: new Set() });
  });

  it('lists the lines with bytes that cannot be decoded, with U+FFFD in their place', () => {
    const bytes = Buffer.concat([Buffer.from('ok\r\nd'), Buffer.from([0xe9]), Buffer.from('j\r\nfine\rbad '), Buffer.from([0xc3]), Buffer.from('\n')]);
    const out = decodeExport(bytes);
    expect(out.text).toBe('ok\r\nd\ufffdj\r\nfine\rbad \ufffd\n');
    expect([...out.badLines]).toEqual([2, 4]);
    // windows-1252 leaves five bytes unassigned; iconv-lite cannot map them either.
    expect([...decodeExport(Buffer.from([0x61, 0x0a, 0x81]), 'windows-1252').badLines]).toEqual([2]);
  });

  it('hasBadLine looks at every line of a record', () => {
    expect(hasBadLine(new Set([4]), 2, 5)).toBe(true);
    expect(hasBadLine(new Set([4]), 5, 6)).toBe(false);
    expect(hasBadLine(new Set(), 1, 100)).toBe(false);
  });
});

describe('exportEncoding', () => {
  it('maps WHATWG labels to the names iconv-lite decodes, and refuses the rest', () => {
    expect(['latin1', 'ISO-8859-1', 'cp1252', 'utf8', 'UTF-16', 'utf-16be', 'macintosh'].map(exportEncoding)).toEqual([
      'windows-1252',
      'windows-1252',
      'windows-1252',
      'utf-8',
      'utf-16le',
      'utf-16be',
      'macintosh',
    ]);
    expect(exportEncoding('x-user-defined')).toBeUndefined();
    expect(exportEncoding('klingon')).toBeUndefined();
  });
});
