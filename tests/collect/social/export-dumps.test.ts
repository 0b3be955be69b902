// Saved Graph API and X API v2 responses: a JSON array of pages, JSON lines, a single response; the account each
// network's responses are about; saved errors; comments without authors; a timeline alone (fixtures/exports/README.md).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readExport } from '../../../src/collect/social/export/index.js';
import { computeSocialSummary } from '../../../src/computed/social-summary.js';
import type { BrandSnapshot, Conversation } from '../../../src/snapshot/types.js';

const GRAPH = 'fixtures/exports/acme-facebook-graph.json';
const X_LINES = 'fixtures/exports/acme-x-api.jsonl';
const tmp = mkdtempSync(join(tmpdir(), 'brand-audit-dumps-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const OCTOBER = { from: new Date('2026-10-01T00:00:00.000Z'), to: new Date('2026-10-31T23:59:59.999Z'), days: 31 };

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

describe('saved Graph API responses', () => {
  it('reads the Page, its posts, nested and separately saved comments, visitor posts; notes the saved error', async () => {
    const { conversations, problems } = await readExport(GRAPH);
    expect(problems).toEqual([]);
    expect(conversations).toHaveLength(1);
    const conv = conversations[0];
    expect(conv).toMatchObject({
      platform: 'facebook',
      handle: 'acmecare',
      url: 'https://www.facebook.com/acmecare',
      source: 'export',
      status: 'partial',
      brandId: '104857600012345',
      profile: { exists: true, displayName: 'Acme Care', followers: 5400 },
    });
    expect(conv.coverage).toBeUndefined();
    expect(conv.notes).toEqual([
      { code: 'export.read', data: { file: 'acme-facebook-graph.json', count: 16 } },
      { code: 'export.api-error', data: { line: 328, platform: 'facebook' } },
      { code: 'export.more-comments', data: { count: 1 } },
    ]);
    // The comment saved from the nested edge's next page joins its post's thread.
    expect(conv.posts.find((p) => p.id === '610002_7103')).toMatchObject({ replyTo: '104857600012345_610002', root: '104857600012345_610002' });
  });

  it('measures questions and response times over October', async () => {
    const { conversations } = await readExport(GRAPH, { window: { window: OCTOBER, anchor: false } });
    const s = summary(conversations[0]);
    // Léa (30 min), Mira (never), Bo (60 min), Kay (15 min, saved on its own page), Julie's visitor post (2 h).
    expect(s).toMatchObject({ questions: 5, unanswered: 1, medianResponseMinutes: 45, responseMinutes: [15, 30, 60, 120] });
    expect(s.unansweredQuestions.map((q) => q.author)).toEqual(['Mira K.']);
    expect(conversations[0].notes?.[1]).toEqual({ code: 'export.outside-window', data: { count: 3, from: '2026-10-01', to: '2026-10-31' } });
  });

  it('comments without `from` make the brand’s replies unknown: coverage unknown-authors, nothing measured', async () => {
    const page = { id: '42', username: 'brand', fan_count: 3 };
    const posts = {
      data: [
        {
          id: '42_1',
          message: 'Hello',
          created_time: '2026-10-01T09:00:00+0000',
          comments: { data: [{ id: '1_2', message: 'Vous livrez ?', created_time: '2026-10-01T10:00:00+0000' }, { id: '1_3', message: 'Oui.', created_time: '2026-10-01T10:10:00+0000' }] },
        },
      ],
    };
    const path = write('authorless.json', JSON.stringify([page, posts]));
    const { conversations } = await readExport(path);
    expect(conversations[0]).toMatchObject({ coverage: 'unknown-authors', status: 'ok' });
    expect(conversations[0].notes).toContainEqual({ code: 'export.no-author', data: { count: 2 } });
    expect(summary(conversations[0])).toMatchObject({ questions: 0, unansweredRatio: null, medianResponseMinutes: null });
  });

  it('reads Instagram responses too, and one file may hold several networks', async () => {
    const user = { id: '1789', username: 'acme', biography: 'Care', followers_count: 90, media_count: 1 };
    const media = {
      data: [
        {
          id: '179001',
          caption: 'Kits',
          timestamp: '2026-10-05T09:00:00+0000',
          permalink: 'https://www.instagram.com/p/AbC/',
          media_type: 'IMAGE',
          comments: { data: [{ id: '180001', text: 'En bleu ?', timestamp: '2026-10-05T10:00:00+0000', username: 'lena', replies: { data: [{ id: '180002', text: 'Oui', timestamp: '2026-10-05T10:20:00+0000', username: 'acme' }] } }] },
        },
      ],
    };
    const both = write('both.json', `${readFileSync(GRAPH, 'utf8')}\n${JSON.stringify(user)}\n${JSON.stringify(media)}\n`);
    const { conversations } = await readExport(both);
    expect(conversations.map((c) => [c.platform, c.handle, c.posts.length])).toEqual([
      ['facebook', 'acmecare', 16],
      ['instagram', 'acme', 3],
    ]);
    expect(summary(conversations[1])).toMatchObject({ questions: 1, responseMinutes: [20] });
    const only = await readExport(both, { platform: 'instagram' });
    expect(only.conversations.map((c) => c.platform)).toEqual(['instagram']);
    expect(await failure(readExport(GRAPH, { platform: 'x' }))).toBe(`${GRAPH}:1: the file holds no x responses (it holds facebook)`);
  });

  it('names file and line for a value that is no API response, an error-only file, an unknown Page', async () => {
    const mixed = write('mixed.jsonl', '{"data": [], "paging": {"cursors": {}}}\n{"hello": "world"}\n');
    expect(await failure(readExport(mixed))).toMatch(new RegExp(`^${mixed}:2: unknown export format`));
    const inArray = write('array.json', '[\n  {"data": [], "paging": {"cursors": {}}},\n  {"hello": "world"}\n]');
    expect(await failure(readExport(inArray))).toMatch(new RegExp(`^${inArray}:1: unknown export format`));
    const errors = write('errors.json', JSON.stringify({ error: { message: 'Error validating access token', type: 'OAuthException', code: 190, fbtrace_id: 'x' } }));
    expect(await failure(readExport(errors))).toBe(`${errors}:1: the file holds only API errors, no data (save the responses of successful requests)`);
    const noPage = write('nopage.json', JSON.stringify({ data: [{ id: '7001', message: 'x', created_time: '2026-10-01T09:00:00+0000' }], paging: {} }));
    expect(await failure(readExport(noPage))).toMatch(/:1: cannot tell the Page: include the Page's own response/);
  });
});

describe('saved X API v2 responses', () => {
  it('reads JSON lines of a user lookup, timeline pages and mentions: the brand’s posts and fans’ posts', async () => {
    const { conversations } = await readExport(X_LINES);
    const conv = conversations[0];
    expect(conv).toMatchObject({
      platform: 'x',
      handle: 'acmecare',
      url: 'https://x.com/AcmeCare',
      status: 'ok',
      brandId: '900000000000000001',
      profile: { exists: true, displayName: 'Acme Care', followers: 3100, posts: 2400 },
    });
    expect(conv.coverage).toBeUndefined();
    expect(conv.notes).toEqual([{ code: 'export.read', data: { file: 'acme-x-api.jsonl', count: 10 } }]);
    const s = summary((await readExport(X_LINES, { window: { window: OCTOBER, anchor: false } })).conversations[0]);
    // Lena answered in 15 min, Bo in 1 h 30; Tom's question was never answered; Mira's praise is no question.
    expect(s).toMatchObject({ questions: 3, unanswered: 1, responseMinutes: [15, 90] });
    expect(s.unansweredQuestions.map((q) => q.author)).toEqual(['tomv']);
  });

  it('a timeline alone holds the brand’s posts only: the posts it answered stand in, timed by their ids', async () => {
    const lines = readFileSync(X_LINES, 'utf8').trim().split('\n');
    const timeline = write('timeline.json', `[\n${lines.slice(0, 3).join(',\n')}\n]`);
    const { conversations } = await readExport(timeline, { window: { window: OCTOBER, anchor: false } });
    expect(conversations[0]).toMatchObject({ coverage: 'brand-posts' });
    expect(conversations[0].notes?.slice(0, 2)).toEqual([
      { code: 'export.read', data: { file: 'timeline.json', count: 6 } },
      { code: 'export.brand-posts', data: { count: 3 } },
    ]);
    // The warranty reply answers a post of 28 September: outside October, so not counted.
    expect(summary(conversations[0])).toMatchObject({ questions: 2, unansweredRatio: null, responseMinutes: [15, 90] });
  });

  it('needs to know whose account it is: the user lookup, or the caller’s account', async () => {
    const lines = readFileSync(X_LINES, 'utf8').trim().split('\n');
    const mentions = write('mentions.json', lines[3]);
    expect(await failure(readExport(mentions))).toMatch(/:1: cannot tell the brand's account: include the user lookup response/);
    const { conversations } = await readExport(mentions, { account: 'AcmeCare' });
    expect(conversations[0].posts.every((p) => p.author.role === 'fan')).toBe(true);
    expect(await failure(readExport(X_LINES, { account: 'someoneelse' }))).toMatch(/the file says account "acmecare" but "someoneelse" was asked for/);
  });
});
