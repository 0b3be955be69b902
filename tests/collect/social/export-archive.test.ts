// The X account archive (tweets.js): the brand's posts, stand-ins for the fans' posts it answered timed by their ids,
// coverage `brand-posts`, problems with file and line, the account, and the window (fixtures/exports/README.md).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readExport } from '../../../src/collect/social/export/index.js';
import { computeSocialSummary } from '../../../src/computed/social-summary.js';
import type { BrandSnapshot, Conversation } from '../../../src/snapshot/types.js';

const ARCHIVE = 'fixtures/exports/acme-care-tweets.js';
const tmp = mkdtempSync(join(tmpdir(), 'brand-audit-archive-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const Q4_2017 = { from: new Date('2017-10-01T00:00:00.000Z'), to: new Date('2017-12-31T23:59:59.999Z'), days: 92 };

/** The social summary of one conversation, as the report gives it. */
function summary(conv: Conversation) {
  const snap = { collectedAt: '2026-12-01T00:00:00.000Z', conversations: [conv] } as unknown as BrandSnapshot;
  return computeSocialSummary(snap).accounts[0];
}

function write(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

const failure = async (p: Promise<unknown>): Promise<string> => p.then(() => 'no error', (e: Error) => e.message);

describe('X archive (tweets.js)', () => {
  it('reads the brand’s posts and stands in for the fans’ posts it answered, timed by their ids', async () => {
    const { conversations, problems } = await readExport(ARCHIVE);
    expect(conversations).toHaveLength(1);
    const conv = conversations[0];
    expect(conv).toMatchObject({ platform: 'x', handle: 'acmecare', url: 'https://x.com/AcmeCare', source: 'export', status: 'partial', coverage: 'brand-posts' });
    expect(conv.notes?.slice(0, 3)).toEqual([
      { code: 'export.read', data: { file: 'acme-care-tweets.js', count: 19 } },
      { code: 'export.brand-posts', data: { count: 9 } },
      { code: 'export.untimed-replies', data: { count: 1 } },
    ]);
    // One entry has the date "yesterday": left out, with its line.
    expect(problems).toEqual([{ code: 'export.bad-x-date', data: { file: ARCHIVE, line: 106, field: 'created_at', value: '"yesterday"' } }]);
    const brand = conv.posts.filter((p) => p.author.role === 'brand');
    const fans = conv.posts.filter((p) => p.author.role === 'fan');
    expect([brand.length, fans.length]).toEqual([19, 9]);
    expect(fans.every((p) => p.text === '' && p.url === `https://x.com/${p.author.handle}/status/${p.id}`)).toBe(true);
    const lena = fans.find((p) => p.createdAt === '2017-10-02T08:00:00.000Z')!;
    expect(lena.author).toEqual({ id: '700000000000000011', handle: 'lena_k', role: 'fan' });
    const answer = brand.find((p) => p.replyTo === lena.id)!;
    expect(answer).toMatchObject({ createdAt: '2017-10-02T08:12:00.000Z', root: lena.id, url: `https://x.com/AcmeCare/status/${answer.id}` });
    // Archive text is HTML-escaped; a retweet names the author it reposts.
    expect(brand.find((p) => p.text.includes('Pro kit'))?.text).toContain('both models & with');
    expect(brand.find((p) => p.text.startsWith('RT @lena_k'))?.repostOf).toEqual({ id: '', handle: 'lena_k', role: 'fan' });
    // The brand's own thread is a thread, not a reply to a fan.
    const thread = brand.filter((p) => p.text.includes('/2'));
    expect(thread.map((p) => p.root)).toEqual([thread[0].id, thread[0].id]);
  });

  it('gives exact response times over 2017-10-01..2017-12-31; unanswered posts are not measurable, not zero', async () => {
    const { conversations } = await readExport(ARCHIVE, { window: { window: Q4_2017, anchor: false } });
    const conv = conversations[0];
    expect(conv.notes?.[1]).toEqual({ code: 'export.outside-window', data: { count: 4, from: '2017-10-01', to: '2017-12-31' } });
    const s = summary(conv);
    expect(s).toMatchObject({ coverage: 'brand-posts', questions: 7, unanswered: 0, unansweredRatio: null, medianResponseMinutes: 45 });
    // 12 min, 2 h, 12 h overnight, 5 min, 45 min, 20 min (the first of two replies), 2 h 30 (answered on New Year's Day).
    expect(s.responseMinutes).toEqual([5, 12, 20, 45, 120, 150, 720]);
  });

  it('moves the default window onto the archive’s last 30 days when all of it is older, and says so', async () => {
    const window = { from: new Date('2026-11-01T00:00:00.000Z'), to: new Date('2026-12-01T00:00:00.000Z'), days: 30 };
    const { conversations } = await readExport(ARCHIVE, { window: { window, anchor: true } });
    expect(conversations[0].window).toEqual({ from: '2018-01-30T09:00:00.000Z', to: '2018-03-01T09:00:00.000Z', days: 30 });
    expect(conversations[0].notes?.[1]).toEqual({ code: 'export.window-anchored', data: { from: '2018-01-30', to: '2018-03-01', days: 30 } });
    expect(summary(conversations[0])).toMatchObject({ questions: 1, responseMinutes: [40] });
  });

  it('takes the account from the caller when the archive has no thread of its own to name it', async () => {
    const tweet = (id: string, extra: Record<string, unknown> = {}) => ({ tweet: { id_str: id, created_at: 'Mon Oct 02 08:12:00 +0000 2017', full_text: 'Hello', favorite_count: '1', retweet_count: '0', ...extra } });
    const lone = write('lone.js', `window.YTD.tweets.part0 = ${JSON.stringify([tweet('914764890239926274')])}`);
    expect(await failure(readExport(lone))).toBe(`${lone}:1: no account: the export must give the brand's handle (or the caller must pass it)`);
    const { conversations } = await readExport(lone, { account: '@AcmeCare' });
    expect([conversations[0].handle, conversations[0].url, conversations[0].posts[0].url]).toEqual(['acmecare', 'https://x.com/AcmeCare', 'https://x.com/AcmeCare/status/914764890239926274']);
    expect(await failure(readExport(lone, { platform: 'facebook', account: 'a' }))).toMatch(/the file says platform "x" but "facebook" was asked for/);
    // Older archives: tweet.js, entries without the "tweet" wrapper.
    const older = write('tweet.js', `window.YTD.tweet.part0 = [\n${JSON.stringify(tweet('1').tweet)}\n]`);
    expect((await readExport(older, { account: 'acme' })).conversations[0].posts).toHaveLength(1);
  });

  it('names file and line for a broken archive, and for entries it leaves out', async () => {
    const broken = write('broken.js', 'window.YTD.tweets.part0 = [\n  { "tweet": { "id_str": "1", } }\n]');
    expect(await failure(readExport(broken, { account: 'a' }))).toBe(`${broken}:2: invalid archive: expected a property name in double quotes, found "}"`);
    const notList = write('obj.js', 'window.YTD.tweets.part0 = {}');
    expect(await failure(readExport(notList, { account: 'a' }))).toBe(`${notList}:1: window.YTD.tweets.part0 must be a list of tweets`);
    const rows = write(
      'rows.js',
      'window.YTD.tweets.part0 = [\n' +
        '  { "tweet": { "created_at": "Mon Oct 02 08:12:00 +0000 2017", "full_text": "a" } },\n' +
        '  { "tweet": { "id_str": "5", "created_at": "Mon Oct 02 08:12:00 +0000 2017" } },\n' +
        '  "text",\n' +
        '  { "tweet": { "id_str": "6", "created_at": "Mon Oct 02 08:12:00 +0000 2017", "full_text": "b" } },\n' +
        '  { "tweet": { "id_str": "6", "created_at": "Mon Oct 02 08:13:00 +0000 2017", "full_text": "c" } }\n' +
        ']',
    );
    const { conversations, problems } = await readExport(rows, { account: 'a' });
    expect(problems.map((p) => [p.code, p.data.line, p.data.field])).toEqual([
      ['export.missing', 2, 'id_str'],
      ['export.missing', 3, 'full_text'],
      ['export.not-object', 4, 'tweet'],
      ['export.duplicate-id', 6, 'id_str'],
    ]);
    expect(conversations[0].posts.map((p) => p.text)).toEqual(['b']);
  });
});
