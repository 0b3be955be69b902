// A strict XML 1.0 well-formedness parser for the tests (no XML parser is a dependency): it rejects what a CI
// server's parser would reject, and returns the element tree with decoded text so tests can read the report back.

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Decoded character data directly inside this element (text and CDATA), in document order. */
  text: string;
}

/** Thrown when the input is not well-formed XML; says what was wrong and at which offset. */
export class XmlError extends Error {}

// XML 1.0 §2.2 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and the supplementary planes (checked per code point).
function isXmlChar(cp: number): boolean {
  return cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

// Names: an ASCII-and-letters approximation of §2.3 NameStartChar/NameChar, enough for any JUnit writer.
const NAME = /^[A-Za-z_:\u00c0-\uffff][A-Za-z0-9_:.\u00b7\u00c0-\uffff-]*/;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Parses `xml` and returns its root element, or throws XmlError. Checks: every character is an XML Char (also those
 * written as character references), tags nest and match, attribute values are quoted, unique and free of `<`, every
 * `&` starts a predefined entity or a character reference, `]]>` never appears in text, comments contain no `--`,
 * exactly one root element with only whitespace, comments and processing instructions around it. DOCTYPEs are refused
 * (a JUnit report has none, and they are how entity-expansion attacks get in).
 */
export function parseXml(xml: string): XmlElement {
  for (const ch of xml) {
    const cp = ch.codePointAt(0)!;
    if (!isXmlChar(cp)) throw new XmlError(`illegal character U+${cp.toString(16).padStart(4, '0')} at offset ${xml.indexOf(ch)}`);
  }
  let i = 0;
  const fail = (what: string): never => {
    throw new XmlError(`${what} at offset ${i}`);
  };
  const decode = (raw: string, where: string): string => {
    if (raw.includes('<')) fail(`"<" in ${where}`);
    return raw.replace(/&([^;]*);?/g, (whole, ref: string) => {
      if (!whole.endsWith(';')) fail(`unterminated reference "${whole}" in ${where}`);
      if (ref in PREDEFINED) return PREDEFINED[ref];
      const m = /^#(?:x([0-9a-fA-F]+)|([0-9]+))$/.exec(ref);
      if (!m) return fail(`unknown entity "&${ref};" in ${where}`);
      const cp = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10);
      if (!isXmlChar(cp)) fail(`reference to an illegal character "&${ref};" in ${where}`);
      return String.fromCodePoint(cp);
    });
  };
  const name = (): string => {
    const m = NAME.exec(xml.slice(i, i + 200));
    if (!m) return fail('expected a name');
    i += m[0].length;
    return m[0];
  };
  const skipSpace = (): boolean => {
    const start = i;
    while (i < xml.length && /[ \t\r\n]/.test(xml[i])) i++;
    return i > start;
  };
  const until = (end: string, what: string): string => {
    const at = xml.indexOf(end, i);
    if (at < 0) fail(`unterminated ${what}`);
    const body = xml.slice(i, at);
    i = at + end.length;
    return body;
  };
  /** Comments and processing instructions, allowed anywhere between elements. */
  const misc = (): boolean => {
    if (xml.startsWith('<!--', i)) {
      i += 4;
      if (until('-->', 'comment').includes('--')) fail('"--" inside a comment');
      return true;
    }
    if (xml.startsWith('<?', i)) {
      i += 2;
      // The XML declaration is only allowed as the very first thing, which parseXml reads before any misc().
      if (/^xml$/i.test(name())) fail('XML declaration not at the start');
      until('?>', 'processing instruction');
      return true;
    }
    return false;
  };

  const element = (): XmlElement => {
    i++; // '<'
    const el: XmlElement = { name: name(), attrs: {}, children: [], text: '' };
    for (;;) {
      const spaced = skipSpace();
      if (xml.startsWith('/>', i)) {
        i += 2;
        return el;
      }
      if (xml[i] === '>') {
        i++;
        break;
      }
      if (!spaced) fail(`expected whitespace before an attribute of <${el.name}>`);
      const key = name();
      skipSpace();
      if (xml[i] !== '=') fail(`attribute ${key} has no value`);
      i++;
      skipSpace();
      const quote = xml[i];
      if (quote !== '"' && quote !== "'") fail(`attribute ${key} is not quoted`);
      i++;
      if (key in el.attrs) fail(`duplicate attribute ${key}`);
      // §3.3.3: literal whitespace characters in an attribute value are read as spaces.
      el.attrs[key] = decode(until(quote, `attribute ${key}`).replace(/\r\n?|[\t\n]/g, ' '), `attribute ${key}`);
    }
    for (;;) {
      if (i >= xml.length) fail(`<${el.name}> is never closed`);
      if (xml.startsWith('</', i)) {
        i += 2;
        const closing = name();
        if (closing !== el.name) fail(`</${closing}> closes <${el.name}>`);
        skipSpace();
        if (xml[i] !== '>') fail(`malformed </${closing}>`);
        i++;
        return el;
      }
      if (xml.startsWith('<![CDATA[', i)) {
        i += 9;
        el.text += until(']]>', 'CDATA section');
        continue;
      }
      if (xml.startsWith('<!', i) && !xml.startsWith('<!--', i)) fail('markup declaration inside an element');
      if (misc()) continue;
      if (xml[i] === '<') {
        el.children.push(element());
        continue;
      }
      const next = xml.indexOf('<', i);
      const raw = xml.slice(i, next < 0 ? xml.length : next);
      if (raw.includes(']]>')) fail('"]]>" in text');
      el.text += decode(raw, `text of <${el.name}>`);
      i += raw.length;
    }
  };

  if (xml.startsWith('\ufeff')) i = 1;
  if (xml.startsWith('<?xml', i)) {
    i += 5;
    const decl = until('?>', 'XML declaration');
    if (!/^\s+version\s*=\s*(["'])1\.[0-9]\1(\s+encoding\s*=\s*(["'])[A-Za-z][\w.-]*\3)?(\s+standalone\s*=\s*(["'])(yes|no)\5)?\s*$/.test(decl)) {
      fail('malformed XML declaration');
    }
  }
  let root: XmlElement | undefined;
  for (;;) {
    skipSpace();
    if (i >= xml.length) break;
    if (misc()) continue;
    if (xml.startsWith('<!DOCTYPE', i)) fail('DOCTYPE refused');
    if (xml[i] !== '<') fail('text outside the root element');
    if (root) fail('a second root element');
    root = element();
  }
  if (!root) return fail('no root element');
  return root;
}

/** Every element of the tree named `name`, depth first. */
export function findAll(root: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (el: XmlElement): void => {
    if (el.name === name) out.push(el);
    el.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** All decoded text and attribute values of the tree, joined by newlines: what a reader of the document can see. */
export function allText(root: XmlElement): string {
  const parts: string[] = [];
  const walk = (el: XmlElement): void => {
    parts.push(...Object.values(el.attrs), el.text);
    el.children.forEach(walk);
  };
  walk(root);
  return parts.join('\n');
}
