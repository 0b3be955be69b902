// Host overrides (like curl --resolve): connect to a given address instead of asking DNS, keeping the
// hostname for the Host header and TLS SNI. Tests and the demo reach *.test sites on 127.0.0.1 this way.
import type { LookupAddress, LookupOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { createRequire } from 'node:module';

// node:net and node:dns are required when first needed: the CLI's flag definitions import this module (--resolve),
// and --help and --version, which parse no entry, loaded node:net with it (~2.5 ms of CPU where the output is a file,
// neither a terminal nor a pipe, which load it themselves).
const requireBuiltin = createRequire(import.meta.url);
let netModule: typeof import('node:net') | undefined;
const isIP = (address: string): number => (netModule ??= requireBuiltin('node:net') as typeof import('node:net')).isIP(address);

/** hostname → IP address; a key `*.a.test` matches every subdomain of a.test (not a.test itself). */
export type ResolveMap = Record<string, string>;

const HOST_RE = /^(\*\.)?([a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*\.?$/;

/**
 * Parse a spec such as `www.a.test=127.0.0.1,*.a.test=::1` into a ResolveMap.
 * Throws an Error naming the offending entry when a host or address is malformed.
 */
export function parseResolve(spec: string): ResolveMap {
  const map: ResolveMap = {};
  for (const raw of spec.split(',')) {
    const entry = raw.trim();
    if (!entry) continue;
    const eq = entry.indexOf('=');
    if (eq < 0) throw new Error(`invalid resolve entry "${entry}": expected HOST=ADDRESS`);
    const host = entry.slice(0, eq).trim().toLowerCase();
    const address = entry.slice(eq + 1).trim().replace(/^\[(.*)\]$/, '$1');
    if (!HOST_RE.test(host)) throw new Error(`invalid resolve entry "${entry}": "${host}" is not a hostname`);
    if (isIP(address) === 0) throw new Error(`invalid resolve entry "${entry}": "${address}" is not an IP address`);
    map[host.replace(/\.$/, '')] = address;
  }
  return map;
}

/** A map with its hosts as resolveOverride compares them: lower case, without a final dot. */
export function normalizeResolve(map: ResolveMap): ResolveMap {
  const normalised: ResolveMap = {};
  for (const [host, address] of Object.entries(map)) normalised[host.toLowerCase().replace(/\.$/, '')] = address;
  return normalised;
}

/**
 * The address `hostname` is forced to, if any: an exact entry wins over a wildcard, a longer wildcard over a shorter.
 * The one place a host is matched against the overrides (the connection's lookup and the collector's "is this
 * target local" both ask here); `map` is normalised (parseResolve's output, or normalizeResolve's).
 */
export function resolveOverride(map: ResolveMap, hostname: string): string | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const exact = map[host];
  if (exact) return exact;
  const labels = host.split('.');
  for (let i = 1; i < labels.length; i++) {
    const wildcard = map[`*.${labels.slice(i).join('.')}`];
    if (wildcard) return wildcard;
  }
  return undefined;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
type DnsLookup = (hostname: string, options: LookupOptions, callback: LookupCallback) => void;

/**
 * A `lookup` for net/tls.connect that answers overridden hostnames from the map and defers to
 * dns.lookup for every other name. Node calls it with `all: true` when happy-eyeballs is on.
 */
export function createLookup(map: ResolveMap): LookupFunction {
  const normalised = normalizeResolve(map);
  const lookup = (hostname: string, options: LookupOptions, callback: LookupCallback): void => {
    const address = resolveOverride(normalised, hostname);
    if (!address) {
      ((requireBuiltin('node:dns') as typeof import('node:dns')).lookup as unknown as DnsLookup)(hostname, options, callback);
      return;
    }
    const family = isIP(address);
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  return lookup as unknown as LookupFunction;
}

/** NO_PROXY entries for the overridden hosts: a forced address means "connect there", never through a proxy. */
export function noProxyEntries(map: ResolveMap): string[] {
  return Object.keys(map).map((host) => (host.startsWith('*.') ? host.slice(1) : host));
}
