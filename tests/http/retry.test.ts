// Tests for the retry policy: Retry-After parsing, the cap, back-off, and which failures are retried.
import { describe, expect, it } from 'vitest';
import { createRetryCallback, parseRetryAfter, retryDelay } from '../../src/http/retry.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2024-05-01T12:00:00Z');
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
  });
  it('reads an HTTP-date relative to now', () => {
    expect(parseRetryAfter('Wed, 01 May 2024 12:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 01 May 2024 11:00:00 GMT', now)).toBe(0);
  });
  it('returns undefined for garbage or absence', () => {
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('retryDelay', () => {
  const policy = { retries: 2, maxRetryAfterMs: 30_000 };
  it('honours Retry-After on 429 and 503 up to maxRetryAfterMs, and gives up on a longer wait', () => {
    expect(retryDelay(policy, 1, 429, { 'retry-after': '2' })).toBe(2000);
    expect(retryDelay(policy, 1, 429, { 'retry-after': '30' })).toBe(30_000);
    // 99,999 s, or a date a day away: waiting a fraction of it would only be refused again.
    expect(retryDelay(policy, 1, 503, { 'retry-after': '99999' })).toBeUndefined();
    expect(retryDelay(policy, 1, 429, { 'retry-after': new Date(Date.now() + 86_400_000).toUTCString() })).toBeUndefined();
  });
  it('ignores Retry-After on other statuses and backs off exponentially', () => {
    expect(retryDelay(policy, 1, 500, { 'retry-after': '20' })).toBe(500);
    expect(retryDelay(policy, 2, 502, undefined)).toBe(1000);
    expect(retryDelay({ retries: 2, maxRetryAfterMs: 700 }, 3, undefined, undefined)).toBe(700);
  });
});

describe('createRetryCallback', () => {
  const decide = (err: Error, counter: number, policy = { retries: 2, maxRetryAfterMs: 0 }): Promise<Error | null | undefined> =>
    new Promise((resolve) =>
      createRetryCallback(policy)(err, { state: { counter }, opts: { method: 'GET', path: '/' } }, resolve),
    );
  const status = (statusCode: number): Error => Object.assign(new Error('x'), { code: 'UND_ERR_REQ_RETRY', statusCode });

  it('retries 503 and connection resets until the budget is spent', async () => {
    expect(await decide(status(503), 1)).toBeNull();
    expect(await decide(Object.assign(new Error('reset'), { code: 'ECONNRESET' }), 2)).toBeNull();
    const last = status(503);
    expect(await decide(last, 3)).toBe(last);
  });

  it('gives up at once when Retry-After asks for more than maxRetryAfterMs', async () => {
    const busy = Object.assign(new Error('x'), { code: 'UND_ERR_REQ_RETRY', statusCode: 429, headers: { 'retry-after': '99999' } });
    const started = Date.now();
    expect(await decide(busy, 1, { retries: 2, maxRetryAfterMs: 30_000 })).toBe(busy);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('does not retry 404, DNS failures or refused connections', async () => {
    for (const err of [
      status(404),
      Object.assign(new Error('dns'), { code: 'ENOTFOUND' }),
      Object.assign(new Error('refused'), { code: 'ECONNREFUSED' }),
    ]) {
      expect(await decide(err, 1)).toBe(err);
    }
  });
});
