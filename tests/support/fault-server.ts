// The fixture server as tests use it: the demo server (src/demo/fixture-server.ts) plus the test-only fault routes
// (tests/support/fault-routes.ts) — slow pages, 429s with Retry-After, bodies over the size cap, odd charsets.
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import {
  listBrands,
  renderFile,
  send,
  sendStatusPage,
  startFixtureServer,
  statusText,
  type FixtureServer,
  type FixtureServerOptions,
  type Interceptor,
} from '../../src/demo/fixture-server.js';
import { contentTypeFor, insideRoot, mapPathToFile } from '../../src/demo/fixture-paths.js';
import { selectRoute, type RouteTable } from '../../src/demo/fixture-routes.js';
import { encodeWindows1252 } from '../../src/demo/windows-1252.js';
import { DEMO_APIS } from '../../src/demo/sites.js';
import { loadFaultTables, parseFaultTable, type FaultSpec, type FaultTables } from './fault-routes.js';
import { GENERATORS } from './fault-generators.js';

export type { FixtureServer };

/** The fixture server with a count of the requests each host and path received (faulty or not). */
export interface FaultServer extends FixtureServer {
  /** Requests `host` received, for `path` only when given (no query string). */
  requests(host: string, path?: string): number;
}

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The bundled brand sites (the demo's), which the end-to-end and collector tests audit. */
export const SITES_DIR = path.join(ROOT, 'fixtures', 'sites');
/** The faults tests add to the bundled sites (the vieux-bazar brand's slow, throttled, huge and legacy pages). */
export const FAULT_ROUTES_FILE = path.join(ROOT, 'tests', 'support', 'fault-routes.json');

export interface FaultServerOptions extends Omit<FixtureServerOptions, 'intercept'> {
  /** host → fault routes; every host must be one the server serves. */
  faults?: FaultTables;
}

/** Starts the fixture server with fault routes on top of each host's own routes. */
export async function startFaultServer(opts: FaultServerOptions): Promise<FaultServer> {
  const served = new Set(listBrands(opts.root).flatMap((b) => b.hosts));
  const tables = new Map<string, RouteTable<FaultSpec>>();
  for (const [host, table] of Object.entries(opts.faults ?? {})) {
    if (!served.has(host)) throw new Error(`fault routes: host "${host}" is not served from ${opts.root}`);
    tables.set(host, parseFaultTable(table, `fault routes of ${host}`));
  }
  const { faults: _faults, ...server } = opts;
  const counts = new Map<string, number>();
  const faults = faultInterceptor(tables);
  const started = await startFixtureServer({
    ...server,
    intercept: (ctx, next) => {
      for (const key of [ctx.host, `${ctx.host} ${ctx.path}`]) counts.set(key, (counts.get(key) ?? 0) + 1);
      return faults(ctx, next);
    },
  });
  return { ...started, requests: (host, path) => counts.get(path === undefined ? host : `${host} ${path}`) ?? 0 };
}

/** The bundled sites with their test faults: what the end-to-end tests and the goldens audit. */
export function startSitesServer(opts: Omit<FaultServerOptions, 'root' | 'faults'> = {}): Promise<FaultServer> {
  return startFaultServer({ ...opts, root: SITES_DIR, faults: loadFaultTables(FAULT_ROUTES_FILE) });
}

/**
 * Applies a request's fault, if any: throttle (the first `times` requests get `status`, default 429, with
 * Retry-After), then delay, then a generated answer, a huge stream or the file re-labelled/re-encoded; with none of
 * those left, the host's own routes and files answer. Throttled requests are counted per host, path and variant.
 */
function faultInterceptor(tables: Map<string, RouteTable<FaultSpec>>): Interceptor {
  const hits = new Map<string, number>();
  return async (ctx, next) => {
    const table = tables.get(ctx.host);
    // A key ending in `*` covers every path it prefixes (pages a generator invents, such as a catalogue without end).
    const route = table?.[ctx.path] ?? Object.entries(table ?? {}).find(([key]) => key.endsWith('*') && ctx.path.startsWith(key.slice(0, -1)))?.[1];
    const fault = route ? selectRoute(route, ctx.query) : undefined;
    if (!route || !fault) return next();
    const { req, res } = ctx;
    const throttles = fault.retryAfter !== undefined || fault.times !== undefined;
    if (throttles) {
      const key = `${ctx.host}${ctx.path}#${route.variants ? route.variants.indexOf(fault) : 0}`;
      const count = (hits.get(key) ?? 0) + 1;
      hits.set(key, count);
      if (count <= (fault.times ?? Infinity)) {
        const status = fault.status ?? 429;
        const retry = fault.retryAfter !== undefined ? { 'retry-after': String(fault.retryAfter) } : {};
        return sendStatusPage(req, res, status, statusText(status), retry);
      }
    }
    if (fault.delayMs && !(await wait(fault.delayMs, res))) return;
    if (fault.generate) return GENERATORS[fault.generate](ctx, fault.params ?? {});
    // Once through the throttle, `status` belonged to the throttled answers: what follows is a plain 200.
    const status = throttles ? 200 : (fault.status ?? 200);
    if (fault.bytes !== undefined) return streamHtml(req, res, status, fault.bytes, fault.contentLength === true);
    if (fault.charset || fault.rawCharset) {
      const file = fault.file ? insideRoot(ctx.dir, fault.file) : mapPathToFile(ctx.dir, ctx.path);
      if (!file) return sendStatusPage(req, res, 404, 'Not Found');
      const utf8 = renderFile(file, ctx.port, ctx.now);
      const type = contentTypeFor(file).split(';')[0];
      const body = fault.charset ? encodeWindows1252(utf8.toString('utf8')) : utf8;
      return send(req, res, status, body, { 'content-type': `${type}; charset=${fault.charset ?? fault.rawCharset}` });
    }
    return next();
  };
}

/** Resolves after `ms`, or early with false when the response closes first (client gone or server closing). */
function wait(ms: number, res: ServerResponse): Promise<boolean> {
  return new Promise((done) => {
    const onClose = (): void => {
      clearTimeout(timer);
      done(false);
    };
    const timer = setTimeout(() => {
      res.off('close', onClose);
      done(true);
    }, ms);
    res.once('close', onClose);
  });
}

/** Resolves when the response can take more data (or is gone). */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((done) => {
    const finish = (): void => {
      res.off('drain', finish);
      res.off('close', finish);
      done();
    };
    res.once('drain', finish);
    res.once('close', finish);
  });
}

/**
 * Streams exactly `total` bytes of (ASCII) HTML, respecting back-pressure and stopping as soon as the client hangs
 * up — an HTTP client enforcing a size cap closes the connection mid-stream.
 */
async function streamHtml(req: IncomingMessage, res: ServerResponse, status: number, total: number, withLength: boolean): Promise<void> {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    ...(withLength ? { 'content-length': total } : {}),
  });
  if (req.method === 'HEAD') return void res.end();
  const open = Buffer.from('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Catalogue</title></head><body>\n');
  const close = Buffer.from('</body></html>\n');
  const line = '<p>REF-000000 lot de 100 pieces</p>\n';
  const block = Buffer.from(line.repeat(Math.ceil(65536 / line.length)));
  let remaining = total;
  const write = async (chunk: Buffer): Promise<boolean> => {
    if (res.destroyed || remaining <= 0) return false;
    const part = chunk.subarray(0, remaining);
    remaining -= part.length;
    if (!res.write(part)) await drained(res);
    return !res.destroyed;
  };
  if (total >= open.length + close.length) {
    await write(open);
    while (remaining > close.length && !res.destroyed) {
      if (!(await write(block.subarray(0, remaining - close.length)))) break;
    }
    await write(close);
  } else {
    while (remaining > 0 && (await write(block))) {
      /* keep writing */
    }
  }
  if (!res.destroyed) res.end();
}

/**
 * The environment that points the social sources at the server's local API stand-ins, built from the demo's own
 * table (DEMO_APIS), so tests, the golden script and the demo name the same hosts. No token: callers add their own.
 */
export function standInEnv(server: FixtureServer): Record<string, string> {
  return Object.fromEntries(Object.entries(DEMO_APIS).map(([variable, host]) => [variable, server.origin(host)]));
}
