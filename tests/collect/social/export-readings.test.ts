// The readings both streamed CSV readers share: the delimiter the first reading guessed is kept for the next, the
// last reading builds only the records asked for (by the line each starts on) and stops once it has them all, and a
// syntax error that leaves the file unreadable is a usage error naming the file and line.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { csvReadings, rowsAtLines, type CsvReadings } from '../../../src/collect/social/export/csv-readings.js';
import { ConfigError } from '../../../src/errors.js';

const dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-readings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csv(name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

const KNOWN = ['id', 'author', 'text'];

describe('csvReadings', () => {
  it('keeps the delimiter the first reading guessed, and builds only the records asked for', async () => {
    // A quoted field over two lines: the record after it starts on line 4.
    const file = csv('semicolons.csv', 'id;author;text\n1;fan;"bonjour\nencore"\n2;marque;merci\n3;fan;au revoir\n');
    const readings = csvReadings(file, { encoding: 'utf-8', knownColumns: KNOWN });
    expect(readings.delimiter).toBeUndefined();
    await readings.read(() => false);
    expect(readings.delimiter).toBe(';');
    const rows = await rowsAtLines(readings, new Set([2, 5]), (record) => record.fields.join('|'));
    expect([...rows]).toEqual([
      [2, '1|fan|bonjour\nencore'],
      [5, '3|fan|au revoir'],
    ]);
  });

  it('stops the last reading once every record asked for is built', async () => {
    const file = csv('many.csv', `id,author,text\n${Array.from({ length: 50 }, (_, i) => `${i},fan,t${i}`).join('\n')}\n`);
    const readings = csvReadings(file, { encoding: 'utf-8', knownColumns: KNOWN });
    // Counts every record the reading hands over, asked for or not.
    let handed = 0;
    const counted: CsvReadings = {
      read: (onRecord) => readings.read((record) => (handed++, onRecord(record))),
      encoding: readings.encoding,
      delimiter: readings.delimiter,
    };
    const rows = await rowsAtLines(counted, new Set([3, 4]), (record) => record.fields[0]);
    expect([...rows.values()]).toEqual(['1', '2']);
    // The header and the records of lines 2 to 4: none of the 46 after the last one asked for.
    expect(handed).toBe(4);
  });

  it('says a file left unreadable by its syntax as a usage error at its line', async () => {
    const file = csv('unterminated.csv', 'id,author,text\n1,fan,ok\n2,fan,"never closed\n3,fan,x\n');
    const readings = csvReadings(file, { encoding: 'utf-8', knownColumns: KNOWN });
    const error = await readings.read(() => undefined).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(ConfigError);
    expect(error).toMatchObject({ file, line: 3 });
    expect((error as Error).message).toContain('invalid CSV');
  });
});
