// Retry policy for undici's retry interceptor: which failures are retried, and how long to wait.
import type { Dispatcher, RetryHandler } from 'undici';

// Transient server states (RFC 9110 §15.6; 429 from RFC 6585). Other 4xx/5xx are answers, not hiccups.
export const RETRY_STATUSES = [429, 500, 502, 503, 504];
// Connection reset or closed mid-exchange. DNS failures and refused connections are not retried:
// they will not heal within the seconds an audit can wait.
export const RETRY_ERROR_CODES = ['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET'];
// Only statuses where RFC 9110 §10.2.3 gives Retry-After a meaning for a failed request.
const RETRY_AFTER_STATUSES = new Set([429, 503]);
/** First back-off when there is no usable Retry-After; doubles on each retry (undici's default base). */
export const BASE_BACKOFF_MS = 500;

export interface RetryPolicy {
  retries: number;
  maxRetryAfterMs: number;
}

/** Hooks one request gives the policy: its abort signal, and a way to push its deadline past a wait. */
export interface RetryHooks {
  signal?: AbortSignal;
  onWait?: (ms: number) => void;
}

/** Milliseconds a Retry-After value asks for (delay-seconds or an HTTP-date), or undefined when unusable. */
export function parseRetryAfter(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}

/** The wait a 429 or 503 asks for in its Retry-After header, in ms; undefined for other statuses or no usable header. */
export function askedWait(statusCode: number | undefined, headers: Record<string, string | string[] | undefined> | undefined): number | undefined {
  if (statusCode == null || !RETRY_AFTER_STATUSES.has(statusCode)) return undefined;
  return parseRetryAfter(headers?.['retry-after']);
}

/**
 * How long to wait before retry number `attempt` (1-based): the Retry-After a 429/503 asks for, else an exponential
 * back-off, never more than maxRetryAfterMs; undefined when the server asks for a longer wait than that, which means
 * giving up at once: a hostile or misconfigured server (Retry-After: 86400, or a date a day away) must not stall the
 * audit, and waiting a fraction of what it asked would only be refused again.
 */
export function retryDelay(
  policy: RetryPolicy,
  attempt: number,
  statusCode: number | undefined,
  headers: Record<string, string | string[] | undefined> | undefined,
): number | undefined {
  const asked = askedWait(statusCode, headers);
  if (asked != null) return asked <= policy.maxRetryAfterMs ? asked : undefined;
  return Math.min(BASE_BACKOFF_MS * 2 ** (attempt - 1), policy.maxRetryAfterMs);
}

interface RetryableError extends Error {
  statusCode?: number;
  code?: string;
  headers?: Record<string, string | string[] | undefined>;
}

/**
 * Build the `retry` callback of undici's RetryHandler. `state.counter` is the number of attempts made so
 * far, so `retries: 2` means three attempts at most. Waits end early (without retrying) on abort.
 */
export function createRetryCallback(policy: RetryPolicy, hooks: RetryHooks = {}): RetryHandler.RetryCallback {
  return (error, { state, opts }, callback) => {
    const err = error as RetryableError;
    const method = (opts as Dispatcher.DispatchOptions).method;
    const isStatus = err.code === 'UND_ERR_REQ_RETRY' && err.statusCode != null;
    const retryable = isStatus
      ? RETRY_STATUSES.includes(err.statusCode as number)
      : typeof err.code === 'string' && RETRY_ERROR_CODES.includes(err.code);
    if (!retryable || (method !== 'GET' && method !== 'HEAD') || state.counter > policy.retries || hooks.signal?.aborted) {
      callback(err);
      return;
    }
    const wait = retryDelay(policy, state.counter, isStatus ? err.statusCode : undefined, err.headers);
    if (wait === undefined) {
      // The server asked for a longer wait than the audit allows: its answer (429/503 and its Retry-After) stands.
      callback(err);
      return;
    }
    hooks.onWait?.(wait);
    const onAbort = (): void => {
      clearTimeout(timer);
      // The failed exchange is over, so nothing else would settle the request: hand back the error.
      callback(err);
    };
    const timer = setTimeout(() => {
      hooks.signal?.removeEventListener('abort', onAbort);
      callback(null);
    }, wait);
    hooks.signal?.addEventListener('abort', onAbort, { once: true });
  };
}
