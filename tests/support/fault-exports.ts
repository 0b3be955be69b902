// Exports too large to keep as fixtures, written by code when a test needs them: a research CSV of a million rows is
// about 100 MB, written a few thousand rows at a time so that the test itself stays small in memory.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

/** A date as the research dataset writes it (X's `created_at`): "Mon Oct 02 09:00:00 +0000 2017". */
function xDate(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}

/**
 * Writes a research CSV of `rows` rows (an even number) for the brand `MarqueCare`: pairs of a customer's question
 * that tags the brand (row 2k+1, listing its answer in response_tweet_id) and the brand's answer ten minutes later
 * (row 2k+2, in_response_to_tweet_id naming the question). One pair every two seconds, the last ending `now`: a
 * million rows span about twelve days, inside a 30-day audit window. Post ids are the row numbers (1 is the oldest).
 */
export async function writeResearchCsv(file: string, rows: number, now = Date.now()): Promise<void> {
  const out = createWriteStream(file);
  out.write('tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id\n');
  let batch: string[] = [];
  const flush = async (): Promise<void> => {
    if (!out.write(batch.join(''))) await once(out, 'drain');
    batch = [];
  };
  for (let i = 0; i < rows; i += 2) {
    const at = now - (rows - i) * 1000 - 600_000;
    const customer = 100_000 + ((i / 2) % 5000);
    batch.push(
      `${i + 1},${customer},True,${xDate(at)},"@MarqueCare ma commande ${i / 2}, où en est-elle ?",${i + 2},\n` +
        `${i + 2},MarqueCare,False,${xDate(at + 600_000)},@${customer} Elle part demain.,,${i + 1}\n`,
    );
    if (batch.length === 5000) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
}

/** An X id (snowflake) for a time: X ids carry their creation time, which stand-ins are timed by. */
function snowflake(ms: number, seq: number): string {
  return ((BigInt(ms) - 1288834974657n) * 4194304n + BigInt(seq % 4096)).toString();
}

/** Writes `text` pieces to `file` a batch at a time, so that the test itself stays small in memory. */
async function writeBatches(file: string, head: string, count: number, piece: (i: number) => string, tail: string): Promise<void> {
  const out = createWriteStream(file);
  out.write(head);
  let batch: string[] = [];
  const flush = async (): Promise<void> => {
    if (!out.write(batch.join(''))) await once(out, 'drain');
    batch = [];
  };
  for (let i = 0; i < count; i++) {
    batch.push(piece(i));
    if (batch.length === 2000) await flush();
  }
  await flush();
  out.end(tail);
  await once(out, 'finish');
}

/**
 * Writes an X archive's tweets.js (pretty-printed, as X writes it) of `tweets` tweets of the brand `MarqueCare`, one
 * every two seconds, the last `now` minus ten minutes: each answers a customer's post (not in the archive, as in a
 * real one) made ten minutes before it, except every thousandth, which continues the brand's own previous tweet (so
 * the archive names its account). Tweet ids are snowflakes of their times, and so are the customers' posts'.
 */
export async function writeXArchive(file: string, tweets: number, now = Date.now()): Promise<void> {
  const start = now - 600_000 - tweets * 2000;
  let previous = '';
  await writeBatches(
    file,
    'window.YTD.tweets.part0 = [\n',
    tweets,
    (i) => {
      const at = start + i * 2000;
      const id = snowflake(at, i);
      const own = i % 1000 === 1;
      const customer = 100_000 + (i % 5000);
      const parent = own ? previous : snowflake(at - 600_000, i);
      const to = own ? 'MarqueCare' : `client${customer}`;
      const toId = own ? '42' : String(customer);
      previous = id;
      const entry = [
        '  {',
        '    "tweet" : {',
        '      "retweeted" : false,',
        `      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ { "name" : "${to}", "screen_name" : "${to}", "indices" : [ "0", "${to.length + 1}" ], "id_str" : "${toId}", "id" : "${toId}" } ], "urls" : [ ] },`,
        `      "display_text_range" : [ "0", "60" ],`,
        '      "favorite_count" : "1",',
        `      "in_reply_to_status_id_str" : "${parent}",`,
        `      "id_str" : "${id}",`,
        `      "in_reply_to_user_id" : "${toId}",`,
        '      "truncated" : false,',
        '      "retweet_count" : "0",',
        `      "id" : "${id}",`,
        `      "in_reply_to_status_id" : "${parent}",`,
        `      "created_at" : "${xDate(at)}",`,
        '      "favorited" : false,',
        `      "full_text" : "@${to} Votre commande ${i} part demain, merci de votre patience.",`,
        '      "lang" : "fr",',
        `      "in_reply_to_screen_name" : "${to}",`,
        `      "in_reply_to_user_id_str" : "${toId}"`,
        '    }',
        '  }',
      ].join('\n');
      return i < tweets - 1 ? `${entry},\n` : `${entry}\n`;
    },
    ']',
  );
}

/**
 * Writes saved X API v2 responses as JSON lines: the brand's user lookup (`MarqueCare`, id 42), then pages of 100
 * tweets, `tweets` in all (an even number): pairs of a customer's question that tags the brand and the brand's answer
 * ten minutes later, one pair every two seconds, the last answer at `now`.
 */
export async function writeXApiLines(file: string, tweets: number, now = Date.now()): Promise<void> {
  const pairs = tweets / 2;
  const pages = Math.ceil(pairs / 50);
  const start = now - 600_000 - pairs * 2000;
  const tweet = (id: number, author: string, at: number, text: string, extra: string): string =>
    `{"id":"${id}","author_id":"${author}","created_at":"${new Date(at).toISOString()}","text":"${text}","conversation_id":"${id}","lang":"fr","public_metrics":{"retweet_count":0,"reply_count":0,"like_count":1,"quote_count":0}${extra}}`;
  await writeBatches(
    file,
    '{"data":{"id":"42","username":"MarqueCare","name":"Marque Care","public_metrics":{"followers_count":1200,"tweet_count":250000}}}\n',
    pages,
    (p) => {
      const data: string[] = [];
      const users = new Set<number>();
      for (let k = p * 50; k < Math.min(pairs, (p + 1) * 50); k++) {
        const at = start + k * 2000;
        const customer = 100_000 + (k % 5000);
        users.add(customer);
        data.push(
          tweet(2 * k + 1, String(customer), at, `@MarqueCare ma commande ${k}, où en est-elle ?`, ''),
          tweet(2 * k + 2, '42', at + 600_000, `@client${customer} Elle part demain.`, `,"in_reply_to_user_id":"${customer}","referenced_tweets":[{"type":"replied_to","id":"${2 * k + 1}"}]`),
        );
      }
      const included = [...users].map((u) => `{"id":"${u}","username":"client${u}","name":"Client ${u}"}`);
      return `{"data":[${data.join(',')}],"includes":{"users":[${included.join(',')}]},"meta":{"result_count":${data.length},"next_token":"page${p + 1}"}}\n`;
    },
    '',
  );
}
