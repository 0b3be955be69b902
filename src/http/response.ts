// Reading responses: header flattening, the size cap, discarding unwanted bodies, and the status left in
// a RequestRetryError when retries run out.
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

/** Throw a body away, reading a little of it so the connection can be reused when it is short. */
export async function discard(body: Dispatcher.ResponseData['body']): Promise<void> {
  try {
    await body.dump({ limit: DISCARD_LIMIT });
  } catch {
    // The body is being thrown away; a failure while draining it changes nothing for the caller.
  }
}

/** Read a body up to maxBytes: refuse early on a too-large Content-Length, else count streamed bytes. */
export async function readCapped(
  body: Dispatcher.ResponseData['body'],
  contentLength: string | undefined,
  maxBytes: number,
  url: string,
): Promise<Buffer> {
  const declared = contentLength ? Number(contentLength) : NaN;
  if (Number.isFinite(declared) && declared > maxBytes) {
    body.destroy();
    throw new HttpError(
      'too-large',
      url,
      `response larger than ${formatBytes(maxBytes)} (Content-Length: ${formatBytes(declared)})`,
      { data: { maxBytes, contentLength: declared } },
    );
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    total += chunk.length;
    // Leaving the loop by throwing destroys the stream, so the rest is never downloaded.
    if (total > maxBytes) throw new HttpError('too-large', url, `response larger than ${formatBytes(maxBytes)}`, { data: { maxBytes } });
    chunks.push(chunk);
  }
  // A page that came in one piece is that piece: no copy.
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}
