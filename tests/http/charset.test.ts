// Tests for body decoding: BOM, Content-Type charset, <meta> declarations, XML declarations, unknown labels, and the
// WHATWG label table and decoders behind them.
import { describe, expect, it } from 'vitest';
import whatwgEncoding from 'whatwg-encoding';
import { bomEncoding, decodeBody, encodingName, parseContentType, sniffDeclaredCharset } from '../../src/http/charset.js';

// "café" in windows-1252: é is the single byte 0xE9 (it would be 0xC3 0xA9 in UTF-8).
const cafe1252 = (prefix = '', suffix = ''): Uint8Array =>
  Buffer.concat([Buffer.from(prefix, 'latin1'), Buffer.from([0x63, 0x61, 0x66, 0xe9]), Buffer.from(suffix, 'latin1')]);

describe('parseContentType', () => {
  it('lower-cases the mime type and extracts a quoted charset', () => {
    expect(parseContentType('Text/HTML; Charset="ISO-8859-1"')).toEqual({ mime: 'text/html', charset: 'ISO-8859-1' });
  });
  it('returns an empty mime when there is no header', () => {
    expect(parseContentType(undefined)).toEqual({ mime: '' });
  });
  it('ignores other parameters', () => {
    expect(parseContentType('application/json; profile=x')).toEqual({ mime: 'application/json' });
  });
});

describe('decodeBody', () => {
  it('uses the Content-Type charset', () => {
    const out = decodeBody(cafe1252(), { mime: 'text/html', charset: 'windows-1252' });
    expect(out).toEqual({ text: 'café', charset: 'windows-1252' });
  });

  it('falls back to <meta charset> when the header has none', () => {
    const out = decodeBody(cafe1252('<html><head><meta charset="windows-1252"></head><body>', '</body>'), {
      mime: 'text/html',
    });
    expect(out.charset).toBe('windows-1252');
    expect(out.text).toContain('café');
  });

  it('reads the charset of <meta http-equiv=Content-Type content=...>', () => {
    const html = '<head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">';
    const out = decodeBody(cafe1252(html), { mime: 'text/html' });
    // WHATWG maps the iso-8859-1 label to windows-1252.
    expect(out.charset).toBe('windows-1252');
    expect(out.text).toContain('café');
  });

  it('does not take the charset of an unrelated meta content attribute', () => {
    const html = '<meta name="description" content="text/html; charset=windows-1252">';
    const out = decodeBody(Buffer.from(`${html}café`, 'utf8'), { mime: 'text/html' });
    expect(out.charset).toBe('utf-8');
    expect(out.text).toContain('café');
  });

  it('ignores a <meta> beyond the first 2048 bytes', () => {
    const late = cafe1252(`<!--${'x'.repeat(2100)}--><meta charset="windows-1252">`);
    expect(decodeBody(late, { mime: 'text/html' }).charset).toBe('utf-8');
  });

  it('lets a BOM win over the header', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('café', 'utf8')]);
    const out = decodeBody(bytes, { mime: 'text/html', charset: 'windows-1252' });
    expect(out).toEqual({ text: 'café', charset: 'utf-8' });
  });

  it('decodes a UTF-16LE body announced by its BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('café', 'utf16le')]);
    expect(decodeBody(bytes, { mime: 'text/plain' })).toEqual({ text: 'café', charset: 'utf-16le' });
  });

  it('falls back to UTF-8 with a warning for an unknown header label', () => {
    const out = decodeBody(Buffer.from('café', 'utf8'), { mime: 'text/html', charset: 'x-no-such-charset' });
    expect(out.text).toBe('café');
    expect(out.charset).toBe('utf-8');
    expect(out.warnings).toEqual([{ label: 'x-no-such-charset', declaredIn: 'content-type' }]);
  });

  it('moves on to the <meta> when the header label is unknown, keeping the warning', () => {
    const out = decodeBody(cafe1252('<meta charset="windows-1252">'), { mime: 'text/html', charset: 'bogus' });
    expect(out.charset).toBe('windows-1252');
    expect(out.warnings).toEqual([{ label: 'bogus', declaredIn: 'content-type' }]);
  });

  it('warns about an unknown label declared in the document', () => {
    const out = decodeBody(Buffer.from('<meta charset="klingon">ok', 'utf8'), { mime: 'text/html' });
    expect(out.charset).toBe('utf-8');
    expect(out.warnings).toEqual([{ label: 'klingon', declaredIn: 'document' }]);
  });

  it('lists both labels when the header and the document name unknown charsets', () => {
    const out = decodeBody(Buffer.from('<meta charset="klingon">café', 'utf8'), { mime: 'text/html', charset: 'bogus' });
    expect(out.charset).toBe('utf-8');
    expect(out.text).toContain('café');
    expect(out.warnings).toEqual([
      { label: 'bogus', declaredIn: 'content-type' },
      { label: 'klingon', declaredIn: 'document' },
    ]);
  });

  it('treats a <meta> claiming UTF-16 as UTF-8 (the bytes were read as ASCII)', () => {
    const out = decodeBody(Buffer.from('<meta charset="utf-16">café', 'utf8'), { mime: 'text/html' });
    expect(out).toEqual({ text: '<meta charset="utf-16">café', charset: 'utf-8' });
  });

  it('does not sniff <meta> in JSON', () => {
    expect(sniffDeclaredCharset(Buffer.from('{"a":"<meta charset=windows-1252>"}'), 'application/json')).toBeUndefined();
  });

  it('reads the encoding of an XML declaration', () => {
    const out = decodeBody(cafe1252('<?xml version="1.0" encoding="ISO-8859-1"?><feed>', '</feed>'), {
      mime: 'application/atom+xml',
    });
    expect(out.charset).toBe('windows-1252');
    expect(out.text).toContain('café');
  });
});

describe('windows-1252 high bytes', () => {
  it('decodes 0x80–0x9F as the WHATWG table says, not as C1 controls', () => {
    // The five bytes the table leaves unassigned (0x81, 0x8D, 0x8F, 0x90, 0x9D) come out as U+FFFD from iconv-lite,
    // the decoder whatwg-encoding (and so cheerio) uses, where the standard keeps them as C1 controls.
    const bytes = Uint8Array.from([0x80, 0x20, 0x9c, 0x92, 0x85, 0x20, 0xe9, 0x81]);
    const out = decodeBody(bytes, { mime: 'text/html', charset: 'windows-1252' });
    expect(out.text).toBe('€ œ’… é\ufffd');
    expect(out.charset).toBe('windows-1252');
  });

  it('decodes every assigned byte of 0x80–0x9F', () => {
    const assigned = [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f];
    const out = decodeBody(Uint8Array.from(assigned), { mime: 'text/plain', charset: 'cp1252' });
    expect(out.text).toBe('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');
  });
});

describe('labels, byte-order marks and other encodings', () => {
  it('maps labels as the WHATWG Encoding Standard does', () => {
    expect(encodingName('latin1')).toBe('windows-1252');
    expect(encodingName(' ISO-8859-1 ')).toBe('windows-1252');
    expect(encodingName('utf8')).toBe('utf-8');
    expect(encodingName('unicode-1-1-utf-8')).toBe('utf-8');
    expect(encodingName('utf-16')).toBe('utf-16le');
    expect(encodingName('sjis')).toBe('shift_jis');
    expect(encodingName('iso-8859-15')).toBe('iso-8859-15');
    expect(encodingName('klingon')).toBeUndefined();
  });

  it('recognises the three byte-order marks', () => {
    expect(bomEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('utf-8');
    expect(bomEncoding(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toBe('utf-16le');
    expect(bomEncoding(Uint8Array.from([0xfe, 0xff, 0x00, 0x41]))).toBe('utf-16be');
    expect(bomEncoding(Uint8Array.from([0x41, 0x42]))).toBeUndefined();
  });

  it('decodes a UTF-16BE body announced by its BOM, the BOM removed', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('café', 'utf16le').swap16()]);
    expect(decodeBody(bytes, { mime: 'text/plain', charset: 'windows-1252' })).toEqual({ text: 'café', charset: 'utf-16be' });
  });

  it('decodes other legacy charsets the standard lists (ISO-8859-15 euro sign, Shift_JIS, ISO-2022-JP)', () => {
    expect(decodeBody(Uint8Array.from([0x35, 0x20, 0xa4]), { mime: 'text/html', charset: 'iso-8859-15' })).toEqual({ text: '5 €', charset: 'iso-8859-15' });
    expect(decodeBody(Uint8Array.from([0x93, 0xfa, 0x96, 0x7b]), { mime: 'text/html', charset: 'shift_jis' })).toEqual({ text: '日本', charset: 'shift_jis' });
    const jis = Uint8Array.from([0x1b, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, 0x1b, 0x28, 0x42]);
    expect(decodeBody(jis, { mime: 'text/html', charset: 'iso-2022-jp' })).toEqual({ text: '日本', charset: 'iso-2022-jp' });
  });

  it('replaces bytes that are not UTF-8 with U+FFFD', () => {
    expect(decodeBody(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), { mime: 'text/html', charset: 'utf-8' }).text).toBe('caf\ufffd');
  });
});

describe('UTF-8 decoded without whatwg-encoding', () => {
  // decodeBody reads UTF-8 itself (whatwg-encoding and iconv-lite load only for other encodings): byte for byte what
  // whatwg-encoding gives, on the bytes where decoders differ — BOMs, invalid, overlong and truncated sequences.
  const samples: Array<[string, number[]]> = [
    ['plain', [...Buffer.from('Prix : 12 € — déjà vu 👍')]],
    ['UTF-8 BOM', [0xef, 0xbb, 0xbf, ...Buffer.from('été')]],
    ['BOM only', [0xef, 0xbb, 0xbf]],
    ['two BOMs', [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61]],
    ['invalid byte', [0x61, 0xff, 0x62, 0xc0, 0x80]],
    ['overlong and surrogate', [0xe0, 0x80, 0xaf, 0xed, 0xa0, 0x80, 0x7a]],
    ['truncated tail', [...Buffer.from('caf'), 0xc3]],
    ['truncated emoji', [0x61, 0xf0, 0x9f, 0x91]],
    ['lone continuation bytes', [0x80, 0x81, 0xbf]],
    ['empty', []],
  ];
  it.each(samples)('%s', (_, bytes) => {
    const body = Uint8Array.from(bytes);
    for (const charset of ['utf-8', ' UTF8 ', 'unicode-1-1-utf-8', undefined]) {
      const decoded = decodeBody(body, { mime: 'text/plain', ...(charset ? { charset } : {}) });
      expect(decoded.charset).toBe('utf-8');
      expect(decoded.text).toBe(whatwgEncoding.decode(body, 'UTF-8'));
    }
  });
});
