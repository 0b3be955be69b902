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
