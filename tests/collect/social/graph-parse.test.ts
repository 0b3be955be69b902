// Graph API parsing shared by the saved-response reader and the live connectors: what a body is, Facebook posts with
// nested comments and replies, visitor posts, comments without authors, Instagram media, comments and replies.
import { describe, expect, it } from 'vitest';
import { facebookPosts, instagramPosts, nextPage, pageIdOf, readGraphBody } from '../../../src/collect/social/graph/parse.js';

const PAGE = { id: '1048576', handle: 'acmecare' };
const t = (iso: string) => iso.replace('Z', '+0000');

describe('readGraphBody', () => {
  it('tells errors, Pages, Instagram accounts and lists of each network apart', () => {
    expect(readGraphBody({ error: { message: '(#4) Application request limit reached', type: 'OAuthException', code: 4, fbtrace_id: 'Ab' } })).toEqual({
      kind: 'error',
      error: { message: '(#4) Application request limit reached', type: 'OAuthException', code: 4 },
    });
    expect(readGraphBody({ id: '1048576', name: 'Acme Care', username: 'acmecare', fan_count: 5200, followers_count: 5400 })).toEqual({
      kind: 'facebook-page',
      page: { id: '1048576', name: 'Acme Care', username: 'acmecare', followers: 5400 },
    });
    expect(readGraphBody({ id: '1789', username: 'acme', biography: 'Hi', followers_count: 90, media_count: 12 })).toEqual({
      kind: 'instagram-user',
      user: { id: '1789', username: 'acme', followers: 90 },
    });
    expect(readGraphBody({ data: [{ id: '1_2', created_time: t('2026-10-01T09:00:00Z') }], paging: { next: 'https://graph.facebook.com/v21.0/x?after=1' } })).toMatchObject({
      kind: 'facebook-items',
      next: 'https://graph.facebook.com/v21.0/x?after=1',
    });
    expect(readGraphBody({ data: [{ id: '9', timestamp: '2026-10-01T09:00:00+0000', caption: 'x' }] })).toMatchObject({ kind: 'instagram-items' });
    expect(readGraphBody({ data: [], paging: { cursors: {} } })).toMatchObject({ kind: 'facebook-items', items: [] });
  });

  it('is undefined for what Graph does not return (X bodies, this project’s export, a bare object)', () => {
    for (const body of [{ data: [{ id: '1', text: 'x', created_at: '2026-10-01T09:00:00.000Z' }] }, { posts: [] }, { id: '1' }, [], 'x', null]) {
      expect(readGraphBody(body), JSON.stringify(body)).toBeUndefined();
    }
  });

  it('reads ids and next pages', () => {
    expect(pageIdOf('1048576_610001')).toBe('1048576');
    expect(pageIdOf('610001')).toBeUndefined();
    expect(nextPage({ data: [], paging: { next: 'n' } })).toBe('n');
    expect(nextPage({ data: [] })).toBeUndefined();
  });
});

describe('facebookPosts', () => {
  const post = {
    id: '1048576_610001',
    message: 'Nouvelle gamme',
    created_time: t('2026-10-05T09:00:00Z'),
    permalink_url: 'https://www.facebook.com/acmecare/posts/610001',
    shares: { count: 4 },
    reactions: { data: [], summary: { total_count: 17 } },
    comments: {
      data: [
        {
          id: '610001_7001',
          message: 'Livrez-vous en Belgique ?',
          created_time: t('2026-10-05T10:00:00Z'),
          from: { id: '555', name: 'Léa Martin' },
          like_count: 1,
          comments: { data: [{ id: '610001_7002', message: 'Oui !', created_time: t('2026-10-05T10:30:00Z'), from: { id: '1048576', name: 'Acme Care' }, parent: { id: '610001_7001' } }] },
        },
      ],
      paging: { cursors: { before: 'a', after: 'b' }, next: 'https://graph.facebook.com/v21.0/1048576_610001/comments?after=b' },
      summary: { total_count: 3 },
    },
  };

  it('reads a Page post, its comments and their replies, each answering what it is nested in', () => {
    const out = facebookPosts([post], PAGE);
    expect(out).toMatchObject({ unknownAuthors: 0, skipped: 0, morePages: 1 });
    expect(out.posts).toEqual([
      {
        id: '1048576_610001',
        url: 'https://www.facebook.com/acmecare/posts/610001',
        platform: 'facebook',
        author: { id: '1048576', handle: 'acmecare', role: 'brand' },
        createdAt: '2026-10-05T09:00:00.000Z',
        text: 'Nouvelle gamme',
        metrics: { likes: 17, replies: 3, reposts: 4 },
        kind: 'post',
      },
      {
        id: '610001_7001',
        platform: 'facebook',
        author: { id: '555', handle: 'Léa Martin', role: 'fan' },
        createdAt: '2026-10-05T10:00:00.000Z',
        text: 'Livrez-vous en Belgique ?',
        metrics: { likes: 1, replies: 1, reposts: 0 },
        kind: 'post',
        replyTo: '1048576_610001',
      },
      {
        id: '610001_7002',
        platform: 'facebook',
        author: { id: '1048576', handle: 'acmecare', role: 'brand' },
        createdAt: '2026-10-05T10:30:00.000Z',
        text: 'Oui !',
        metrics: { likes: 0, replies: 0, reposts: 0 },
        kind: 'post',
        replyTo: '610001_7001',
      },
    ]);
  });

  it('a visitor post is a fan’s; a comment read on its own answers its parent, else the Page post its id names', () => {
    const visitor = { id: '1048576_620001', message: 'Ma commande ?', created_time: t('2026-10-20T08:00:00Z'), from: { id: '777', name: 'Julie' } };
    const alone = { id: '610001_7103', message: 'Ouvert dimanche ?', created_time: t('2026-10-13T08:00:00Z'), from: { id: '888', name: 'Kay' } };
    const answer = { id: '610001_7104', message: 'Non.', created_time: t('2026-10-13T08:15:00Z'), from: { id: '1048576', name: 'Acme Care' }, parent: { id: '610001_7103' } };
    const out = facebookPosts([visitor, alone, answer], PAGE);
    expect(out.posts.map((p) => [p.id, p.author.role, p.replyTo])).toEqual([
      ['1048576_620001', 'fan', undefined],
      ['610001_7103', 'fan', '1048576_610001'],
      ['610001_7104', 'brand', '610001_7103'],
    ]);
  });

  it('counts comments without `from` (never guessing who wrote them) and skips items without id or date', () => {
    const bare = { ...post, comments: { data: [{ id: '610001_9', message: 'Oui ?', created_time: t('2026-10-05T10:00:00Z') }] } };
    const out = facebookPosts([bare, { id: '1048576_2' }, { message: 'no id', created_time: t('2026-10-05T10:00:00Z') }, { id: '1048576_3', created_time: '2026-10-05 10:00' }], PAGE);
    expect(out).toMatchObject({ unknownAuthors: 1, skipped: 3, morePages: 0 });
    expect(out.posts[1].author).toEqual({ id: '', handle: '', role: 'fan' });
  });
});

describe('instagramPosts', () => {
  it('reads media, their comments and the replies Instagram attaches to top-level comments', () => {
    const media = {
      id: '179001',
      caption: 'Autumn kits',
      timestamp: '2026-10-05T09:00:00+0000',
      permalink: 'https://www.instagram.com/p/AbC/',
      media_type: 'IMAGE',
      like_count: 40,
      comments_count: 2,
      comments: {
        data: [
          {
            id: '180001',
            text: 'Dispo en bleu ?',
            timestamp: '2026-10-05T10:00:00+0000',
            username: 'lena.k',
            from: { id: '31', username: 'lena.k' },
            replies: { data: [{ id: '180002', text: '@lena.k Oui !', timestamp: '2026-10-05T10:20:00+0000', username: 'acme', parent_id: '180001' }] },
          },
        ],
      },
    };
    const out = instagramPosts([media, { id: '180003', text: 'Ouvert ?', timestamp: '2026-10-06T10:00:00+0000', media: { id: '179001' } }], { id: '1789', handle: 'acme' });
    expect(out).toMatchObject({ unknownAuthors: 1, skipped: 0, morePages: 0 });
    expect(out.posts.map((p) => [p.id, p.author.role, p.author.handle, p.replyTo ?? null, p.text])).toEqual([
      ['179001', 'brand', 'acme', null, 'Autumn kits'],
      ['180001', 'fan', 'lena.k', '179001', 'Dispo en bleu ?'],
      ['180002', 'brand', 'acme', '180001', '@lena.k Oui !'],
      ['180003', 'fan', '', '179001', 'Ouvert ?'],
    ]);
    expect(out.posts[0]).toMatchObject({ url: 'https://www.instagram.com/p/AbC/', metrics: { likes: 40, replies: 2, reposts: 0 } });
  });
});
