// The research CSV of brand care accounts on X (the "Customer Support on Twitter" dataset's columns:
// tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id). One file holds the
// conversations of several brands: each brand (an author of outbound posts) becomes an account of its own, with the
// threads it took part in or was tagged in. Read as a stream, like this project's CSV format: a file of millions of
// rows keeps a few dozen bytes per row (research-table.ts), and each brand's newest MAX_EXPORT_POSTS become posts.
import { basename } from 'node:path';
import { stat } from 'node:fs/promises';
import type { Conversation, Note, Platform } from '../../../snapshot/types.js';
import { note } from '../../codes.js';
import { dedupePosts, plainText } from '../common.js';
import { withRoots, type RootlessPost } from '../thread-roots.js';
import { parseXDate } from '../x/dates.js';
import { normHandle, profileUrl, resolvePlatform } from './account.js';
import { MAX_EXPORT_POSTS, problemNotes, sortedProblems, spanWindow, type ExportRead } from './conversation.js';
import type { CsvDelimiter, CsvRecord } from './csv-records.js';
import type { StreamedRecord } from './csv-stream.js';
import { csvReadings, rowsAtLines } from './csv-readings.js';
import { parseIsoDateTime } from './dates.js';
import { exportError } from './errors.js';
import type { ReadExportOptions } from './options.js';
import { ProblemList, shown } from './problems.js';
import { ResearchTable } from './research-table.js';

/** The dataset's columns, in its order. */
export const RESEARCH_COLUMNS = ['tweet_id', 'author_id', 'inbound', 'created_at', 'text', 'response_tweet_id', 'in_response_to_tweet_id'] as const;
const REQUIRED = ['tweet_id', 'author_id', 'inbound', 'created_at', 'text'];

/** True when a CSV header names the research format's key columns (tweet_id, author_id, inbound). */
export function isResearchHeader(fields: readonly string[]): boolean {
  const names = new Set(fields.map((f) => f.trim().toLowerCase()));
  return ['tweet_id', 'author_id', 'inbound'].every((c) => names.has(c));
}

/** A row's fields checked, with its text; undefined (with problems) when one is bad. */
interface Row {
  line: number;
  id: string;
  author: string;
  inbound: boolean;
  createdAt: string;
  text: string;
  replyTo?: string;
  responses: string[];
}

// Ids as the dataset writes them: digits, which pandas may have turned into floats ("3.0") in the reply column.
const ID = /^(\d+)(?:\.0+)?$/;

function idOf(value: string | undefined): string | undefined {
  const m = ID.exec((value ?? '').trim());
  return m ? m[1] : undefined;
}

/** The row's fields checked; undefined (with problems) when one is bad. */
function readRow(record: CsvRecord, index: Map<string, number>, problems: ProblemList): Row | undefined {
  const get = (c: string): string => record.fields[index.get(c) ?? -1]?.trim() ?? '';
  const before = problems.length;
  const id = idOf(get('tweet_id'));
  if (!id) problems.add('export.required', record.line, 'tweet_id', { value: shown(get('tweet_id')) });
  const author = get('author_id');
  if (!author) problems.add('export.required', record.line, 'author_id', { value: shown(author) });
  const flag = get('inbound').toLowerCase();
  if (!['true', 'false', '1', '0'].includes(flag)) problems.add('export.bad-flag', record.line, 'inbound', { value: shown(get('inbound')) });
  const createdAt = parseXDate(get('created_at')) ?? parseIsoDateTime(get('created_at'));
  if (!createdAt) problems.add('export.bad-x-date', record.line, 'created_at', { value: shown(get('created_at')) });
  if (problems.length > before || !id || !createdAt) return undefined;
  const row: Row = { line: record.line, id, author, inbound: flag === 'true' || flag === '1', createdAt, text: record.fields[index.get('text')!] ?? '', responses: [] };
  const parent = get('in_response_to_tweet_id');
  if (parent !== '') {
    const replyTo = idOf(parent);
    if (replyTo && replyTo !== id) row.replyTo = replyTo;
    else problems.add('export.reply-not-text', record.line, 'in_response_to_tweet_id', { value: shown(parent) });
  }
  const responses = get('response_tweet_id');
  if (responses !== '') row.responses = responses.split(',').map((r) => idOf(r)).filter((r): r is string => r !== undefined);
  return row;
}

/** Union-find over row numbers: the thread (connected by replies) of each row, as a row number. */
function threads(table: ResearchTable): Int32Array {
  const up = new Int32Array(table.count);
  for (let i = 0; i < up.length; i++) up[i] = i;
  const find = (at: number): number => {
    let root = at;
    while (up[root] !== root) root = up[root];
    while (up[at] !== root) {
      const next = up[at];
      up[at] = root;
      at = next;
    }
    return root;
  };
  for (let i = 0; i < up.length; i++) {
    const parent = table.parent(i);
    if (parent >= 0) up[find(i)] = find(parent);
  }
  for (let i = 0; i < up.length; i++) up[i] = find(i);
  return up;
}

/** The brands each thread belongs to: the first in a typed array, the others (rare) in sets. */
class ThreadBrands {
  private readonly first: Int32Array;
  private readonly more = new Map<number, Set<number>>();

  constructor(size: number) {
    this.first = new Int32Array(size).fill(-1);
  }

  add(thread: number, brand: number): void {
    const f = this.first[thread];
    if (f === -1) this.first[thread] = brand;
    else if (f !== brand) {
      const set = this.more.get(thread) ?? new Set<number>();
      set.add(brand);
      this.more.set(thread, set);
    }
  }

  none(thread: number): boolean {
    return this.first[thread] === -1;
  }

  has(thread: number, brand: number): boolean {
    return this.first[thread] === brand || (this.more.get(thread)?.has(brand) ?? false);
  }
}

/** The @handles a post's text names, lower-cased. */
function mentions(text: string): string[] {
  if (!text.includes('@')) return [];
  return [...text.matchAll(/(?<![\w@])@(\w{1,15})/g)].map((m) => m[1].toLowerCase());
}

/** How the file is read: its encoding (the one its opening was decoded with), delimiter and the columns that tell it. */
export interface ResearchStreamOptions {
  encoding: string;
  delimiter?: CsvDelimiter;
  knownColumns: readonly string[];
}

/**
 * Reads the research CSV as a stream, in bounded memory whatever its number of rows: one X conversation per brand
 * (per the caller's account alone when given). A thread belongs to every brand that posted in it or that a
 * customer's post in it tags (on X a tag is how one addresses a brand); in a brand's conversation its own posts are
 * the brand's and every other post (a customer's, or another brand's) a fan's. Two readings: every row checked,
 * keeping ids, links and dates (research-table.ts), then the rows that become posts (a brand's newest
 * MAX_EXPORT_POSTS at most) built. Notes on each: `export.read` (its posts), `limits.export-posts` (when the cap cut
 * it), `export.unattributed` (posts of threads no brand took part in or was tagged in), the file's problems. Throws a
 * usage error naming file and line when the file cannot be used.
 */
export async function readResearchCsv(file: string, opts: ReadExportOptions, csv: ResearchStreamOptions): Promise<ExportRead> {
  const readings = csvReadings(file, csv);

  // 1. Every row checked; what threads and choosing need is kept.
  let head: StreamedRecord | undefined;
  const index = new Map<string, number>();
  let platform: Platform = 'x';
  const problems = new ProblemList(file);
  const table = new ResearchTable();
  // Brands by handle, with the author as first written: every author of an outbound post, in file order.
  const brands = new Map<string, string>();
  await readings.read((record) => {
    if (!head) {
      head = record;
      record.fields.forEach((name, i) => {
        const c = name.trim().toLowerCase();
        if ((RESEARCH_COLUMNS as readonly string[]).includes(c) && !index.has(c)) index.set(c, i);
      });
      const missing = REQUIRED.filter((c) => !index.has(c));
      if (missing.length > 0) throw exportError(file, record.line, `missing header column(s) ${missing.join(', ')}: expected ${RESEARCH_COLUMNS.join(',')}`);
      platform = resolvePlatform('x', opts.platform, file, record.line);
      return;
    }
    if (record.undecodable) problems.add('export.undecodable', record.line, 'row', { encoding: csv.encoding });
    else if (record.badQuote !== undefined) problems.add('export.bad-quoting', record.line, 'row', { column: record.badQuote });
    else if (record.fields.length !== head.fields.length) problems.add('export.field-count', record.line, 'row', { expected: head.fields.length, found: record.fields.length });
    else {
      const row = readRow(record, index, problems);
      if (!row) return;
      const first = table.firstLine(row.id);
      if (first !== undefined) return void problems.add('export.duplicate-id', row.line, 'tweet_id', { value: shown(row.id), firstLine: first });
      const author = normHandle(row.author);
      if (!row.inbound && !brands.has(author)) brands.set(author, row.author);
      table.add({ line: row.line, id: row.id, author, inbound: row.inbound, time: Date.parse(row.createdAt), ...(row.replyTo !== undefined ? { replyTo: row.replyTo } : {}), responses: row.responses, mentions: row.inbound ? mentions(row.text) : [] });
    }
  });
  const header = head!;
  table.finish();

  let wanted = [...brands.keys()];
  if (opts.account !== undefined && normHandle(opts.account) !== '') {
    const asked = normHandle(opts.account);
    if (!brands.has(asked)) throw exportError(file, header.line, `account "${asked}" wrote no outbound post in the file (brands: ${[...brands.values()].join(', ') || 'none'})`);
    wanted = [asked];
  }
  if (wanted.length === 0) throw exportError(file, header.line, 'no brand account: every post is inbound (a customer’s), so there is no brand to audit');

  // 2. Threads, the brands of each, replies counted.
  const brandNumber = new Map([...brands.keys()].map((b, i) => [b, i]));
  const threadOf = threads(table);
  const threadBrands = new ThreadBrands(table.count);
  const brandOfAuthor = table.authors.list.map((a) => brandNumber.get(a) ?? -1);
  for (let i = 0; i < table.count; i++) if (!table.isInbound(i)) threadBrands.add(threadOf[i], brandOfAuthor[table.author(i)]);
  const brandOfName = table.mentioned.list.map((m) => brandNumber.get(m) ?? -1);
  table.forEachMention((row, name) => {
    if (brandOfName[name] >= 0) threadBrands.add(threadOf[row], brandOfName[name]);
  });
  let unattributed = 0;
  for (let i = 0; i < table.count; i++) if (threadBrands.none(threadOf[i])) unattributed++;
  const replies = new Uint32Array(table.count);
  for (let i = 0; i < table.count; i++) if (table.parent(i) >= 0) replies[table.parent(i)]++;

  // 3. Each brand's rows (its newest MAX_EXPORT_POSTS), then the chosen rows read again to build the posts.
  const chosen = wanted.map((brand) => {
    const b = brandNumber.get(brand)!;
    const own: number[] = [];
    for (let i = 0; i < table.count; i++) if (threadBrands.has(threadOf[i], b)) own.push(i);
    if (own.length <= MAX_EXPORT_POSTS) return { brand, rows: own, total: own.length };
    const newest = own.sort((x, y) => table.time(y) - table.time(x) || x - y).slice(0, MAX_EXPORT_POSTS);
    return { brand, rows: newest.sort((x, y) => x - y), total: own.length };
  });
  const needed = new Set<number>();
  for (const c of chosen) for (const i of c.rows) needed.add(table.line(i));
  const scratch = new ProblemList(file);
  const built = await rowsAtLines(readings, needed, (record) => readRow(record, index, scratch));
  const ids = table.idList();

  const list = sortedProblems(problems);
  const mtime = (await stat(file)).mtime;
  const conversations: Conversation[] = [];
  for (const { brand, rows, total } of chosen) {
    const posts = dedupePosts(
      withRoots(
        rows.flatMap((i): RootlessPost[] => {
          const r = built.get(table.line(i));
          if (!r) return [];
          const post: RootlessPost = {
            id: r.id,
            platform,
            author: { id: normHandle(r.author), handle: r.author, role: normHandle(r.author) === brand ? 'brand' : 'fan' },
            createdAt: r.createdAt,
            text: plainText(r.text),
            metrics: { likes: 0, replies: replies[i], reposts: 0 },
            kind: 'post',
          };
          // Its own reply column, else the post whose response column lists it.
          const replyTo = r.replyTo ?? (table.parent(i) >= 0 ? ids[table.parent(i)] : undefined);
          if (replyTo !== undefined) post.replyTo = replyTo;
          return [post];
        }),
      ),
    );
    const capped = rows.length < total;
    const notes: Note[] = [note('export.read', { file: basename(file), count: posts.length })];
    if (capped) notes.push(note('limits.export-posts', { kept: rows.length, total }));
    if (unattributed > 0) notes.push(note('export.unattributed', { count: unattributed }));
    notes.push(...problemNotes(problems));
    conversations.push({
      platform,
      handle: brand,
      url: profileUrl(platform, brands.get(brand)!),
      source: 'export',
      status: list.length > 0 || capped ? 'partial' : 'ok',
      notes,
      window: spanWindow(posts, mtime),
      posts,
    });
  }
  return { conversations, problems: list };
}
