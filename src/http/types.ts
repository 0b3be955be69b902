// The HTTP layer's public contract: client options, fetch results and the HttpClient interface.
import type { Dispatcher } from 'undici';
import type { ResolveMap } from './resolve.js';
import type { RobotsInfo } from './robots.js';

export interface HttpOptions {
  /** Connect, headers and body-silence timeouts, and the deadline of each request (default 10 000 ms). */
  timeoutMs?: number;
  /** Largest body read, in bytes (default 5 MiB); larger responses fail with `too-large`. */
  maxBytes?: number;
  userAgent?: string;
  /** Requests in flight to one hostname (default 4). */
  perHostConcurrency?: number;
  /** Requests in flight overall (default 8). */
  concurrency?: number;
  /** Retries after 429/500/502/503/504 or a connection reset (default 2, so 3 attempts at most). */
  retries?: number;
  /** Redirects followed before failing with `too-many-redirects` (default 5). */
  maxRedirects?: number;
  /** Longest wait a Retry-After header (or back-off) may impose before a retry (default 30 000 ms). */
  maxRetryAfterMs?: number;
  /** Obey robots.txt (default true). */
  respectRobots?: boolean;
  /** hostname → IP address to connect to instead of asking DNS (see parseResolve). */
  resolve?: ResolveMap;
  /** Where HTTP_PROXY / HTTPS_PROXY / NO_PROXY are read (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** A dispatcher to send requests through instead of the built one (tests pass a MockAgent); not closed by close(). */
  dispatcher?: Dispatcher;
  /**
   * A limiter shared by several clients for API calls (`api: true`): a batch gives every brand's client the same
   * one, so the whole run respects each API host's limits as one client would.
   */
  apiLimiter?: { run<T>(hostname: string, task: () => Promise<T>): Promise<T> };
}

/** A charset label that names no known encoding, and where it was declared. */
export interface CharsetWarning {
  label: string;
  declaredIn: 'content-type' | 'document';
}

export interface FetchResult {
  /** The URL as requested. */
  url: string;
  /** The URL that answered, after redirects (without fragment). */
  finalUrl: string;
  status: number;
  /** Response headers, names lower-cased, repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** Lower-case mime type without parameters, '' when the response had no Content-Type. */
  contentType: string;
  /** The encoding the body was decoded with (WHATWG name, e.g. 'utf-8', 'windows-1252'). */
  charset?: string;
  /** Declared charsets that name no known encoding (the body was then decoded another way); absent when none. */
  charsetWarnings?: CharsetWarning[];
  body?: string;
  /** Body bytes read (0 when skipped). */
  bytes: number;
  /** Wall time of the whole fetch, redirects and retries included. */
  ms: number;
  skipped?: 'not-accepted';
}

export interface FetchTextOptions {
  /** Decides from the response's mime type whether the body is worth reading; rejected bodies are discarded unread. */
  accept?: (contentType: string) => boolean;
  /** Extra request headers; they override the defaults (User-Agent, Accept). */
  headers?: Record<string, string>;
  /** Cancels the fetch; it then fails with code `aborted`. */
  signal?: AbortSignal;
  /**
   * The URL is a documented public API or feed meant for programs (Bluesky XRPC, Mastodon API, a YouTube channel
   * feed): robots.txt, which governs crawling pages, is not consulted, as feed readers and API clients do not.
   * `fetchJson` is always an API call.
   */
  api?: boolean;
  /**
   * The URL carries a credential (an API key in its query string): redirects are followed within its origin only,
   * and one to another origin fails with `off-origin-redirect`, so the credential never reaches another host.
   */
  keepOrigin?: boolean;
}

export interface JsonResult<T> {
  status: number;
  /** The parsed body; undefined for an empty body, or a non-2xx body that is not JSON. */
  data: T | undefined;
  headers: Record<string, string>;
  finalUrl: string;
}

export interface HttpClient {
  /** GET `url` following redirects; HTTP error statuses are returned, transport failures throw HttpError. */
  fetchText(url: string, opts?: FetchTextOptions): Promise<FetchResult>;
  /** GET `url` asking for JSON and parse it; a malformed 2xx body throws HttpError `bad-json`. */
  fetchJson<T = unknown>(url: string, opts?: Omit<FetchTextOptions, 'accept'>): Promise<JsonResult<T>>;
  /** Whether robots.txt lets the tool fetch `url`; always true when respectRobots is false. */
  robotsAllowed(url: string): Promise<boolean>;
  /** What is known of an origin's robots.txt once it has been consulted. */
  robotsInfo(origin: string): RobotsInfo | undefined;
  /** Abort requests in flight and release connections. */
  close(): Promise<void>;
}
