// --shard K/N: every brand in exactly one slice, slices balanced, and a slice independent of the file's order.
import { describe, expect, it } from 'vitest';
import { parseShard, selectShard } from '../../src/portfolio/shard.js';
import { ConfigError } from '../../src/errors.js';

const ids = Array.from({ length: 103 }, (_, i) => `brand-${i}`);

describe('shards', () => {
  it('puts every brand in exactly one of N balanced slices', () => {
    const slices = [1, 2, 3, 4].map((index) => selectShard(ids, (x) => x, { index, count: 4 }));
    expect(slices.flat().sort()).toEqual([...ids].sort());
    const sizes = slices.map((s) => s.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('gives the same slice whatever the order of the portfolio', () => {
    const shuffled = [...ids].reverse();
    for (const index of [1, 2, 3]) {
      expect(selectShard(shuffled, (x) => x, { index, count: 3 }).sort()).toEqual(selectShard(ids, (x) => x, { index, count: 3 }).sort());
    }
  });

  it('keeps the original order inside a slice', () => {
    const slice = selectShard(ids, (x) => x, { index: 2, count: 3 });
    expect(slice).toEqual(ids.filter((id) => slice.includes(id)));
  });

  it('parses K/N and refuses the rest', () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1', 'a/b', '1/0']) expect(() => parseShard(bad)).toThrow(ConfigError);
  });
});
