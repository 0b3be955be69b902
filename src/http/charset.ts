// Body decoding: BOM, then the Content-Type charset, then an in-document declaration, else UTF-8
// (the order of the WHATWG HTML "encoding sniffing algorithm", without its statistical guessing).

/** A parsed Content-Type header: lower-case mime without parameters ('' when absent), and its charset label. */
export interface ContentType {
  mime: string;
  charset?: string;
}

/** Parse a Content-Type header value such as `text/html; charset="ISO-8859-1"`. */
export function parseContentType(header: string | undefined): ContentType {
  if (!header) return { mime: '' };
  const [type = '', ...params] = header.split(';');
  const result: ContentType = { mime: type.trim().toLowerCase() };
  for (const param of params) {
    const eq = param.indexOf('=');
    if (eq < 0) continue;
    if (param.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    const value = param.slice(eq + 1).trim().replace(/^["']|["']$/g, '').trim();
    if (value) result.charset = value;
  }
  return result;
}

/** The outcome of decoding: the text, the encoding actually used (WHATWG name), and a warning if a label was unusable. */
export interface Decoded {
  text: string;
  charset: string;
  warning?: string;
}

// The HTML spec looks for <meta charset> in the first 1024 bytes; we allow 2048 because real pages put
// long comments and <title>s before it, and a late declaration is still better than guessing.
const SNIFF_BYTES = 2048;

type Decoder = InstanceType<typeof TextDecoder>;

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/**
 * windows-1252 bytes 0x80–0x9F as the WHATWG encoding table maps them (€, ‚, ƒ, „, …, ’, œ, Ÿ). Node 20's
 * TextDecoder decodes them as C1 control characters (latin-1) instead, which loses the euro sign and quotes
 * that French pages are full of. Five bytes are unassigned and stay as they are.
 */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Maps the C1 characters a latin-1-style decode produced back to their windows-1252 meaning. */
export function fixWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

/** A TextDecoder for `label`, or undefined when the label is not a known encoding. */
function decoderFor(label: string): Decoder | undefined {
  try {
    return new TextDecoder(label.trim());
  } catch {
    return undefined;
  }
}

function isHtml(mime: string): boolean {
  return mime === '' || mime === 'text/html' || mime === 'application/xhtml+xml';
}

function isXml(mime: string): boolean {
  return mime === 'text/xml' || mime === 'application/xml' || mime.endsWith('+xml');
}

/** Attributes of one tag (names lower-cased; the first occurrence wins, as in HTML parsing). */
function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(/([^\s"'=<>\/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const name = (m[1] ?? '').toLowerCase();
    if (name && !(name in attrs)) attrs[name] = (m[2] ?? m[3] ?? m[4] ?? '').trim();
  }
  return attrs;
}

/** The charset label a document declares in its first bytes (<meta> for HTML, the XML declaration for XML). */
export function sniffDeclaredCharset(bytes: Uint8Array, mime: string): string | undefined {
  // latin1 maps each byte to one char, so ASCII markup reads correctly whatever the real encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES)).toString('latin1');
  if (isXml(mime) || (mime === '' && head.startsWith('<?xml'))) {
    const decl = /^<\?xml[^>]*?\sencoding\s*=\s*["']([^"']+)["']/i.exec(head);
    if (decl) return decl[1];
  }
  if (!isHtml(mime) && !isXml(mime)) return undefined;
  for (const match of head.matchAll(/<meta\b([^>]*)>/gi)) {
    const attrs = parseAttributes(match[1] ?? '');
    if (attrs.charset) return attrs.charset;
    if (attrs['http-equiv']?.toLowerCase() === 'content-type' && attrs.content) {
      const charset = parseContentType(attrs.content).charset;
      if (charset) return charset;
    }
  }
  return undefined;
}

/**
 * Decode a response body. Order: byte-order mark, then the Content-Type charset, then the document's own
 * declaration, else UTF-8. An unknown label is skipped with a warning rather than failing the page.
 */
export function decodeBody(bytes: Uint8Array, contentType: ContentType): Decoded {
  const warnings: string[] = [];
  const finish = (decoder: Decoder): Decoded => {
    let text = decoder.decode(bytes);
    if (decoder.encoding === 'windows-1252') text = fixWindows1252(text);
    const out: Decoded = { text, charset: decoder.encoding };
    if (warnings.length > 0) out.warning = warnings.join('; ');
    return out;
  };

  const bom = bomEncoding(bytes);
  if (bom) return finish(new TextDecoder(bom));

  if (contentType.charset) {
    const decoder = decoderFor(contentType.charset);
    if (decoder) return finish(decoder);
    warnings.push(`unknown charset "${contentType.charset}" in Content-Type`);
  }

  const declared = sniffDeclaredCharset(bytes, contentType.mime);
  if (declared) {
    // HTML spec: a <meta> that claims UTF-16 was necessarily read as ASCII, so it really means UTF-8.
    const label = /^utf-16/i.test(declared) && !isXml(contentType.mime) ? 'utf-8' : declared;
    const decoder = decoderFor(label);
    if (decoder) return finish(decoder);
    warnings.push(`unknown charset "${declared}" declared in the document`);
  }

  if (warnings.length > 0) warnings.push('decoded as UTF-8');
  return finish(new TextDecoder('utf-8'));
}
