// Serves one of the demo brand's API stand-ins (fixtures/sites/maison-exemple/<host>: its _routes.json variants and
// files, placeholders rendered for a pinned "today") through undici's MockAgent, so the unit tests of the Facebook,
// Instagram and X sources read the very files the demo and the end-to-end tests read. Every request is recorded
// (path and Authorization header) for the tests that follow where a token went.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MockAgent } from 'undici';
import { loadRouteTable, selectRoute } from '../../src/demo/fixture-routes.js';
import { renderPlaceholders } from '../../src/demo/fixture-placeholders.js';

export const STAND_INS = fileURLToPath(new URL('../../fixtures/sites/maison-exemple/', import.meta.url));
/** The port the rendered `{{origin:HOST}}` links name; the MockAgent answers on it. */
export const STAND_IN_PORT = 8080;

export interface RecordedRequest {
  host: string;
  /** Path and query as sent. */
  path: string;
  authorization?: string;
}

/** `http://HOST:8080`, the origin a stand-in answers on. */
export const standInOrigin = (host: string): string => `http://${host}:${STAND_IN_PORT}`;

function headerOf(headers: unknown, name: string): string | undefined {
  if (Array.isArray(headers)) {
    for (let i = 0; i + 1 < headers.length; i += 2) if (String(headers[i]).toLowerCase() === name) return String(headers[i + 1]);
    return undefined;
  }
  if (headers && typeof headers === 'object') {
    for (const [k, v] of Object.entries(headers as Record<string, unknown>)) if (k.toLowerCase() === name) return String(v);
  }
  return undefined;
}

/**
 * Answers every GET to `host` on the MockAgent as the fixture server would: the route variant matching the query,
 * else the file the path maps to (`/a/b` → `a/b.json`), else 404. Interceptors registered on the agent before this
 * call answer first (tests put their error cases there). Returns the list the requests are recorded in.
 */
export function serveStandIn(agent: MockAgent, host: string, now: Date, log: RecordedRequest[] = []): RecordedRequest[] {
  const dir = join(STAND_INS, host);
  const routes = loadRouteTable(join(dir, '_routes.json'));
  const render = (text: string): string => renderPlaceholders(text, { port: STAND_IN_PORT, now });
  agent
    .get(standInOrigin(host))
    .intercept({ path: () => true, method: 'GET' })
    .reply((req) => {
      const url = new URL(req.path, standInOrigin(host));
      const authorization = headerOf(req.headers, 'authorization');
      log.push({ host, path: req.path, ...(authorization !== undefined ? { authorization } : {}) });
      const route = routes[url.pathname];
      const spec = route ? selectRoute(route, url.searchParams) : undefined;
      const file = join(dir, spec?.file ?? `${url.pathname.replace(/^\//, '')}.json`);
      const headers = Object.fromEntries(Object.entries(spec?.headers ?? {}).map(([k, v]) => [k.toLowerCase(), render(v)]));
      if (!existsSync(file)) return { statusCode: 404, data: '{}', responseOptions: { headers: { 'content-type': 'application/json' } } };
      return {
        statusCode: spec?.status ?? 200,
        data: render(readFileSync(file, 'utf8')),
        responseOptions: { headers: { 'content-type': 'application/json; charset=utf-8', ...headers } },
      };
    })
    .persist();
  return log;
}
