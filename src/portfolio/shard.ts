// --shard K/N: the K-th of N slices of a portfolio. Brands are ordered by a hash of their id, then dealt in turn,
// so a slice depends only on the set of ids (not their order in the file), the sizes differ by at most one, and
// every brand is in exactly one slice.
import { ConfigError } from '../errors.js';

export interface Shard {
  index: number;
  count: number;
}

/** Parses "2/3" (1-based index, count up to 1000); anything else is a usage error. */
export function parseShard(spec: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!(count >= 1 && count <= 1000 && index >= 1 && index <= count)) {
    throw new ConfigError(`--shard expects K/N with 1 ≤ K ≤ N ≤ 1000, such as 2/3; got "${spec}"`);
  }
  return { index, count };
}

// node:crypto at the hash, not imported at the top: this module loads with every command
// (tests/e2e/crypto-on-demand.test.ts).
const rank = (id: string): string => process.getBuiltinModule('node:crypto').createHash('sha256').update(id).digest('hex');

/** The items of the shard, in their original order. */
export function selectShard<T>(items: T[], idOf: (item: T) => string, shard: Shard): T[] {
  if (shard.count === 1) return items;
  const order = items.map((item, i) => ({ i, key: `${rank(idOf(item))}:${idOf(item)}` })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const keep = new Set(order.filter((_, position) => position % shard.count === shard.index - 1).map((o) => o.i));
  return items.filter((_, i) => keep.has(i));
}
