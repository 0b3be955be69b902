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

/** One physical line of an export: its text (without line end), the line end as written, and whether it decoded. */
export interface DecodedLine {
  /** 1-based physical line number. */
  line: number;
  text: string;
  /** '\r\n', '\n', '\r', or '' for a last line without one. */
  eol: string;
  /** True when the line holds bytes the encoding cannot decode (U+FFFD stands for them in `text`). */
  bad: boolean;
}

/**
 * Decodes an export chunk by chunk into physical lines, so a file of any size is read in bounded memory. The encoding
 * is a byte-order mark's, else `encoding` (a name from exportEncoding, default UTF-8). A line is bad when its bytes do
 * not survive the round trip (decoded to U+FFFD and not written back the same), leave a lone surrogate, or (UTF-16)
 * end in half a code unit. Lines are decoded a batch at a time; a batch with a doubtful character is decoded again
 * line by line to find which lines are at fault.
 */
export class LineDecoder {
  private name: string | undefined;
  private pending: Buffer = Buffer.alloc(0);
  private line = 1;

  constructor(private readonly asked = 'utf-8') {}

  /** The encoding read (known once the first bytes were pushed). */
  get encoding(): string {
    return this.name ?? this.asked;
  }

  /** Decodes the complete lines `chunk` finishes. */
  push(chunk: Buffer): DecodedLine[] {
    this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
    if (this.name === undefined) {
      // A byte-order mark needs its first bytes: wait for them (or for the end).
      if (this.pending.length < 3) return [];
      this.start();
    }
    return this.lines(false);
  }

  /** Decodes what is left (a last line without line end). */
  end(): DecodedLine[] {
    if (this.name === undefined) this.start();
    return this.lines(true);
  }

  private start(): void {
    const bom = bomEncoding(this.pending);
    this.name = bom ?? this.asked;
    if (bom) this.pending = this.pending.subarray(BOM_LENGTH[bom]);
  }

  private lines(final: boolean): DecodedLine[] {
    const name = this.name!;
    const bytes = this.pending;
    const wide = name === 'utf-16le' || name === 'utf-16be';
    const unit = wide ? 2 : 1;
    const codeAt = !wide ? (i: number) => bytes[i] : name === 'utf-16le' ? (i: number) => bytes[i] | (bytes[i + 1] << 8) : (i: number) => (bytes[i] << 8) | bytes[i + 1];
    // Where each complete line ends: [end of text, end of line end]. A CR as the last unit may be half a CRLF.
    const ends: [number, number][] = [];
    for (let i = 0; i + unit <= bytes.length; i += unit) {
      const c = codeAt(i);
      if (c !== 0x0a && c !== 0x0d) continue;
      let next = i + unit;
      if (c === 0x0d) {
        if (next + unit > bytes.length && !final) break;
        if (next + unit <= bytes.length && codeAt(next) === 0x0a) next += unit;
      }
      ends.push([i, next]);
      i = next - unit;
    }
    const done = ends.length > 0 ? ends[ends.length - 1][1] : 0;
    const out: DecodedLine[] = [];
    if (done > 0) {
      // The common case in one call: the whole batch decodes cleanly.
      const region = bytes.subarray(0, done);
      const decoded = iconv.decode(region, name, { stripBOM: false });
      if (!decoded.includes('\ufffd') && !LONE_SURROGATE_TEST.test(decoded)) {
        const parts = decoded.split(/(\r\n|\n|\r)/);
        for (let k = 0; k + 1 < parts.length; k += 2) out.push({ line: this.line++, text: parts[k], eol: parts[k + 1], bad: false });
      } else {
        let from = 0;
        for (const [textEnd, lineEnd] of ends) {
          out.push(this.take(bytes.subarray(from, textEnd), name, wide, this.decodeEol(bytes.subarray(textEnd, lineEnd), name)));
          from = lineEnd;
        }
      }
    }
    this.pending = bytes.subarray(done);
    if (final) {
      out.push(this.take(this.pending, name, wide, ''));
      this.pending = Buffer.alloc(0);
    } else if (done > 0) {
      // Keep the partial line in a buffer of its own, not a view holding the whole chunk.
      this.pending = Buffer.from(this.pending);
    }
    return out;
  }

  private decodeEol(bytes: Buffer, name: string): string {
    return iconv.decode(bytes, name, { stripBOM: false });
  }

  /** One line decoded on its own, with whether its bytes were decodable. */
  private take(segment: Buffer, name: string, wide: boolean, eol: string): DecodedLine {
    const decoded = iconv.decode(segment, name, { stripBOM: false });
    const clean = decoded.replace(LONE_SURROGATE, '\ufffd');
    const halfUnit = wide && segment.length % 2 === 1;
    const bad = clean !== decoded || halfUnit || (decoded.includes('\ufffd') && !iconv.encode(decoded, name).equals(segment));
    return { line: this.line++, text: bad && halfUnit ? `${clean}\ufffd` : clean, eol, bad };
  }
}

const LONE_SURROGATE_TEST = new RegExp(LONE_SURROGATE.source);

/**
 * Decodes a whole export held in memory (JSON exports, which are parsed whole): its text with line ends as they were,
 * and the physical lines that could not be decoded. See LineDecoder.
 */
export function decodeExport(bytes: Buffer, encoding = 'utf-8'): DecodedExport {
  // The common case in one call, without an object per line (a pretty-printed archive has millions of lines): the
  // whole file decodes cleanly. A file with a doubtful character is decoded line by line to find the lines at fault.
  const bom = bomEncoding(bytes);
  const name = bom ?? encoding;
  const body = bom ? bytes.subarray(BOM_LENGTH[bom]) : bytes;
  const wide = name === 'utf-16le' || name === 'utf-16be';
  if (!wide || body.length % 2 === 0) {
    const text = iconv.decode(body, name, { stripBOM: false });
    if (!text.includes('\ufffd') && !LONE_SURROGATE_TEST.test(text)) return { text, encoding: name, badLines: new Set() };
  }
  const decoder = new LineDecoder(encoding);
  const lines = [...decoder.push(bytes), ...decoder.end()];
  const badLines = new Set<number>();
  const parts: string[] = [];
  for (const l of lines) {
    if (l.bad) badLines.add(l.line);
    parts.push(l.text, l.eol);
  }
  return { text: parts.join(''), encoding: decoder.encoding, badLines };
}

/** Whether any physical line from `first` to `last` (inclusive) could not be decoded. */
export function hasBadLine(badLines: ReadonlySet<number>, first: number, last: number): boolean {
  if (badLines.size === 0) return false;
  for (let l = first; l <= last; l++) if (badLines.has(l)) return true;
  return false;
}
