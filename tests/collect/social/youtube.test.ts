// Tests of the YouTube source: channel URL forms, channel id discovery, Atom feed mapping, window and bounds,
// failures (404, 500, malformed XML), comments through the Data API with a key that never leaks, and an
// end-to-end read of the demo channel on the fixture server.
import { readFileSync } from 'node:fs';
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClient } from '../../../src/http/client.js';
import { startFixtureServer } from '../../../src/demo/fixture-server.js';
import { channelRef, collectYoutube, parseChannelFeed, parseChannelPage } from '../../../src/collect/social/youtube.js';
import type { SocialTarget, SourceContext } from '../../../src/collect/social/types.js';

const YT = 'https://yt.test';
const DATA = 'https://data.test';
const ID = 'UCmaisonExemple_fr2026Ab';
const OTHER = 'UCdesignersDuMonde_2024x';
const NOW = new Date('2026-11-15T12:00:00Z');
const DAY = 86_400_000;
const KEY = 'AIza-secret+key/42';
const TARGET: SocialTarget = { platform: 'youtube', handle: 'maisonexemple', url: 'https://www.youtube.com/@maisonexemple' };

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

function ctx(env: NodeJS.ProcessEnv = {}, extra: Partial<SourceContext> = {}): SourceContext {
  return {
    http,
    window: { from: new Date(NOW.getTime() - 30 * DAY), to: NOW, days: 30 },
    maxPosts: 200,
    env: { BRAND_AUDIT_YOUTUBE_API: YT, BRAND_AUDIT_YOUTUBE_DATA_API: DATA, ...env },
    ...extra,
  };
}

const daysAgo = (n: number): string => new Date(NOW.getTime() - n * DAY).toISOString().replace('.000Z', '+00:00');

function page(head: string, body = ''): string {
  return `<!DOCTYPE html><html><head><title>Maison Exemple - YouTube</title>${head}</head><body>${body}</body></html>`;
}

const CHANNEL_PAGE = page(
  `<meta itemprop="identifier" content="${ID}"><meta property="og:title" content="Maison Exemple">` +
    `<meta property="og:description" content="Linge de maison. Aide : https://aide.maison-exemple.test/contact.">`,
);

function entry(id: string, published: string, extra = ''): string {
  return `<entry><id>yt:video:${id}</id><yt:videoId>${id}</yt:videoId><title>Titre ${id} &amp; co</title>
    <link rel="alternate" href="https://www.youtube.com/watch?v=${id}"/><published>${published}</published>
    <media:group><media:title>Titre ${id}</media:title><media:description>Description
    de ${id}</media:description>${extra}</media:group></entry>`;
}

const community = (likes: number, views: number): string =>
  `<media:community><media:starRating count="${likes}" average="5.00" min="1" max="5"/><media:statistics views="${views}"/></media:community>`;

function feed(...entries: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns:yt="http://www.youtube.com/xml/schemas/2015" xmlns:media="http://search.yahoo.com/mrss/" xmlns="http://www.w3.org/2005/Atom">
<yt:channelId>${ID}</yt:channelId><title>Maison Exemple</title><published>2019-03-14T09:00:00+00:00</published>
${entries.join('\n')}</feed>`;
}

const XML = { headers: { 'content-type': 'application/atom+xml; charset=UTF-8' } };
const HTML = { headers: { 'content-type': 'text/html; charset=utf-8' } };
const JSON_H = { headers: { 'content-type': 'application/json' } };

function serveFeed(body: string, status = 200): void {
  agent.get(YT).intercept({ path: `/feeds/videos.xml?channel_id=${ID}` }).reply(status, body, XML);
}

describe('channelRef', () => {
  it.each([
    ['https://www.youtube.com/@maisonexemple', { path: '/@maisonexemple' }],
    ['https://www.youtube.com/@maisonexemple/videos', { path: '/@maisonexemple' }],
    [`https://www.youtube.com/channel/${ID}`, { channelId: ID, path: `/channel/${ID}` }],
    ['https://www.youtube.com/user/MaisonExemple', { path: '/user/MaisonExemple' }],
    ['https://www.youtube.com/c/MaisonExemple', { path: '/c/MaisonExemple' }],
    ['youtube.com/maisonexemple', { path: '/maisonexemple' }],
  ])('%s', (url, expected) => {
    expect(channelRef(url)).toEqual(expected);
  });

  it.each(['https://www.youtube.com/', 'https://www.youtube.com/channel/UCshort', 'https://www.youtube.com/watch?v=abc', 'https://www.youtube.com/%E0'])(
    'rejects %s',
    (url) => expect(channelRef(url)).toBeNull(),
  );
});

describe('parseChannelPage', () => {
  it('reads the id from <meta itemprop>, and the name, bio and bio links', () => {
    expect(parseChannelPage(CHANNEL_PAGE)).toEqual({
      channelId: ID,
      displayName: 'Maison Exemple',
      bio: 'Linge de maison. Aide : https://aide.maison-exemple.test/contact.',
      links: ['https://aide.maison-exemple.test/contact'],
    });
  });

  it('falls back to the canonical link, then externalId before a recommended channel\'s channelId', () => {
    expect(parseChannelPage(page(`<link rel="canonical" href="https://www.youtube.com/channel/${ID}">`)).channelId).toBe(ID);
    const json = `<script>var ytInitialData = {"channelId":"${OTHER}","metadata":{"externalId":"${ID}"}};</script>`;
    expect(parseChannelPage(page('', json)).channelId).toBe(ID);
    expect(parseChannelPage(page('', `<script>{"channelId":"${OTHER}"}</script>`)).channelId).toBe(OTHER);
    expect(parseChannelPage(page('<meta name="description" content="Rien ici">')).channelId).toBeUndefined();
    expect(parseChannelPage(page('')).displayName).toBe('Maison Exemple');
  });
});

describe('parseChannelFeed', () => {
  it('maps entries, counts the ones without id or date, and rejects a non-Atom text', () => {
    const parsed = parseChannelFeed(feed(entry('vid00000001', '2026-11-10T10:00:00+00:00', community(12, 345)), entry('', '2026-11-09T10:00:00+00:00'), entry('vid00000003', 'hier')));
    expect(parsed).toMatchObject({ channelId: ID, title: 'Maison Exemple', published: '2019-03-14T09:00:00.000Z', skipped: 2 });
    expect(parsed.videos).toEqual([
      {
        videoId: 'vid00000001',
        published: '2026-11-10T10:00:00.000Z',
        title: 'Titre vid00000001 & co',
        description: 'Description de vid00000001',
        url: 'https://www.youtube.com/watch?v=vid00000001',
        likes: 12,
        views: 345,
      },
    ]);
    expect(() => parseChannelFeed('<html><body>Before you continue to YouTube</body></html>')).toThrow(/no <feed>/);
  });
});

describe('collectYoutube', () => {
  it('finds the channel id on the @handle page and maps the videos of the window', async () => {
    agent.get(YT).intercept({ path: '/@maisonexemple' }).reply(200, CHANNEL_PAGE, HTML);
    serveFeed(feed(entry('vidRecent01', daysAgo(2), community(41, 1280)), entry('vidMiddle02', daysAgo(20)), entry('vidOldOld03', daysAgo(45), community(9, 10))));
    const conv = await collectYoutube(TARGET, ctx());
    agent.assertNoPendingInterceptors();
    expect(conv).toMatchObject({ platform: 'youtube', handle: 'maisonexemple', source: 'youtube', status: 'partial', brandId: ID });
    expect(conv.notes).toEqual([{ code: 'youtube.videos', data: { count: 2 } }, { code: 'youtube.no-api-key' }]);
    expect(conv.window).toEqual({ from: new Date(NOW.getTime() - 30 * DAY).toISOString(), to: NOW.toISOString(), days: 30 });
    expect(conv.profile).toEqual({
      exists: true,
      displayName: 'Maison Exemple',
      createdAt: '2019-03-14T09:00:00.000Z',
      lastPostAt: new Date(NOW.getTime() - 2 * DAY).toISOString(),
      bio: 'Linge de maison. Aide : https://aide.maison-exemple.test/contact.',
      links: ['https://aide.maison-exemple.test/contact'],
    });
    expect(conv.posts.map((p) => p.id)).toEqual(['vidMiddle02', 'vidRecent01']);
    expect(conv.posts[1]).toEqual({
      id: 'vidRecent01',
      url: 'https://www.youtube.com/watch?v=vidRecent01',
      platform: 'youtube',
      author: { id: ID, handle: 'maisonexemple', role: 'brand' },
      createdAt: new Date(NOW.getTime() - 2 * DAY).toISOString(),
      text: 'Titre vidRecent01 & co Description de vidRecent01',
      root: 'vidRecent01',
      metrics: { likes: 41, replies: 0, reposts: 0 },
      kind: 'video',
    });
    expect(conv.posts[0].metrics.likes).toBe(0);
  });

  it('reads /channel/UC… targets even when the channel page fails, and pages /user/ and /c/ URLs', async () => {
    agent.get(YT).intercept({ path: `/channel/${ID}` }).reply(404, 'gone', HTML);
    serveFeed(feed(entry('vidRecent01', daysAgo(1))));
    const conv = await collectYoutube({ ...TARGET, url: `https://www.youtube.com/channel/${ID}` }, ctx());
    expect(conv.status).toBe('partial');
    expect(conv.notes).toEqual([
      { code: 'youtube.videos', data: { count: 1 } },
      { code: 'social.not-found', data: { endpoint: `/channel/${ID}`, status: 404 } },
      { code: 'youtube.no-description' },
      { code: 'youtube.no-api-key' },
    ]);
    expect(conv.posts).toHaveLength(1);

    agent.get(YT).intercept({ path: '/user/MaisonExemple' }).reply(200, CHANNEL_PAGE, HTML);
    serveFeed(feed());
    const byUser = await collectYoutube({ ...TARGET, url: 'https://www.youtube.com/user/MaisonExemple' }, ctx());
    expect([byUser.status, byUser.brandId, byUser.posts]).toEqual(['partial', ID, []]);
    agent.assertNoPendingInterceptors();
  });

  it('uses https://www.youtube.com when no override is set', async () => {
    agent.get('https://www.youtube.com').intercept({ path: '/@maisonexemple' }).reply(200, CHANNEL_PAGE, HTML);
    agent.get('https://www.youtube.com').intercept({ path: `/feeds/videos.xml?channel_id=${ID}` }).reply(200, feed(), XML);
    const conv = await collectYoutube(TARGET, ctx({ BRAND_AUDIT_YOUTUBE_API: undefined }));
    expect(conv.brandId).toBe(ID);
    agent.assertNoPendingInterceptors();
  });

  it('reports a missing channel page or feed as not-found', async () => {
    agent.get(YT).intercept({ path: '/@maisonexemple' }).reply(404, 'nope', HTML);
    const noPage = await collectYoutube(TARGET, ctx());
    expect([noPage.status, noPage.profile, noPage.posts]).toEqual(['not-found', { exists: false }, []]);

    agent.get(YT).intercept({ path: '/@maisonexemple' }).reply(200, CHANNEL_PAGE, HTML);
    serveFeed('<html>404</html>', 404);
    const noFeed = await collectYoutube(TARGET, ctx());
    expect([noFeed.status, noFeed.notes, noFeed.profile]).toEqual([
      'not-found',
      [{ code: 'social.not-found', data: { endpoint: `/feeds/videos.xml?channel_id=${ID}`, status: 404 } }],
      { exists: false },
    ]);
  });

  it('reports a page without a channel id, a 500 and a malformed feed as errors', async () => {
    agent.get(YT).intercept({ path: '/@maisonexemple' }).reply(200, page('<title>Before you continue</title>'), HTML);
    const consent = await collectYoutube(TARGET, ctx());
    expect([consent.status, consent.notes]).toEqual(['error', [{ code: 'youtube.no-channel-id', data: { path: '/@maisonexemple' } }]]);

    agent.get(YT).intercept({ path: '/@maisonexemple' }).reply(200, CHANNEL_PAGE, HTML);
    serveFeed('oops', 500);
    const broken = await collectYoutube(TARGET, ctx());
    expect([broken.status, broken.notes]).toEqual([
      'error',
      [{ code: 'social.http-error', data: { endpoint: `/feeds/videos.xml?channel_id=${ID}`, status: 500 } }],
    ]);

    agent.get(YT).intercept({ path: '/@maisonexemple' }).reply(200, CHANNEL_PAGE, HTML);
    serveFeed('<html><body>not a feed</body></html>');
    const garbled = await collectYoutube(TARGET, ctx());
    expect(garbled.status).toBe('error');
    expect(garbled.notes).toEqual([{ code: 'youtube.malformed-feed', data: { channelId: ID } }]);

    const notChannel = await collectYoutube({ ...TARGET, url: 'https://www.youtube.com/watch?v=abc' }, ctx());
    expect(notChannel.status).toBe('error');
    expect(notChannel.notes).toEqual([{ code: 'youtube.bad-url', data: { url: 'https://www.youtube.com/watch?v=abc' } }]);
  });

  it('reads the feed although robots.txt lists it: a public feed for feed readers, not a page to crawl', async () => {
    await http.close();
    http = createHttpClient({ dispatcher: agent, retries: 0 });
    // youtube.com's robots.txt disallows /feeds/videos.xml; the channel page is still checked against it.
    agent.get(YT).intercept({ path: '/robots.txt' }).reply(200, 'User-agent: *\nDisallow: /api/\nDisallow: /feeds/videos.xml\n', { headers: { 'content-type': 'text/plain' } });
    agent.get(YT).intercept({ path: '/@maisonexemple' }).reply(200, CHANNEL_PAGE, HTML);
    serveFeed(feed(entry('vidRecent01', daysAgo(1))));
    const conv = await collectYoutube(TARGET, ctx());
    agent.assertNoPendingInterceptors();
    expect([conv.status, conv.brandId]).toEqual(['partial', ID]);
    expect(conv.posts.map((p) => p.id)).toEqual(['vidRecent01']);
  });

  it('says --ignore-robots reads a channel page robots.txt disallows', async () => {
    await http.close();
    http = createHttpClient({ dispatcher: agent, retries: 0 });
    agent.get(YT).intercept({ path: '/robots.txt' }).reply(200, 'User-agent: *\nDisallow: /@\n', { headers: { 'content-type': 'text/plain' } });
    const conv = await collectYoutube(TARGET, ctx());
    expect([conv.status, conv.notes]).toEqual([
      'error',
      [{ code: 'social.request-failed', data: { endpoint: '/@maisonexemple', failure: 'robots' } }, { code: 'youtube.robots-hint' }],
    ]);
  });

  it('bounds the videos by maxPosts, keeps the newest, and labels skipped entries and a full feed', async () => {
    agent.get(YT).intercept({ path: '/@maisonexemple' }).reply(200, CHANNEL_PAGE, HTML);
    const entries = Array.from({ length: 15 }, (_, i) => entry(`vid${String(i).padStart(8, '0')}`, daysAgo(i + 1)));
    serveFeed(feed(...entries, entry('', daysAgo(1))));
    const conv = await collectYoutube(TARGET, ctx({}, { maxPosts: 3 }));
    expect(conv.posts.map((p) => p.id)).toEqual(['vid00000002', 'vid00000001', 'vid00000000']);
    expect(conv.status).toBe('partial');
    expect(conv.notes).toEqual([
      { code: 'youtube.videos', data: { count: 3 } },
      { code: 'social.max-posts', data: { maxPosts: 3 } },
      { code: 'youtube.feed-skipped', data: { count: 1 } },
      { code: 'youtube.feed-limit', data: { size: 15 } },
      { code: 'youtube.no-api-key' },
    ]);
  });

  describe('with YOUTUBE_API_KEY', () => {
    const thread = (id: string, author: string, at: string, text: string, replies: object[] = [], total = replies.length) => ({
      id,
      snippet: {
        topLevelComment: { id, snippet: { authorDisplayName: `@${author}`, authorChannelId: { value: `UC_${author}` }, textOriginal: text, publishedAt: at, likeCount: 2 } },
        totalReplyCount: total,
      },
      ...(replies.length ? { replies: { comments: replies } } : {}),
    });
    const reply = (id: string, parentId: string, channel: string, name: string, at: string, text: string) => ({
      id,
      snippet: { authorDisplayName: name, authorChannelId: { value: channel }, textOriginal: text, publishedAt: at, likeCount: 0, parentId },
    });
    const withKey = (path: string, expected: Record<string, string>) => (p: string) => {
      const url = new URL(p, DATA);
      return url.pathname === path && url.searchParams.get('key') === KEY && Object.entries(expected).every(([k, v]) => url.searchParams.get(k) === v);
    };

    function setupVideos(): void {
      agent.get(YT).intercept({ path: '/@maisonexemple' }).reply(200, CHANNEL_PAGE, HTML);
      serveFeed(feed(entry('vidRecent01', daysAgo(5)), entry('vidSecond02', daysAgo(3))));
    }

    it('reads comment threads: fans answer the video, the channel\'s replies are the brand\'s, long threads are completed', async () => {
      setupVideos();
      const t1 = thread('c1', 'lea', daysAgo(4), 'Est-ce que vous livrez en Belgique ?', [reply('c1.r1', 'c1', ID, 'Maison Exemple', daysAgo(4), 'Oui, en 4 jours.')], 3);
      const t2 = thread('c2', 'paul', new Date(NOW.getTime() + DAY).toISOString(), 'after the window');
      agent
        .get(DATA)
        .intercept({ path: withKey('/youtube/v3/commentThreads', { part: 'snippet,replies', videoId: 'vidSecond02', maxResults: '100' }) })
        .reply(200, { items: [t1, t2], nextPageToken: 'P2' }, JSON_H);
      agent
        .get(DATA)
        .intercept({ path: withKey('/youtube/v3/commentThreads', { videoId: 'vidSecond02', pageToken: 'P2' }) })
        .reply(200, { items: [thread('c3', 'nina', daysAgo(2), 'Superbe !')] }, JSON_H);
      agent
        .get(DATA)
        .intercept({ path: withKey('/youtube/v3/comments', { parentId: 'c1', part: 'snippet' }) })
        .reply(200, { items: [reply('c1.r1', 'c1', ID, 'Maison Exemple', daysAgo(4), 'Oui, en 4 jours.'), reply('c1.r2', 'c1', 'UC_lea', '@lea', daysAgo(3), 'Merci !')] }, JSON_H);
      agent
        .get(DATA)
        .intercept({ path: withKey('/youtube/v3/commentThreads', { videoId: 'vidRecent01' }) })
        .reply(403, { error: { code: 403, message: 'disabled', errors: [{ reason: 'commentsDisabled' }] } }, JSON_H);
      const conv = await collectYoutube(TARGET, ctx({ YOUTUBE_API_KEY: KEY }));
      agent.assertNoPendingInterceptors();
      expect(conv.status).toBe('ok');
      expect(conv.notes).toEqual([{ code: 'youtube.videos', data: { count: 2 } }, { code: 'youtube.comments-disabled', data: { count: 1 } }]);
      const byId = new Map(conv.posts.map((p) => [p.id, p]));
      expect([...byId.keys()].sort()).toEqual(['c1', 'c1.r1', 'c1.r2', 'c3', 'vidRecent01', 'vidSecond02']);
      expect(byId.get('c1')).toEqual({
        id: 'c1',
        url: 'https://www.youtube.com/watch?v=vidSecond02&lc=c1',
        platform: 'youtube',
        author: { id: 'UC_lea', handle: 'lea', role: 'fan' },
        createdAt: new Date(NOW.getTime() - 4 * DAY).toISOString(),
        text: 'Est-ce que vous livrez en Belgique ?',
        replyTo: 'vidSecond02',
        root: 'vidSecond02',
        metrics: { likes: 2, replies: 3, reposts: 0 },
        kind: 'post',
      });
      expect(byId.get('c1.r1')).toMatchObject({ author: { id: ID, role: 'brand' }, replyTo: 'c1', root: 'vidSecond02' });
      expect(byId.get('c1.r2')).toMatchObject({ author: { role: 'fan' }, replyTo: 'c1' });
      expect(byId.get('vidSecond02')?.metrics.replies).toBe(2);
      expect(JSON.stringify(conv)).not.toContain(KEY);
    });

    it('maps a Data API answer of the documented shape (fixtures/social/youtube)', async () => {
      agent.get(YT).intercept({ path: '/@maisonexemple' }).reply(200, CHANNEL_PAGE, HTML);
      serveFeed(feed(entry('mxPlaidLin3', '2026-11-12T10:00:00+00:00')));
      const recorded = readFileSync('fixtures/social/youtube/comment-threads.json', 'utf8');
      agent
        .get(DATA)
        .intercept({ path: withKey('/youtube/v3/commentThreads', { videoId: 'mxPlaidLin3', textFormat: 'plainText' }) })
        .reply(200, recorded, JSON_H);
      const conv = await collectYoutube(TARGET, ctx({ YOUTUBE_API_KEY: KEY }));
      agent.assertNoPendingInterceptors();
      expect(conv.status).toBe('ok');
      expect(conv.posts.map((p) => [p.id, p.author.handle, p.author.role, p.replyTo ?? null, p.text])).toEqual([
        ['mxPlaidLin3', 'maisonexemple', 'brand', null, 'Titre mxPlaidLin3 & co Description de mxPlaidLin3'],
        ['UgxLeaDeco_plaidLin3AaABAg', 'lea_deco', 'fan', 'mxPlaidLin3', 'Est-ce que le plaid sauge passe au sèche-linge ?'],
        [
          'UgxLeaDeco_plaidLin3AaABAg.AbCdEfGh123',
          'maisonexemple',
          'brand',
          'UgxLeaDeco_plaidLin3AaABAg',
          'Bonjour Léa, plutôt pas : séchage à plat, le lin garde ainsi sa souplesse.',
        ],
        ['UgyPaulH_plaidLin3_4AaABAg', 'paul_h', 'fan', 'mxPlaidLin3', 'Commandé il y a dix jours, toujours rien… comment je fais pour être remboursé'],
        ['UgzNina_plaidLin3_xyz4AaABAg', 'atelier_nina', 'fan', 'mxPlaidLin3', 'Le coloris rouille est magnifique <3 Bravo'],
      ]);
      expect(conv.posts[0].metrics.replies).toBe(3);
      expect(conv.posts[4].metrics.likes).toBe(5);
    });

    it('reads comments disabled from the documented error body', async () => {
      agent.get(YT).intercept({ path: '/@maisonexemple' }).reply(200, CHANNEL_PAGE, HTML);
      serveFeed(feed(entry('mxPlaidLin3', '2026-11-12T10:00:00+00:00')));
      agent
        .get(DATA)
        .intercept({ path: withKey('/youtube/v3/commentThreads', { videoId: 'mxPlaidLin3' }) })
        .reply(403, readFileSync('fixtures/social/youtube/comments-disabled.json', 'utf8'), JSON_H);
      const conv = await collectYoutube(TARGET, ctx({ YOUTUBE_API_KEY: KEY }));
      expect([conv.status, conv.notes, conv.posts.length]).toEqual([
        'ok',
        [{ code: 'youtube.videos', data: { count: 1 } }, { code: 'youtube.comments-disabled', data: { count: 1 } }],
        1,
      ]);
    });

    it('keeps the videos and never shows the key when the API refuses (quota, bad key)', async () => {
      setupVideos();
      agent
        .get(DATA)
        .intercept({ path: withKey('/youtube/v3/commentThreads', { videoId: 'vidSecond02' }) })
        .reply(403, readFileSync('fixtures/social/youtube/quota-exceeded.json', 'utf8'), JSON_H);
      const conv = await collectYoutube(TARGET, ctx({ YOUTUBE_API_KEY: KEY }));
      expect(conv.status).toBe('partial');
      expect(conv.notes).toEqual([
        { code: 'youtube.videos', data: { count: 2 } },
        { code: 'youtube.comments-partial' },
        {
          code: 'social.sign-in-required',
          data: { endpoint: 'youtube/v3/commentThreads', status: 403, video: 'vidSecond02', apiError: 'quotaExceeded' },
        },
      ]);
      expect(conv.posts.map((p) => p.kind)).toEqual(['video', 'video']);
      expect(JSON.stringify(conv)).not.toContain(KEY);
      expect(JSON.stringify(conv)).not.toContain(encodeURIComponent(KEY));
    });

    it('redacts the key from transport errors that quote the URL', async () => {
      setupVideos();
      agent
        .get(DATA)
        .intercept({ path: withKey('/youtube/v3/commentThreads', { videoId: 'vidSecond02' }) })
        .reply(302, '', { headers: { location: `${DATA}/youtube/v3/commentThreads?videoId=vidSecond02&key=${encodeURIComponent(KEY)}&loop=1` } });
      agent
        .get(DATA)
        .intercept({ path: (p) => p.includes('loop=1') })
        .reply(302, '', { headers: { location: `${DATA}/youtube/v3/commentThreads?videoId=vidSecond02&key=${encodeURIComponent(KEY)}&loop=1` } });
      const conv = await collectYoutube(TARGET, ctx({ YOUTUBE_API_KEY: KEY }));
      expect(conv.status).toBe('partial');
      // Notes name the endpoint, never the URL: the key has no way into the snapshot.
      expect(conv.notes?.slice(1)).toEqual([
        { code: 'youtube.comments-partial' },
        { code: 'social.request-failed', data: { endpoint: 'youtube/v3/commentThreads', failure: 'redirect-loop', video: 'vidSecond02' } },
      ]);
      expect(JSON.stringify(conv)).not.toContain(KEY);
      expect(JSON.stringify(conv)).not.toContain(encodeURIComponent(KEY));
    });
  });
});

describe('collectYoutube against the fixture server', () => {
  it('reads the demo channel page and feed of maison-exemple', async () => {
    const server = await startFixtureServer({ root: 'fixtures/sites', now: () => NOW });
    const client = createHttpClient({ resolve: server.resolve, retries: 0 });
    try {
      const env = { BRAND_AUDIT_YOUTUBE_API: server.origin('youtube-api.test') };
      const window = { from: new Date(NOW.getTime() - 60 * DAY), to: NOW, days: 60 };
      const conv = await collectYoutube(TARGET, { http: client, window, maxPosts: 200, env });
      expect(conv.status).toBe('partial');
      expect(conv.brandId).toBe(ID);
      expect(conv.notes).toEqual([{ code: 'youtube.videos', data: { count: 7 } }, { code: 'youtube.no-api-key' }]);
      expect(conv.posts.map((p) => p.id)).toEqual(['mxEmball58b', 'mxTable47aa', 'mxLinge35xx', 'mxCoussin26', 'mxAtelier18', 'mxCarafeV10', 'mxPlaidLin3']);
      expect(conv.posts.every((p) => p.kind === 'video' && p.author.role === 'brand')).toBe(true);
      expect(conv.posts.at(-1)).toMatchObject({ createdAt: '2026-11-12T10:00:00.000Z', metrics: { likes: 41, replies: 0, reposts: 0 } });
      expect(conv.profile).toMatchObject({ exists: true, displayName: 'Maison Exemple', lastPostAt: '2026-11-12T10:00:00.000Z' });
      expect(conv.profile?.links).toEqual([`${server.origin('aide.maison-exemple.test')}/contact`]);

      const month = await collectYoutube(TARGET, { http: client, window: { from: new Date(NOW.getTime() - 30 * DAY), to: NOW, days: 30 }, maxPosts: 200, env });
      expect(month.posts).toHaveLength(4);
    } finally {
      await client.close();
      await server.close();
    }
  });
});
