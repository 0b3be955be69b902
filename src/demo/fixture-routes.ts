// The special routes a demo host declares in its `_routes.json`: status pages, redirects, forced content types, and
// query-string variants with extra headers, so a path can play a paginated JSON API (cursor, max_id, Link headers).
// Fault routes (slow, huge, throttled, odd charsets) are test-only: tests/support/fault-server.ts adds them on top.
import { readFileSync } from 'node:fs';

/** One special route. Fields combine; see `applyRoute` in fixture-server.ts for the order they apply in. */
export interface RouteSpec {
  /** Response status (an error page, or `file`'s content when there is one; with `redirect`, default 302). */
  status?: number;
  /** Content-Type to send instead of the one from the file extension. */
  contentType?: string;
  /** File to serve, relative to the host's root (default: the file the path maps to). */
  file?: string;
  /** Location to redirect to (placeholders allowed); status defaults to 302. */
  redirect?: string;
  /** Query parameters the request must carry with exactly these values for this route to apply (others are ignored). */
  query?: Record<string, string>;
  /** Extra response headers (placeholders allowed), e.g. a `Link` to the next page of an API listing. */
  headers?: Record<string, string>;
}

/**
 * A path's route: one spec (its fields at the top level), or — from a JSON array, or an object with `query` —
 * `variants` tried against the request's query string (see `selectRoute`).
 */
export type Route<S extends { query?: Record<string, string> } = RouteSpec> = S & { variants?: S[] };

export type RouteTable<S extends { query?: Record<string, string> } = RouteSpec> = Record<string, Route<S>>;

/** The keys a demo route may use, by the kind of value each takes. */
export const ROUTE_KEYS = {
  number: ['status'],
  string: ['contentType', 'file', 'redirect'],
  boolean: [],
  map: ['query', 'headers'],
} as const satisfies Record<'number' | 'string' | 'boolean' | 'map', readonly string[]>;

/** Route keys by kind: what a spec parser accepts (the tests' fault layer adds its own). */
export interface KeySet {
  number: readonly string[];
  string: readonly string[];
  boolean: readonly string[];
  map: readonly string[];
}

// RFC 9110 field-name token; headers the server computes itself cannot be overridden.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const RESERVED_HEADERS = new Set(['content-length', 'content-type', 'transfer-encoding', 'connection']);

/**
 * Checks the keys of one spec object against `keys` (types, then the shared constraints: a real HTTP status, a file
 * inside the host, one-line headers a route may set); `where` names the file, route and variant for the message.
 */
export function checkSpec(spec: unknown, where: string, keys: KeySet): Record<string, unknown> {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) throw new Error(`${where}: expected an object`);
  const s = spec as Record<string, unknown>;
  const known = new Set<string>([...keys.number, ...keys.string, ...keys.boolean, ...keys.map]);
  for (const key of Object.keys(s)) {
    if (!known.has(key)) throw new Error(`${where}: unknown key "${key}"`);
  }
  for (const key of keys.number) {
    if (key in s && (typeof s[key] !== 'number' || !Number.isFinite(s[key]) || (s[key] as number) < 0)) {
      throw new Error(`${where}: "${key}" must be a non-negative number`);
    }
  }
  for (const key of keys.string) {
    if (key in s && (typeof s[key] !== 'string' || s[key] === '')) throw new Error(`${where}: "${key}" must be a non-empty string`);
  }
  for (const key of keys.boolean) {
    if (key in s && typeof s[key] !== 'boolean') throw new Error(`${where}: "${key}" must be a boolean`);
  }
  for (const key of keys.map) {
    if (!(key in s)) continue;
    const map = s[key];
    if (typeof map !== 'object' || map === null || Array.isArray(map) || Object.keys(map).length === 0) {
      throw new Error(`${where}: "${key}" must be a non-empty object of strings`);
    }
    for (const [name, value] of Object.entries(map as Record<string, unknown>)) {
      if (typeof value !== 'string') throw new Error(`${where}: "${key}.${name}" must be a string`);
      if (key === 'headers' && (!HEADER_NAME.test(name) || RESERVED_HEADERS.has(name.toLowerCase()))) {
        throw new Error(`${where}: "headers.${name}" is not a header a route may set`);
      }
      if (key === 'headers' && /[\r\n]/.test(value)) throw new Error(`${where}: "headers.${name}" must be one line`);
    }
  }
  if (typeof s.status === 'number' && (s.status < 100 || s.status > 599 || !Number.isInteger(s.status))) {
    throw new Error(`${where}: "status" must be an HTTP status code`);
  }
  if (typeof s.file === 'string' && (s.file.split(/[\\/]/).includes('..') || s.file.startsWith('/'))) {
    throw new Error(`${where}: "file" must be a relative path inside the host`);
  }
  return s;
}

/**
 * Validates a parsed route table with `parseSpec` for each route or variant. Throws an Error naming `source` and
 * the offending path/key, so a fixture typo fails at server start rather than as a mysterious page later. A route
 * is an object, or an array of variant objects (each with an optional `query`; at most one without it, the fallback).
 */
export function parseRoutes<S extends { query?: Record<string, string> }>(
  value: unknown,
  source: string,
  parseSpec: (spec: unknown, where: string) => S,
): RouteTable<S> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${source}: expected an object mapping paths to routes`);
  }
  const table: RouteTable<S> = {};
  for (const [path, spec] of Object.entries(value as Record<string, unknown>)) {
    const where = `${source}: route "${path}"`;
    if (!path.startsWith('/')) throw new Error(`${where}: the path must start with /`);
    if (!Array.isArray(spec)) {
      const one = parseSpec(spec, where);
      // An object with `query` is a one-variant route: other query strings get the path's plain file.
      table[path] = (one.query ? { variants: [one] } : one) as Route<S>;
      continue;
    }
    if (spec.length === 0) throw new Error(`${where}: expected at least one variant`);
    const variants = spec.map((v, i) => parseSpec(v, `${where} variant ${i}`));
    if (variants.filter((v) => !v.query).length > 1) throw new Error(`${where}: only one variant may lack "query" (the fallback)`);
    table[path] = { variants } as Route<S>;
  }
  return table;
}

/** Validates the parsed content of a demo host's `_routes.json` (see parseRoutes). */
export function parseRouteTable(value: unknown, source: string): RouteTable {
  return parseRoutes(value, source, (spec, where) => checkSpec(spec, where, ROUTE_KEYS) as RouteSpec);
}

/**
 * The spec that answers a request with query `params`: the route itself when it has no variants; otherwise the first
 * variant whose `query` entries all match exactly, else the variant without `query` (the fallback), else undefined
 * (the path is then served as a plain file).
 */
export function selectRoute<S extends { query?: Record<string, string> }>(route: Route<S>, params: URLSearchParams): S | undefined {
  if (!route.variants) return route;
  const matched = route.variants.find(
    (v) => v.query !== undefined && Object.entries(v.query).every(([name, value]) => params.get(name) === value),
  );
  return matched ?? route.variants.find((v) => v.query === undefined);
}

/** Reads a JSON route file; a missing file means no special routes. Throws naming the file for invalid JSON. */
export function readRouteFile(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw err;
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: invalid JSON (${(err as Error).message})`);
  }
}

/** Reads and validates a host's `_routes.json`; a missing file means no special routes. */
export function loadRouteTable(file: string): RouteTable {
  return parseRouteTable(readRouteFile(file), file);
}
