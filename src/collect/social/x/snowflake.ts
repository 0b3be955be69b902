// The time an X post id carries: ids are Snowflakes since November 2010, the creation time in milliseconds since
// X's epoch shifted left by 22 bits (REFERENCE.md), so a reply's delay is exact from the id of the post it answers.

/** X's epoch: 2010-11-04T01:42:54.657Z, in milliseconds since the Unix epoch. */
const X_EPOCH_MS = 1288834974657n;

// Ids from before Snowflake (sequential, under 3e10) would decode to the first seconds after X's epoch; real Snowflakes
// were minted later. An id must decode to at least a minute after the epoch to be read as a time.
const MIN_SNOWFLAKE = 60_000n << 22n;

/**
 * The creation time (ms since the Unix epoch) of a post whose X id is `id` (decimal digits, as `id_str` gives it), or
 * undefined when the id is not a Snowflake (not digits, too large, or from before November 2010).
 */
export function snowflakeTime(id: string): number | undefined {
  if (!/^\d{1,20}$/.test(id)) return undefined;
  const n = BigInt(id);
  if (n < MIN_SNOWFLAKE || n >= 1n << 63n) return undefined;
  return Number((n >> 22n) + X_EPOCH_MS);
}

