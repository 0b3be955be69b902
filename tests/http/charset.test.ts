// Tests for body decoding: BOM, Content-Type charset, <meta> declarations, XML declarations, unknown labels.
import { describe, expect, it } from 'vitest';
import { decodeBody, parseContentType, sniffDeclaredCharset } from '../../src/http/charset.js';

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
    expect(out.warning).toMatch(/unknown charset "x-no-such-charset"/);
  });

  it('moves on to the <meta> when the header label is unknown, keeping the warning', () => {
    const out = decodeBody(cafe1252('<meta charset="windows-1252">'), { mime: 'text/html', charset: 'bogus' });
    expect(out.charset).toBe('windows-1252');
    expect(out.warning).toMatch(/bogus/);
  });

  it('warns about an unknown label declared in the document', () => {
    const out = decodeBody(Buffer.from('<meta charset="klingon">ok', 'utf8'), { mime: 'text/html' });
    expect(out.charset).toBe('utf-8');
    expect(out.warning).toMatch(/klingon/);
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
    const bytes = Uint8Array.from([0x80, 0x20, 0x9c, 0x92, 0x85, 0x20, 0xe9, 0x81]);
    const out = decodeBody(bytes, { mime: 'text/html', charset: 'windows-1252' });
    expect(out.text).toBe('€ œ’… é\u0081');
    expect(out.charset).toBe('windows-1252');
  });
});
