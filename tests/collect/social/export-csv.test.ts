// CSV exports as spreadsheet programs save them: comma, semicolon or tab delimiters (guessed from the header or
// given), UTF-8, UTF-16 with a byte-order mark, windows-1252; bytes the encoding cannot decode reject their row with
// file and line instead of turning into mojibake.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { detectDelimiter } from '../../../src/collect/social/export/csv-records.js';
import { EXPORT_COLUMNS, csvDelimiter, readExport } from '../../../src/collect/social/export/index.js';

const tmp = mkdtempSync(join(tmpdir(), 'brand-audit-export-csv-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** Writes bytes (or UTF-8 text) to a fresh temporary file with the given extension and returns its path. */
function file(ext: string, content: string | Buffer): string {
  const path = join(tmp, `export-${++n}.${ext}`);
  writeFileSync(path, content);
  return path;
}

async function failure(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Error);
  return (err as Error).message;
}

const OPTS = { platform: 'facebook', account: 'maisonexemple' };

/** Rows of a small French export: a brand post, a question with accents and typographic quotes, the answer. */
function rows(d: string): string {
  return [
    ['id', 'author', 'createdAt', 'text', 'replyTo', 'likes', 'reposts', 'url'],
    ['p1', 'maisonexemple', '2026-10-01T09:00:00Z', 'Le plaid en lin est de retour, à 49,90 €', '', '12', '3', ''],
    ['c1', 'léa', '2026-10-01T10:00:00Z', 'Il passe en machine ? L’étiquette dit « non »', 'p1', '0', '0', ''],
    ['c2', 'maisonexemple', '2026-10-01T11:00:00Z', 'Oui, à 30 °C, en cœur de cycle', 'c1', '1', '0', ''],
  ]
    .map((r) => r.join(d))
    .join('\r\n');
}

const TEXTS = ['Le plaid en lin est de retour, à 49,90 €', 'Il passe en machine ? L’étiquette dit « non »', 'Oui, à 30 °C, en cœur de cycle'];

describe('delimiters', () => {
  it('reads a semicolon CSV (a French spreadsheet) with unquoted commas in the text', async () => {
    const { conversations: [conv], problems } = await readExport(file('csv', rows(';')), OPTS);
    expect(problems).toEqual([]);
    expect(conv.posts.map((p) => p.text)).toEqual(TEXTS);
    expect(conv.posts.map((p) => [p.id, p.author.handle, p.replyTo ?? null, p.root])).toEqual([
      ['p1', 'maisonexemple', null, 'p1'],
      ['c1', 'léa', 'p1', 'p1'],
      ['c2', 'maisonexemple', 'c1', 'p1'],
    ]);
  });

  it('reads a tab-separated export', async () => {
    const { conversations: [conv], problems } = await readExport(file('csv', rows('\t')), OPTS);
    expect(problems).toEqual([]);
    expect(conv.posts.map((p) => p.text)).toEqual(TEXTS);
  });

  it('keeps quoting rules with another delimiter: quoted semicolons, quotes and line breaks', async () => {
    const text = 'id;author;createdAt;text\n"p;1";brand;2026-10-01T09:00:00Z;"un ; deux ""trois""\nquatre"\np2;fan;2026-10-01T09:05:00Z;"ok"x\n';
    const path = file('csv', text);
    const { conversations: [conv], problems } = await readExport(path, { platform: 'x', account: 'brand' });
    expect(conv.posts.map((p) => [p.id, p.text])).toEqual([['p;1', 'un ; deux "trois" quatre']]);
    expect(problems).toEqual([{ code: 'export.bad-quoting', data: { file: path, line: 4, field: 'row', column: 4 } }]);
  });

  it('takes the delimiter the caller gives over the guess, and rejects one exports do not use', async () => {
    // A comma file read with the caller's ";": the header is one unknown column.
    const path = file('csv', rows(','));
    expect(await failure(readExport(path, { ...OPTS, delimiter: ';' }))).toMatch(/:1: missing header column\(s\) id, author, createdAt, text/);
    expect((await readExport(file('csv', rows('\t')), { ...OPTS, delimiter: 'tab' })).conversations[0].posts).toHaveLength(3);
    expect(await failure(readExport(path, { ...OPTS, delimiter: '|' }))).toBe(`${path}:1: delimiter "|" is not one of "," ";" "\\t" (tab)`);
  });

  it('detectDelimiter: the delimiter that finds the most known columns, then the most cells, else comma', () => {
    const known = [...EXPORT_COLUMNS, 'platform', 'account'];
    expect(detectDelimiter('\ufeff\r\nid;author;createdAt;text,with,commas\n', known)).toBe(';');
    expect(detectDelimiter('"ID"\t"Author"\t"createdAt"\t"Text"', known)).toBe('\t');
    expect(detectDelimiter('id,author,createdAt,text;x;y;z;w', known)).toBe(',');
    expect(detectDelimiter('a;b;c', known)).toBe(';');
    expect(detectDelimiter('', known)).toBe(',');
    expect([csvDelimiter(','), csvDelimiter(';'), csvDelimiter('\t'), csvDelimiter('TAB'), csvDelimiter('|')]).toEqual([',', ';', '\t', '\t', undefined]);
  });
});

describe('encodings', () => {
  it('reads UTF-16 LE and BE with a byte-order mark (what "Unicode text" exports are)', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows('\t'), 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(rows(';'), 'utf16le').swap16()]);
    for (const bytes of [le, be]) {
      const { conversations: [conv], problems } = await readExport(file('csv', bytes), OPTS);
      expect(problems).toEqual([]);
      expect(conv.posts.map((p) => p.text)).toEqual(TEXTS);
      expect(conv.posts[1].author.handle).toBe('léa');
    }
  });

  it('reads a windows-1252 export when told its encoding (WHATWG labels: windows-1252, latin1, cp1252)', async () => {
    const path = file('csv', iconv.encode(rows(';'), 'windows-1252'));
    for (const encoding of ['windows-1252', 'latin1', 'CP1252', 'iso-8859-1']) {
      const { conversations: [conv], problems } = await readExport(path, { ...OPTS, encoding });
      expect(problems).toEqual([]);
      expect(conv.posts.map((p) => p.text)).toEqual(TEXTS);
    }
  });

  it('a byte-order mark wins over the encoding given', async () => {
    const path = file('csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows(';'), 'utf8')]));
    const { conversations: [conv], problems } = await readExport(path, { ...OPTS, encoding: 'windows-1252' });
    expect(problems).toEqual([]);
    expect(conv.posts.map((p) => p.text)).toEqual(TEXTS);
  });

  it('rejects an unknown encoding label naming file and line 1', async () => {
    const path = file('csv', rows(','));
    expect(await failure(readExport(path, { ...OPTS, encoding: 'klingon-8' }))).toBe(
      `${path}:1: unknown encoding "klingon-8" (use a label such as utf-8, windows-1252 or utf-16le)`,
    );
  });
});

describe('bytes the encoding cannot decode', () => {
  it('rejects each windows-1252 row read as UTF-8 with file and line, keeps the ASCII ones, and never keeps mojibake', async () => {
    const text = `${rows(';')}\r\np2;maisonexemple;2026-10-02T09:00:00Z;Plain ASCII;;0;0;\r\n`;
    const path = file('csv', iconv.encode(text, 'windows-1252'));
    const { conversations: [conv], problems } = await readExport(path, OPTS);
    expect(problems).toEqual([2, 3, 4].map((line) => ({ code: 'export.undecodable', data: { file: path, line, field: 'row', encoding: 'utf-8' } })));
    expect(conv.posts.map((p) => p.id)).toEqual(['p2']);
    expect(conv.status).toBe('partial');
    expect(conv.notes).toEqual([
      { code: 'export.read', data: { file: path.split('/').pop(), count: 1 } },
      { code: 'export.rejected', data: { count: 3 } },
      { code: 'export.problems', data: { count: 3 } },
      problems[0],
    ]);
  });

  it('pins a bad byte inside a multi-line quoted field to the line its record starts on', async () => {
    const head = Buffer.from('id,author,createdAt,text\nok,fan,2026-10-01T09:00:00Z,fine\nbad,fan,2026-10-01T09:00:00Z,"first line\nsecond ', 'utf8');
    const path = file('csv', Buffer.concat([head, Buffer.from([0xe9]), Buffer.from(' line"\nnext,fan,2026-10-01T09:00:00Z,after\n', 'utf8')]));
    const { conversations: [conv], problems } = await readExport(path, { platform: 'x', account: 'brand' });
    expect(problems).toEqual([{ code: 'export.undecodable', data: { file: path, line: 3, field: 'row', encoding: 'utf-8' } }]);
    expect(conv.posts.map((p) => p.id).sort()).toEqual(['next', 'ok']);
  });

  it('keeps a U+FFFD that the file really contains (it decodes and encodes back the same)', async () => {
    const path = file('csv', 'id,author,createdAt,text\nq1,fan,2026-10-01T09:00:00Z,caf\ufffd\n');
    const { conversations: [conv], problems } = await readExport(path, { platform: 'x', account: 'brand' });
    expect(problems).toEqual([]);
    expect(conv.posts[0].text).toBe('caf\ufffd');
  });

  it('rejects UTF-16 rows with a lone surrogate or half a code unit', async () => {
    const body = Buffer.from('id\tauthor\tcreatedAt\ttext\nq1\tfan\t2026-10-01T09:00:00Z\tok\nq2\tfan\t2026-10-01T09:00:00Z\t', 'utf16le');
    const lone = Buffer.from([0x00, 0xd8]); // U+D800 with nothing after it
    const tail = Buffer.from('x\nq3\tfan\t2026-10-01T09:00:00Z\tlast', 'utf16le');
    const path = file('csv', Buffer.concat([Buffer.from([0xff, 0xfe]), body, lone, tail, Buffer.from([0x41])]));
    const { conversations: [conv], problems } = await readExport(path, { platform: 'x', account: 'brand' });
    expect(problems.map((p) => [p.code, p.data.line, p.data.encoding])).toEqual([
      ['export.undecodable', 3, 'utf-16le'],
      ['export.undecodable', 4, 'utf-16le'],
    ]);
    expect(conv.posts.map((p) => p.id)).toEqual(['q1']);
  });

  it('JSON: rejects the post holding undecodable bytes; elsewhere they make the file unusable', async () => {
    const post = (id: string, text: string): string => `    { "id": "${id}", "author": "fan", "createdAt": "2026-10-01T09:00:00Z", "text": "${text}" }`;
    const head = `{\n  "platform": "x",\n  "account": { "handle": "brand" },\n  "posts": [\n${post('a', 'fine')},\n`;
    const bad = Buffer.concat([Buffer.from(post('b', 'caf'), 'utf8').subarray(0, -3), Buffer.from([0xe9]), Buffer.from('" }', 'utf8')]);
    const path = file('json', Buffer.concat([Buffer.from(head), bad, Buffer.from(`,\n${post('c', 'after')}\n  ]\n}\n`)]));
    const { conversations: [conv], problems } = await readExport(path);
    expect(problems).toEqual([{ code: 'export.undecodable', data: { file: path, line: 6, field: 'post', encoding: 'utf-8' } }]);
    expect(conv.posts.map((p) => p.id)).toEqual(['a', 'c']);

    const badAccount = file('json', Buffer.concat([Buffer.from('{\n  "platform": "x",\n  "account": { "handle": "brand", "name": "Caf'), Buffer.from([0xe9]), Buffer.from('" },\n  "posts": []\n}\n')]));
    expect(await failure(readExport(badAccount))).toBe(`${badAccount}:3: bytes that are not valid utf-8 outside the posts (give the file's encoding)`);
    const latin = file('json', iconv.encode('{"platform": "x", "account": {"handle": "brand", "name": "Café"}, "posts": []}', 'windows-1252'));
    expect((await readExport(latin, { encoding: 'windows-1252' })).conversations[0].handle).toBe('brand');
  });
});
