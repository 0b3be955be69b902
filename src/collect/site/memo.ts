// A bounded cache for pure string → value functions: header, footer and share links repeat on every page of a
// site, so parsing each distinct URL once makes the crawl markedly faster (see `npm run bench`). Also copies of page
// text that do not keep the page's HTML alive.
import { storeIn } from '../../bounded-cache.js';

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
    // Keys and string values are often slices of a whole page (an href, a label): kept as they are, they would keep
    // every page's HTML alive as long as the cache holds them.
    storeIn(cache, max, detach(key), (typeof value === 'string' ? detach(value) : value) as T);
    return value;
  };
}

// V8 makes substrings of 13 characters or more "sliced strings" that point into their parent instead of copying.
const SLICE_MIN = 13;

/**
 * A copy of `s` that holds no reference to a larger string it was cut from (the page's HTML or text), so keeping
 * `s` does not keep that string alive. Concatenation then slicing makes V8 flatten a fresh copy.
 */
export function detach(s: string): string {
  return s.length < SLICE_MIN ? s : (' ' + s).slice(1);
}

/** `value` with every string in it detached (plain objects and arrays copied): what analysis keeps of a page. */
export function detachStrings<T>(value: T): T {
  if (typeof value === 'string') return detach(value) as T;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = detachStrings(value[i]);
    return out as T;
  }
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    // Keys in Object.keys' order: analysis results are plain objects, whose enumerable keys are all their own. A for…in
    // loop reads them from V8's cache of the object's keys, where Object.keys made an array per object (and its for…of
    // loop an iterator result per key until optimised): this runs on every object of every page.
    for (const k in value) out[k] = detachStrings((value as Record<string, unknown>)[k]);
    return out as T;
  }
  return value;
}
