// The HTTP client every collector uses: one dispatcher, manual redirects checked against robots.txt,
// size cap, per-host limits, charset-aware decoding, and typed errors.
import type { Dispatcher, RetryHandler } from 'undici';
import { decodeBody, parseContentType, sniffDeclaredCharset, type ContentType } from './charset.js';
import { Deadline } from './deadline.js';
import { buildDispatcher } from './dispatcher.js';
import { HttpError, toHttpError } from './errors.js';
import { HostLimiter } from './limits.js';
import { exchange } from './response.js';
import { createRetryCallback, type RetryPolicy } from './retry.js';
import { RobotsCache } from './robots.js';
import type { CharsetWarning, FetchResult, FetchTextOptions, HttpClient, HttpOptions, JsonResult } from './types.js';
import { defaultUserAgent, PRODUCT_TOKEN, toolVersion } from './user-agent.js';

export { HttpError, type HttpErrorCode } from './errors.js';
export { parseResolve, type ResolveMap } from './resolve.js';
export { defaultUserAgent } from './user-agent.js';
export { askedWait } from './retry.js';
export { createRedactor, REDACTED, secretsFrom, SECRET_ENV_VARS, type Redactor } from './secrets.js';
export type { RobotsInfo } from './robots.js';
export type { CharsetWarning, FetchResult, FetchTextOptions, HttpClient, HttpOptions, JsonResult } from './types.js';

/** Defaults of HttpOptions. */
export const HTTP_DEFAULTS = {
  // 10 s: long enough for a slow CMS page, short enough that a dead host does not stall a batch run.
  timeoutMs: 10_000,
  // 5 MiB: far above any real HTML page (HTTP Archive medians are well under 100 KiB of HTML).
  maxBytes: 5 * 1024 * 1024,
  perHostConcurrency: 4,
  concurrency: 8,
  retries: 2,
  // 5 redirects, the minimum RFC 9309 asks robots.txt fetchers to follow, is plenty for real sites.
  maxRedirects: 5,
  maxRetryAfterMs: 30_000,
} as const;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const HTML_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const JSON_ACCEPT = 'application/json';
const ROBOTS_ACCEPT = 'text/plain,*/*;q=0.8';

/** The outcome of one request (one hop of a redirect chain). */
interface Hop {
  status: number;
  headers: Record<string, string>;
  location?: string;
  contentType: ContentType;
  bytes?: Buffer;
  skipped?: 'not-accepted';
}

interface RawResult extends Hop {
  finalUrl: string;
  ms: number;
}

function positiveInt(name: string, value: number | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`HTTP option ${name} must be an integer ≥ ${min}, got ${value}`);
  }
  return value;
}

function lowerKeys(headers: Record<string, string> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) out[name.toLowerCase()] = value;
  return out;
}

/** Parse `raw` (relative to `base`) as an http(s) URL without fragment, or throw HttpError `bad-url`. */
function httpUrl(raw: string, errorUrl: string, base?: string): URL {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    throw new HttpError('bad-url', errorUrl, `invalid URL "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new HttpError('bad-url', errorUrl, `unsupported URL scheme "${url.protocol}" in "${raw}"`);
  }
  url.hash = '';
  return url;
}

/** Whether a charset label names an encoding the WHATWG Encoding Standard (and so the decoder) knows. */
function knownEncoding(label: string): boolean {
  try {
    new TextDecoder(label.trim());
    return true;
  } catch {
    return false;
  }
}

/**
 * The declared charsets the decoder had to skip (called when decoding warned): the Content-Type label and the
 * document's own declaration, each when it names no known encoding. A declaration the decoder never reached
 * (a known Content-Type charset wins) is not listed, as it could not have caused the warning.
 */
function unknownCharsets(bytes: Buffer, contentType: ContentType): CharsetWarning[] {
  const out: CharsetWarning[] = [];
  if (contentType.charset) {
    if (knownEncoding(contentType.charset)) return out;
    out.push({ label: contentType.charset, declaredIn: 'content-type' });
  }
  const declared = sniffDeclaredCharset(bytes, contentType.mime);
  if (declared && !knownEncoding(declared)) out.push({ label: declared, declaredIn: 'document' });
  return out;
}

/** Create the HTTP client. Call close() when done so sockets do not keep the process alive. */
export function createHttpClient(options: HttpOptions = {}): HttpClient {
  const timeoutMs = positiveInt('timeoutMs', options.timeoutMs, HTTP_DEFAULTS.timeoutMs);
  const maxBytes = positiveInt('maxBytes', options.maxBytes, HTTP_DEFAULTS.maxBytes);
  const maxRedirects = positiveInt('maxRedirects', options.maxRedirects, HTTP_DEFAULTS.maxRedirects, 0);
  const policy: RetryPolicy = {
    retries: positiveInt('retries', options.retries, HTTP_DEFAULTS.retries, 0),
    maxRetryAfterMs: positiveInt('maxRetryAfterMs', options.maxRetryAfterMs, HTTP_DEFAULTS.maxRetryAfterMs, 0),
  };
  const respectRobots = options.respectRobots !== false;
  const userAgent = options.userAgent ?? defaultUserAgent(toolVersion());
  const limiter = new HostLimiter(
    positiveInt('perHostConcurrency', options.perHostConcurrency, HTTP_DEFAULTS.perHostConcurrency),
    positiveInt('concurrency', options.concurrency, HTTP_DEFAULTS.concurrency),
  );
  const { dispatcher, owned } = buildDispatcher({
    ...policy,
    timeoutMs,
    resolve: options.resolve ?? {},
    env: options.env ?? process.env,
    base: options.dispatcher,
  });
  const closing = new AbortController();
  // The deadlines of the requests under way, aborted when the client closes.
  const inFlight = new Set<Deadline>();
  closing.signal.addEventListener('abort', () => {
    for (const deadline of inFlight) deadline.abort(closing.signal.reason);
  });

  /** One GET, under the concurrency limits and a fresh deadline. Redirects come back with `location` set. */
  function request(
    target: URL,
    headers: Record<string, string>,
    accept: FetchTextOptions['accept'],
    callerSignal: AbortSignal | undefined,
  ): Promise<Hop> {
    return limiter.run(target.hostname, async () => {
      // The clock starts once a slot is free: time queued behind other requests is not this request's fault.
      const deadline = new Deadline(timeoutMs);
      // The deadline's signal also carries the client's closing and the caller's abort, each with its reason: one
      // signal per request, where AbortSignal.any made a combined one tied to the client's long-lived signal by weak
      // references, which every request added to.
      const signal = deadline.signal;
      const callerAbort = (): void => deadline.abort(callerSignal?.reason);
      if (closing.signal.aborted) deadline.abort(closing.signal.reason);
      else if (callerSignal?.aborted) callerAbort();
      inFlight.add(deadline);
      callerSignal?.addEventListener('abort', callerAbort, { once: true });
      try {
        if (signal.aborted) throw signal.reason;
        const dispatchOptions: Dispatcher.DispatchOptions & { retryOptions: RetryHandler.RetryOptions } = {
          origin: target.origin,
          path: `${target.pathname}${target.search}`,
          method: 'GET',
          headers,
          // Per-request hooks: a retry wait pushes the deadline back and ends early on abort.
          retryOptions: { retry: createRetryCallback(policy, { signal, onWait: (ms) => deadline.extend(ms) }) },
        };
        // A redirect's body and one of a type the caller does not accept are thrown away; any other is read.
        const res = await exchange(
          dispatcher,
          dispatchOptions,
          signal,
          (status, resHeaders) =>
            (REDIRECT_STATUSES.has(status) && resHeaders.location) || (accept && !accept(parseContentType(resHeaders['content-type']).mime))
              ? 'discard'
              : 'read',
          maxBytes,
          target.href,
        );
        if (res.gaveUp) {
          // Retries spent on a 429/5xx: the status is the answer; its body was dropped on the way.
          const hop: Hop = { status: res.status, headers: res.headers, contentType: parseContentType(res.headers['content-type']) };
          if (accept && !accept(hop.contentType.mime)) return { ...hop, skipped: 'not-accepted' };
          return { ...hop, bytes: Buffer.alloc(0) };
        }
        const resHeaders = res.headers;
        const contentType = parseContentType(resHeaders['content-type']);
        const hop: Hop = { status: res.status, headers: resHeaders, contentType };
        if (REDIRECT_STATUSES.has(res.status) && resHeaders.location) return { ...hop, location: resHeaders.location };
        if (!res.body) return { ...hop, skipped: 'not-accepted' };
        return { ...hop, bytes: res.body };
      } catch (err) {
        throw toHttpError(err, target.href, {
          timeoutMs,
          timedOut: deadline.fired,
          aborted: closing.signal.aborted || callerSignal?.aborted === true,
        });
      } finally {
        inFlight.delete(deadline);
        callerSignal?.removeEventListener('abort', callerAbort);
        deadline.clear();
      }
    });
  }

  /** GET `url` following redirects by hand, so every hop is checked against robots.txt and loops are caught. */
  async function fetchRaw(
    url: string,
    opts: {
      checkRobots: boolean;
      headers: Record<string, string>;
      accept?: FetchTextOptions['accept'];
      signal?: AbortSignal;
      keepOrigin?: boolean;
    },
  ): Promise<RawResult> {
    const started = performance.now();
    let target = httpUrl(url, url);
    const origin = target.origin;
    const visited = new Set([target.href]);
    for (let redirects = 0; ; redirects++) {
      if (opts.checkRobots && respectRobots && !(await robots.allowed(target.href))) {
        throw new HttpError('robots', target.href, `disallowed by ${target.origin}/robots.txt`);
      }
      const hop = await request(target, opts.headers, opts.accept, opts.signal);
      if (hop.location === undefined) {
        return { ...hop, finalUrl: target.href, ms: Math.round(performance.now() - started) };
      }
      const next = httpUrl(hop.location, target.href, target.href);
      // A token travels in the Authorization header: it must reach its API's origin and no other, so a redirect
      // elsewhere is refused rather than followed with (or silently without) the credential.
      if (opts.headers.authorization !== undefined && next.origin !== target.origin) {
        throw new HttpError('unsafe-redirect', url, `refused to follow a redirect to ${next.host}: the request carries credentials`, {
          data: { host: next.hostname },
        });
      }
      if (opts.keepOrigin && next.origin !== origin) {
        // Named by origin only: the URL itself may carry the credential.
        throw new HttpError('off-origin-redirect', origin, `refused a redirect from ${origin} to ${next.origin}`, { data: { origin: next.origin } });
      }
      if (visited.has(next.href)) {
        throw new HttpError('redirect-loop', url, `redirect loop: ${target.href} leads back to ${next.href}`);
      }
      if (redirects >= maxRedirects) {
        throw new HttpError('too-many-redirects', url, `more than ${maxRedirects} redirects (last: ${next.href})`, {
          data: { maxRedirects },
        });
      }
      visited.add(next.href);
      target = next;
    }
  }

  const robots = new RobotsCache(async (robotsUrl) => {
    const raw = await fetchRaw(robotsUrl, {
      checkRobots: false,
      headers: { 'user-agent': userAgent, accept: ROBOTS_ACCEPT },
    });
    return { status: raw.status, body: raw.bytes ? decodeBody(raw.bytes, raw.contentType).text : undefined };
  }, PRODUCT_TOKEN);

  async function fetchText(url: string, opts: FetchTextOptions = {}): Promise<FetchResult> {
    const shared = options.apiLimiter;
    if (opts.api && shared) return shared.run(httpUrl(url, url).hostname, () => fetchTextNow(url, opts));
    return fetchTextNow(url, opts);
  }

  async function fetchTextNow(url: string, opts: FetchTextOptions): Promise<FetchResult> {
    const raw = await fetchRaw(url, {
      checkRobots: !opts.api,
      headers: { 'user-agent': userAgent, accept: HTML_ACCEPT, ...lowerKeys(opts.headers) },
      accept: opts.accept,
      signal: opts.signal,
      keepOrigin: opts.keepOrigin,
    });
    const result: FetchResult = {
      url,
      finalUrl: raw.finalUrl,
      status: raw.status,
      headers: raw.headers,
      contentType: raw.contentType.mime,
      bytes: raw.bytes?.length ?? 0,
      ms: raw.ms,
    };
    if (!raw.bytes) {
      if (raw.skipped) result.skipped = raw.skipped;
      return result;
    }
    const decoded = decodeBody(raw.bytes, raw.contentType);
    result.charset = decoded.charset;
    const unknown = decoded.warning ? unknownCharsets(raw.bytes, raw.contentType) : [];
    if (unknown.length > 0) result.charsetWarnings = unknown;
    result.body = decoded.text;
    return result;
  }

  async function fetchJson<T = unknown>(
    url: string,
    opts: Omit<FetchTextOptions, 'accept'> = {},
  ): Promise<JsonResult<T>> {
    const res = await fetchText(url, { ...opts, api: true, headers: { accept: JSON_ACCEPT, ...lowerKeys(opts.headers) } });
    const text = res.body ?? '';
    const ok = res.status >= 200 && res.status < 300;
    let data: T | undefined;
    if (text.trim() !== '') {
      try {
        data = JSON.parse(text) as T;
      } catch (err) {
        // Error pages (HTML 404s, proxy pages) are not JSON and need not be: the status says what happened.
        if (ok) {
          // Only where the parse failed: the parser's own message quotes the body around the failure, and a body
          // can echo the request, API key included.
          const position = /position (\d+)/.exec(err instanceof Error ? err.message : '')?.[1];
          throw new HttpError('bad-json', res.finalUrl, `malformed JSON${position ? ` (at character ${position})` : ''}`);
        }
      }
    }
    return { status: res.status, data, headers: res.headers, finalUrl: res.finalUrl };
  }

  let closed: Promise<void> | undefined;
  return {
    fetchText,
    fetchJson,
    async robotsAllowed(url: string): Promise<boolean> {
      const target = httpUrl(url, url);
      return respectRobots ? robots.allowed(target.href) : true;
    },
    robotsInfo: (origin: string) => robots.info(origin),
    close(): Promise<void> {
      closed ??= (async () => {
        closing.abort(new Error('HTTP client closed'));
        if (owned) await dispatcher.close();
      })();
      return closed;
    },
  };
}
