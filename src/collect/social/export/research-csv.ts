// The research CSV of brand care accounts on X (the "Customer Support on Twitter" dataset's columns:
// tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id). One file holds the
// conversations of several brands: each brand (an author of outbound posts) becomes an account of its own, with the
// threads it took part in or was tagged in.
import { basename } from 'node:path';
import { stat } from 'node:fs/promises';
import type { Conversation, Note } from '../../../snapshot/types.js';
import { note } from '../../codes.js';
import { dedupePosts, plainText } from '../common.js';
import { withRoots, type RootlessPost } from '../thread-roots.js';
import { parseXDate } from '../x/dates.js';
import { normHandle, profileUrl, resolvePlatform } from './account.js';
import { problemNotes, sortedProblems, spanWindow, type ExportRead } from './conversation.js';
import type { CsvRecord } from './csv-records.js';
import { parseIsoDateTime } from './dates.js';
import { hasBadLine, type DecodedExport } from './decode.js';
import { exportError } from './errors.js';
import type { ReadExportOptions } from './options.js';
import { ProblemList, shown } from './problems.js';

/** The dataset's columns, in its order. */
export const RESEARCH_COLUMNS = ['tweet_id', 'author_id', 'inbound', 'created_at', 'text', 'response_tweet_id', 'in_response_to_tweet_id'] as const;
const REQUIRED = ['tweet_id', 'author_id', 'inbound', 'created_at', 'text'];

/** True when a CSV header names the research format's key columns (tweet_id, author_id, inbound). */
export function isResearchHeader(fields: readonly string[]): boolean {
  const names = new Set(fields.map((f) => f.trim().toLowerCase()));
  return ['tweet_id', 'author_id', 'inbound'].every((c) => names.has(c));
}

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
  row.responses = get('response_tweet_id').split(',').map((r) => idOf(r)).filter((r): r is string => r !== undefined);
  return row;
}

/** Union-find over post ids: the threads (connected by replies) the rows form. */
function threads(rows: readonly Row[]): Map<string, string> {
  const parent = new Map(rows.map((r) => [r.id, r.id]));
  const find = (id: string): string => {
    let at = id;
    while (parent.get(at) !== at) at = parent.get(at)!;
    parent.set(id, at);
    return at;
  };
  for (const r of rows) {
    if (r.replyTo && parent.has(r.replyTo)) parent.set(find(r.id), find(r.replyTo));
  }
  return new Map(rows.map((r) => [r.id, find(r.id)]));
}

/** The @handles a post's text names, lower-cased. */
function mentions(text: string): string[] {
  return [...text.matchAll(/(?<![\w@])@(\w{1,15})/g)].map((m) => m[1].toLowerCase());
}

/**
 * Reads the research CSV: one X conversation per brand (per the caller's account alone when given). A thread
 * belongs to every brand that posted in it or that a customer's post in it tags (on X a tag is how one addresses a
 * brand); in a brand's conversation its own posts are the brand's and every other post (a customer's, or another
 * brand's) a fan's. Notes on each: `export.read` (its posts), the file's problems, `export.unattributed` (posts of
 * threads no brand took part in or was tagged in).
 */
export async function readResearchCsv(
  file: string,
  decoded: DecodedExport,
  records: readonly CsvRecord[],
  opts: ReadExportOptions,
): Promise<ExportRead> {
  const [head, ...body] = records;
  const index = new Map<string, number>();
  head.fields.forEach((name, i) => {
    const c = name.trim().toLowerCase();
    if ((RESEARCH_COLUMNS as readonly string[]).includes(c) && !index.has(c)) index.set(c, i);
  });
  const missing = REQUIRED.filter((c) => !index.has(c));
  if (missing.length > 0) throw exportError(file, head.line, `missing header column(s) ${missing.join(', ')}: expected ${RESEARCH_COLUMNS.join(',')}`);
  const platform = resolvePlatform('x', opts.platform, file, head.line);
  const problems = new ProblemList(file);
  const rows: Row[] = [];
  const seen = new Map<string, number>();
  for (const record of body) {
    if (hasBadLine(decoded.badLines, record.line, record.endLine)) problems.add('export.undecodable', record.line, 'row', { encoding: decoded.encoding });
    else if (record.badQuote !== undefined) problems.add('export.bad-quoting', record.line, 'row', { column: record.badQuote });
    else if (record.fields.length !== head.fields.length) problems.add('export.field-count', record.line, 'row', { expected: head.fields.length, found: record.fields.length });
    else {
      const row = readRow(record, index, problems);
      if (!row) continue;
      const first = seen.get(row.id);
      if (first !== undefined) problems.add('export.duplicate-id', row.line, 'tweet_id', { value: shown(row.id), firstLine: first });
      else {
        seen.set(row.id, row.line);
        rows.push(row);
      }
    }
  }
  // A post listing a response whose own reply column is empty still answers it.
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const r of rows) for (const child of r.responses) if (byId.get(child) && byId.get(child)!.replyTo === undefined && child !== r.id) byId.get(child)!.replyTo = r.id;

  const brands = new Map<string, string>();
  for (const r of rows) if (!r.inbound && !brands.has(normHandle(r.author))) brands.set(normHandle(r.author), r.author);
  let wanted = [...brands.keys()];
  if (opts.account !== undefined && normHandle(opts.account) !== '') {
    const asked = normHandle(opts.account);
    if (!brands.has(asked)) throw exportError(file, head.line, `account "${asked}" wrote no outbound post in the file (brands: ${[...brands.values()].join(', ') || 'none'})`);
    wanted = [asked];
  }
  if (wanted.length === 0) throw exportError(file, head.line, 'no brand account: every post is inbound (a customer’s), so there is no brand to audit');

  const threadOf = threads(rows);
  const brandsOf = new Map<string, Set<string>>();
  for (const r of rows) {
    const thread = threadOf.get(r.id)!;
    const set = brandsOf.get(thread) ?? new Set<string>();
    if (!r.inbound) set.add(normHandle(r.author));
    else for (const m of mentions(r.text)) if (brands.has(m)) set.add(m);
    brandsOf.set(thread, set);
  }
  const unattributed = rows.filter((r) => brandsOf.get(threadOf.get(r.id)!)!.size === 0).length;
  const list = sortedProblems(problems);
  const replies = new Map<string, number>();
  for (const r of rows) if (r.replyTo) replies.set(r.replyTo, (replies.get(r.replyTo) ?? 0) + 1);
  const mtime = (await stat(file)).mtime;

  const conversations: Conversation[] = [];
  for (const brand of wanted) {
    const own = rows.filter((r) => brandsOf.get(threadOf.get(r.id)!)!.has(brand));
    const posts = dedupePosts(
      withRoots(
        own.map((r): RootlessPost => {
          const post: RootlessPost = {
            id: r.id,
            platform,
            author: { id: normHandle(r.author), handle: r.author, role: normHandle(r.author) === brand ? 'brand' : 'fan' },
            createdAt: r.createdAt,
            text: plainText(r.text),
            metrics: { likes: 0, replies: replies.get(r.id) ?? 0, reposts: 0 },
            kind: 'post',
          };
          if (r.replyTo) post.replyTo = r.replyTo;
          return post;
        }),
      ),
    );
    const notes: Note[] = [note('export.read', { file: basename(file), count: posts.length })];
    if (unattributed > 0) notes.push(note('export.unattributed', { count: unattributed }));
    notes.push(...problemNotes(problems));
    const conversation: Conversation = {
      platform,
      handle: brand,
      url: profileUrl(platform, brands.get(brand)!),
      source: 'export',
      status: list.length > 0 ? 'partial' : 'ok',
      notes,
      window: spanWindow(posts, mtime),
      posts,
    };
    conversations.push(conversation);
  }
  return { conversations, problems: list };
}
