// HttpError: the one typed error the HTTP layer throws, and the mapping from undici/Node error codes to it.

/** Stable failure codes; collectors copy them into the snapshot (PageError.code), so never rename one. */
export type HttpErrorCode =
  | 'timeout'
  | 'too-large'
  | 'dns'
  | 'refused'
  | 'tls'
  | 'network'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'unsafe-redirect'
  | 'robots'
  | 'bad-url'
  | 'aborted'
  | 'bad-json'
  | 'off-origin-redirect';

/**
 * The figures of a failure, for the snapshot: collectors store `{ code, data }` and reports word it in their language.
 * Only short technical values go here (seconds, a byte limit, a host name, a system error code): never a response
 * body, a full URL (API URLs can carry keys in their query) or an English sentence.
 */
export type HttpErrorData = Record<string, string | number>;

/**
 * A failed HTTP exchange. HTTP error statuses (404, 500…) are not HttpErrors: they are returned with their status.
 * `message` is English for the CLI's stderr and debugging; what a snapshot keeps is `code` and `data`.
 */
export class HttpError extends Error {
  override name = 'HttpError';
  readonly code: HttpErrorCode;
  /** The URL whose fetch failed (the hop that failed when redirects were followed). */
  readonly url: string;
  /** The failure's figures, by code: timeout `{ seconds }`, too-large `{ maxBytes }`, dns `{ host, errno }`… */
  readonly data: HttpErrorData;

  constructor(code: HttpErrorCode, url: string, message: string, options?: { cause?: unknown; data?: HttpErrorData }) {
    // Messages end up on one line in terminal reports and JUnit attributes.
    super(oneLine(message), options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.url = url;
    this.data = options?.data ?? {};
  }
}

/** "10 s", "0.3 s", "1.5 s": how durations appear in error messages. */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** "5 MiB", "512 KiB", "300 bytes": how sizes appear in error messages. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Number((n / (1024 * 1024)).toFixed(1))} MiB`;
  if (n >= 1024) return `${Number((n / 1024).toFixed(1))} KiB`;
  return `${n} bytes`;
}

function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

interface ErrnoLike {
  code?: unknown;
  message?: unknown;
  hostname?: unknown;
  address?: unknown;
  port?: unknown;
  cause?: unknown;
  errors?: unknown;
  name?: unknown;
  /** OpenSSL's own words ("wrong version number"), without the library's error queue around them. */
  reason?: unknown;
}

// getaddrinfo failures: ENOTFOUND (no such name), EAI_AGAIN (resolver unreachable, common offline).
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA', 'EAI_FAIL']);
const TIMEOUT_CODES = new Set([
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
]);
// OpenSSL verification codes that do not start with CERT_ (see Node's tls docs, "X509 certificate error codes").
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_CRL',
  'HOSTNAME_MISMATCH',
  'EPROTO', // "wrong version number": TLS spoken to a plain-HTTP port
]);

function isTlsCode(code: string): boolean {
  return code.startsWith('CERT_') || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_') || TLS_CODES.has(code);
}

/** The innermost error carrying a code: undici wraps socket errors in `cause`, happy-eyeballs in AggregateError. */
function findCoded(err: unknown): ErrnoLike | undefined {
  const seen = new Set<unknown>();
  let current: unknown = err;
  let found: ErrnoLike | undefined;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const e = current as ErrnoLike;
    if (typeof e.code === 'string' && e.code !== 'UND_ERR_REQ_RETRY') found = e;
    if (e.cause) current = e.cause;
    else if (Array.isArray(e.errors) && e.errors.length > 0) current = e.errors[0];
    else break;
  }
  return found;
}

function messageOf(e: ErrnoLike | undefined, fallback: unknown): string {
  if (e && typeof e.message === 'string' && e.message) return e.message;
  if (fallback instanceof Error && fallback.message) return fallback.message;
  return String(fallback);
}

/**
 * Turn anything thrown while fetching `url` into an HttpError with a one-line human message.
 * `timedOut` / `aborted` say whether our own deadline or the caller's signal fired, which wins over the
 * (less telling) error undici reports for the destroyed socket.
 */
export function toHttpError(
  err: unknown,
  url: string,
  ctx: { timeoutMs: number; timedOut?: boolean; aborted?: boolean },
): HttpError {
  if (err instanceof HttpError) return err;
  const timeout = (): HttpError =>
    new HttpError('timeout', url, `timeout after ${formatSeconds(ctx.timeoutMs)}`, { cause: err, data: { seconds: ctx.timeoutMs / 1000 } });
  if (ctx.timedOut) return timeout();
  if (ctx.aborted) return new HttpError('aborted', url, 'request aborted', { cause: err });

  const coded = findCoded(err);
  const code = typeof coded?.code === 'string' ? coded.code : '';
  const message = messageOf(coded, err);
  const host = hostOf(url);

  if (TIMEOUT_CODES.has(code)) return timeout();
  if (DNS_CODES.has(code)) {
    const name = typeof coded?.hostname === 'string' && coded.hostname ? coded.hostname : host;
    return new HttpError('dns', url, `DNS lookup failed for ${name} (${code})`, { cause: err, data: { host: name, errno: code } });
  }
  if (code === 'ECONNREFUSED') {
    const where =
      typeof coded?.address === 'string' ? `${coded.address}${coded.port != null ? `:${String(coded.port)}` : ''}` : host;
    return new HttpError('refused', url, `connection refused by ${where}`, { cause: err, data: { host: where } });
  }
  if (isTlsCode(code)) {
    // An OpenSSL error's message is its error queue ("809C…:error:0A00010B:SSL routines:ssl3_get_record:wrong version
    // number:../deps/openssl/…/ssl3_record.c:350:"); its `reason` is the part a reader can act on.
    const reason = typeof coded?.reason === 'string' && coded.reason ? coded.reason : message;
    return new HttpError('tls', url, `TLS error: ${reason}`, { cause: err, data: { errno: code } });
  }
  if (code === 'UND_ERR_ABORTED' || (err as ErrnoLike)?.name === 'AbortError') {
    return new HttpError('aborted', url, 'request aborted', { cause: err });
  }
  if (code === 'ERR_INVALID_URL' || code === 'UND_ERR_INVALID_ARG') {
    return new HttpError('bad-url', url, `invalid URL: ${message}`, { cause: err });
  }
  return new HttpError('network', url, `network error: ${message}${code ? ` (${code})` : ''}`, {
    cause: err,
    data: { errno: code || 'unknown' },
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
