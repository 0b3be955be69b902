// memoize: one computation per distinct key, callers cannot corrupt cached results, and the cache stays bounded.
import { describe, expect, it } from 'vitest';
import { memoize } from '../../../src/collect/site/memo.js';
import { parseSocialUrl } from '../../../src/collect/site/social-url.js';
import { classifyLink } from '../../../src/collect/site/page-kinds.js';

describe('memoize', () => {
  it('computes each key once, including null results', () => {
    let calls = 0;
    const f = memoize((k: string) => {
      calls++;
      return k === 'none' ? null : k.length;
    });
    expect([f('abc'), f('abc'), f('none'), f('none')]).toEqual([3, 3, null, null]);
    expect(calls).toBe(2);
  });

  it('computes an undefined result once too', () => {
    let calls = 0;
    const f = memoize((k: string) => (calls++, k === 'none' ? undefined : k));
    expect([f('none'), f('none'), f('x')]).toEqual([undefined, undefined, 'x']);
    expect(calls).toBe(2);
  });

  it('starts over when full instead of growing without bound', () => {
    let calls = 0;
    const f = memoize((k: string) => ++calls && k, 2);
    f('a');
    f('b');
    f('c'); // cache was full: cleared, then holds c
    f('a');
    expect(calls).toBe(4);
  });

  it('cached parsers hand out copies', () => {
    const first = parseSocialUrl('https://www.facebook.com/brand')!;
    first.handle = 'tampered';
    expect(parseSocialUrl('https://www.facebook.com/brand')!.handle).toBe('brand');
    const kinds = classifyLink('https://brand.fr/contact', 'Contact');
    kinds.push('privacy');
    expect(classifyLink('https://brand.fr/contact', 'Contact')).toEqual(['contact']);
  });
});
