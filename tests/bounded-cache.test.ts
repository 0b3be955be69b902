// The shared bounded cache: one computation per key, never more than its bound, emptied (not trimmed) when full.
import { describe, expect, it } from 'vitest';
import { cachedIn, storeIn } from '../src/bounded-cache.js';

/** A compute function that records the keys it was asked about. */
function recording<V>(value: (key: string) => V): { compute: (key: string) => V; asked: string[] } {
  const asked: string[] = [];
  return { compute: (key) => (asked.push(key), value(key)), asked };
}

describe('cachedIn', () => {
  it('computes each key once while the cache holds it', () => {
    const map = new Map<string, number>();
    const { compute, asked } = recording((k) => k.length);
    expect([cachedIn(map, 4, 'abc', compute), cachedIn(map, 4, 'abc', compute), cachedIn(map, 4, 'de', compute)]).toEqual([3, 3, 2]);
    expect(asked).toEqual(['abc', 'de']);
  });

  it('caches undefined and null results like any other', () => {
    const map = new Map<string, string | null | undefined>();
    const { compute, asked } = recording((k) => (k === 'none' ? undefined : k === 'null' ? null : k));
    for (let i = 0; i < 3; i++) {
      expect(cachedIn(map, 4, 'none', compute)).toBeUndefined();
      expect(cachedIn(map, 4, 'null', compute)).toBeNull();
    }
    expect(asked).toEqual(['none', 'null']);
    expect(map.has('none')).toBe(true);
  });

  it('never holds more than its bound: when full it empties, then stores the new key', () => {
    const map = new Map<string, string>();
    const { compute, asked } = recording((k) => k.toUpperCase());
    for (const k of ['a', 'b', 'c']) cachedIn(map, 3, k, compute);
    expect(map.size).toBe(3);
    expect(cachedIn(map, 3, 'd', compute)).toBe('D');
    expect([...map.entries()]).toEqual([['d', 'D']]);
    // The keys from before the clearing are computed again; the one after it is not.
    cachedIn(map, 3, 'a', compute);
    cachedIn(map, 3, 'd', compute);
    expect(asked).toEqual(['a', 'b', 'c', 'd', 'a']);
    expect(map.size).toBe(2);
  });

  it('a hit does not clear a full cache', () => {
    const map = new Map([['a', 1], ['b', 2]]);
    expect(cachedIn(map, 2, 'b', () => 0)).toBe(2);
    expect(map.size).toBe(2);
  });
});

describe('storeIn', () => {
  it('stores under the key it is given, emptying the map first when it is full, and returns the value', () => {
    const map = new Map<string, number | undefined>([['a', 1]]);
    expect(storeIn(map, 2, 'b', undefined)).toBeUndefined();
    expect([...map.entries()]).toEqual([['a', 1], ['b', undefined]]);
    expect(storeIn(map, 2, 'c', 3)).toBe(3);
    expect([...map.entries()]).toEqual([['c', 3]]);
  });
});
