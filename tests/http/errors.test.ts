// Tests for mapping undici/Node errors to HttpError codes and one-line messages.
import { describe, expect, it } from 'vitest';
import { formatBytes, formatSeconds, HttpError, toHttpError } from '../../src/http/errors.js';

const coded = (code: string, message: string, extra: Record<string, unknown> = {}): Error =>
  Object.assign(new Error(message), { code, ...extra });
const URL_ = 'https://www.a.test/page';

describe('toHttpError', () => {
  it('maps DNS failures and names the host', () => {
    const err = toHttpError(coded('ENOTFOUND', 'getaddrinfo ENOTFOUND www.nope.test', { hostname: 'www.nope.test' }), URL_, {
      timeoutMs: 10_000,
    });
    expect(err).toBeInstanceOf(HttpError);
    expect(err.code).toBe('dns');
    expect(err.url).toBe(URL_);
    expect(err.message).toBe('DNS lookup failed for www.nope.test (ENOTFOUND)');
    // What a snapshot keeps: the figures, never the English sentence.
    expect(err.data).toEqual({ host: 'www.nope.test', errno: 'ENOTFOUND' });
  });

  it('maps a refused connection with its address', () => {
    const err = toHttpError(coded('ECONNREFUSED', 'connect ECONNREFUSED', { address: '127.0.0.1', port: 9 }), URL_, {
      timeoutMs: 1,
    });
    expect([err.code, err.message, err.data]).toEqual(['refused', 'connection refused by 127.0.0.1:9', { host: '127.0.0.1:9' }]);
  });

  it('finds the code inside an AggregateError (happy eyeballs)', () => {
    const inner = coded('ECONNREFUSED', 'refused', { address: '::1', port: 80 });
    const err = toHttpError(Object.assign(new AggregateError([inner], 'all failed'), { code: 'ECONNREFUSED' }), URL_, {
      timeoutMs: 1,
    });
    expect(err.code).toBe('refused');
  });

  it('maps certificate errors to tls with the reason', () => {
    const err = toHttpError(coded('CERT_HAS_EXPIRED', 'certificate has expired'), URL_, { timeoutMs: 1 });
    expect([err.code, err.message, err.data]).toEqual(['tls', 'TLS error: certificate has expired', { errno: 'CERT_HAS_EXPIRED' }]);
    expect(toHttpError(coded('ERR_TLS_CERT_ALTNAME_INVALID', 'altname'), URL_, { timeoutMs: 1 }).code).toBe('tls');
    expect(toHttpError(coded('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed'), URL_, { timeoutMs: 1 }).code).toBe('tls');
  });

  it('words an OpenSSL error by its reason, not its error queue', () => {
    const queue = '809CA5AD097F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:350:\n';
    const err = toHttpError(coded('ERR_SSL_WRONG_VERSION_NUMBER', queue, { reason: 'wrong version number' }), URL_, { timeoutMs: 1 });
    expect([err.code, err.message]).toEqual(['tls', 'TLS error: wrong version number']);
  });

  it('maps undici timeouts, wherever they sit in the cause chain', () => {
    const wrapped = new Error('fetch failed', { cause: coded('UND_ERR_HEADERS_TIMEOUT', 'Headers Timeout Error') });
    const err = toHttpError(wrapped, URL_, { timeoutMs: 10_000 });
    expect([err.code, err.message, err.data]).toEqual(['timeout', 'timeout after 10 s', { seconds: 10 }]);
    const connect = toHttpError(coded('UND_ERR_CONNECT_TIMEOUT', 'x'), URL_, { timeoutMs: 2500 });
    expect([connect.message, connect.data]).toEqual(['timeout after 2.5 s', { seconds: 2.5 }]);
  });

  it('lets our own deadline and the caller abort win over the socket error', () => {
    const reset = coded('ECONNRESET', 'socket hang up');
    expect(toHttpError(reset, URL_, { timeoutMs: 300, timedOut: true })).toMatchObject({ code: 'timeout', data: { seconds: 0.3 } });
    expect(toHttpError(reset, URL_, { timeoutMs: 300, aborted: true })).toMatchObject({ code: 'aborted', data: {} });
  });

  it('reports anything else as a network error on one line', () => {
    const err = toHttpError(coded('UND_ERR_SOCKET', 'other side\nclosed'), URL_, { timeoutMs: 1 });
    expect([err.code, err.message, err.data]).toEqual(['network', 'network error: other side closed (UND_ERR_SOCKET)', { errno: 'UND_ERR_SOCKET' }]);
    expect(toHttpError(new Error('odd'), URL_, { timeoutMs: 1 }).data).toEqual({ errno: 'unknown' });
  });

  it('passes an HttpError through unchanged', () => {
    const original = new HttpError('robots', URL_, 'disallowed');
    expect(toHttpError(original, 'https://other.test/', { timeoutMs: 1, timedOut: true })).toBe(original);
  });
});

describe('formatting', () => {
  it('formats durations and sizes', () => {
    expect(formatSeconds(10_000)).toBe('10 s');
    expect(formatSeconds(300)).toBe('0.3 s');
    expect(formatBytes(5 * 1024 * 1024)).toBe('5 MiB');
    expect(formatBytes(1536)).toBe('1.5 KiB');
    expect(formatBytes(12)).toBe('12 bytes');
  });
});
