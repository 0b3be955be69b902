// The one undici dispatcher behind every request: proxy from the environment, forced addresses,
// explicit timeouts, and the retry interceptor.
import { createRequire } from 'node:module';
import type { Dispatcher } from 'undici';
import { createLookup, noProxyEntries, type ResolveMap } from './resolve.js';
import { createRetryCallback, RETRY_ERROR_CODES, RETRY_STATUSES, BASE_BACKOFF_MS, type RetryPolicy } from './retry.js';

export interface DispatcherSettings extends RetryPolicy {
  timeoutMs: number;
  resolve: ResolveMap;
  env: NodeJS.ProcessEnv;
  /** A dispatcher to wrap instead of building one (tests pass a MockAgent). */
  base?: Dispatcher;
}

const require = createRequire(import.meta.url);

/**
 * The parts of undici a crawl uses, loaded alone: undici's index also loads fetch, WebSocket, caches, cookies and its
 * mock agents, three times the modules (~50 ms of CPU at every start). Nor is its request API loaded (the methods the
 * index adds to every dispatcher, and the body streams they make): the client dispatches each request with a handler
 * of its own (response.ts, `exchange`).
 */
function undiciParts(): { Agent: typeof import('undici').Agent; retry: typeof import('undici').interceptors.retry } {
  return { Agent: require('undici/lib/dispatcher/agent') as typeof import('undici').Agent, retry: require('undici/lib/interceptor/retry') as typeof import('undici').interceptors.retry };
}

/** Proxy settings read from `env`; lower-case names win, as in curl and undici. */
export function proxyEnv(env: NodeJS.ProcessEnv): { httpProxy: string; httpsProxy: string; noProxy: string } {
  const pick = (name: string): string => (env[name.toLowerCase()] ?? env[name.toUpperCase()] ?? '').trim();
  const httpProxy = pick('HTTP_PROXY');
  // As in undici and curl, HTTPS_PROXY falls back to HTTP_PROXY.
  const httpsProxy = pick('HTTPS_PROXY') || httpProxy;
  return { httpProxy, httpsProxy, noProxy: pick('NO_PROXY') };
}

/**
 * Build the shared dispatcher. Returns it with `owned: true` when we created the underlying agent (and so
 * must close it), false when wrapping the caller's.
 */
export function buildDispatcher(settings: DispatcherSettings): { dispatcher: Dispatcher; owned: boolean } {
  const { Agent, retry: retryInterceptor } = undiciParts();
  const retry = retryInterceptor({
    maxRetries: settings.retries,
    maxTimeout: settings.maxRetryAfterMs,
    minTimeout: BASE_BACKOFF_MS,
    statusCodes: RETRY_STATUSES,
    errorCodes: RETRY_ERROR_CODES,
    methods: ['GET', 'HEAD'],
    // throwOnError stays at its default (true): with false, undici forwards the body of a response it is
    // about to retry when the transport ignores pause() (MockAgent does). The last 429/5xx then arrives
    // as a RequestRetryError carrying status and headers, which the client turns back into a response.
    retry: createRetryCallback(settings),
  });
  if (settings.base) return { dispatcher: settings.base.compose(retry), owned: false };

  const agentOptions = {
    // connect covers DNS + TCP (+ TLS). Waiting for the status line and for body chunks is left to the per-request
    // deadline (client.ts, deadline.ts), which caps the whole exchange and is not fooled by an event loop blocked
    // by the analysis of a heavy page: undici's own headers and body timers would fire late and fail an answer that
    // already sat in the socket, unread.
    connect: { timeout: settings.timeoutMs, lookup: createLookup(settings.resolve) },
    headersTimeout: 0,
    bodyTimeout: 0,
  };
  const proxy = proxyEnv(settings.env);
  const base =
    proxy.httpProxy || proxy.httpsProxy
      ? new (require('undici/lib/dispatcher/env-http-proxy-agent') as typeof import('undici').EnvHttpProxyAgent)({
          ...agentOptions,
          // Empty strings (not undefined) so undici never falls back to reading process.env itself.
          httpProxy: proxy.httpProxy,
          httpsProxy: proxy.httpsProxy,
          noProxy: [proxy.noProxy, ...noProxyEntries(settings.resolve)].filter(Boolean).join(','),
          // Plain http targets go to the proxy in absolute form (as curl does) instead of a CONNECT tunnel,
          // which many corporate proxies refuse on port 80.
          proxyTunnel: false,
        })
      : new Agent(agentOptions);
  return { dispatcher: base.compose(retry), owned: true };
}
