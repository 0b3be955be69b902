// Reads a social export a consultant supplies (JSON or CSV, format in docs/exports.md) into a Conversation, for
// platforms whose data needs an account (Facebook, Instagram, X, LinkedIn, TikTok). Rows are validated strictly:
// each bad row is reported with file, line and field, and the others are kept.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { PLATFORMS, type Conversation, type Platform, type Post } from '../../snapshot/types.js';
import { dedupePosts, isNotAfterWindow, joinMessages, plainText, windowPosition, windowRecord, type AuditWindow } from './common.js';
import { CsvSyntaxError, parseCsv } from './export-csv.js';

/** One rejected or corrected row: where it is and which field is wrong. */
export interface ExportProblem {
  file: string;
  /** CSV: the physical line the record starts on; JSON: the line of the post object (or of the key at fault). */
  line: number;
  field: string;
  message: string;
}

export interface ReadExportOptions {
  /** Platform of the export; required for a CSV without a `platform` column; must agree with the file when both say. */
  platform?: string;
  /** The brand's account handle on that platform; required for a CSV without an `account` column. */
  account?: string;
  /**
   * The audit window. When given, a thread is kept when one of its posts falls inside it (posts after `to` are
   * dropped) and the Conversation records it; otherwise the Conversation's window spans the posts of the file.
   */
  window?: AuditWindow;
}

export interface ExportResult {
  conversation: Conversation;
  problems: ExportProblem[];
}

/** The columns of the CSV format (and the fields of a JSON post), in documented order. */
export const EXPORT_COLUMNS = ['id', 'author', 'createdAt', 'text', 'replyTo', 'likes', 'reposts', 'url'] as const;
const REQUIRED_COLUMNS = ['id', 'author', 'createdAt', 'text'];
const CONTEXT_COLUMNS = ['platform', 'account'];

// Consultants write "twitter"; the tool calls it x (twitter.com and x.com are both x).
const PLATFORM_ALIASES: Record<string, Platform> = { twitter: 'x' };

/** Where a platform's public profile lives, for the Conversation's url when the export does not give one. */
const PROFILE_URL: Record<Platform, (handle: string) => string> = {
  facebook: (h) => `https://www.facebook.com/${h}`,
  x: (h) => `https://x.com/${h}`,
  instagram: (h) => `https://www.instagram.com/${h}`,
  youtube: (h) => `https://www.youtube.com/@${h}`,
  linkedin: (h) => `https://www.linkedin.com/company/${h}`,
  tiktok: (h) => `https://www.tiktok.com/@${h}`,
  pinterest: (h) => `https://www.pinterest.com/${h}`,
  threads: (h) => `https://www.threads.net/@${h}`,
  bluesky: (h) => `https://bsky.app/profile/${h}`,
  mastodon: (h) => {
    const [name, server] = h.split('@');
    return server ? `https://${server}/@${name}` : '';
  },
  snapchat: (h) => `https://www.snapchat.com/add/${h}`,
  whatsapp: (h) => `https://wa.me/${h}`,
  telegram: (h) => `https://t.me/${h}`,
  xing: (h) => `https://www.xing.com/pages/${h}`,
};

/** An error that stops the whole file (the integrator maps it to exit code 2); its message names file and line. */
function fatal(file: string, line: number, message: string): Error {
  return new Error(`${file}:${line}: ${message}`);
}

/** Lower-cased handle without a leading @ (how handles are compared and stored). */
function normHandle(handle: string): string {
  return handle.trim().replace(/^@/, '').toLowerCase();
}

function normPlatform(value: string): Platform | undefined {
  const v = value.trim().toLowerCase();
  const p = PLATFORM_ALIASES[v] ?? v;
  return (PLATFORMS as readonly string[]).includes(p) ? (p as Platform) : undefined;
}

// ISO 8601 date-time with an explicit offset: 2026-10-01T09:00:00Z, …T09:00+02:00, …T09:00:00.123+0200.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)$/i;

/**
 * The UTC ISO string of an ISO 8601 date-time with a timezone, or undefined. Every component is range-checked
 * (Date.parse would roll 30 February over into March).
 */
export function parseIsoDateTime(value: string): string | undefined {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number);
  const s = m[6] ? Number(m[6]) : 0;
  const ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth || h > 23 || mi > 59 || s > 59) return undefined;
  let offsetMin = 0;
  if (m[8].toUpperCase() !== 'Z') {
    const sign = m[8][0] === '-' ? -1 : 1;
    const digits = m[8].slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = digits.length > 2 ? Number(digits.slice(2)) : 0;
    if (oh > 18 || om > 59) return undefined;
    offsetMin = sign * (oh * 60 + om);
  }
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms) - offsetMin * 60_000).toISOString();
}

// ---------------------------------------------------------------------------------------------------------------
// JSON with line numbers: JSON.parse gives no positions (and Node 20's messages often give none either), so a small
// recursive-descent parser records the line of each array item and object key as it goes.

class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

interface JsonLines {
  /** For each array: the line each item starts on. */
  items: WeakMap<unknown[], number[]>;
  /** For each object: the line each key is on. */
  keys: WeakMap<object, Map<string, number>>;
}

// Deeper nesting than any export needs; the limit keeps a hostile file from overflowing the stack.
const MAX_JSON_DEPTH = 64;
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Parses JSON text like JSON.parse, also returning the line of every array item and object key. */
export function parseJsonWithLines(text: string): { value: unknown; lines: JsonLines } {
  const lines: JsonLines = { items: new WeakMap(), keys: new WeakMap() };
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const fail = (message: string): never => {
    throw new JsonSyntaxError(line, message);
  };
  const ws = (): void => {
    for (; pos < text.length; pos++) {
      const c = text[pos];
      if (c === '\n') line++;
      else if (c !== ' ' && c !== '\t' && c !== '\r') return;
    }
  };
  const describe = (): string => (pos >= text.length ? 'end of input' : `"${text[pos]}"`);
  const str = (): string => {
    pos++; // opening quote
    let out = '';
    for (;;) {
      if (pos >= text.length) fail('unterminated string');
      const c = text[pos];
      const code = c.charCodeAt(0);
      if (c === '"') {
        pos++;
        return out;
      }
      if (code < 0x20) fail('control character in string (line breaks must be written \\n)');
      if (c !== '\\') {
        out += c;
        pos++;
        continue;
      }
      const e = text[pos + 1];
      if (e === 'u') {
        const hex = text.slice(pos + 2, pos + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('bad \\u escape in string');
        out += String.fromCharCode(parseInt(hex, 16));
        pos += 6;
      } else if (e !== undefined && e in ESCAPES) {
        out += ESCAPES[e];
        pos += 2;
      } else {
        fail(`bad escape "\\${e ?? ''}" in string`);
      }
    }
  };
  const value = (depth: number): unknown => {
    if (depth > MAX_JSON_DEPTH) fail(`nesting deeper than ${MAX_JSON_DEPTH} levels`);
    ws();
    const c = text[pos];
    if (c === '{') {
      pos++;
      const obj: Record<string, unknown> = {};
      const keyLines = new Map<string, number>();
      lines.keys.set(obj, keyLines);
      ws();
      if (text[pos] === '}') {
        pos++;
        return obj;
      }
      for (;;) {
        ws();
        if (text[pos] !== '"') fail(`expected a property name in double quotes, found ${describe()}`);
        const keyLine = line;
        const key = str();
        ws();
        if (text[pos] !== ':') fail(`expected ":" after property name "${key}", found ${describe()}`);
        pos++;
        const v = value(depth + 1);
        // defineProperty: a "__proto__" key stays an ordinary property, as with JSON.parse.
        Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
        keyLines.set(key, keyLine);
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === '}') {
          pos++;
          return obj;
        }
        fail(`expected "," or "}" after property "${key}", found ${describe()}`);
      }
    }
    if (c === '[') {
      pos++;
      const arr: unknown[] = [];
      const itemLines: number[] = [];
      lines.items.set(arr, itemLines);
      ws();
      if (text[pos] === ']') {
        pos++;
        return arr;
      }
      for (;;) {
        ws();
        itemLines.push(line);
        arr.push(value(depth + 1));
        ws();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === ']') {
          pos++;
          return arr;
        }
        fail(`expected "," or "]" after an array item, found ${describe()}`);
      }
    }
    if (c === '"') return str();
    const num = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(pos, pos + 400));
    if (num) {
      pos += num[0].length;
      return Number(num[0]);
    }
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return v;
      }
    }
    return fail(`unexpected ${describe()}`);
  };
  const result = value(0);
  ws();
  if (pos < text.length) fail(`unexpected ${describe()} after the end of the JSON value`);
  return { value: result, lines };
}

// ---------------------------------------------------------------------------------------------------------------
// Rows

/** One post as read from the file, before validation: JSON values keep their types, CSV values are strings. */
interface RawRow {
  line: number;
  values: Record<string, unknown>;
  csv: boolean;
}

/** A row that passed validation. */
interface GoodRow {
  line: number;
  id: string;
  author: string;
  createdAt: string;
  text: string;
  replyTo?: string;
  likes: number;
  reposts: number;
  url?: string;
}

const isBlank = (v: unknown): boolean => v === undefined || v === null || v === '';

/** A count field: empty → 0, else a non-negative safe integer (JSON: a number; CSV: digits). */
function countField(v: unknown, csv: boolean): number | string {
  if (isBlank(v)) return 0;
  if (csv && typeof v === 'string') {
    const t = v.trim();
    if (t === '') return 0;
    return /^\d+$/.test(t) && Number.isSafeInteger(Number(t)) ? Number(t) : `must be a non-negative integer, got "${t}"`;
  }
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
  return `must be a non-negative integer, got ${JSON.stringify(v)}`;
}

/** Validates one row; returns the row, or the problems that reject it (replyTo problems never reject). */
function validateRow(raw: RawRow, file: string, problems: ExportProblem[]): GoodRow | undefined {
  const before = problems.length;
  const problem = (field: string, message: string): void => {
    problems.push({ file, line: raw.line, field, message });
  };
  const v = raw.values;
  const str = (field: string): string | undefined => {
    const value = v[field];
    if (typeof value === 'string' && value.trim() !== '') return value.trim();
    problem(field, value === undefined ? 'missing' : `must be a non-empty string, got ${JSON.stringify(value)}`);
    return undefined;
  };
  const id = str('id');
  const author = str('author');
  let createdAt: string | undefined;
  if (typeof v.createdAt === 'string' && v.createdAt.trim() !== '') {
    createdAt = parseIsoDateTime(v.createdAt);
    if (!createdAt) problem('createdAt', `must be an ISO 8601 date-time with a timezone (2026-10-01T09:00:00Z), got "${v.createdAt}"`);
  } else {
    str('createdAt');
  }
  if (typeof v.text !== 'string') problem('text', v.text === undefined ? 'missing' : `must be a string, got ${JSON.stringify(v.text)}`);
  const likes = countField(v.likes, raw.csv);
  if (typeof likes === 'string') problem('likes', likes);
  const reposts = countField(v.reposts, raw.csv);
  if (typeof reposts === 'string') problem('reposts', reposts);
  let url: string | undefined;
  if (!isBlank(v.url)) {
    const u = typeof v.url === 'string' ? v.url.trim() : '';
    let ok = false;
    try {
      ok = u !== '' && ['http:', 'https:'].includes(new URL(u).protocol);
    } catch {
      ok = false;
    }
    if (ok) url = u;
    else problem('url', `must be an http(s) URL or empty, got ${JSON.stringify(v.url)}`);
  }
  if (problems.length > before || !id || !author || !createdAt || typeof v.text !== 'string') return undefined;
  const row: GoodRow = { line: raw.line, id, author, createdAt, text: v.text, likes: likes as number, reposts: reposts as number };
  if (url) row.url = url;
  if (typeof v.replyTo === 'string' && v.replyTo.trim() !== '') row.replyTo = v.replyTo.trim();
  else if (!isBlank(v.replyTo)) problem('replyTo', `must be a post id or empty, got ${JSON.stringify(v.replyTo)}; kept as a thread start`);
  return row;
}

/** Drops duplicate ids, checks replyTo targets and breaks reply cycles; returns the kept rows. */
function linkRows(rows: GoodRow[], rejectedIds: Set<string>, file: string, problems: ExportProblem[]): GoodRow[] {
  const byId = new Map<string, GoodRow>();
  for (const row of rows) {
    const first = byId.get(row.id);
    if (first) problems.push({ file, line: row.line, field: 'id', message: `duplicate id "${row.id}" (first on line ${first.line}); row rejected` });
    else byId.set(row.id, row);
  }
  const kept = [...byId.values()];
  for (const row of kept) {
    if (row.replyTo === undefined || byId.has(row.replyTo)) continue;
    const why = rejectedIds.has(row.replyTo) ? 'names a rejected row' : 'names no post of the file';
    problems.push({ file, line: row.line, field: 'replyTo', message: `"${row.replyTo}" ${why}; kept as a thread start` });
    delete row.replyTo;
  }
  // A reply chain that loops (a → b → a, or a post replying to itself) has no first post: cut it where found.
  for (const row of kept) {
    const seen = new Set<string>([row.id]);
    for (let at = row.replyTo; at !== undefined; at = byId.get(at)?.replyTo) {
      if (seen.has(at)) {
        problems.push({ file, line: row.line, field: 'replyTo', message: `"${row.replyTo}" closes a reply cycle; kept as a thread start` });
        delete row.replyTo;
        break;
      }
      seen.add(at);
    }
  }
  return kept;
}

/** The id of the thread's first post, following replyTo (cycles were cut by linkRows). */
function rootOf(row: GoodRow, byId: Map<string, GoodRow>): string {
  let at = row;
  for (let next = at.replyTo && byId.get(at.replyTo); next; next = at.replyTo && byId.get(at.replyTo)) at = next;
  return at.id;
}

/** Keeps the threads with a post inside the window, without posts after its end. */
function applyWindow(posts: Post[], window: AuditWindow): Post[] {
  const live = new Set(posts.filter((p) => windowPosition(p.createdAt, window) === 'inside').map((p) => p.root));
  return posts.filter((p) => live.has(p.root) && isNotAfterWindow(p.createdAt, window));
}

function spanWindow(posts: Post[], fallback: Date): Conversation['window'] {
  const times = posts.map((p) => Date.parse(p.createdAt));
  const from = times.length ? Math.min(...times) : fallback.getTime();
  const to = times.length ? Math.max(...times) : fallback.getTime();
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString(), days: Math.ceil((to - from) / 86_400_000) };
}

interface ExportHeader {
  platform: Platform;
  handle: string;
  url: string;
}

async function buildResult(
  header: ExportHeader,
  raws: RawRow[],
  file: string,
  problems: ExportProblem[],
  opts: ReadExportOptions,
): Promise<ExportResult> {
  const good: GoodRow[] = [];
  const rejectedIds = new Set<string>();
  for (const raw of raws) {
    const row = validateRow(raw, file, problems);
    if (row) good.push(row);
    else if (typeof raw.values.id === 'string' && raw.values.id.trim() !== '') rejectedIds.add(raw.values.id.trim());
  }
  const rows = linkRows(good, rejectedIds, file, problems);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const replies = new Map<string, number>();
  for (const r of rows) if (r.replyTo) replies.set(r.replyTo, (replies.get(r.replyTo) ?? 0) + 1);
  let posts: Post[] = rows.map((r) => {
    const handle = r.author.replace(/^@/, '');
    const post: Post = {
      id: r.id,
      platform: header.platform,
      author: { id: normHandle(r.author), handle, role: normHandle(r.author) === header.handle ? 'brand' : 'fan' },
      createdAt: r.createdAt,
      text: plainText(r.text),
      root: rootOf(r, byId),
      metrics: { likes: r.likes, replies: replies.get(r.id) ?? 0, reposts: r.reposts },
      kind: 'post',
    };
    if (r.url) post.url = r.url;
    if (r.replyTo) post.replyTo = r.replyTo;
    return post;
  });
  const read = posts.length;
  if (opts.window) posts = applyWindow(posts, opts.window);
  problems.sort((a, b) => a.line - b.line);
  const rejected = new Set(problems.filter((p) => !p.message.endsWith('kept as a thread start')).map((p) => p.line)).size;
  const first = problems[0];
  const conv: Conversation = {
    platform: header.platform,
    handle: header.handle,
    url: header.url,
    source: 'export',
    status: problems.length > 0 ? 'partial' : 'ok',
    window: opts.window ? windowRecord(opts.window) : spanWindow(posts, (await stat(file)).mtime),
    posts: dedupePosts(posts),
  };
  const message = joinMessages(
    `export ${basename(file)}: ${read} post(s) read`,
    opts.window && read !== posts.length && `${read - posts.length} outside the ${opts.window.days}-day window`,
    rejected > 0 && `${rejected} row(s) rejected`,
    first && `${problems.length} problem(s), first on line ${first.line} (${first.field}: ${first.message})`,
  );
  if (message) conv.message = message;
  return { conversation: conv, problems };
}

/** Picks the platform from the file and the options; they must agree when both say. */
function resolvePlatform(fromFile: string | undefined, fromOpts: string | undefined, file: string, line: number): Platform {
  const given = [fromFile, fromOpts].filter((p): p is string => p !== undefined && p.trim() !== '');
  if (given.length === 0) throw fatal(file, line, 'no platform: the export must name one (or the caller must pass it)');
  const platforms = given.map((p) => {
    const platform = normPlatform(p);
    if (!platform) throw fatal(file, line, `platform "${p}" is not one of ${PLATFORMS.join(', ')}`);
    return platform;
  });
  if (platforms.length === 2 && platforms[0] !== platforms[1]) {
    throw fatal(file, line, `the file says platform "${platforms[0]}" but "${platforms[1]}" was asked for`);
  }
  return platforms[0];
}

function resolveHandle(fromFile: string | undefined, fromOpts: string | undefined, file: string, line: number): string {
  const given = [fromFile, fromOpts].filter((h): h is string => h !== undefined && normHandle(h) !== '').map(normHandle);
  if (given.length === 0) throw fatal(file, line, "no account: the export must give the brand's handle (or the caller must pass it)");
  if (given.length === 2 && given[0] !== given[1]) {
    throw fatal(file, line, `the file says account "${given[0]}" but "${given[1]}" was asked for`);
  }
  return given[0];
}

// ---------------------------------------------------------------------------------------------------------------
// Formats

async function readJsonExport(file: string, text: string, opts: ReadExportOptions): Promise<ExportResult> {
  let parsed: ReturnType<typeof parseJsonWithLines>;
  try {
    parsed = parseJsonWithLines(text);
  } catch (err) {
    if (err instanceof JsonSyntaxError) throw fatal(file, err.line, `invalid JSON: ${err.message}`);
    throw err;
  }
  const { value, lines } = parsed;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw fatal(file, 1, 'expected a JSON object { "platform", "account", "posts" }');
  }
  const top = value as Record<string, unknown>;
  const keyLine = (obj: object, key: string): number => lines.keys.get(obj)?.get(key) ?? 1;
  if (top.platform !== undefined && typeof top.platform !== 'string') throw fatal(file, keyLine(top, 'platform'), '"platform" must be a string');
  const platform = resolvePlatform(top.platform as string | undefined, opts.platform, file, keyLine(top, 'platform'));
  const account = top.account;
  if (account !== undefined && (typeof account !== 'object' || account === null || Array.isArray(account))) {
    throw fatal(file, keyLine(top, 'account'), '"account" must be an object { "handle", "name" }');
  }
  const acc = (account ?? {}) as Record<string, unknown>;
  if (acc.handle !== undefined && typeof acc.handle !== 'string') throw fatal(file, keyLine(acc, 'handle'), '"account.handle" must be a string');
  const handleLine = lines.keys.get(acc)?.get('handle') ?? keyLine(top, 'account');
  const handle = resolveHandle(acc.handle as string | undefined, opts.account, file, handleLine);
  let url = PROFILE_URL[platform](handle);
  if (acc.url !== undefined) {
    const u = typeof acc.url === 'string' && /^https?:\/\//i.test(acc.url.trim()) ? acc.url.trim() : undefined;
    if (!u) throw fatal(file, keyLine(acc, 'url'), '"account.url" must be an http(s) URL');
    url = u;
  }
  if (!Array.isArray(top.posts)) throw fatal(file, keyLine(top, 'posts'), '"posts" must be an array');
  const itemLines = lines.items.get(top.posts) ?? [];
  const problems: ExportProblem[] = [];
  const raws: RawRow[] = [];
  top.posts.forEach((item, i) => {
    const line = itemLines[i] ?? 1;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push({ file, line, field: 'post', message: `expected an object, got ${Array.isArray(item) ? 'an array' : JSON.stringify(item)}` });
      return;
    }
    raws.push({ line, values: item as Record<string, unknown>, csv: false });
  });
  return buildResult({ platform, handle, url }, raws, file, problems, opts);
}

async function readCsvExport(file: string, text: string, opts: ReadExportOptions): Promise<ExportResult> {
  let records;
  try {
    records = parseCsv(text);
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw fatal(file, err.line, `invalid CSV: ${err.message}`);
    throw err;
  }
  const head = records[0];
  if (!head) throw fatal(file, 1, `empty file: expected a header line ${EXPORT_COLUMNS.join(',')}`);
  const columns = head.fields.map((f) => f.trim());
  const known = new Map([...EXPORT_COLUMNS, ...CONTEXT_COLUMNS].map((c) => [c.toLowerCase(), c]));
  const index = new Map<string, number>();
  columns.forEach((name, i) => {
    const canonical = known.get(name.toLowerCase());
    if (!canonical) return; // extra columns from a tool's export are ignored
    if (index.has(canonical)) throw fatal(file, head.line, `column "${canonical}" appears twice in the header`);
    index.set(canonical, i);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !index.has(c));
  if (missing.length > 0) {
    throw fatal(file, head.line, `missing header column(s) ${missing.join(', ')}: expected a header line ${EXPORT_COLUMNS.join(',')}`);
  }
  const body = records.slice(1);
  const firstValue = (column: string): string | undefined => {
    const i = index.get(column);
    return i === undefined ? undefined : body.map((r) => r.fields[i]?.trim()).find((v) => v !== undefined && v !== '');
  };
  const platform = resolvePlatform(firstValue('platform'), opts.platform, file, body[0]?.line ?? head.line);
  const handle = resolveHandle(firstValue('account'), opts.account, file, body[0]?.line ?? head.line);
  const problems: ExportProblem[] = [];
  const raws: RawRow[] = [];
  for (const record of body) {
    const problem = (field: string, message: string): void => {
      problems.push({ file, line: record.line, field, message });
    };
    if (record.malformed) {
      problem('row', `broken quoting: ${record.malformed}; row rejected`);
      continue;
    }
    if (record.fields.length !== columns.length) {
      problem('row', `expected ${columns.length} fields like the header, found ${record.fields.length}; row rejected`);
      continue;
    }
    const values: Record<string, unknown> = {};
    for (const [name, i] of index) values[name] = record.fields[i];
    // Per-row platform/account columns must agree with the export's (a file mixing accounts is not one account).
    const rowPlatform = typeof values.platform === 'string' && values.platform.trim() !== '' ? values.platform : undefined;
    if (rowPlatform !== undefined && normPlatform(rowPlatform) !== platform) {
      problem('platform', `"${rowPlatform}" differs from the export's platform "${platform}"; row rejected`);
      continue;
    }
    const rowAccount = typeof values.account === 'string' && values.account.trim() !== '' ? values.account : undefined;
    if (rowAccount !== undefined && normHandle(rowAccount) !== handle) {
      problem('account', `"${rowAccount}" differs from the export's account "${handle}"; row rejected`);
      continue;
    }
    raws.push({ line: record.line, values, csv: true });
  }
  return buildResult({ platform, handle, url: PROFILE_URL[platform](handle) }, raws, file, problems, opts);
}

/**
 * Reads a JSON or CSV export (chosen by the file's extension) into a Conversation with source 'export'. Bad rows are
 * left out and listed in `problems` with file, line and field; the Conversation is then 'partial' with a summary.
 * Throws an Error whose message starts with `file:line:` when the file cannot be used at all (unreadable, invalid
 * JSON or CSV syntax, missing header, missing or unknown platform or account).
 */
export async function readExport(file: string, opts: ReadExportOptions = {}): Promise<ExportResult> {
  const ext = extname(file).toLowerCase();
  if (ext !== '.json' && ext !== '.csv') throw fatal(file, 1, 'unknown export format: the file name must end in .json or .csv');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw fatal(file, 1, `cannot read the export: ${(err as Error).message}`);
  }
  return ext === '.json' ? readJsonExport(file, text, opts) : readCsvExport(file, text, opts);
}
