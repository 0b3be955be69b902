// Which variable a token is read from (defaults, the brand file's names, Instagram's fallbacks), how a token is
// scrubbed from a conversation, and what collectSocial records for Facebook, Instagram and X with and without one.
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findToken, redact, scrubConversation } from '../../../src/collect/social/tokens.js';
import { collectSocial } from '../../../src/collect/social/index.js';
import { createHttpClient, type HttpClient } from '../../../src/http/client.js';
import type { BrandSnapshot, Conversation } from '../../../src/snapshot/types.js';
import { serveStandIn, standInOrigin } from '../../support/mock-stand-in.js';

describe('findToken', () => {
  const env = { FACEBOOK_ACCESS_TOKEN: 'fb', INSTAGRAM_ACCESS_TOKEN: 'ig', X_BEARER_TOKEN: 'x', ACME_FB: 'acme-fb', ACME_IG: 'acme-ig' };

  it('reads the default variables, Instagram falling back to the Facebook token, blanks counting as unset', () => {
    expect(findToken('facebook', { env })).toEqual({ token: 'fb', variable: 'FACEBOOK_ACCESS_TOKEN' });
    expect(findToken('instagram', { env })).toEqual({ token: 'ig', variable: 'INSTAGRAM_ACCESS_TOKEN' });
    expect(findToken('instagram', { env: { FACEBOOK_ACCESS_TOKEN: ' fb ', INSTAGRAM_ACCESS_TOKEN: '  ' } })).toEqual({ token: 'fb', variable: 'FACEBOOK_ACCESS_TOKEN' });
    expect(findToken('facebook', { env: { META_ACCESS_TOKEN: 'meta' } })).toEqual({ token: 'meta', variable: 'META_ACCESS_TOKEN' });
    expect(findToken('x', { env: { TWITTER_BEARER_TOKEN: 'tw' } })).toEqual({ token: 'tw', variable: 'TWITTER_BEARER_TOKEN' });
    expect(findToken('x', { env: {} })).toEqual({ variable: 'X_BEARER_TOKEN', named: false });
  });

  it('reads only the variable a brand file names; Instagram takes the brand’s Facebook variable before the defaults', () => {
    expect(findToken('facebook', { env, tokenVariables: { facebook: 'ACME_FB' } })).toEqual({ token: 'acme-fb', variable: 'ACME_FB' });
    expect(findToken('instagram', { env, tokenVariables: { facebook: 'ACME_FB' } })).toEqual({ token: 'acme-fb', variable: 'ACME_FB' });
    expect(findToken('instagram', { env, tokenVariables: { facebook: 'ACME_FB', instagram: 'ACME_IG' } })).toEqual({ token: 'acme-ig', variable: 'ACME_IG' });
    // A named variable that is not set is said as such, even when a default one is.
    expect(findToken('x', { env, tokenVariables: { x: 'ACME_X' } })).toEqual({ variable: 'ACME_X', named: true });
  });
});

describe('scrubbing', () => {
  it('removes a token, as written and URL-encoded, from every string of a conversation', () => {
    const token = 'AAAA%2Fsecret=';
    expect(redact(`a ${token} b ${encodeURIComponent(token)}`, token)).toBe('a [token] b [token]');
    const conv = {
      platform: 'x',
      handle: 'h',
      url: `https://x.com/h?t=${encodeURIComponent(token)}`,
      source: 'x',
      status: 'ok',
      notes: [{ code: 'x.partial-errors', data: { endpoint: token, count: 1 } }],
      window: { from: '', to: '', days: 1 },
      posts: [],
    } as unknown as Conversation;
    const out = scrubConversation(conv, token);
    expect(JSON.stringify(out)).not.toContain('secret');
    expect(out.notes?.[0].data?.count).toBe(1);
    const clean = { ...conv, url: 'https://x.com/h', notes: [] };
    expect(scrubConversation(clean, token)).toBe(clean);
    // A value too short to be a token is not hunted for: it would mangle every text it appears in.
    expect(scrubConversation(conv, 'x')).toBe(conv);
    expect(redact('x marks the spot', 'x')).toBe('x marks the spot');
  });
});

describe('collectSocial: the token platforms', () => {
  const NOW = new Date('2026-10-08T12:00:00Z');
  let agent: MockAgent;
  let http: HttpClient;
  beforeEach(() => {
    agent = new MockAgent();
    agent.disableNetConnect();
    http = createHttpClient({ respectRobots: false, dispatcher: agent, retries: 0 });
  });
  afterEach(async () => {
    await http.close();
    await agent.close();
  });

  const snapshot = (): BrandSnapshot =>
    ({
      accounts: ['facebook', 'instagram', 'x'].map((platform) => ({
        platform,
        handle: 'maisonexemple',
        url: `https://example.test/${platform}/maisonexemple`,
        official: true,
        reason: { code: 'site.account.json-ld' },
        evidence: [],
      })),
      site: { pages: [] },
    }) as unknown as BrandSnapshot;
  const ctx = (env: NodeJS.ProcessEnv) => ({
    http,
    window: { from: new Date(NOW.getTime() - 30 * 86_400_000), to: NOW, days: 30 },
    maxPosts: 200,
    env: { BRAND_AUDIT_GRAPH_API: standInOrigin('graph-api.test'), BRAND_AUDIT_X_API: standInOrigin('x-api.test'), ...env },
    sleep: async () => {},
  });

  it('without tokens: no source, each note naming the variable to set, and nothing requested', async () => {
    const { conversations } = await collectSocial(snapshot(), { ctx: ctx({}), declared: [], exports: [], checkProfiles: false });
    expect(conversations.map((c) => [c.platform, c.status, c.notes])).toEqual([
      ['facebook', 'no-source', [{ code: 'social.needs-token', data: { platform: 'facebook', variable: 'FACEBOOK_ACCESS_TOKEN' } }]],
      ['instagram', 'no-source', [{ code: 'social.needs-token', data: { platform: 'instagram', variable: 'INSTAGRAM_ACCESS_TOKEN' } }]],
      ['x', 'no-source', [{ code: 'social.needs-token', data: { platform: 'x', variable: 'X_BEARER_TOKEN' } }]],
    ]);
  });

  it('with a Page token and a bearer token: the three are read, Instagram through the Page', async () => {
    const log = serveStandIn(agent, 'graph-api.test', NOW);
    serveStandIn(agent, 'x-api.test', NOW, log);
    const { conversations } = await collectSocial(snapshot(), {
      ctx: ctx({ FACEBOOK_ACCESS_TOKEN: 'fb-token', X_BEARER_TOKEN: 'x-token' }),
      declared: [],
      exports: [],
      checkProfiles: false,
    });
    expect(conversations.map((c) => [c.platform, c.source, c.status])).toEqual([
      ['facebook', 'facebook', 'ok'],
      ['instagram', 'instagram', 'ok'],
      ['x', 'x', 'partial'],
    ]);
    // Each token went to its own API only.
    for (const r of log) expect(r.authorization).toBe(r.host === 'x-api.test' ? 'Bearer x-token' : 'Bearer fb-token');
  });
});
