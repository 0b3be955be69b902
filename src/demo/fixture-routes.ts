// The special routes a fixture host declares in its `_routes.json`: errors, slow and huge pages, odd charsets,
// redirects and rate limits — the failure cases the crawler must record and survive — and query-string variants
// with extra headers, so a path can play a paginated JSON API (cursor, max_id, Link headers).
import { readFileSync } from 'node:fs';
import { SINGLE_BYTE_LABELS } from './windows-1252.js';

/** One special route. Fields combine; see `applyRoute` in fixture-server.ts for the order they apply in. */
export interface RouteSpec {
  /** Response status (with `retryAfter`/`times`: the status of the throttled answers, default 429). */
  status?: number;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Stream this many bytes of HTML instead of a file. */
  bytes?: number;
  /** With `bytes`: announce the size in Content-Length (default: chunked, so only counting the stream catches it). */
  contentLength?: boolean;
  /** Content-Type to send instead of the one from the file extension. */
  contentType?: string;
  /** File to serve, relative to the host's root (default: the file the path maps to). */
  file?: string;
  /** Location to redirect to (placeholders allowed); status defaults to 302. */
  redirect?: string;
  /** Re-encode the rendered file in this single-byte charset and declare it in Content-Type. */
  charset?: string;
  /** Declare this charset label in Content-Type but send the UTF-8 bytes unchanged (an unknown label). */
  rawCharset?: string;
  /** Seconds for the Retry-After header of throttled answers. */
  retryAfter?: number;
  /** How many requests are throttled before the file is served (default: all of them when retryAfter is set). */
  times?: number;
  /** Query parameters the request must carry with exactly these values for this route to apply (others are ignored). */
  query?: Record<string, string>;
  /** Extra response headers (placeholders allowed), e.g. a `Link` to the next page of an API listing. */
  headers?: Record<string, string>;
}

/**
 * A path's route: one spec (its fields at the top level), or — from a JSON array, or an object with `query` —
 * `variants` tried against the request's query string (see `selectRoute`).
 */
export interface Route extends RouteSpec {
  variants?: RouteSpec[];
}

export type RouteTable = Record<string, Route>;

const NUMBER_KEYS = ['status', 'delayMs', 'bytes', 'retryAfter', 'times'] as const;
const STRING_KEYS = ['contentType', 'file', 'redirect', 'charset', 'rawCharset'] as const;
const BOOLEAN_KEYS = ['contentLength'] as const;
const MAP_KEYS = ['query', 'headers'] as const;
const KNOWN = new Set<string>([...NUMBER_KEYS, ...STRING_KEYS, ...BOOLEAN_KEYS, ...MAP_KEYS]);
// RFC 9110 field-name token; headers the server computes itself cannot be overridden.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const RESERVED_HEADERS = new Set(['content-length', 'content-type', 'transfer-encoding', 'connection']);

/** Checks one spec object; `where` names the file, route and variant for the error message. */
function parseSpec(spec: unknown, where: string): RouteSpec {
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) throw new Error(`${where}: expected an object`);
  const s = spec as Record<string, unknown>;
  for (const key of Object.keys(s)) {
    if (!KNOWN.has(key)) throw new Error(`${where}: unknown key "${key}"`);
  }
  for (const key of NUMBER_KEYS) {
    if (key in s && (typeof s[key] !== 'number' || !Number.isFinite(s[key]) || (s[key] as number) < 0)) {
      throw new Error(`${where}: "${key}" must be a non-negative number`);
    }
  }
  for (const key of STRING_KEYS) {
    if (key in s && (typeof s[key] !== 'string' || s[key] === '')) throw new Error(`${where}: "${key}" must be a non-empty string`);
  }
  for (const key of BOOLEAN_KEYS) {
    if (key in s && typeof s[key] !== 'boolean') throw new Error(`${where}: "${key}" must be a boolean`);
  }
  for (const key of MAP_KEYS) {
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
  if (typeof s.charset === 'string' && !SINGLE_BYTE_LABELS.includes(s.charset.toLowerCase())) {
    throw new Error(`${where}: "charset" must be one of ${SINGLE_BYTE_LABELS.join(', ')}`);
  }
  if (typeof s.file === 'string' && (s.file.split(/[\\/]/).includes('..') || s.file.startsWith('/'))) {
    throw new Error(`${where}: "file" must be a relative path inside the host`);
  }
  return s as RouteSpec;
}

/**
 * Validates the parsed content of a `_routes.json`. Throws an Error naming `source` and the offending path/key,
 * so a fixture typo fails at server start rather than as a mysterious page later. A route is an object, or an array
 * of variant objects (each with an optional `query`; at most one without it, the fallback).
 */
export function parseRouteTable(value: unknown, source: string): RouteTable {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${source}: expected an object mapping paths to routes`);
  }
  const table: RouteTable = {};
  for (const [path, spec] of Object.entries(value as Record<string, unknown>)) {
    const where = `${source}: route "${path}"`;
    if (!path.startsWith('/')) throw new Error(`${where}: the path must start with /`);
    if (!Array.isArray(spec)) {
      const one = parseSpec(spec, where);
      // An object with `query` is a one-variant route: other query strings get the path's plain file.
      table[path] = one.query ? { variants: [one] } : one;
      continue;
    }
    if (spec.length === 0) throw new Error(`${where}: expected at least one variant`);
    const variants = spec.map((v, i) => parseSpec(v, `${where} variant ${i}`));
    if (variants.filter((v) => !v.query).length > 1) throw new Error(`${where}: only one variant may lack "query" (the fallback)`);
    table[path] = { variants };
  }
  return table;
}

/**
 * The spec that answers a request with query `params`: the route itself when it has no variants; otherwise the first
 * variant whose `query` entries all match exactly, else the variant without `query` (the fallback), else undefined
 * (the path is then served as a plain file).
 */
export function selectRoute(route: Route, params: URLSearchParams): RouteSpec | undefined {
  if (!route.variants) return route;
  const matched = route.variants.find(
    (v) => v.query !== undefined && Object.entries(v.query).every(([name, value]) => params.get(name) === value),
  );
  return matched ?? route.variants.find((v) => v.query === undefined);
}

/** Reads and validates a host's `_routes.json`; a missing file means no special routes. */
export function loadRouteTable(file: string): RouteTable {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw err;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new Error(`${file}: invalid JSON (${(err as Error).message})`);
  }
  return parseRouteTable(parsed, file);
}
