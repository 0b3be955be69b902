// Fediverse candidates (/@name pages on servers not known to be fediverse servers) checked with NodeInfo during
// collection: only servers that answer it give Mastodon accounts. undici MockAgent, no network.
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collect } from '../../../src/collect/index.js';
import { candidateServers, verifyFediverseServers } from '../../../src/collect/site/fediverse.js';
import { createHttpClient, type HttpClient } from '../../../src/http/client.js';
import type { PageRecord, SocialFinding } from '../../../src/snapshot/types.js';

const SITE = 'https://www.coop.test';
const HTML = { headers: { 'content-type': 'text/html; charset=utf-8' } };
const JSON_TYPE = { headers: { 'content-type': 'application/json' } };
const NODEINFO = { links: [{ rel: 'http://nodeinfo.diaspora.software/ns/schema/2.0', href: 'https://social.coop.test/nodeinfo/2.0' }] };

function page(url: string, handles: string[]): PageRecord {
  const socials: SocialFinding[] = handles.map((h) => ({ platform: 'mastodon', handle: h, url: '', how: 'fediverse-candidate', placement: 'footer' }));
  return { url, status: 200, depth: 0, fetchMs: 1, https: true, kinds: [], facts: { socials, links: [], contacts: [], vendors: [], promises: [], hasSearch: false } };
}

describe('fediverse servers', () => {
  let agent: MockAgent;
  let http: HttpClient | undefined;
  beforeEach(() => {
    agent = new MockAgent();
    agent.disableNetConnect();
  });
  afterEach(async () => {
    await http?.close();
    http = undefined;
    await agent.close();
  });

  it('lists candidate servers, most linked first', () => {
    expect(candidateServers([page(`${SITE}/`, ['a@one.test', 'b@two.test', 'c@two.test'])])).toEqual(['two.test', 'one.test']);
  });

  it('keeps the servers whose /.well-known/nodeinfo lists a NodeInfo schema; a 404, an HTML page or a network error is a no', async () => {
    agent.get('https://social.coop.test').intercept({ path: '/.well-known/nodeinfo' }).reply(200, NODEINFO, JSON_TYPE);
    agent.get('https://blog.test').intercept({ path: '/.well-known/nodeinfo' }).reply(404, 'not found');
    agent.get('https://cards.test').intercept({ path: '/.well-known/nodeinfo' }).reply(200, '<html>hello</html>', HTML);
    agent.get('https://odd.test').intercept({ path: '/.well-known/nodeinfo' }).reply(200, { links: [{ rel: 'self' }] }, JSON_TYPE);
    http = createHttpClient({ dispatcher: agent, respectRobots: false, retries: 0 });
    const pages = [page(`${SITE}/`, ['team@social.coop.test', 'x@blog.test', 'y@cards.test', 'z@odd.test', 'w@unreachable.test'])];
    expect([...(await verifyFediverseServers(pages, http))]).toEqual(['social.coop.test']);
  });

  it('collect() lists a /@name link as a Mastodon account only when its server answers NodeInfo', async () => {
    const site = agent.get(SITE);
    site.intercept({ path: '/' }).reply(
      200,
      `<!doctype html><html><head><title>Coop</title></head><body><footer><h4>Follow us</h4>
       <a href="https://social.coop.test/@coop">Mastodon</a> <a href="https://cards.test/@coopcards">Cards</a></footer></body></html>`,
      HTML,
    );
    agent.get('https://social.coop.test').intercept({ path: '/.well-known/nodeinfo' }).reply(200, NODEINFO, JSON_TYPE);
    agent.get('https://cards.test').intercept({ path: '/.well-known/nodeinfo' }).reply(404, 'not found');
    http = createHttpClient({ dispatcher: agent, respectRobots: false, retries: 0 });
    const snapshot = await collect(`${SITE}/`, { http, maxPages: 1, maxDepth: 0, concurrency: 1, respectRobots: false, brandName: 'Coop' });
    expect(snapshot.accounts.map((a) => [a.platform, a.handle, a.official, a.evidence[0].how])).toEqual([['mastodon', 'coop@social.coop.test', true, 'link']]);
  });

  it('asks nothing when the check is off (local and staging copies)', async () => {
    agent.get(SITE).intercept({ path: '/' }).reply(200, '<html><body><footer><a href="https://social.coop.test/@coop">Mastodon</a></footer></body></html>', HTML);
    http = createHttpClient({ dispatcher: agent, respectRobots: false, retries: 0 });
    const snapshot = await collect(`${SITE}/`, { http, maxPages: 1, maxDepth: 0, concurrency: 1, respectRobots: false, checkFediverse: false });
    expect(snapshot.accounts).toEqual([]);
    agent.assertNoPendingInterceptors();
  });
});
