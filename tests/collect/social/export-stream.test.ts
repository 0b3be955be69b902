// The streaming CSV reader gives the records, lines and bad-quote columns parseCsv gives for the whole text, however
// the file is cut into chunks (inside a CRLF, a quoted field, a multi-byte character), and links reply chains in
// linear time.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { parseCsv } from '../../../src/collect/social/export/csv-records.js';
import { streamCsv, textAfterQuote, type StreamedRecord } from '../../../src/collect/social/export/csv-stream.js';
import { linkRows } from '../../../src/collect/social/export/rows.js';
import { ProblemList } from '../../../src/collect/social/export/problems.js';

const dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function streamed(text: string | Buffer, chunkSize: number, encoding = 'utf-8'): Promise<StreamedRecord[]> {
  const file = path.join(dir, `f${chunkSize}.csv`);
  writeFileSync(file, text);
  const out: StreamedRecord[] = [];
  await streamCsv(file, { encoding, knownColumns: ['id', 'text'], chunkSize }, (r) => void out.push(r));
  return out;
}

const SAMPLES = [
  'id,text\r\n\r\n1,"deux\r\nlignes"\n\n\n2,simple\r3,"a ""cité"" là"\n',
  'id;text\n1;"ok"reste\n2;"é, ü 😀"\n\n',
  'id,text\n1,5" pot\n2,"non fermé\n',
  '\ufeffid,text\n1,sans fin de ligne',
];

describe('streamCsv', () => {
  it.each(SAMPLES.map((s, i) => [i, s]))('sample %i: the same records as parseCsv, chunk by chunk', async (_, text) => {
    const delimiter = text.includes(';') ? ';' : ',';
    let whole: ReturnType<typeof parseCsv> | Error;
    try {
      whole = parseCsv(text, delimiter);
    } catch (err) {
      whole = err as Error;
    }
    for (const size of [1, 2, 3, 7, 64 * 1024]) {
      if (whole instanceof Error) {
        await expect(streamed(text, size)).rejects.toMatchObject({ message: whole.message, line: (whole as { line?: number }).line });
        continue;
      }
      const records = await streamed(text, size);
      expect(records.map(({ undecodable: _, ...r }) => r), `chunks of ${size}`).toEqual(whole);
    }
  });

  it('marks the records on lines the encoding cannot decode', async () => {
    const bytes = Buffer.concat([Buffer.from('id,text\n1,ok\n2,d'), Buffer.from([0xe9]), Buffer.from('j\n3,fine\n')]);
    const records = await streamed(bytes, 5);
    expect(records.map((r) => [r.line, r.undecodable])).toEqual([
      [1, false],
      [2, false],
      [3, true],
      [4, false],
    ]);
    const latin = await streamed(iconv.encode('id,text\n1,Noël\n', 'windows-1252'), 3, 'windows-1252');
    expect(latin[1].fields).toEqual(['1', 'Noël']);
  });

  it('stops where the caller says', async () => {
    const file = path.join(dir, 'stop.csv');
    writeFileSync(file, `id,text\n${Array.from({ length: 1000 }, (_, i) => `${i},x`).join('\n')}\n`);
    let seen = 0;
    await streamCsv(file, { encoding: 'utf-8', knownColumns: ['id'], chunkSize: 64 }, () => ++seen < 3);
    expect(seen).toBe(3);
  });
});

describe('textAfterQuote', () => {
  it('finds the first quoted field with text after its closing quote', () => {
    expect(textAfterQuote('a,"ok"tail,c\n', ',')).toBe(2);
    expect(textAfterQuote('"a ""b""",c\r\n', ',')).toBeUndefined();
    expect(textAfterQuote('\r\n\n1,5" pot\n', ',')).toBeUndefined();
    expect(textAfterQuote('1;"x";"y"z\n', ';')).toBe(3);
  });
});

describe('linkRows', () => {
  it('links a reply chain of 200,000 rows, and a loop at its end, in linear time', () => {
    const n = 200_000;
    const rows = Array.from({ length: n }, (_, i) => ({ line: i + 2, id: `r${i}`, ...(i > 0 ? { replyTo: `r${i - 1}` } : {}) }));
    // The first row answers the last: the whole chain is one loop, cut at its first row in the file.
    rows[0] = { ...rows[0], replyTo: `r${n - 1}` };
    const problems = new ProblemList('chain.csv');
    const kept = linkRows(rows, new Set(), problems);
    expect(kept).toHaveLength(n);
    expect(problems.items).toEqual([{ code: 'export.reply-cycle', data: { file: 'chain.csv', line: 2, field: 'replyTo', value: `"r${n - 1}"` } }]);
    expect(kept[0].replyTo).toBeUndefined();
  });
});
