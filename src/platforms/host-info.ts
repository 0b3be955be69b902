// What the public-suffix list says about a host name (tldts), once per host: a crawl asks about the same few hosts
// for every link of every page (social-URL parsing, page kinds, vendors), and each lookup walks the suffix trie.
import { parse } from 'tldts';
import { cachedIn } from '../bounded-cache.js';

type HostInfo = Readonly<ReturnType<typeof parse>>;

/** Enough for every host a crawl meets; past it the cache starts over rather than grow. */
const MAX_HOSTS = 4096;
const cache = new Map<string, HostInfo>();

/** tldts' parse of a host name (default options), shared: callers must not modify it. */
export function hostInfo(host: string): HostInfo {
  return cachedIn(cache, MAX_HOSTS, host, parse);
}
