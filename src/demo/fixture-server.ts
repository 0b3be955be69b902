// A dependency-free HTTP server for the synthetic brand sites under fixtures/sites (`brand-audit demo`): virtual hosts
// by Host header, placeholders rendered on the fly, and the demo's special routes (status pages, redirects, forced
// content types, query-string variants with extra headers for the fake social APIs). Tests add fault routes (slow,
// huge, throttled, odd charsets) through `intercept` (tests/support/fault-server.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, STATUS_CODES, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { join } from 'node:path';
import { contentTypeFor, insideRoot, isTextFile, mapPathToFile, safeDecodePath } from './fixture-paths.js';
import { renderPlaceholders } from './fixture-placeholders.js';
import { loadRouteTable, selectRoute, type RouteSpec, type RouteTable } from './fixture-routes.js';

export interface FixtureServerOptions {
  /** Directory laid out as `<brand-slug>/<hostname>/…files` (e.g. fixtures/sites). */
  root: string;
  /** Port to listen on; 0 or absent picks a free one. */
  port?: number;
  /** Address to listen on (default 127.0.0.1). */
  host?: string;
  /** "Today" for `{{date:…}}` placeholders; tests pin it. Defaults to the clock at each request. */
  now?: () => Date;
  /** Sees every request to a served host before the host's own routes and files (tests add fault routes here). */
  intercept?: Interceptor;
}

/** A request to a served host, as an interceptor sees it. */
export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  /** The virtual host and its folder. */
  host: string;
  dir: string;
  /** The decoded path (no query) and the query parameters. */
  path: string;
  query: URLSearchParams;
  /** The server's port and "today", for placeholders. */
  port: number;
  now: Date;
}

/** Answers a request itself, or calls `next` to let the host's routes and files answer it (after a delay, say). */
export type Interceptor = (ctx: RequestContext, next: () => Promise<void>) => Promise<void>;

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

export function send(
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
export function sendStatusPage(req: IncomingMessage, res: ServerResponse, status: number, text: string, extra = {}): void {
  const title = `${status} ${text}`;
  const path = escapeHtml(rawPathOf(req.url ?? '/'));
  const body = `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>\n<body><h1>${title}</h1><p>${path}</p></body></html>\n`;
  send(req, res, status, body, { 'content-type': 'text/html; charset=utf-8', ...extra });
}

function sendPlain(req: IncomingMessage, res: ServerResponse, status: number, text: string): void {
  send(req, res, status, `${text}\n`, { 'content-type': 'text/plain; charset=utf-8' });
}

/** Body of a file, rendered through the placeholders when it is text. */
export function renderFile(file: string, port: number, now: Date): Buffer {
  const raw = readFileSync(file);
  if (!isTextFile(file)) return raw;
  return Buffer.from(renderPlaceholders(raw.toString('utf8'), { port, now }), 'utf8');
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
      vhosts.set(name, { name, dir, routes: loadRouteTable(join(dir, '_routes.json')) });
    }
  }

  let port = 0;
  const sockets = new Set<Socket>();

  const serveFile = (req: IncomingMessage, res: ServerResponse, vhost: VirtualHost, path: string, route: RouteSpec, extra: Record<string, string> = {}) => {
    // mapPathToFile answers with a file it found (a stat each): only a route's file is looked for here.
    const file = route.file ? insideRoot(vhost.dir, route.file) : mapPathToFile(vhost.dir, path);
    const status = route.status ?? 200;
    if (!file || (route.file && !fileExists(file))) {
      if (route.status !== undefined) return sendStatusPage(req, res, status, statusText(status), extra);
      return sendStatusPage(req, res, 404, 'Not Found', extra);
    }
    const body = renderFile(file, port, now());
    send(req, res, status, body, { ...extra, 'content-type': route.contentType ?? contentTypeFor(file) });
  };

  /** A route's extra headers with placeholders rendered (a Link to the next page names the server's port). */
  const routeHeaders = (route: RouteSpec): Record<string, string> =>
    Object.fromEntries(
      Object.entries(route.headers ?? {}).map(([name, value]) => [name.toLowerCase(), renderPlaceholders(value, { port, now: now() })]),
    );

  /** Applies a special route: a redirect, or the file (or a status page) with overrides; extra headers on every answer. */
  const applyRoute = (req: IncomingMessage, res: ServerResponse, vhost: VirtualHost, path: string, route: RouteSpec) => {
    const extra = routeHeaders(route);
    if (route.redirect) {
      const location = renderPlaceholders(route.redirect, { port, now: now() });
      const status = route.status ?? 302;
      return sendStatusPage(req, res, status, statusText(status), { ...extra, location });
    }
    serveFile(req, res, vhost, path, route, extra);
  };

  /** The host's own answer: its route for the path (and query), else the file the path maps to. */
  const answer = async (req: IncomingMessage, res: ServerResponse, vhost: VirtualHost, path: string, query: URLSearchParams): Promise<void> => {
    const route = vhost.routes[path];
    const spec = route ? selectRoute(route, query) : undefined;
    if (spec) return applyRoute(req, res, vhost, path, spec);
    serveFile(req, res, vhost, path, {});
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
    const query = queryOf(req.url ?? '/');
    const next = (): Promise<void> => answer(req, res, vhost, path, query);
    if (!opts.intercept) return next();
    return opts.intercept({ req, res, host: vhost.name, dir: vhost.dir, path, query, port, now: now() }, next);
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
    return statSync(file, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    return false;
  }
}

export function statusText(status: number): string {
  return STATUS_CODES[status] ?? 'Status';
}
