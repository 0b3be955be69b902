// An X account archive's data/tweets.js (`window.YTD.tweets.part0 = [ { "tweet": { … } } ]`): the brand's own posts and
// replies. Fans' posts are not in it; those the brand answered stand in by id, author and the time their X id gives
// (x/stand-ins.ts), so response times are exact while unanswered posts cannot be counted (coverage `brand-posts`).
import { basename } from 'node:path';
import { stat } from 'node:fs/promises';
import type { Conversation, Note } from '../../../snapshot/types.js';
import { note } from '../../codes.js';
import { dedupePosts } from '../common.js';
import { withRoots, type RootlessPost } from '../thread-roots.js';
import { parseXDate } from '../x/dates.js';
import { xPostUrl, xText } from '../x/parse.js';
import { standIns, type RepliedTo } from '../x/stand-ins.js';
import { normHandle, profileUrl, resolveHandle, resolvePlatform } from './account.js';
import { MAX_EXPORT_POSTS, problemNotes, sortedProblems, spanWindow, type AccountRead } from './conversation.js';
import { hasBadLine, type DecodedExport } from './decode.js';
import { exportError } from './errors.js';
import { JsonSyntaxError, parseJsonWithLines } from './json-lines.js';
import { parseValue, splitJsonFile } from './json-split.js';
import type { ReadExportOptions } from './options.js';
import { ProblemList, shown } from './problems.js';

// The assignment the archive's JavaScript files open with: window.YTD.tweets.part0 (tweet.part0 in older archives).
const ARCHIVE_PREFIX = /^\s*window\.YTD\.([A-Za-z_]+)\.part(\d+)\s*=\s*/;

/** True when the text is a file of an X (Twitter) account archive. */
export function isXArchive(text: string): boolean {
  return ARCHIVE_PREFIX.test(text.replace(/^\ufeff/, ''));
}

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A valid tweet of the archive. */
interface ArchiveTweet {
  line: number;
  id: string;
  createdAt: string;
  text: string;
  likes: number;
  reposts: number;
  replyTo?: RepliedTo;
}

/** Archive counts are strings ("favorite_count": "3"); a missing or unreadable one is 0 (the post stays). */
function archiveCount(v: unknown): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : 0;
  return Number.isSafeInteger(n) && n > 0 ? n : 0;
}

const digits = (v: unknown): string | undefined => (typeof v === 'string' && /^\d+$/.test(v) ? v : typeof v === 'number' && Number.isSafeInteger(v) ? String(v) : undefined);

/** Validates one archive entry (`{ "tweet": {…} }`, or the tweet itself in older archives). */
function readTweet(entry: unknown, line: number, problems: ProblemList): ArchiveTweet | undefined {
  const tweet = isObject(entry) && isObject(entry.tweet) ? entry.tweet : entry;
  if (!isObject(tweet)) {
    problems.add('export.not-object', line, 'tweet', { value: shown(tweet) });
    return undefined;
  }
  const before = problems.length;
  const id = digits(tweet.id_str) ?? digits(tweet.id);
  if (!id) problems.add(tweet.id_str === undefined && tweet.id === undefined ? 'export.missing' : 'export.required', line, 'id_str', tweet.id_str === undefined && tweet.id === undefined ? {} : { value: shown(tweet.id_str ?? tweet.id) });
  const createdAt = typeof tweet.created_at === 'string' ? parseXDate(tweet.created_at) : undefined;
  if (!createdAt) problems.add(tweet.created_at === undefined ? 'export.missing' : 'export.bad-x-date', line, 'created_at', tweet.created_at === undefined ? {} : { value: shown(tweet.created_at) });
  const text = typeof tweet.full_text === 'string' ? tweet.full_text : typeof tweet.text === 'string' ? tweet.text : undefined;
  if (text === undefined) problems.add(tweet.full_text === undefined ? 'export.missing' : 'export.bad-text', line, 'full_text', tweet.full_text === undefined ? {} : { value: shown(tweet.full_text) });
  if (problems.length > before || !id || !createdAt || text === undefined) return undefined;
  const out: ArchiveTweet = { line, id, createdAt, text, likes: archiveCount(tweet.favorite_count), reposts: archiveCount(tweet.retweet_count) };
  const parent = digits(tweet.in_reply_to_status_id_str) ?? digits(tweet.in_reply_to_status_id);
  if (parent) {
    const userId = digits(tweet.in_reply_to_user_id_str) ?? digits(tweet.in_reply_to_user_id);
    const username = typeof tweet.in_reply_to_screen_name === 'string' && tweet.in_reply_to_screen_name !== '' ? tweet.in_reply_to_screen_name : undefined;
    out.replyTo = { id: parent, ...(userId ? { userId } : {}), ...(username ? { username } : {}) };
  }
  return out;
}

/**
 * The newest tweets, in the file's order, that make at most MAX_EXPORT_POSTS posts with the customers' posts that stand
 * in for those they answer (one per post answered, counted once).
 */
function newest(tweets: readonly ArchiveTweet[], handle: string): ArchiveTweet[] {
  const times = new Float64Array(tweets.length);
  tweets.forEach((t, i) => (times[i] = Date.parse(t.createdAt)));
  const order = Array.from(tweets.keys()).sort((a, b) => times[b] - times[a] || a - b);
  const ids = new Set(tweets.map((t) => t.id));
  const answered = new Set<string>();
  const keep = new Uint8Array(tweets.length);
  let posts = 0;
  for (const i of order) {
    const to = tweets[i].replyTo;
    const standIn = to !== undefined && !ids.has(to.id) && !answered.has(to.id) && (to.userId !== undefined || to.username !== undefined) && normHandle(to.username ?? '') !== handle;
    if (posts + 1 + (standIn ? 1 : 0) > MAX_EXPORT_POSTS) break;
    posts += 1 + (standIn ? 1 : 0);
    if (standIn) answered.add(to.id);
    keep[i] = 1;
  }
  return tweets.filter((_, i) => keep[i] === 1);
}

/**
 * The archive's own account: a reply to a post of the archive answers the account itself, so its
 * `in_reply_to_screen_name` is the account's (the archive's tweets carry no author).
 */
function ownHandle(tweets: readonly ArchiveTweet[]): string | undefined {
  const ids = new Set(tweets.map((t) => t.id));
  return tweets.find((t) => t.replyTo?.username !== undefined && ids.has(t.replyTo.id))?.replyTo?.username;
}

/** What reading the entries gathers: the valid tweets (first of each id), the problems, the ids seen. */
class ArchiveEntries {
  readonly problems: ProblemList;
  readonly tweets: ArchiveTweet[] = [];
  private readonly seen = new Map<string, number>();

  constructor(file: string) {
    this.problems = new ProblemList(file);
  }

  /** One entry of the array, starting on `line`; `undecodable` when one of its lines could not be decoded. */
  add(entry: unknown, line: number, undecodable: boolean, encoding: string): void {
    if (undecodable) {
      this.problems.add('export.undecodable', line, 'tweet', { encoding });
      return;
    }
    const tweet = readTweet(entry, line, this.problems);
    if (!tweet) return;
    const first = this.seen.get(tweet.id);
    if (first !== undefined) this.problems.add('export.duplicate-id', line, 'id_str', { value: shown(tweet.id), firstLine: first });
    else {
      this.seen.set(tweet.id, line);
      this.tweets.push(tweet);
    }
  }
}

/** Where an archive file's array starts: the characters before it, and the file and part it names. */
export interface ArchivePrefix {
  skip: number;
  name: string;
  part: string;
}

/** The assignment an archive's text opens with (the caller checked isXArchive). */
export function archivePrefix(text: string): ArchivePrefix {
  const bom = text.startsWith('\ufeff') ? 1 : 0;
  const prefix = ARCHIVE_PREFIX.exec(text.slice(bom))!;
  return { skip: bom + prefix[0].length, name: prefix[1], part: prefix[2] };
}

/**
 * Reads tweets.js into one X conversation with coverage `brand-posts`, the file parsed whole (the file when it could
 * not be read as a stream, json-split.ts). Notes: see archiveConversation. Throws a usage error naming file and line
 * when the file cannot be used (bad syntax, not a list, no account).
 */
export async function readXArchive(file: string, decoded: DecodedExport, opts: ReadExportOptions): Promise<AccountRead> {
  const prefix = ARCHIVE_PREFIX.exec(decoded.text.replace(/^\ufeff/, ''))!;
  const offset = prefix[0].split(/\r\n|\n|\r/).length - 1;
  const body = decoded.text.replace(/^\ufeff/, '').slice(prefix[0].length).replace(/;\s*$/, '');
  let parsed: ReturnType<typeof parseJsonWithLines>;
  try {
    parsed = parseJsonWithLines(body);
  } catch (err) {
    if (err instanceof JsonSyntaxError) throw exportError(file, err.line + offset, `invalid archive: ${err.message}`);
    throw err;
  }
  if (!Array.isArray(parsed.value)) throw exportError(file, 1 + offset, `window.YTD.${prefix[1]}.part${prefix[2]} must be a list of tweets`);
  const platform = resolvePlatform('x', opts.platform, file, 1);
  const entries = parsed.value;
  const starts = parsed.lines.items.get(entries) ?? [];
  const ends = parsed.lines.itemEnds.get(entries) ?? [];
  const read = new ArchiveEntries(file);
  entries.forEach((entry, i) => {
    const line = (starts[i] ?? 1) + offset;
    read.add(entry, line, hasBadLine(decoded.badLines, line, (ends[i] ?? starts[i] ?? 1) + offset), decoded.encoding);
  });
  return archiveConversation(file, platform, read, opts);
}

/**
 * Reads tweets.js as a stream (json-split.ts): each entry of the array parsed on its own, so memory holds the tweets
 * read, not the file's text and its parse. Throws IrregularJson where the file needs the whole-file parser to word
 * its error, and a usage error naming file and line when the file cannot be used.
 */
export async function readXArchiveStream(file: string, prefix: ArchivePrefix, encoding: string | undefined, opts: ReadExportOptions): Promise<AccountRead> {
  const platform = resolvePlatform('x', opts.platform, file, 1);
  const read = new ArchiveEntries(file);
  const splitOpts = { mode: 'array' as const, skip: prefix.skip, ...(encoding ? { encoding } : {}), maxValueChars: MAX_ENTRY_CHARS };
  await splitJsonFile(file, splitOpts, (v, decodedAs) => {
    // Parsed even when undecodable, as the whole-file parser would: a syntax error there is the file's error.
    const entry = parseValue(v);
    read.add(v.bad ? undefined : entry, v.line, v.bad, decodedAs);
  });
  return archiveConversation(file, platform, read, opts);
}

/** An archive entry is one tweet: a few kilobytes; beyond this, the split gives up (and the file is parsed whole). */
const MAX_ENTRY_CHARS = 16 * 1024 * 1024;

/**
 * The X conversation of the archive's tweets. Notes: `export.read` (tweets), `limits.export-posts` (the newest tweets
 * kept, so that they and the posts they answer are MAX_EXPORT_POSTS at most), `export.brand-posts` (fans' posts known by the brand's replies), `export.untimed-replies`,
 * then the file's problems.
 */
async function archiveConversation(file: string, platform: ReturnType<typeof resolvePlatform>, read: ArchiveEntries, opts: ReadExportOptions): Promise<AccountRead> {
  const { problems } = read;
  const all = read.tweets;
  const inFile = ownHandle(all);
  const handle = resolveHandle(inFile, opts.account, file, 1);
  const shownHandle = opts.account?.replace(/^@/, '').trim() || inFile || handle;
  const brand = { id: handle, handle: shownHandle, role: 'brand' as const };
  // Beyond the cap, the newest tweets are kept (with the posts they answer), in the file's order.
  const kept = all.length * 2 > MAX_EXPORT_POSTS ? newest(all, handle) : all;
  const capped = kept.length < all.length;
  const tweets = kept;
  const replies = new Map<string, number>();
  for (const t of all) if (t.replyTo) replies.set(t.replyTo.id, (replies.get(t.replyTo.id) ?? 0) + 1);
  const own: RootlessPost[] = tweets.map((t) => {
    const post: RootlessPost = {
      id: t.id,
      url: xPostUrl(t.id, shownHandle),
      platform,
      author: brand,
      createdAt: t.createdAt,
      text: xText(t.text),
      metrics: { likes: t.likes, replies: replies.get(t.id) ?? 0, reposts: t.reposts },
      kind: 'post',
    };
    if (t.replyTo) post.replyTo = t.replyTo.id;
    // A retweet is archived as "RT @name: text": the brand reposting someone's post (which the archive does not name).
    const by = /^RT @(\w{1,15}):/.exec(t.text)?.[1];
    if (by) post.repostOf = { id: '', handle: by, role: normHandle(by) === handle ? 'brand' : 'fan' };
    return post;
  });
  const answered = standIns(
    tweets.flatMap((t) => (t.replyTo ? [{ reply: t, to: t.replyTo }] : [])),
    new Set(tweets.map((t) => t.id)),
    (to) => to.username !== undefined && normHandle(to.username) === handle,
  );
  const list = sortedProblems(problems);
  const notes: Note[] = [note('export.read', { file: basename(file), count: own.length })];
  if (capped) notes.push(note('limits.export-posts', { kept: tweets.length, total: all.length }));
  notes.push(note('export.brand-posts', { count: answered.posts.length }));
  if (answered.untimed > 0) notes.push(note('export.untimed-replies', { count: answered.untimed }));
  notes.push(...problemNotes(problems));
  const posts = dedupePosts(withRoots([...own, ...answered.posts]));
  const conversation: Conversation = {
    platform,
    handle,
    url: profileUrl(platform, shownHandle),
    source: 'export',
    status: list.length > 0 || capped ? 'partial' : 'ok',
    notes,
    coverage: 'brand-posts',
    window: spanWindow(posts, (await stat(file)).mtime),
    posts,
  };
  return { conversation, problems: list };
}
