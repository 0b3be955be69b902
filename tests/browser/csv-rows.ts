// A strict RFC 4180 reader for the tests: reads CSV back into rows of cells so tests check what a spreadsheet gets.

/** Thrown when the text is not valid RFC 4180 CSV; says where. */
export class CsvError extends Error {}

/**
 * Parses RFC 4180 CSV: fields separated by commas, records by CRLF (a lone LF is accepted too), fields containing
 * commas, quotes or line breaks wrapped in double quotes with inner quotes doubled. A quote inside an unquoted field,
 * text after a closing quote, or an unterminated quoted field is an error. A final line break ends the last record
 * (it does not add an empty one).
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const endRecord = (): void => {
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new CsvError(`unterminated quoted field in record ${rows.length + 1}`);
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        field += text[i++];
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        throw new CsvError(`text after a closing quote in record ${rows.length + 1}`);
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new CsvError(`quote inside an unquoted field in record ${rows.length + 1}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') {
      i++;
      if (i === text.length) row.push(''); // "a,b," ends with an empty field
      continue;
    }
    if (text[i] === '\r') {
      if (text[i + 1] !== '\n') throw new CsvError(`lone CR after record ${rows.length + 1}`);
      i++;
    }
    if (text[i] === '\n') i++;
    endRecord();
  }
  if (row.length > 0) endRecord();
  return rows;
}
