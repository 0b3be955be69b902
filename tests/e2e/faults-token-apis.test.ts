// Fault matrix, the APIs read with the user's token (Facebook and Instagram through the Graph API, X API v2): the
// real CLI against the demo brand's stand-ins made hostile (tests/support/fault-generators.ts). Listings that never
// end stop at the account's page budget, a repeated cursor or a page with nothing new, and the account is partial; a
// server that pastes the token into what it returns never gets it into an output.
import { afterEach, describe, expect, it } from 'vitest';
import { expectSound, GRAPH_SECRET, runCase, startFaultSite, tokenEnv, X_SECRET, type CaseRun, type FaultSite } from '../support/fault-case.js';
import type { FaultTables } from '../support/fault-routes.js';
import type { Conversation } from '../../src/snapshot/types.js';

const GRAPH = 'graph-api.test';
const X = 'x-api.test';
const FB_POSTS = '/v21.0/104857600000001/posts';
const FB_VISITORS = '/v21.0/104857600000001/visitor_posts';
const IG_MEDIA = '/v21.0/17841400000000001/media';
const X_TWEETS = '/2/users/1500000000000000001/tweets';

let site: FaultSite | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
});

/** Audits the demo brand with every social account, the token APIs included, every output asked for. */
async function audit(faults: FaultTables, extra: string[] = []): Promise<CaseRun> {
  site = await startFaultSite({ faults });
  return runCase(`${site.origin('www.maison-exemple.test')}/`, ['--resolve', site.resolve, '--timeout', '5', '--max-pages', '8', ...extra], {
    env: tokenEnv(site),
  });
}

function account(run: CaseRun, platform: string): Conversation {
  const conv = run.snapshot!.conversations.find((c) => c.platform === platform);
  expect(conv, `${platform} conversation`).toBeDefined();
  return conv!;
}

describe('token APIs: pagination that never ends', () => {
  it('stops a Graph or X listing whose every page brings new posts that do not count at the page budget', async () => {
    const run = await audit({
      [GRAPH]: { [FB_POSTS]: { generate: 'endless-graph-list', params: { mode: 'future' } } },
      [X]: { [X_TWEETS]: { generate: 'endless-x-timeline', params: { mode: 'future' } } },
    });
    expectSound(run);
    const fb = account(run, 'facebook');
    expect(fb.status).toBe('partial');
    expect(fb.notes).toContainEqual({ code: 'limits.pages', data: { endpoint: '/{page-id}/posts', pages: 100 } });
    expect(site!.server.requests(GRAPH, FB_POSTS)).toBe(100);
    const x = account(run, 'x');
    expect(x.status).not.toBe('ok');
    expect(x.notes).toContainEqual({ code: 'limits.pages', data: { endpoint: '/2/users/:id/tweets', pages: 100 } });
    expect(site!.server.requests(X, X_TWEETS)).toBe(100);
  }, 180_000);

  it('stops at a page with nothing new, and at a cursor already used', async () => {
    const run = await audit({
      [GRAPH]: {
        [FB_POSTS]: { generate: 'endless-graph-list', params: { mode: 'repeat' } },
        [IG_MEDIA]: { generate: 'endless-graph-list', params: { mode: 'empty' } },
      },
      [X]: { [X_TWEETS]: { generate: 'endless-x-timeline', params: { mode: 'future', token: 'fixed' } } },
    });
    expectSound(run);
    const fb = account(run, 'facebook');
    expect(fb.status).toBe('partial');
    expect(fb.notes).toContainEqual({ code: 'limits.no-progress', data: { endpoint: '/{page-id}/posts', pages: 2 } });
    expect(site!.server.requests(GRAPH, FB_POSTS)).toBe(2);
    const ig = account(run, 'instagram');
    expect(ig.notes).toContainEqual({ code: 'limits.no-progress', data: { endpoint: '/{ig-user-id}/media', pages: 1 } });
    expect(site!.server.requests(GRAPH, IG_MEDIA)).toBe(1);
    expect(account(run, 'x').notes).toContainEqual({ code: 'limits.cursor-repeated', data: { endpoint: '/2/users/:id/tweets', pages: 2 } });
    expect(site!.server.requests(X, X_TWEETS)).toBe(2);
  }, 180_000);
});

describe('token APIs: a secret in every output', () => {
  it('a Graph answer that pastes the request and its Authorization header into a post: no piece of the token anywhere', async () => {
    const run = await audit({ [GRAPH]: { [FB_VISITORS]: { generate: 'echo-token' } } });
    // The premise: the request carried the token, and the stand-in returned it.
    expect(site!.server.requests(GRAPH, FB_VISITORS)).toBe(1);
    expectSound(run);
    const echoed = account(run, 'facebook').posts.find((p) => p.id === '104857600000001_7001');
    expect(echoed?.text).toContain('Bearer');
    expect(echoed?.text).not.toContain(GRAPH_SECRET.slice(0, 12));
    for (const text of [run.stdout, run.stderr, ...Object.values(run.files)]) expect(text).not.toContain(X_SECRET.slice(5, 17));
  }, 180_000);
});
