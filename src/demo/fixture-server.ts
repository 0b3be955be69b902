// A dependency-free HTTP server for the synthetic brand sites under fixtures/sites: virtual hosts by Host header,
// placeholders rendered on the fly, and special routes (errors, slow/huge pages, charsets, redirects, 429s, and
// query-string variants with extra headers for the fake social APIs).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { contentTypeFor, insideRoot, isTextFile, mapPathToFile, safeDecodePath } from './fixture-paths.js';
import { renderPlaceholders } from './fixture-placeholders.js';
import { loadRouteTable, selectRoute, type RouteSpec, type RouteTable } from './fixture-routes.js';
import { encodeWindows1252 } from './windows-1252.js';

export interface FixtureServerOptions {
  /** Directory laid out as `<brand-slug>/<hostname>/…files` (e.g. fixtures/sites). */
  root: string;
  /** Port to listen on; 0 or absent picks a free one. */
  port?: number;
  /** Address to listen on (default 127.0.0.1). */
  host?: string;
  /** "Today" for `{{date:…}}` placeholders; tests pin it. Defaults to the clock at each request. */
  now?: () => Date;
}

export interface FixtureServer {
  port: number;
  /** Every served hostname, sorted. */
  hosts: string[];
  /** `http://HOST:PORT` for a served hostname (throws for a host the server does not serve). */
  origin(host: string): string;
  /** hostname → listen address, for the HTTP layer's host override (curl --resolve style). */
  resolve: Record<string, string>;
  /** Stops listening and destroys open connections, pending slow answers included. */
  close(): Promise<void>;
}

export interface FixtureBrand {
  slug: string;
  /** The brand's hostnames, sorted. */
  hosts: string[];
  /** Hostname to start an audit from: the first host starting with `www.` (else the first host). */
  start: string;
}

interface VirtualHost {
  name: string;
  dir: string;
  routes: RouteTable;
  /** Requests seen per throttled path (and variant), for `times`. */
  hits: Map<string, number>;
}

// Lower-case DNS labels with at least one dot: the only directory names that become hosts.
const HOSTNAME = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

function subdirectories(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && !e.name.startsWith('_'))
    .map((e) => e.name)
    .sort();
}

/**
 * The brands under `root` (one directory each) with their hosts: every sub-directory whose name contains a dot.
 * Throws when a host directory is not a valid lower-case hostname or when two brands claim the same host.
 */
export function listBrands(root: string): FixtureBrand[] {
  const seen = new Set<string>();
  const brands: FixtureBrand[] = [];
  for (const slug of subdirectories(root)) {
    const hosts = subdirectories(join(root, slug)).filter((name) => name.includes('.'));
    for (const host of hosts) {
      if (!HOSTNAME.test(host)) throw new Error(`${join(root, slug, host)}: not a valid lower-case hostname`);
      if (seen.has(host)) throw new Error(`${join(root, slug, host)}: host ${host} is served by another brand too`);
      seen.add(host);
    }
    if (hosts.length === 0) continue;
    brands.push({ slug, hosts, start: hosts.find((h) => h.startsWith('www.')) ?? hosts[0] });
  }
  return brands;
}

/** Hostname from a Host header: lower-cased, port and trailing dot removed; '' for IP-literal or missing hosts. */
function hostnameOf(header: string | undefined): string {
  if (!header || header.startsWith('[')) return '';
  return header.toLowerCase().replace(/:\d*$/, '').replace(/\.$/, '');
}

/** The path part of a request target, also for absolute-form targets; the query and fragment are dropped. */
function rawPathOf(target: string): string {
  const withoutAuthority = target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, '');
  const path = withoutAuthority.split(/[?#]/, 1)[0];
  return path === '' ? '/' : path;
}

/** The query string of a request target as parameters (empty when there is none). */
function queryOf(target: string): URLSearchParams {
  const query = /\?([^#]*)/.exec(target);
  return new URLSearchParams(query ? query[1] : '');
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: Buffer | string,
  headers: Record<string, string | number>,
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, { 'cache-control': 'no-store', ...headers, 'content-length': bytes.length });
  res.end(req.method === 'HEAD' ? undefined : bytes);
}

/** A small HTML page for error answers, as real servers send. */
function sendStatusPage(req: IncomingMessage, res: ServerResponse, status: number, text: string, extra = {}): void {
  const title = `${status} ${text}`;
  const path = escapeHtml(rawPathOf(req.url ?? '/'));
  const body = `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>\n<body><h1>${title}</h1><p>${path}</p></body></html>\n`;
  send(req, res, status, body, { 'content-type': 'text/html; charset=utf-8', ...extra });
}

function sendPlain(req: IncomingMessage, res: ServerResponse, status: number, text: string): void {
  send(req, res, status, `${text}\n`, { 'content-type': 'text/plain; charset=utf-8' });
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
async function streamHtml(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  total: number,
  withLength: boolean,
  extra: Record<string, string> = {},
): Promise<void> {
  res.writeHead(status, {
    ...extra,
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

/** Body and content type of a file, rendered through the placeholders when it is text. */
function renderFile(file: string, contentType: string, port: number, now: Date, charset?: string): { body: Buffer; type: string } {
  const raw = readFileSync(file);
  if (!isTextFile(file)) return { body: raw, type: contentType };
  const text = renderPlaceholders(raw.toString('utf8'), { port, now });
  if (charset) {
    return { body: encodeWindows1252(text), type: `${contentType.split(';')[0]}; charset=${charset}` };
  }
  return { body: Buffer.from(text, 'utf8'), type: contentType };
}

/**
 * Starts the fixture server. Every directory `root/<brand>/<hostname>/` is a virtual host, chosen by the Host header;
 * see fixtures/sites/README.md for the path mapping, placeholders and `_routes.json` behaviours.
 */
export async function startFixtureServer(opts: FixtureServerOptions): Promise<FixtureServer> {
  const listenHost = opts.host ?? '127.0.0.1';
  const now = opts.now ?? (() => new Date());
  const vhosts = new Map<string, VirtualHost>();
  for (const brand of listBrands(opts.root)) {
    for (const name of brand.hosts) {
      const dir = join(opts.root, brand.slug, name);
      vhosts.set(name, { name, dir, routes: loadRouteTable(join(dir, '_routes.json')), hits: new Map() });
    }
  }

  let port = 0;
  const sockets = new Set<Socket>();

  const serveFile = (
    req: IncomingMessage,
    res: ServerResponse,
    vhost: VirtualHost,
    path: string,
    route: RouteSpec,
    throttled: boolean,
    extra: Record<string, string> = {},
  ) => {
    const file = route.file ? insideRoot(vhost.dir, route.file) : mapPathToFile(vhost.dir, path);
    // With retryAfter/times, `status` belonged to the throttled answers; once through, the file is a plain 200.
    const status = throttled ? 200 : (route.status ?? 200);
    if (!file || !fileExists(file)) {
      if (route.status !== undefined && !throttled) return sendStatusPage(req, res, status, statusText(status), extra);
      return sendStatusPage(req, res, 404, 'Not Found', extra);
    }
    const type = route.contentType ?? contentTypeFor(file);
    const { body, type: sentType } = renderFile(file, type, port, now(), route.charset);
    const finalType = route.rawCharset ? `${sentType.split(';')[0]}; charset=${route.rawCharset}` : sentType;
    send(req, res, status, body, { ...extra, 'content-type': finalType });
  };

  /** A route's extra headers with placeholders rendered (a Link to the next page names the server's port). */
  const routeHeaders = (route: RouteSpec): Record<string, string> =>
    Object.fromEntries(
      Object.entries(route.headers ?? {}).map(([name, value]) => [name.toLowerCase(), renderPlaceholders(value, { port, now: now() })]),
    );

  /**
   * Applies a special route: throttle, then delay, then redirect, huge stream or file with overrides; the route's
   * extra headers go on every answer. `hitKey` counts throttled requests per path and variant.
   */
  const applyRoute = async (req: IncomingMessage, res: ServerResponse, vhost: VirtualHost, path: string, route: RouteSpec, hitKey: string) => {
    const extra = routeHeaders(route);
    const throttles = route.retryAfter !== undefined || route.times !== undefined;
    if (throttles) {
      const count = (vhost.hits.get(hitKey) ?? 0) + 1;
      vhost.hits.set(hitKey, count);
      if (count <= (route.times ?? Infinity)) {
        const status = route.status ?? 429;
        const retry = route.retryAfter !== undefined ? { 'retry-after': String(route.retryAfter) } : {};
        return sendStatusPage(req, res, status, statusText(status), { ...extra, ...retry });
      }
    }
    if (route.delayMs && !(await wait(route.delayMs, res))) return;
    if (route.redirect) {
      const location = renderPlaceholders(route.redirect, { port, now: now() });
      const status = route.status ?? 302;
      return sendStatusPage(req, res, status, statusText(status), { ...extra, location });
    }
    if (route.bytes !== undefined) {
      return streamHtml(req, res, throttles ? 200 : (route.status ?? 200), route.bytes, route.contentLength === true, extra);
    }
    serveFile(req, res, vhost, path, route, throttles, extra);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return sendPlain(req, res, 405, 'Method not allowed');
    }
    const hostname = hostnameOf(req.headers.host);
    const vhost = vhosts.get(hostname);
    if (!vhost) return sendPlain(req, res, 421, `Misdirected request: no fixture site for host "${hostname}"`);
    const path = safeDecodePath(rawPathOf(req.url ?? '/'));
    if (path === null) return sendPlain(req, res, 400, 'Bad request: path refused');
    const route = vhost.routes[path];
    const spec = route ? selectRoute(route, queryOf(req.url ?? '/')) : undefined;
    if (route && spec) {
      const hitKey = route.variants ? `${path}#${route.variants.indexOf(spec)}` : path;
      return applyRoute(req, res, vhost, path, spec, hitKey);
    }
    serveFile(req, res, vhost, path, {}, false);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: Error) => {
      if (!res.headersSent) sendPlain(req, res, 500, `Fixture server error: ${err.message}`);
      else res.destroy(err);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, listenHost, () => {
      server.off('error', fail);
      done();
    });
  });
  port = (server.address() as AddressInfo).port;

  // A wildcard listen address is reachable on loopback; clients need an address they can connect to.
  const connectTo = listenHost === '0.0.0.0' ? '127.0.0.1' : listenHost === '::' ? '::1' : listenHost;
  const hosts = [...vhosts.keys()].sort();
  let closing: Promise<void> | undefined;

  return {
    port,
    hosts,
    resolve: Object.fromEntries(hosts.map((h) => [h, connectTo])),
    origin(host: string): string {
      if (!vhosts.has(host)) throw new Error(`The fixture server does not serve host "${host}" (serves: ${hosts.join(', ')})`);
      return `http://${host}:${port}`;
    },
    close(): Promise<void> {
      closing ??= new Promise<void>((done) => {
        server.close(() => done());
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}

function fileExists(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function statusText(status: number): string {
  return STATUS_CODES[status] ?? 'Status';
}
