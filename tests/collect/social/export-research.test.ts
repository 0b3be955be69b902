// The research CSV of brand care accounts (tweet_id,author_id,inbound,created_at,text,response_tweet_id,
// in_response_to_tweet_id): one account per brand, threads attributed by who posted and who was tagged, bad rows
// with file and line (fixtures/exports/README.md).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readExport } from '../../../src/collect/social/export/index.js';
import { computeSocialSummary } from '../../../src/computed/social-summary.js';
import type { BrandSnapshot, Conversation } from '../../../src/snapshot/types.js';

const RESEARCH = 'fixtures/exports/care-research.csv';
const HEADER = 'tweet_id,author_id,inbound,created_at,text,response_tweet_id,in_response_to_tweet_id';
const Q4_2017 = { from: new Date('2017-10-01T00:00:00.000Z'), to: new Date('2017-12-31T23:59:59.999Z'), days: 92 };
const tmp = mkdtempSync(join(tmpdir(), 'brand-audit-research-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function summaries(convs: Conversation[]) {
  const snap = { collectedAt: '2026-12-01T00:00:00.000Z', conversations: convs } as unknown as BrandSnapshot;
  return computeSocialSummary(snap).accounts;
}

function write(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}

const failure = async (p: Promise<unknown>): Promise<string> => p.then(() => 'no error', (e: Error) => e.message);

describe('research CSV', () => {
  it('makes one X account per brand of the file, each with the threads it took part in or was tagged in', async () => {
    const { conversations, problems } = await readExport(RESEARCH);
    expect(conversations.map((c) => [c.platform, c.handle, c.url, c.status])).toEqual([
      ['x', 'acmecare', 'https://x.com/AcmeCare', 'partial'],
      ['x', 'bolthelp', 'https://x.com/BoltHelp', 'partial'],
    ]);
    expect(problems).toEqual([{ code: 'export.bad-x-date', data: { file: RESEARCH, line: 21, field: 'created_at', value: '"12/11/2017 10:00"' } }]);
    const [acme, bolt] = conversations;
    expect(acme.notes?.slice(0, 2)).toEqual([
      { code: 'export.read', data: { file: 'care-research.csv', count: 12 } },
      { code: 'export.unattributed', data: { count: 1 } },
    ]);
    // Tweet 6 tags both brands: it is in both accounts; in BoltHelp's, AcmeCare's answer is not BoltHelp's.
    expect(acme.posts.find((p) => p.id === '7')?.author).toEqual({ id: 'acmecare', handle: 'AcmeCare', role: 'brand' });
    expect(bolt.posts.find((p) => p.id === '7')?.author).toEqual({ id: 'acmecare', handle: 'AcmeCare', role: 'fan' });
    expect(bolt.posts.some((p) => p.id === '1')).toBe(false);
    // "1.0" in the reply column is tweet 1 (the dataset's floats).
    expect(acme.posts.find((p) => p.id === '2')).toMatchObject({ replyTo: '1', root: '1', text: '@101 Sorry for the wait! It is with the carrier and arrives tomorrow.' });
  });

  it('counts each brand’s questions and response times over 2017-10-01..2017-12-31', async () => {
    const { conversations } = await readExport(RESEARCH, { window: { window: Q4_2017, anchor: false } });
    const [acme, bolt] = summaries(conversations);
    // AcmeCare: answered in 30, 20, 45 and 5 min; the change of address and the follow-up about the fee never were.
    expect(acme).toMatchObject({ questions: 6, unanswered: 2, responseMinutes: [5, 20, 30, 45], medianResponseMinutes: 25 });
    // BoltHelp: 2 h, 10 min, a day; the question tagging both brands it left to AcmeCare.
    expect(bolt).toMatchObject({ questions: 4, unanswered: 1, responseMinutes: [10, 120, 1440] });
    expect(bolt.unansweredQuestions.map((q) => q.text)).toEqual(['@AcmeCare @BoltHelp who handles returns for a bundle?']);
    expect(conversations[1].notes?.[1]).toEqual({ code: 'export.outside-window', data: { count: 2, from: '2017-10-01', to: '2017-12-31' } });
  });

  it('reads one brand when the account is given, and says which brands the file has otherwise', async () => {
    const { conversations } = await readExport(RESEARCH, { account: '@BoltHelp' });
    expect(conversations.map((c) => c.handle)).toEqual(['bolthelp']);
    expect(await failure(readExport(RESEARCH, { account: 'nobody' }))).toBe(`${RESEARCH}:1: account "nobody" wrote no outbound post in the file (brands: AcmeCare, BoltHelp)`);
    expect(await failure(readExport(RESEARCH, { platform: 'facebook' }))).toMatch(/:1: the file says platform "x" but "facebook" was asked for/);
  });

  it('rejects bad rows with file, line and field; fills a missing reply link from the parent’s responses', async () => {
    const path = write(
      'rows.csv',
      [
        HEADER,
        '1,55,True,Tue Oct 31 22:10:47 +0000 2017,@Brand help?,2,',
        '2,Brand,False,Tue Oct 31 22:20:47 +0000 2017,@55 sure,,',
        '3,55,perhaps,Tue Oct 31 22:10:47 +0000 2017,x,,',
        ',55,True,Tue Oct 31 22:10:47 +0000 2017,x,,',
        '4,55,True,Tue Oct 31 22:10:47 +0000 2017,x,,abc',
        '1,55,True,Tue Oct 31 22:10:47 +0000 2017,again,,',
        '5,55,True',
        '',
      ].join('\n'),
    );
    const { conversations, problems } = await readExport(path);
    expect(problems.map((p) => [p.code, p.data.line, p.data.field])).toEqual([
      ['export.bad-flag', 4, 'inbound'],
      ['export.required', 5, 'tweet_id'],
      ['export.reply-not-text', 6, 'in_response_to_tweet_id'],
      ['export.duplicate-id', 7, 'tweet_id'],
      ['export.field-count', 8, 'row'],
    ]);
    const brand = conversations[0];
    expect(brand.posts.find((p) => p.id === '2')).toMatchObject({ replyTo: '1', author: { role: 'brand' } });
    expect(summaries([brand])[0]).toMatchObject({ questions: 1, responseMinutes: [10] });
  });

  it('links a reply by the first response list naming it, whether that row comes before or after it; its own link wins', async () => {
    const path = write(
      'links.csv',
      [
        HEADER,
        // Tweet 2 is listed by 1 (before it) and by 3 (after it): 1 answers it. Tweet 5 is listed by 4 only after it
        // was read. Tweet 6 names 1 itself: 4's list does not move it. 7 answers a post the file does not hold.
        '1,55,True,Tue Oct 31 22:10:47 +0000 2017,@Brand help?,"2,9",',
        '2,Brand,False,Tue Oct 31 22:20:47 +0000 2017,@55 sure,,',
        '3,56,True,Tue Oct 31 22:30:47 +0000 2017,@Brand me too,2,',
        '5,Brand,False,Tue Oct 31 22:50:47 +0000 2017,@57 done,,',
        '4,57,True,Tue Oct 31 22:40:47 +0000 2017,@Brand and me?,"5,6",',
        '6,Brand,False,Tue Oct 31 23:00:47 +0000 2017,@55 more,,1.0',
        '7,Brand,False,Tue Oct 31 23:10:47 +0000 2017,@58 hello,,99',
        '',
      ].join('\n'),
    );
    const [brand] = (await readExport(path)).conversations;
    const links = Object.fromEntries(brand.posts.map((p) => [p.id, [p.replyTo ?? null, p.root, p.metrics.replies]]));
    expect(links).toEqual({
      '1': [null, '1', 2],
      '2': ['1', '1', 0],
      '3': [null, '3', 0],
      '5': ['4', '4', 0],
      '4': [null, '4', 1],
      '6': ['1', '1', 0],
      '7': ['99', '7', 0],
    });
  });

  it('keeps each brand’s newest 100,000 posts of a larger file, and says how many the file held', async () => {
    const rows = 100_010;
    const lines = [HEADER];
    const start = Date.parse('2017-10-01T00:00:00Z');
    for (let i = 1; i <= rows; i++) lines.push(`${i},${i % 2 ? 55 : 'Brand'},${i % 2 ? 'True' : 'False'},${new Date(start + i * 60_000).toISOString()},@Brand post ${i},,${i % 2 ? '' : i - 1}`);
    const path = write('many.csv', `${lines.join('\n')}\n`);
    const [brand] = (await readExport(path)).conversations;
    expect(brand.status).toBe('partial');
    expect(brand.notes).toEqual([
      { code: 'export.read', data: { file: 'many.csv', count: 100_000 } },
      { code: 'limits.export-posts', data: { kept: 100_000, total: rows } },
    ]);
    expect(brand.posts[0].id).toBe('11');
    expect(brand.posts.at(-1)).toMatchObject({ id: String(rows), replyTo: String(rows - 1), text: `@Brand post ${rows}` });
  });

  it('needs a brand: a file of inbound posts only, or without the key columns, is an error naming the file', async () => {
    const inbound = write('inbound.csv', `${HEADER}\n1,55,True,Tue Oct 31 22:10:47 +0000 2017,@Brand hi,,\n`);
    expect(await failure(readExport(inbound))).toBe(`${inbound}:1: no brand account: every post is inbound (a customer’s), so there is no brand to audit`);
    const noDate = write('nodate.csv', 'tweet_id,author_id,inbound,text\n1,55,True,hi\n');
    expect(await failure(readExport(noDate))).toBe(`${noDate}:1: missing header column(s) created_at: expected ${HEADER}`);
  });
});
