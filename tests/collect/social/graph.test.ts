// The Graph API reader's pieces: the usage headers, and which paging links it follows.
import { describe, expect, it } from 'vitest';
import { GraphReader, graphError, isPermissionCode, isThrottleCode, readUsage } from '../../../src/collect/social/graph.js';
import { graphTime } from '../../../src/collect/social/facebook.js';
import type { SourceContext } from '../../../src/collect/social/types.js';

const reader = (env: NodeJS.ProcessEnv = {}): GraphReader =>
  new GraphReader({ env, window: { from: new Date(0), to: new Date(0), days: 1 }, maxPosts: 1 } as unknown as SourceContext, 'facebook', { token: 't', variable: 'FACEBOOK_ACCESS_TOKEN' });

describe('readUsage', () => {
  it('takes the highest share of any quota, and how long access is lost for', () => {
    expect(readUsage({})).toEqual({ percent: 0 });
    expect(readUsage({ 'x-app-usage': '{"call_count":28,"total_time":91,"total_cputime":25}' })).toEqual({ percent: 91 });
    expect(
      readUsage({
        'x-app-usage': '{"call_count":10}',
        'x-business-use-case-usage': '{"1":[{"type":"pages","call_count":95,"total_cputime":20,"total_time":20,"estimated_time_to_regain_access":3}]}',
      }),
    ).toEqual({ percent: 95, regainMinutes: 3 });
    expect(readUsage({ 'x-app-usage': 'not json', 'x-page-usage': '{"call_count":"high"}' })).toEqual({ percent: 0 });
  });
});

describe('error codes and dates', () => {
  it('sorts the codes Meta documents', () => {
    for (const c of [4, 17, 32, 613, 80001]) expect(isThrottleCode(c)).toBe(true);
    for (const c of [10, 200, 299]) expect(isPermissionCode(c)).toBe(true);
    for (const c of [1, 100, 190, undefined]) expect(isThrottleCode(c) || isPermissionCode(c)).toBe(false);
    expect(graphError({ error: { message: 'x', code: 190, error_subcode: 463, type: 'OAuthException' } })).toEqual({ code: 190, error_subcode: 463, type: 'OAuthException' });
    expect(graphError('oops')).toBeUndefined();
  });

  it('reads Graph times with +0000', () => {
    expect(graphTime('2026-11-02T09:00:00+0000')).toBe('2026-11-02T09:00:00.000Z');
    expect(graphTime('2026-11-02T09:00:00-0130')).toBe('2026-11-02T10:30:00.000Z');
    expect(graphTime('yesterday')).toBeUndefined();
  });
});

describe('GraphReader.next', () => {
  it('follows the API’s own links without access_token, moves recorded graph.facebook.com links onto a mirror', () => {
    const real = reader();
    expect(real.next({ paging: { next: 'https://graph.facebook.com/v21.0/1/posts?access_token=EAAx&after=c2&limit=100' } })).toBe(
      'https://graph.facebook.com/v21.0/1/posts?after=c2&limit=100',
    );
    const mirror = reader({ BRAND_AUDIT_GRAPH_API: 'http://graph.mirror.test:8080/' });
    expect(mirror.next({ paging: { next: 'https://graph.facebook.com/v21.0/1/posts?access_token=EAAx&after=c2' } })).toBe('http://graph.mirror.test:8080/v21.0/1/posts?after=c2');
    expect(mirror.partial).toBe(false);
  });

  it('stops at a link to any other host, once noted', () => {
    const r = reader();
    expect(r.next({ paging: { next: 'https://evil.test/v21.0/1/posts?after=c2' } })).toBeUndefined();
    expect(r.next({ paging: { next: 'https://evil.test/v21.0/1/posts?after=c3' } })).toBeUndefined();
    expect(r.partial).toBe(true);
    expect(r.notes).toEqual([{ code: 'graph.foreign-next-page', data: { host: 'evil.test' } }]);
    expect(r.next({ data: [] })).toBeUndefined();
    expect(r.next({ paging: { next: 'not a url' } })).toBeUndefined();
  });
});
