// Test-only fault routes: the failures the crawler and the social sources must record and survive (slow pages,
// throttling with Retry-After, bodies larger than the size cap, legacy and unknown charsets, and the answers written
// by code in fault-generators.ts). They sit on top of a host's own routes (src/demo/fixture-routes.ts), with the same
// path keys and query variants.
import { checkSpec, parseRoutes, readRouteFile, type KeySet, type RouteTable } from '../../src/demo/fixture-routes.js';
import { SINGLE_BYTE_LABELS } from '../../src/demo/windows-1252.js';
import { GENERATORS } from './fault-generators.js';

/** One fault. Fields combine in this order: throttle, delay, then a huge stream or a re-labelled file (else the host answers). */
export interface FaultSpec {
  /** With `retryAfter`/`times`: the status of the throttled answers (default 429); with `bytes`: the stream's status. */
  status?: number;
  /** Wait this long before answering (cancelled when the client leaves or the server closes). */
  delayMs?: number;
  /** Stream this many bytes of HTML instead of a file. */
  bytes?: number;
  /** With `bytes`: announce the size in Content-Length (default: chunked, so only counting the stream catches it). */
  contentLength?: boolean;
  /** File to serve for `charset`/`rawCharset`, relative to the host's root (default: the file the path maps to). */
  file?: string;
  /** Re-encode the rendered file in this single-byte charset and declare it in Content-Type. */
  charset?: string;
  /** Declare this charset label in Content-Type but send the UTF-8 bytes unchanged (an unknown label). */
  rawCharset?: string;
  /** Seconds for the Retry-After header of throttled answers. */
  retryAfter?: number;
  /** How many requests are throttled before the route lets the request through (default: all when retryAfter is set). */
  times?: number;
  /** Query parameters the request must carry with exactly these values for this fault to apply. */
  query?: Record<string, string>;
  /** After the throttle and delay, answer with this generator of fault-generators.ts instead of a file. */
  generate?: string;
  /** The generator's parameters. */
  params?: Record<string, string>;
}

/** host → path → fault (or variants), as written in JSON; a path ending in `*` covers every path it prefixes. */
export type FaultTables = Record<string, unknown>;

const FAULT_KEYS: KeySet = {
  number: ['status', 'delayMs', 'bytes', 'retryAfter', 'times'],
  string: ['file', 'charset', 'rawCharset', 'generate'],
  boolean: ['contentLength'],
  map: ['query', 'params'],
};
const EFFECTS = ['delayMs', 'bytes', 'charset', 'rawCharset', 'retryAfter', 'times', 'generate'] as const;

function parseFault(spec: unknown, where: string): FaultSpec {
  const s = checkSpec(spec, where, FAULT_KEYS) as FaultSpec;
  if (!EFFECTS.some((key) => key in s)) throw new Error(`${where}: a fault needs one of ${EFFECTS.join(', ')}`);
  if (typeof s.charset === 'string' && !SINGLE_BYTE_LABELS.includes(s.charset.toLowerCase())) {
    throw new Error(`${where}: "charset" must be one of ${SINGLE_BYTE_LABELS.join(', ')}`);
  }
  if (s.generate !== undefined && !(s.generate in GENERATORS)) {
    throw new Error(`${where}: "generate" must be one of ${Object.keys(GENERATORS).join(', ')}`);
  }
  if (s.params !== undefined && s.generate === undefined) throw new Error(`${where}: "params" needs "generate"`);
  return s;
}

/** Validates one host's fault routes (same shape as `_routes.json`: a path's fault, or query variants). */
export function parseFaultTable(value: unknown, source: string): RouteTable<FaultSpec> {
  return parseRoutes(value, source, parseFault);
}

/** Reads a JSON file of fault tables keyed by host (its `$comment` key is documentation). */
export function loadFaultTables(file: string): FaultTables {
  const value = readRouteFile(file);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${file}: expected an object keyed by host`);
  const { $comment: _comment, ...tables } = value as Record<string, unknown>;
  return tables;
}
