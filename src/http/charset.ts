// Body decoding: BOM, then the Content-Type charset, then an in-document declaration, else UTF-8 (the order of the
// WHATWG HTML "encoding sniffing algorithm", without its statistical guessing). Labels and decoders are the WHATWG
// Encoding Standard's, from whatwg-encoding (the package cheerio's encoding sniffer uses).
import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';
import type { CharsetWarning } from './types.js';

type WhatwgEncoding = typeof import('whatwg-encoding');
let whatwg: WhatwgEncoding | undefined;

/**
 * whatwg-encoding, loaded on the first label or body that is not UTF-8: with iconv-lite's tables under it, it costs
 * ~15 ms of CPU to load and read, which an audit of UTF-8 sites (nearly all of them) never needs.
 */
function whatwgEncoding(): WhatwgEncoding {
  return (whatwg ??= createRequire(import.meta.url)('whatwg-encoding') as WhatwgEncoding);
}

/** The Encoding Standard's labels of UTF-8 (whatwg-encoding maps exactly these to 'UTF-8'). */
const UTF8_LABELS = new Set(['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8']);

/**
 * UTF-8 decoded as whatwg-encoding decodes it, without loading it: iconv-lite's UTF-8 decoder is Node's
 * StringDecoder, whose first output loses a leading byte-order mark. A UTF-16 byte-order mark would make
 * whatwg-encoding decode UTF-16 instead: such bytes are left to it.
 */
function decodeUtf8(bytes: Buffer): string {
  if (bomEncoding(bytes)?.startsWith('utf-16')) return whatwgEncoding().decode(bytes, 'UTF-8');
  const decoder = new StringDecoder('utf8');
  let text = decoder.write(bytes);
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const trail = decoder.end();
  return trail ? text + trail : text;
}

const UTF8: Encoding = { name: 'utf-8', decode: decodeUtf8 };

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

/** The outcome of decoding: the text, the encoding actually used (WHATWG name), and the labels it had to skip. */
export interface Decoded {
  text: string;
  charset: string;
  /** Declared charsets that name no encoding the decoders know (the body was then decoded another way). */
  warnings?: CharsetWarning[];
  /**
   * @deprecated English summary of `warnings`, kept only while src/http/client.ts tests it as a flag; read
   * `warnings` instead (never store this text: reports render `warnings` in their own language).
   */
  warning?: string;
}

// The HTML spec looks for <meta charset> in the first 1024 bytes; we allow 2048 because real pages put
// long comments and <title>s before it, and a late declaration is still better than guessing.
const SNIFF_BYTES = 2048;

/** A decoder for one encoding, and the encoding's WHATWG name in lower case (as TextDecoder.encoding gives it). */
interface Encoding {
  name: string;
  decode(bytes: Buffer): string;
}

/**
 * The encoding a label stands for, as the WHATWG Encoding Standard maps labels ('latin1' and 'iso-8859-1' →
 * windows-1252, 'utf8' → utf-8), decoded by whatwg-encoding (iconv-lite's tables); or undefined when the label
 * names no encoding. The few the standard lists that whatwg-encoding lacks (ISO-2022-JP, x-mac-cyrillic) go to
 * Node's TextDecoder, which has them; windows-1252, which Node 20's TextDecoder gets wrong, never does.
 */
function encodingFor(label: string): Encoding | undefined {
  if (UTF8_LABELS.has(label.trim().toLowerCase())) return UTF8;
  const labels = whatwgEncoding();
  const name = labels.labelToName(label);
  if (name && labels.isSupported(name)) return { name: name.toLowerCase(), decode: (bytes) => labels.decode(bytes, name) };
  try {
    const decoder = new TextDecoder(label.trim());
    return { name: decoder.encoding, decode: (bytes) => decoder.decode(bytes) };
  } catch {
    return undefined;
  }
}

/** The WHATWG name (lower case) of the encoding a charset label stands for, or undefined when it names none. */
export function encodingName(label: string): string | undefined {
  return encodingFor(label)?.name;
}

/** The encoding a byte-order mark announces ('utf-8', 'utf-16le', 'utf-16be'), or undefined without one. */
export function bomEncoding(bytes: Uint8Array): string | undefined {
  // The Encoding Standard's BOM sniff, as whatwg-encoding's getBOMEncoding makes it.
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  return undefined;
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
 * declaration, else UTF-8. An unknown label is skipped with a warning (label and where it was declared) rather than
 * failing the page.
 */
export function decodeBody(bytes: Uint8Array, contentType: ContentType): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const warnings: CharsetWarning[] = [];
  const finish = (encoding: Encoding): Decoded => {
    const out: Decoded = { text: encoding.decode(buffer), charset: encoding.name };
    if (warnings.length > 0) {
      out.warnings = warnings;
      out.warning = [
        ...warnings.map((w) => `unknown charset "${w.label}" ${w.declaredIn === 'content-type' ? 'in Content-Type' : 'declared in the document'}`),
        `decoded as ${encoding.name}`,
      ].join('; ');
    }
    return out;
  };

  // whatwg-encoding's decoder removes the byte-order mark.
  const bom = bomEncoding(buffer);
  if (bom) return finish(encodingFor(bom) as Encoding);

  if (contentType.charset) {
    const encoding = encodingFor(contentType.charset);
    if (encoding) return finish(encoding);
    warnings.push({ label: contentType.charset, declaredIn: 'content-type' });
  }

  const declared = sniffDeclaredCharset(buffer, contentType.mime);
  if (declared) {
    // HTML spec: a <meta> that claims UTF-16 was necessarily read as ASCII, so it really means UTF-8.
    const label = /^utf-16/i.test(declared) && !isXml(contentType.mime) ? 'utf-8' : declared;
    const encoding = encodingFor(label);
    if (encoding) return finish(encoding);
    warnings.push({ label: declared, declaredIn: 'document' });
  }

  return finish(encodingFor('utf-8') as Encoding);
}
