// The checkers the safety tests rely on must themselves catch what they are there to catch: malformed XML and CSV.
import { describe, expect, it } from 'vitest';
import { allText, findAll, parseXml, XmlError } from '../browser/xml-check.js';
import { CsvError, parseCsv } from '../browser/csv-rows.js';

describe('parseXml', () => {
  it('reads a well-formed document: declaration, attributes, entities, character references, CDATA, comments', () => {
    const root = parseXml(
      '<?xml version="1.0" encoding="UTF-8"?>\n<!-- c --><a x="1 &amp; 2" y=\'&#10;&lt;\'><b>t &lt;i&gt; &#x263A;</b><![CDATA[<raw> & ]]><c/></a>\n',
    );
    expect(root.name).toBe('a');
    expect(root.attrs).toEqual({ x: '1 & 2', y: '\n<' });
    expect(findAll(root, 'b')[0].text).toBe('t <i> ☺');
    expect(root.text).toBe('<raw> & ');
    expect(findAll(root, 'c')).toHaveLength(1);
    expect(allText(root)).toContain('1 & 2');
  });

  it('reads literal whitespace in an attribute value as spaces, as XML parsers do', () => {
    expect(parseXml('<a v="x\ty\nz"/>').attrs.v).toBe('x y z');
  });

  it.each([
    ['an ESC character', '<a>\u001b[31m</a>'],
    ['a reference to an illegal character', '<a>&#27;</a>'],
    ['an unpaired surrogate', '<a>\ud800</a>'],
    ['a bare ampersand', '<a>fish & chips</a>'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['a "<" in an attribute', '<a v="<"/>'],
    ['an unquoted attribute', '<a v=1/>'],
    ['a duplicate attribute', '<a v="1" v="2"/>'],
    ['mismatched tags', '<a><b></a></b>'],
    ['an unclosed element', '<a><b></b>'],
    ['"]]>" in text', '<a>x ]]> y</a>'],
    ['an unterminated CDATA section', '<a><![CDATA[x</a>'],
    ['"--" in a comment', '<a><!-- x -- y --></a>'],
    ['two root elements', '<a/><b/>'],
    ['text outside the root', '<a/>x'],
    ['a DOCTYPE', '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    ['a late XML declaration', '<a/><?xml version="1.0"?>'],
    ['an empty document', '  '],
  ])('refuses %s', (_, xml) => {
    expect(() => parseXml(xml)).toThrow(XmlError);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, CRLF records and a final empty field', () => {
    expect(parseCsv('a,b,c\r\n"x,1","say ""hi""","l1\r\nl2"\r\n\'=1,,\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['x,1', 'say "hi"', 'l1\r\nl2'],
      ["'=1", '', ''],
    ]);
  });

  it.each([
    ['a quote inside an unquoted field', 'a,b"c\r\n'],
    ['text after a closing quote', '"a"b,c\r\n'],
    ['an unterminated quoted field', '"abc\r\n'],
    ['a lone CR', 'a\rb\r\n'],
  ])('refuses %s', (_, csv) => {
    expect(() => parseCsv(csv)).toThrow(CsvError);
  });
});
