// The one bounded cache of the project: a Map that starts over when it is full. Pure lookups (URL normalising,
// public-suffix parsing, language detection, link parsing) are asked about the same few keys again and again; a
// cache that empties at its bound keeps memory flat on a huge site or account while the repeated keys stay hot, at
// less cost than evicting the oldest entry. Every layer may import it, so it imports nothing of src/.

/**
 * Stores `value` under `key` in `map`, emptying `map` first when it already holds `max` entries; returns `value`.
 * For callers that store a key or value other than the one they looked up (memo.ts stores detached copies).
 */
export function storeIn<K, V>(map: Map<K, V>, max: number, key: K, value: V): V {
  if (map.size >= max) map.clear();
  map.set(key, value);
  return value;
}

/**
 * `compute(key)`, computed once per key while `map` keeps it: `map` holds at most `max` entries and starts over when
 * full. `undefined` is a value like any other (cached, not computed again). `compute` should be a function made
 * once, not a closure made per call, on hot paths.
 */
export function cachedIn<K, V>(map: Map<K, V>, max: number, key: K, compute: (key: K) => V): V {
  const hit = map.get(key);
  if (hit !== undefined || map.has(key)) return hit as V;
  return storeIn(map, max, key, compute(key));
}
