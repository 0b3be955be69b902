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
import { problemNotes, sortedProblems, spanWindow, type AccountRead } from './conversation.js';
import { hasBadLine, type DecodedExport } from './decode.js';
import { exportError } from './errors.js';
import { JsonSyntaxError, parseJsonWithLines } from './json-lines.js';
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
 * The archive's own account: a reply to a post of the archive answers the account itself, so its
 * `in_reply_to_screen_name` is the account's (the archive's tweets carry no author).
 */
function ownHandle(tweets: readonly ArchiveTweet[]): string | undefined {
  const ids = new Set(tweets.map((t) => t.id));
  return tweets.find((t) => t.replyTo?.username !== undefined && ids.has(t.replyTo.id))?.replyTo?.username;
}

/**
 * Reads tweets.js into one X conversation with coverage `brand-posts`. Notes: `export.read` (tweets), the file's
 * problems, `export.brand-posts` (fans' posts known by the brand's replies) and `export.untimed-replies`.
 * Throws a usage error naming file and line when the file cannot be used (bad syntax, not a list, no account).
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
  const problems = new ProblemList(file);
  const tweets: ArchiveTweet[] = [];
  const seen = new Map<string, number>();
  entries.forEach((entry, i) => {
    const line = (starts[i] ?? 1) + offset;
    if (hasBadLine(decoded.badLines, line, (ends[i] ?? starts[i] ?? 1) + offset)) {
      problems.add('export.undecodable', line, 'tweet', { encoding: decoded.encoding });
      return;
    }
    const tweet = readTweet(entry, line, problems);
    if (!tweet) return;
    const first = seen.get(tweet.id);
    if (first !== undefined) problems.add('export.duplicate-id', line, 'id_str', { value: shown(tweet.id), firstLine: first });
    else {
      seen.set(tweet.id, line);
      tweets.push(tweet);
    }
  });
  const inFile = ownHandle(tweets);
  const handle = resolveHandle(inFile, opts.account, file, 1);
  const shownHandle = opts.account?.replace(/^@/, '').trim() || inFile || handle;
  const brand = { id: handle, handle: shownHandle, role: 'brand' as const };
  const replies = new Map<string, number>();
  for (const t of tweets) if (t.replyTo) replies.set(t.replyTo.id, (replies.get(t.replyTo.id) ?? 0) + 1);
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
  const notes: Note[] = [note('export.read', { file: basename(file), count: own.length }), note('export.brand-posts', { count: answered.posts.length })];
  if (answered.untimed > 0) notes.push(note('export.untimed-replies', { count: answered.untimed }));
  notes.push(...problemNotes(problems));
  const posts = dedupePosts(withRoots([...own, ...answered.posts]));
  const conversation: Conversation = {
    platform,
    handle,
    url: profileUrl(platform, shownHandle),
    source: 'export',
    status: list.length > 0 ? 'partial' : 'ok',
    notes,
    coverage: 'brand-posts',
    window: spanWindow(posts, (await stat(file)).mtime),
    posts,
  };
  return { conversation, problems: list };
}
