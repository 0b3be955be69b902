// Tests for host overrides: spec parsing, exact and wildcard matching, and the lookup handed to net.connect.
import dns from 'node:dns';
import { describe, expect, it } from 'vitest';
import { createLookup, noProxyEntries, parseResolve, resolveOverride } from '../../src/http/resolve.js';

describe('parseResolve', () => {
  it('parses several entries, lower-casing hosts', () => {
    expect(parseResolve('WWW.a.test=127.0.0.1, aide.a.test=127.0.0.2,*.b.test=::1')).toEqual({
      'www.a.test': '127.0.0.1',
      'aide.a.test': '127.0.0.2',
      '*.b.test': '::1',
    });
  });

  it('accepts a bracketed IPv6 address and skips empty entries', () => {
    expect(parseResolve('x.test=[::1],,')).toEqual({ 'x.test': '::1' });
  });

  it('names the entry without "="', () => {
    expect(() => parseResolve('www.a.test=127.0.0.1,oops')).toThrow(/"oops".*HOST=ADDRESS/);
  });

  it('names the entry whose address is not an IP', () => {
    expect(() => parseResolve('www.a.test=localhost')).toThrow(/"www.a.test=localhost".*not an IP address/);
  });

  it('names the entry whose host is malformed', () => {
    expect(() => parseResolve('bad host=127.0.0.1')).toThrow(/"bad host=127.0.0.1".*not a hostname/);
  });
});

describe('resolveOverride', () => {
  const map = { 'www.a.test': '10.0.0.1', '*.a.test': '10.0.0.2', '*.deep.a.test': '10.0.0.3' };

  it('prefers an exact entry, then the longest wildcard', () => {
    expect(resolveOverride(map, 'WWW.A.TEST')).toBe('10.0.0.1');
    expect(resolveOverride(map, 'aide.a.test')).toBe('10.0.0.2');
    expect(resolveOverride(map, 'x.deep.a.test')).toBe('10.0.0.3');
  });

  it('does not let a wildcard match the bare domain or another domain', () => {
    expect(resolveOverride(map, 'a.test')).toBeUndefined();
    expect(resolveOverride(map, 'www.b.test')).toBeUndefined();
  });
});

describe('createLookup', () => {
  const lookup = createLookup({ 'www.a.test': '127.0.0.5' }) as unknown as (
    host: string,
    opts: dns.LookupOptions,
    cb: (err: Error | null, address: unknown, family?: number) => void,
  ) => void;

  it('answers overridden hosts in both the single and the all form', async () => {
    const single = await new Promise((resolve) => lookup('www.a.test', {}, (err, address, family) => resolve({ err, address, family })));
    expect(single).toEqual({ err: null, address: '127.0.0.5', family: 4 });
    const all = await new Promise((resolve) => lookup('www.a.test', { all: true }, (err, address) => resolve({ err, address })));
    expect(all).toEqual({ err: null, address: [{ address: '127.0.0.5', family: 4 }] });
  });

  it('defers other names to DNS', async () => {
    const err = await new Promise((resolve) => lookup('www.nope.invalid', {}, (e) => resolve(e)));
    expect((err as NodeJS.ErrnoException).code).toMatch(/ENOTFOUND|EAI_AGAIN/);
  });
});

describe('noProxyEntries', () => {
  it('turns wildcards into domain suffixes', () => {
    expect(noProxyEntries({ 'www.a.test': '127.0.0.1', '*.b.test': '127.0.0.1' })).toEqual(['www.a.test', '.b.test']);
  });
});
