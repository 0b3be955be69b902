// Export bytes to text: the encoding comes from a byte-order mark (UTF-8, UTF-16 LE/BE), else from the caller's
// label (WHATWG labels: windows-1252, latin1, utf-16le…), else UTF-8; iconv-lite decodes. Decoding goes line by
// line so that bytes the encoding cannot decode are pinned to their physical line: the reader rejects the rows on
// those lines rather than keeping mojibake.
import iconv from 'iconv-lite';
import { bomEncoding, encodingName } from '../../../http/charset.js';

/** An export's text and where it could not be decoded. */
export interface DecodedExport {
  /** The text without byte-order mark; line ends kept as they were (CRLF, LF or CR). */
  text: string;
  /** The encoding read (WHATWG name in lower case: 'utf-8', 'utf-16le', 'windows-1252'…). */
  encoding: string;
  /** Physical lines (1-based) holding bytes the encoding cannot decode; U+FFFD stands for them in `text`. */
  badLines: ReadonlySet<number>;
}

/**
 * The encoding a caller's label names, as exports can read it; undefined when the label names no encoding
 * iconv-lite decodes.
 */
export function exportEncoding(label: string): string | undefined {
  const name = encodingName(label);
  return name && iconv.encodingExists(name) ? name : undefined;
}

const BOM_LENGTH: Record<string, number> = { 'utf-8': 3, 'utf-16le': 2, 'utf-16be': 2 };

// Lone surrogates: UTF-16 code units that pair with nothing (iconv-lite passes them through).
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Decodes an export. A byte-order mark wins over `encoding` (a name from exportEncoding), which defaults to UTF-8.
 * A line is bad when its bytes do not survive the round trip (decoded to U+FFFD and not written back the same),
 * leave a lone surrogate, or (UTF-16) end in half a code unit.
 */
export function decodeExport(bytes: Buffer, encoding = 'utf-8'): DecodedExport {
  const bom = bomEncoding(bytes);
  const name = bom ?? encoding;
  const wide = name === 'utf-16le' || name === 'utf-16be';
  const unit = wide ? 2 : 1;
  const codeAt = !wide ? (i: number) => bytes[i] : name === 'utf-16le' ? (i: number) => bytes[i] | (bytes[i + 1] << 8) : (i: number) => (bytes[i] << 8) | bytes[i + 1];

  let text = '';
  let line = 1;
  const badLines = new Set<number>();
  const take = (from: number, to: number): void => {
    const segment = bytes.subarray(from, to);
    const decoded = iconv.decode(segment, name, { stripBOM: false });
    const clean = decoded.replace(LONE_SURROGATE, '\ufffd');
    const bad =
      clean !== decoded ||
      (wide && segment.length % 2 === 1) ||
      (decoded.includes('\ufffd') && !iconv.encode(decoded, name).equals(segment));
    if (bad) badLines.add(line);
    text += bad && wide && segment.length % 2 === 1 ? `${clean}\ufffd` : clean;
  };

  let start = bom ? BOM_LENGTH[bom] : 0;
  for (let i = start; i + unit <= bytes.length; i += unit) {
    const c = codeAt(i);
    if (c !== 0x0a && c !== 0x0d) continue;
    take(start, i);
    let next = i + unit;
    if (c === 0x0d && next + unit <= bytes.length && codeAt(next) === 0x0a) {
      text += '\r\n';
      next += unit;
    } else {
      text += c === 0x0d ? '\r' : '\n';
    }
    line++;
    start = next;
    i = next - unit;
  }
  take(start, bytes.length);
  return { text, encoding: name, badLines };
}

/** Whether any physical line from `first` to `last` (inclusive) could not be decoded. */
export function hasBadLine(badLines: ReadonlySet<number>, first: number, last: number): boolean {
  if (badLines.size === 0) return false;
  for (let l = first; l <= last; l++) if (badLines.has(l)) return true;
  return false;
}
