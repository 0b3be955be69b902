// Reading responses: one exchange gathered into a Buffer (the size cap, discarding unwanted bodies), header
// flattening, and the status left in a RequestRetryError when retries run out.
import type { Dispatcher } from 'undici';
import { formatBytes, HttpError } from './errors.js';

// Bytes read from a body we discard before dropping the connection instead of reusing it.
const DISCARD_LIMIT = 64 * 1024;

/** Response headers as a plain record: names lower-cased, repeated headers joined with ", ". */
export function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

/** The status and headers of a RequestRetryError (the retry interceptor's "still failing after retries"). */
export function retriedStatus(err: unknown): { status: number; headers: Record<string, string> } | undefined {
  const e = err as { code?: unknown; statusCode?: unknown; headers?: unknown } | null;
  if (!e || e.code !== 'UND_ERR_REQ_RETRY' || typeof e.statusCode !== 'number') return undefined;
  const headers = e.headers && typeof e.headers === 'object' ? e.headers : {};
  return { status: e.statusCode, headers: flattenHeaders(headers as Record<string, string | string[] | undefined>) };
}

/** What `exchange` does with a response's body, chosen from its status and headers: read it, or throw it away. */
export type BodyUse = 'read' | 'discard';

/**
 * A response as `exchange` hands it back: its body when it was read, none when it was thrown away; `gaveUp` when the
 * retries were spent on a 429/5xx (the status and headers of the last, whose body was dropped on the way).
 */
export interface Exchanged {
  status: number;
  headers: Record<string, string>;
  body?: Buffer;
  gaveUp?: true;
}

type Controller = Dispatcher.DispatchController;

/**
 * One exchange through `dispatcher.dispatch`, with a handler that gathers the body's chunks into a Buffer: undici's
 * `request()` makes a readable stream of every body (and an async iterator over it) for what is read here in one go.
 * `use` sees the status and headers (names lower-cased, repeated headers joined) and says what to do with the body.
 * A body read is capped at `maxBytes` (a larger Content-Length refused at once, else the bytes counted as they come),
 * and fails with the error that ended it; a body thrown away is read for up to DISCARD_LIMIT bytes so that the
 * connection can be reused (a longer one drops it), and nothing that happens to it is the caller's failure. `signal`
 * aborts the exchange with its reason, before or after the headers, as `request()`'s signal did. Retries spent on a
 * 429/5xx before any response came through (the retry interceptor's error) give that status, with `gaveUp`.
 */
export function exchange(
  dispatcher: Dispatcher,
  options: Dispatcher.DispatchOptions,
  signal: AbortSignal,
  use: (status: number, headers: Record<string, string>) => BodyUse,
  maxBytes: number,
  url: string,
): Promise<Exchanged> {
  return new Promise((resolve, reject) => {
    let controller: Controller | undefined;
    let settled = false;
    let result: Exchanged | undefined;
    let discarding = false;
    let chunks: Buffer[] = [];
    let total = 0;
    const settle = (): void => {
      settled = true;
      signal.removeEventListener('abort', onAbort);
    };
    const fail = (err: unknown): void => {
      if (settled) return;
      settle();
      // Whatever ends a body thrown away, the answer is its status and headers.
      if (discarding && result) return resolve(result);
      const gaveUp = result || signal.aborted ? undefined : retriedStatus(err);
      if (gaveUp) resolve({ ...gaveUp, gaveUp: true });
      else reject(err);
    };
    const stop = (err: unknown): void => {
      fail(err);
      controller?.abort(err instanceof Error ? err : new Error(String(err)));
    };
    function onAbort(): void {
      const reason: unknown = signal.reason;
      if (controller) stop(reason);
      else fail(reason);
    }
    if (signal.aborted) return reject(signal.reason);
    signal.addEventListener('abort', onAbort);
    const handler: Dispatcher.DispatchHandler = {
      onRequestStart(c) {
        controller = c;
        if (settled) c.abort(signal.reason instanceof Error ? signal.reason : new Error('request aborted'));
      },
      onResponseStart(c, status, raw) {
        // Informational answers (1xx) come before the response itself, as request() skipped them.
        if (settled || status < 200) return;
        const headers = flattenHeaders(raw as Record<string, string | string[] | undefined>);
        result = { status, headers };
        const declared = headers['content-length'] ? Number(headers['content-length']) : NaN;
        let wanted: BodyUse;
        try {
          wanted = use(status, headers);
        } catch (err) {
          return stop(err);
        }
        if (wanted === 'discard') {
          discarding = true;
          if (declared > DISCARD_LIMIT) stop(new Error('body not wanted'));
          return;
        }
        if (Number.isFinite(declared) && declared > maxBytes) {
          stop(
            new HttpError('too-large', url, `response larger than ${formatBytes(maxBytes)} (Content-Length: ${formatBytes(declared)})`, {
              data: { maxBytes, contentLength: declared },
            }),
          );
        }
      },
      onResponseData(c, chunk) {
        if (settled) return;
        total += chunk.length;
        if (discarding) {
          if (total > DISCARD_LIMIT) stop(new Error('body not wanted'));
          return;
        }
        // Stopping here drops the connection, so the rest is never downloaded.
        if (total > maxBytes) return stop(new HttpError('too-large', url, `response larger than ${formatBytes(maxBytes)}`, { data: { maxBytes } }));
        chunks.push(chunk);
      },
      onResponseEnd() {
        if (settled || !result) return;
        settle();
        // A page that came in one piece is that piece: no copy.
        if (!discarding) result.body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
        chunks = [];
        resolve(result);
      },
      onResponseError(_c, err) {
        fail(err);
      },
    };
    try {
      dispatcher.dispatch(options, handler);
    } catch (err) {
      fail(err);
    }
  });
}
