// Tests of the export reader: the sample JSON and CSV exports, every kind of bad row as a note with file/line/field,
// CSV quoting edge cases (BOM, CRLF, embedded quotes and line breaks), fatal errors naming file and line, the
// optional window, and the small JSON and date parsers behind them. Delimiters and encodings: export-csv.test.ts.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/collect/social/export/csv-records.js';
import { parseJsonWithLines } from '../../../src/collect/social/export/json-lines.js';
import { parseIsoDateTime, readExport, type ExportProblem } from '../../../src/collect/social/export/index.js';

const DIR = 'fixtures/exports';
const tmp = mkdtempSync(join(tmpdir(), 'brand-audit-export-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** Writes `content` to a fresh temporary file with the given extension and returns its path. */
function file(ext: string, content: string): string {
  const path = join(tmp, `export-${++n}.${ext}`);
  writeFileSync(path, content);
  return path;
}

/** [line, field] of each problem, in order. */
const where = (problems: ExportProblem[]): [number, string][] => problems.map((p) => [p.data.line, p.data.field]);
/** The problem on one line (the first when several). */
const onLine = (problems: ExportProblem[], line: number): ExportProblem | undefined => problems.find((p) => p.data.line === line);

async function failure(promise: Promise<unknown>): Promise<string> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Error);
  return (err as Error).message;
}

const HEADER = 'id,author,createdAt,text,replyTo,likes,reposts,url';

describe('sample exports', () => {
  it('reads the Facebook JSON export: roles, threads, metrics and a window spanning its posts', async () => {
    const path = `${DIR}/maison-exemple-facebook.json`;
    const { conversations: [conv], problems } = await readExport(path);
    expect(problems).toEqual([]);
    expect(conv).toMatchObject({
      platform: 'facebook',
      handle: 'maisonexemple',
      url: 'https://www.facebook.com/maisonexemple',
      source: 'export',
      status: 'ok',
      notes: [{ code: 'export.read', data: { file: 'maison-exemple-facebook.json', count: 12 } }],
      window: { from: '2026-10-02T07:00:00.000Z', to: '2026-11-05T20:40:00.000Z', days: 35 },
    });
    expect(conv.posts).toHaveLength(12);
    const byId = new Map(conv.posts.map((p) => [p.id, p]));
    expect(byId.get('fb-1001')).toEqual({
      id: 'fb-1001',
      url: 'https://www.facebook.com/maisonexemple/posts/fb-1001',
      platform: 'facebook',
      author: { id: 'maisonexemple', handle: 'maisonexemple', role: 'brand' },
      createdAt: '2026-10-02T07:00:00.000Z',
      text: "Nouveau : le plaid en lin lavé arrive en trois coloris d'automne. Lequel préférez-vous, sauge, rouille ou sable ?",
      root: 'fb-1001',
      metrics: { likes: 48, replies: 2, reposts: 6 },
      kind: 'post',
    });
    // "MaisonExemple" is the account "maisonexemple": handles compare case-insensitively.
    expect(byId.get('fb-1007')).toMatchObject({ author: { id: 'maisonexemple', handle: 'MaisonExemple', role: 'brand' }, replyTo: 'fb-1006', root: 'fb-1005' });
    expect(byId.get('fb-1010')).toMatchObject({ author: { role: 'fan' }, replyTo: 'fb-1009', root: 'fb-1008' });
    expect(byId.get('fb-1004')?.url).toBeUndefined();
    expect(conv.posts.filter((p) => p.author.role === 'brand').map((p) => p.id)).toEqual(['fb-1001', 'fb-1003', 'fb-1005', 'fb-1007', 'fb-1008', 'fb-1011']);
  });

  it('reads the Instagram CSV export with platform and account from the caller, quoted multi-line text kept', async () => {
    const { conversations: [conv], problems } = await readExport(`${DIR}/maison-exemple-instagram.csv`, { platform: 'instagram', account: '@MaisonExemple' });
    expect(problems).toEqual([]);
    expect(conv).toMatchObject({ platform: 'instagram', handle: 'maisonexemple', url: 'https://www.instagram.com/maisonexemple', status: 'ok' });
    expect(conv.posts).toHaveLength(9);
    const byId = new Map(conv.posts.map((p) => [p.id, p]));
    expect(byId.get('ig-2003')?.text).toBe('Il existe en vert "sauge" ? Je cherche la même teinte que le plaid');
    expect(byId.get('ig-2004')).toMatchObject({
      text: '@lea_deco oui, en sauge et en rouille, sur la page du coussin. Bonne journée !',
      author: { role: 'brand' },
      replyTo: 'ig-2003',
      root: 'ig-2001',
    });
    expect(byId.get('ig-2001')?.metrics).toEqual({ likes: 212, replies: 2, reposts: 0 });
    expect(await failure(readExport(`${DIR}/maison-exemple-instagram.csv`, { account: 'maisonexemple' }))).toBe(
      `${DIR}/maison-exemple-instagram.csv:2: no platform: the export must name one (or the caller must pass it)`,
    );
    expect(await failure(readExport(`${DIR}/maison-exemple-instagram.csv`, { platform: 'instagram' }))).toMatch(/^fixtures\/exports\/maison-exemple-instagram\.csv:2: no account/);
  });
});

describe('bad rows', () => {
  it('CSV: reports each bad row with its physical line and field, and keeps the others', async () => {
    const path = `${DIR}/broken-rows.csv`;
    const { conversations: [conv], problems } = await readExport(path);
    expect(where(problems)).toEqual([
      [3, 'id'],
      [4, 'id'],
      [5, 'author'],
      [6, 'createdAt'],
      [7, 'createdAt'],
      [8, 'likes'],
      [9, 'reposts'],
      [10, 'url'],
      [11, 'replyTo'],
      [12, 'row'],
      [15, 'row'],
      [16, 'platform'],
      [17, 'account'],
      [18, 'replyTo'],
      [19, 'replyTo'],
    ]);
    expect(problems.every((p) => p.data.file === path)).toBe(true);
    expect(problems.map((p) => p.code)).toEqual([
      'export.required',
      'export.duplicate-id',
      'export.required',
      'export.bad-date',
      'export.bad-date',
      'export.bad-count',
      'export.bad-count',
      'export.bad-url',
      'export.reply-unknown',
      'export.field-count',
      'export.bad-quoting',
      'export.platform-differs',
      'export.account-differs',
      'export.reply-rejected',
      'export.reply-cycle',
    ]);
    expect(onLine(problems, 4)).toEqual({ code: 'export.duplicate-id', data: { file: path, line: 4, field: 'id', value: '"b1"', firstLine: 2 } });
    expect(onLine(problems, 6)?.data).toMatchObject({ field: 'createdAt', value: '"2026-10-01T11:30:00"' });
    expect(onLine(problems, 9)?.data).toMatchObject({ field: 'reposts', value: '"1.5"' });
    expect(onLine(problems, 12)).toEqual({ code: 'export.field-count', data: { file: path, line: 12, field: 'row', expected: 10, found: 4 } });
    expect(onLine(problems, 15)?.data).toMatchObject({ field: 'row', column: 4 });
    expect(onLine(problems, 16)?.data).toMatchObject({ field: 'platform', value: '"instagram"', platform: 'facebook' });
    expect(onLine(problems, 17)?.data).toMatchObject({ field: 'account', value: '"autrecompte"', account: 'maisonexemple' });
    expect(onLine(problems, 18)).toEqual({ code: 'export.reply-rejected', data: { file: path, line: 18, field: 'replyTo', value: '"b5"' } });
    expect(onLine(problems, 19)).toEqual({ code: 'export.reply-cycle', data: { file: path, line: 19, field: 'replyTo', value: '"b19"' } });
    expect(conv.posts.map((p) => [p.id, p.replyTo ?? null, p.root])).toEqual([
      ['b1', null, 'b1'],
      ['b11', null, 'b11'],
      ['b13', 'b1', 'b1'],
      ['b17', null, 'b17'],
      ['b18', null, 'b18'],
      ['b19', 'b18', 'b18'],
    ]);
    expect(conv.posts.find((p) => p.id === 'b13')?.text).toBe('Sur deux lignes, avec des "guillemets", et une virgule');
    expect(conv.status).toBe('partial');
    expect(conv.notes).toEqual([
      { code: 'export.read', data: { file: 'broken-rows.csv', count: 6 } },
      { code: 'export.rejected', data: { count: 12 } },
      { code: 'export.problems', data: { count: 15 } },
      { code: 'export.required', data: { file: path, line: 3, field: 'id', value: '""' } },
    ]);
  });

  it('JSON: reports each bad post with the line of its object and the field', async () => {
    const path = `${DIR}/broken-rows.json`;
    const { conversations: [conv], problems } = await readExport(path);
    expect(problems.map((p) => [p.data.line, p.data.field, p.code, p.data.value ?? null])).toEqual([
      [6, 'post', 'export.not-object', '"pas un objet"'],
      [7, 'id', 'export.missing', null],
      [8, 'id', 'export.required', '42'],
      [9, 'author', 'export.missing', null],
      [10, 'createdAt', 'export.bad-date', '"2 novembre 2026"'],
      [11, 'text', 'export.missing', null],
      [12, 'likes', 'export.bad-count', '"12"'],
      [13, 'reposts', 'export.bad-count', '-1'],
      [14, 'url', 'export.bad-url', '"javascript:alert(1)"'],
      [21, 'replyTo', 'export.reply-unknown', '"x404"'],
      [22, 'id', 'export.duplicate-id', '"x1"'],
      [23, 'replyTo', 'export.reply-not-text', '1'],
    ]);
    expect(onLine(problems, 22)?.data.firstLine).toBe(5);
    expect(problems.every((p) => p.data.file === path)).toBe(true);
    expect(conv).toMatchObject({ platform: 'x', handle: 'maisonexemple', url: 'https://x.com/maisonexemple', status: 'partial' });
    expect(conv.posts.map((p) => [p.id, p.author.role, p.replyTo ?? null, p.root, p.createdAt])).toEqual([
      ['x1', 'brand', null, 'x1', '2026-11-02T09:00:00.000Z'],
      ['x10', 'fan', null, 'x10', '2026-11-02T09:40:00.000Z'],
      ['x12', 'fan', null, 'x12', '2026-11-02T10:50:00.000Z'],
      ['x13', 'brand', 'x10', 'x10', '2026-11-02T11:00:00.000Z'],
    ]);
    expect(conv.posts[0].metrics).toEqual({ likes: 12, replies: 0, reposts: 3 });
    expect(conv.posts[1].metrics.replies).toBe(1);
  });
});

describe('CSV format', () => {
  it('reads BOM, CRLF, quoted CRLF line breaks, reordered case-insensitive columns, extra columns and empty counts', async () => {
    const text =
      '\uFEFFText,ID,Author,createdat,Likes,Source,platform,account\r\n' +
      '"Bonjour,\r\ncomment je fais pour être remboursé",q1,lea,2026-10-01T09:00:00+02:00,,Hootsuite,facebook,MaisonExemple\r\n' +
      '\r\n' +
      '"Réponse ""officielle""",q2,maisonexemple,2026-10-01T09:30:00Z,3,Hootsuite,facebook,maisonexemple\r\n';
    const path = file('csv', text);
    const { conversations: [conv], problems } = await readExport(path);
    expect(problems).toEqual([]);
    expect(conv.posts).toEqual([
      {
        id: 'q1',
        platform: 'facebook',
        author: { id: 'lea', handle: 'lea', role: 'fan' },
        createdAt: '2026-10-01T07:00:00.000Z',
        text: 'Bonjour, comment je fais pour être remboursé',
        root: 'q1',
        metrics: { likes: 0, replies: 0, reposts: 0 },
        kind: 'post',
      },
      {
        id: 'q2',
        platform: 'facebook',
        author: { id: 'maisonexemple', handle: 'maisonexemple', role: 'brand' },
        createdAt: '2026-10-01T09:30:00.000Z',
        text: 'Réponse "officielle"',
        root: 'q2',
        metrics: { likes: 3, replies: 0, reposts: 0 },
        kind: 'post',
      },
    ]);
  });

  it('counts physical lines across quoted line breaks when reporting a bad row', async () => {
    const path = file('csv', `${HEADER}\na1,lea,2026-10-01T09:00:00Z,"trois\nlignes\nde texte",,1,0,\na2,lea,hier,x,,0,0,\n`);
    const { problems } = await readExport(path, { platform: 'x', account: 'brand' });
    expect(where(problems)).toEqual([[5, 'createdAt']]);
  });

  it('throws naming file and line for an unterminated quote, a missing or duplicated header column, and an empty file', async () => {
    const unterminated = file('csv', `${HEADER}\na1,lea,2026-10-01T09:00:00Z,ok,,0,0,\na2,lea,2026-10-01T09:00:00Z,"never closed,,0,0,\n`);
    expect(await failure(readExport(unterminated, { platform: 'x', account: 'b' }))).toBe(
      `${unterminated}:3: invalid CSV: unterminated quoted field`,
    );
    const noText = file('csv', 'id,author,createdAt\na1,lea,2026-10-01T09:00:00Z\n');
    expect(await failure(readExport(noText, { platform: 'x', account: 'b' }))).toBe(
      `${noText}:1: missing header column(s) text: expected a header line ${HEADER}`,
    );
    // A first line naming no known column is no export brand-audit reads: the message lists the formats.
    const noHeader = file('csv', 'a1,lea,2026-10-01T09:00:00Z,hello,,0,0,\n');
    expect(await failure(readExport(noHeader, { platform: 'x', account: 'b' }))).toMatch(/:1: unknown export format: expected an X archive \(tweets\.js\), saved Graph API/);
    const twice = file('csv', `${HEADER},ID\n`);
    expect(await failure(readExport(twice, { platform: 'x', account: 'b' }))).toBe(`${twice}:1: column "id" appears twice in the header`);
    const empty = file('csv', '\uFEFF');
    expect(await failure(readExport(empty, { platform: 'x', account: 'b' }))).toMatch(/:1: empty file/);
    const badPlatform = file('csv', `${HEADER}\n`);
    expect(await failure(readExport(badPlatform, { platform: 'myspace', account: 'b' }))).toMatch(/:1: platform "myspace" is not one of facebook, x, /);
  });

  it('parseCsv: separators and quotes inside quotes, empty fields, lone CR, a trailing comma and a missing final newline', () => {
    expect(parseCsv('a,"b,c","d""e",\r"x\ny",,z')).toEqual([
      { line: 1, endLine: 1, fields: ['a', 'b,c', 'd"e', ''] },
      { line: 2, endLine: 3, fields: ['x\ny', '', 'z'] },
    ]);
    // A quote inside an unquoted field is literal; text after a closing quote marks the record (its fields are
    // unreliable: the reader rejects it).
    expect(parseCsv('5" pot,"ok"tail,x\n')).toEqual([{ line: 1, endLine: 1, fields: ['5" pot', '"ok"tail', 'x'], badQuote: 2 }]);
    expect(parseCsv('\n\n"a"\n')).toEqual([{ line: 3, endLine: 3, fields: ['a'] }]);
  });

  it('parseCsv: a field that really starts and ends with quotes is not mistaken for broken quoting', () => {
    expect(parseCsv('"""ok"" tail",x\r\n"a""b",""\r\n')).toEqual([
      { line: 1, endLine: 1, fields: ['"ok" tail', 'x'] },
      { line: 2, endLine: 2, fields: ['a"b', ''] },
    ]);
    expect(parseCsv('"ok" ,x\n"a"b\n')).toEqual([
      { line: 1, endLine: 1, fields: ['"ok" ', 'x'], badQuote: 1 },
      { line: 2, endLine: 2, fields: ['"a"b'], badQuote: 1 },
    ]);
  });

  it('parseCsv: physical lines across CRLF, LF and CR inside and between records, and after blank lines', () => {
    const records = parseCsv('h\r\n"a\r\nb\nc\rd"\r\n\r\n\ne\r"f\ng"');
    expect(records.map((r) => [r.line, r.endLine])).toEqual([
      [1, 1],
      [2, 5],
      [8, 8],
      [9, 10],
    ]);
  });
});

describe('JSON format', () => {
  const post = { id: 'p1', author: 'fan', createdAt: '2026-10-01T09:00:00Z', text: 'Hello' };

  it('accepts the platform and account from the caller, the twitter alias, and an account URL', async () => {
    const path = file('json', JSON.stringify({ posts: [post] }));
    const { conversations: [conv] } = await readExport(path, { platform: 'Twitter', account: '@Brand' });
    expect([conv.platform, conv.handle, conv.url]).toEqual(['x', 'brand', 'https://x.com/brand']);
    const mastodon = file('json', JSON.stringify({ platform: 'mastodon', account: { handle: '@brand@social.example' }, posts: [] }));
    expect((await readExport(mastodon)).conversations[0].url).toBe('https://social.example/@brand');
  });

  it('throws naming file and line for invalid JSON and unusable top-level fields', async () => {
    const trailing = file('json', '{\n  "platform": "facebook",\n  "posts": [\n    1,\n  ]\n}\n');
    expect(await failure(readExport(trailing, { account: 'b' }))).toBe(`${trailing}:5: invalid JSON: unexpected "]"`);
    const cases: [string, string, RegExp][] = [
      ['[]', 'x', /:1: unknown export format/],
      ['{\n"platform": "myspace", "account": {"handle": "b"}, "posts": []}', '', /:2: platform "myspace" is not one of/],
      ['{"platform": "facebook", "account": {"handle": "b"}, "posts": []}', 'instagram', /:1: the file says platform "facebook" but "instagram" was asked for/],
      ['{"platform": "facebook",\n\n"account": {"name": "B"}, "posts": []}', '', /:3: no account/],
      ['{"platform": "facebook", "account": {"handle": "b"},\n"posts": {}}', '', /:2: "posts" must be an array/],
      ['{"platform": "facebook", "account": {"handle": "b", "url": "ftp://x"}, "posts": []}', '', /"account.url" must be an http\(s\) URL/],
      ['{"platform": 3, "posts": []}', '', /"platform" must be a string/],
    ];
    for (const [text, platform, expected] of cases) {
      expect(await failure(readExport(file('json', text), platform ? { platform } : {}))).toMatch(expected);
    }
    const mismatch = file('json', JSON.stringify({ platform: 'x', account: { handle: 'a' }, posts: [] }));
    expect(await failure(readExport(mismatch, { account: 'b' }))).toMatch(/the file says account "a" but "b" was asked for/);
  });

  it('throws for an unreadable file and for content that is no export format, whatever its name', async () => {
    expect(await failure(readExport(join(tmp, 'missing.json')))).toMatch(/missing\.json:1: cannot read the export: ENOENT/);
    expect(await failure(readExport(file('txt', '{}')))).toMatch(/:1: unknown export format/);
  });

  it('applies the window when given: posts inside counted, their threads kept around them, the others said', async () => {
    const posts = [
      { ...post, id: 'old', author: 'brand', createdAt: '2026-08-01T09:00:00Z' },
      { ...post, id: 'old-reply', replyTo: 'old', createdAt: '2026-10-10T09:00:00Z' },
      { ...post, id: 'stale', createdAt: '2026-08-02T09:00:00Z' },
      { ...post, id: 'new', createdAt: '2026-10-20T09:00:00Z' },
      { ...post, id: 'answer', author: 'brand', replyTo: 'new', createdAt: '2026-12-20T09:00:00Z' },
      { ...post, id: 'future', createdAt: '2026-12-21T09:00:00Z' },
    ];
    const path = file('json', JSON.stringify({ platform: 'facebook', account: { handle: 'brand' }, posts }));
    const window = { from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z'), days: 31 };
    const { conversations: [conv] } = await readExport(path, { window: { window, anchor: false } });
    // The post a reply inside answers is kept (who it answers), and so is the answer after the window's end.
    expect(conv.posts.map((p) => p.id)).toEqual(['old', 'old-reply', 'new', 'answer']);
    expect(conv.window).toEqual({ from: '2026-10-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z', days: 31 });
    expect(conv.dataUntil).toBe('2026-12-21T09:00:00.000Z');
    expect(conv.notes).toEqual([
      { code: 'export.read', data: { file: path.split('/').pop(), count: 6 } },
      { code: 'export.outside-window', data: { count: 4, from: '2026-10-01', to: '2026-11-01' } },
    ]);
  });

  it('moves the default window onto an export all older than it, and says so', async () => {
    const posts = [
      { ...post, id: 'a', createdAt: '2017-11-20T09:00:00Z' },
      { ...post, id: 'b', createdAt: '2017-12-31T09:00:00Z' },
      { ...post, id: 'c', createdAt: '2017-10-01T09:00:00Z' },
    ];
    const path = file('json', JSON.stringify({ platform: 'x', account: { handle: 'brand' }, posts }));
    const window = { from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-10-31T00:00:00Z'), days: 30 };
    const { conversations: [conv] } = await readExport(path, { window: { window, anchor: true } });
    expect(conv.window).toEqual({ from: '2017-12-01T09:00:00.000Z', to: '2017-12-31T09:00:00.000Z', days: 30 });
    expect(conv.posts.map((p) => p.id)).toEqual(['b']);
    expect(conv.notes?.slice(1)).toEqual([
      { code: 'export.window-anchored', data: { from: '2017-12-01', to: '2017-12-31', days: 30 } },
      { code: 'export.outside-window', data: { count: 2, from: '2017-12-01', to: '2017-12-31' } },
    ]);
    // A window asked for (--window, --since, --until) stays where it is: nothing read, said plainly.
    const { conversations: [fixed] } = await readExport(path, { window: { window, anchor: false } });
    expect([fixed.posts.length, fixed.notes?.[1]]).toEqual([0, { code: 'export.outside-window', data: { count: 3, from: '2026-10-01', to: '2026-10-31' } }]);
  });

  it('parseJsonWithLines: same values as JSON.parse, line of each array item and key, __proto__ kept as data', () => {
    const text = '{\n "a": [1, -2.5e3,\n  "x\\u00e9\\n\\"", true, null, {"b": false}],\n "__proto__": {"polluted": 1}\n}';
    const { value, lines } = parseJsonWithLines(text);
    expect(value).toEqual(JSON.parse(text));
    const obj = value as { a: unknown[] };
    expect(lines.items.get(obj.a)).toEqual([2, 2, 3, 3, 3, 3]);
    expect(lines.itemEnds.get(obj.a)).toEqual([2, 2, 3, 3, 3, 3]);
    const multi = parseJsonWithLines('[\r\n {\r\n  "a": 1\r\n },\r 2\n]');
    expect([multi.lines.items.get(multi.value as unknown[]), multi.lines.itemEnds.get(multi.value as unknown[])]).toEqual([
      [2, 5],
      [4, 5],
    ]);
    expect(lines.keys.get(obj)?.get('__proto__')).toBe(4);
    expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    for (const bad of ['{"a":}', '{"a":1', '"tab\there"', '[01]', '{"a":1} x', "{'a':1}", '"\\x"']) {
      expect(() => parseJsonWithLines(bad), bad).toThrow();
    }
    expect(() => parseJsonWithLines('['.repeat(100) + ']'.repeat(100))).toThrow(/nesting deeper than 64/);
  });
});

describe('parseIsoDateTime', () => {
  it.each([
    ['2026-10-01T09:00:00Z', '2026-10-01T09:00:00.000Z'],
    ['2026-10-01T09:00Z', '2026-10-01T09:00:00.000Z'],
    ['2026-10-01T11:00:00.25+02:00', '2026-10-01T09:00:00.250Z'],
    ['2026-10-01T04:00:00-0500', '2026-10-01T09:00:00.000Z'],
    ['2026-10-01 09:00:00+00', '2026-10-01T09:00:00.000Z'],
    ['2024-02-29T00:00:00Z', '2024-02-29T00:00:00.000Z'],
  ])('%s → %s', (input, expected) => expect(parseIsoDateTime(input)).toBe(expected));

  it.each(['2026-10-01T09:00:00', '2026-10-01', '2026-02-29T00:00:00Z', '2026-13-01T00:00:00Z', '2026-10-01T24:00:00Z', '01/10/2026 09:00 Z', '2026-10-01T09:00:00+25:00'])(
    'rejects %s',
    (input) => expect(parseIsoDateTime(input)).toBeUndefined(),
  );
});
