// X parsing shared by the saved-response reader and the live connector: Snowflake times, v1.1 dates, v2 bodies,
// posts, and the stand-ins for fans' posts known only through the brand's replies.
import { describe, expect, it } from 'vitest';
import { snowflakeTime } from '../../../src/collect/social/x/snowflake.js';
import { parseXDate } from '../../../src/collect/social/x/dates.js';
import { isXBody, readXPage, xPost, xText } from '../../../src/collect/social/x/parse.js';
import { standIns } from '../../../src/collect/social/x/stand-ins.js';

/** The id X would give a post created at `iso` (sequence `seq`): the inverse of snowflakeTime. */
const idAt = (iso: string, seq = 0): string => (((BigInt(Date.parse(iso)) - 1288834974657n) << 22n) + BigInt(seq)).toString();

describe('snowflakeTime', () => {
  it('reads the creation time an X id carries, to the millisecond', () => {
    // REFERENCE.md: ms = (id >> 22) + 1288834974657.
    expect(new Date(snowflakeTime('1212092628029698048')!).toISOString()).toBe('2019-12-31T19:26:16.771Z');
    expect(snowflakeTime(idAt('2017-10-11T06:55:44.123Z', 4095))).toBe(Date.parse('2017-10-11T06:55:44.123Z'));
  });

  it('gives no time for ids from before Snowflake (November 2010), nor for what is not an id', () => {
    expect(snowflakeTime('20')).toBeUndefined(); // the first post on the network, 2006
    expect(snowflakeTime('29700859247')).toBeUndefined(); // sequential ids stayed under 3e10 until late 2010
    expect(snowflakeTime('12a')).toBeUndefined();
    expect(snowflakeTime('')).toBeUndefined();
    expect(snowflakeTime('99999999999999999999')).toBeUndefined();
  });
});

describe('parseXDate', () => {
  it('reads the v1.1 format of archives and the research CSV, offsets included', () => {
    expect(parseXDate('Wed Oct 11 06:55:44 +0000 2017')).toBe('2017-10-11T06:55:44.000Z');
    expect(parseXDate('Tue Oct 31 22:10:47 +0200 2017')).toBe('2017-10-31T20:10:47.000Z');
  });

  it('rejects other formats and impossible days', () => {
    for (const bad of ['2017-10-11T06:55:44Z', 'Wed Oct 11 2017', 'Thu Nov 31 10:00:00 +0000 2017', 'Wed Oct 11 25:00:00 +0000 2017', 'yesterday']) {
      expect(parseXDate(bad), bad).toBeUndefined();
    }
  });
});

describe('X API v2 bodies', () => {
  const lookup = { data: { id: '42', name: 'Acme', username: 'AcmeCare', public_metrics: { followers_count: 10 } } };
  const timeline = { data: [{ id: '1', text: 'hi', created_at: '2026-10-01T09:00:00.000Z' }], meta: { result_count: 1, next_token: 'n1' } };
  const mentions = {
    data: [{ id: '2', text: '@AcmeCare help?', created_at: '2026-10-01T10:00:00.000Z', author_id: '7' }],
    includes: { users: [{ id: '7', username: 'lena' }], tweets: [{ id: '3', text: 'quoted', created_at: '2026-09-01T10:00:00.000Z', author_id: '8' }] },
    meta: { result_count: 1 },
  };

  it('recognises lookups, pages, empty pages and problems, and nothing else', () => {
    for (const body of [lookup, timeline, mentions, { meta: { result_count: 0 } }, { title: 'Unauthorized', type: 'https://api.x.com/2/problems/not-authorized-for-resource', status: 401 }]) {
      expect(isXBody(body), JSON.stringify(body)).toBe(true);
    }
    for (const body of [{ data: [{ id: '1', created_time: '2026-10-01T09:00:00+0000' }] }, { posts: [] }, [], { id: '1', name: 'Page', fan_count: 3 }]) {
      expect(isXBody(body), JSON.stringify(body)).toBe(false);
    }
  });

  it('reads posts, users, referenced posts, the next page and errors', () => {
    expect(readXPage(lookup)).toMatchObject({ user: { id: '42', username: 'AcmeCare' }, tweets: [], errors: [] });
    expect(readXPage(timeline)).toMatchObject({ tweets: [{ id: '1' }], nextToken: 'n1' });
    expect(readXPage(mentions)).toMatchObject({ users: [{ id: '7', username: 'lena' }], includedTweets: [{ id: '3' }] });
    const partial = readXPage({ data: [{ id: '1', text: 'x' }, { id: 2 }], errors: [{ title: 'Not Found Error', detail: 'Could not find tweet', type: 'https://api.twitter.com/2/problems/resource-not-found' }] });
    expect(partial).toMatchObject({ skipped: 1, errors: [{ title: 'Not Found Error' }] });
  });

  it('makes Posts: the brand’s by id, username or (no author_id) a timeline page; replies, metrics, URLs, unescaped text', () => {
    const brand = { id: '42', username: 'AcmeCare' };
    const names = new Map([['7', 'lena']]);
    const reply = {
      id: '5',
      text: '@lena Yes &amp; no &lt;3',
      created_at: '2026-10-01T10:15:00.000Z',
      author_id: '42',
      referenced_tweets: [{ type: 'replied_to', id: '2' }],
      public_metrics: { like_count: 2, reply_count: 1, retweet_count: 3, quote_count: 1 },
    };
    expect(xPost(reply, brand, names)).toEqual({
      id: '5',
      url: 'https://x.com/AcmeCare/status/5',
      platform: 'x',
      author: { id: '42', handle: 'AcmeCare', role: 'brand' },
      createdAt: '2026-10-01T10:15:00.000Z',
      text: '@lena Yes & no <3',
      replyTo: '2',
      metrics: { likes: 2, replies: 1, reposts: 4 },
      kind: 'post',
    });
    expect(xPost(mentions.data[0], brand, names)?.author).toEqual({ id: '7', handle: 'lena', role: 'fan' });
    expect(xPost({ ...mentions.data[0], author_id: '9' }, brand, names)).toMatchObject({ author: { id: '9', handle: '9', role: 'fan' }, url: 'https://x.com/i/web/status/2' });
    expect(xPost(timeline.data[0], brand, names)?.author.role).toBe('brand');
    expect(xPost({ id: '6', text: 'RT @lena: great', created_at: '2026-10-02T10:00:00.000Z', referenced_tweets: [{ type: 'retweeted', id: '2' }] }, brand, names)?.repostOf).toEqual({
      id: '2',
      handle: 'lena',
      role: 'fan',
    });
    expect(xPost({ id: '7', text: 'no date' }, brand, names)).toBeUndefined();
    expect(xText('a\n&amp;lt;')).toBe('a &lt;');
  });
});

describe('stand-ins', () => {
  const brand = (to: { username?: string }) => to.username?.toLowerCase() === 'acmecare';

  it('stands in for each fan’s post the brand answered, timed by its id, once however many replies it got', () => {
    const q = idAt('2017-10-02T08:00:00.000Z', 7);
    const out = standIns(
      [
        { reply: { createdAt: '2017-10-02T08:12:00.000Z' }, to: { id: q, userId: '11', username: 'lena_k' } },
        { reply: { createdAt: '2017-10-02T09:00:00.000Z' }, to: { id: q, userId: '11', username: 'lena_k' } },
      ],
      new Set(),
      brand,
    );
    expect(out).toEqual({
      untimed: 0,
      posts: [
        {
          id: q,
          url: `https://x.com/lena_k/status/${q}`,
          platform: 'x',
          author: { id: '11', handle: 'lena_k', role: 'fan' },
          createdAt: '2017-10-02T08:00:00.000Z',
          text: '',
          metrics: { likes: 0, replies: 2, reposts: 0 },
          kind: 'post',
        },
      ],
    });
  });

  it('leaves out posts already read, the brand’s own threads and unnamed authors; counts the untimed', () => {
    const known = idAt('2017-10-01T08:00:00.000Z');
    const later = idAt('2017-10-05T08:00:00.000Z'); // "answered" before it was written: not a time to trust
    const out = standIns(
      [
        { reply: { createdAt: '2017-10-02T08:00:00.000Z' }, to: { id: known, username: 'lena_k' } },
        { reply: { createdAt: '2017-10-02T08:00:00.000Z' }, to: { id: idAt('2017-10-01T07:00:00.000Z'), username: 'AcmeCare' } },
        { reply: { createdAt: '2017-10-02T08:00:00.000Z' }, to: { id: idAt('2017-10-01T07:30:00.000Z') } },
        { reply: { createdAt: '2017-10-02T08:00:00.000Z' }, to: { id: '12345678', username: 'ancient' } },
        { reply: { createdAt: '2017-10-02T08:00:00.000Z' }, to: { id: later, username: 'tomv' } },
      ],
      new Set([known]),
      brand,
    );
    expect(out).toEqual({ posts: [], untimed: 2 });
  });
});
