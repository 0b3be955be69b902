// An RFC 4180 CSV reader for social exports: quoted fields with embedded commas, quotes and line breaks, BOM,
// CRLF or LF line ends, and the physical line where each record starts (so a bad row can be reported by line).

/** One CSV record and the 1-based physical line it starts on. */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** Set when the record's quoting was broken (text after a closing quote); its fields are unreliable. */
  malformed?: string;
}

/** A CSV syntax error that leaves the rest of the file unreadable (an unterminated quoted field). */
export class CsvSyntaxError extends Error {
  override name = 'CsvSyntaxError';
  readonly line: number;

  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

/**
 * Splits CSV text into records. A leading UTF-8 BOM is ignored; records end at CRLF, LF or a lone CR; blank lines
 * (an empty physical line outside quotes) are skipped, since spreadsheet tools often leave one at the end.
 * A quote inside an unquoted field is kept as a literal character (what spreadsheet tools write for `5" pot`);
 * characters after a closing quote mark the record `malformed`; an unterminated quoted field throws CsvSyntaxError.
 */
export function parseCsv(text: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let line = 1;
  let i = 0;
  const n = src.length;
  while (i < n) {
    // Blank physical line: not a record.
    if (src[i] === '\r' || src[i] === '\n') {
      i += src[i] === '\r' && src[i + 1] === '\n' ? 2 : 1;
      line++;
      continue;
    }
    const record: CsvRecord = { line, fields: [] };
    for (;;) {
      let field = '';
      if (src[i] === '"') {
        const openedOn = line;
        i++;
        for (;;) {
          if (i >= n) throw new CsvSyntaxError(openedOn, `unterminated quoted field (opened on line ${openedOn})`);
          const c = src[i];
          if (c === '"') {
            if (src[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (c === '\r' || c === '\n') {
            // Line breaks inside quotes belong to the field, but still advance the physical line count.
            if (c === '\r' && src[i + 1] === '\n') {
              field += '\r\n';
              i += 2;
            } else {
              field += c;
              i++;
            }
            line++;
            continue;
          }
          field += c;
          i++;
        }
        // After the closing quote only a separator or a line end may follow.
        if (i < n && src[i] !== ',' && src[i] !== '\r' && src[i] !== '\n') {
          record.malformed ??= `text after the closing quote of field ${record.fields.length + 1}`;
          while (i < n && src[i] !== ',' && src[i] !== '\r' && src[i] !== '\n') field += src[i++];
        }
      } else {
        while (i < n && src[i] !== ',' && src[i] !== '\r' && src[i] !== '\n') field += src[i++];
      }
      record.fields.push(field);
      if (i < n && src[i] === ',') {
        i++;
        continue;
      }
      // End of record: a line end or the end of the text.
      if (i < n) {
        i += src[i] === '\r' && src[i + 1] === '\n' ? 2 : 1;
        line++;
      }
      break;
    }
    records.push(record);
  }
  return records;
}
