// A bounded cache for pure string → value functions: header, footer and share links repeat on every page of a
// site, so parsing each distinct URL once makes the crawl markedly faster (see `npm run bench`).

/**
 * Wraps `fn` (pure, one string argument) with a cache of at most `max` entries; when full, the cache starts over,
 * which keeps memory flat on huge sites while the repeated links of one site stay hot.
 */
export function memoize<T>(fn: (key: string) => T, max = 4096): (key: string) => T {
  const cache = new Map<string, T>();
  return (key: string): T => {
    const hit = cache.get(key);
    if (hit !== undefined || cache.has(key)) return hit as T;
    const value = fn(key);
    if (cache.size >= max) cache.clear();
    cache.set(key, value);
    return value;
  };
}
