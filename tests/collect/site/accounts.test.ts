// mergeAccounts: evidence per page, the official decision and its reason, and the sort order.
import { describe, expect, it } from 'vitest';
import { mergeAccounts } from '../../../src/collect/site/accounts.js';
import type { FoundHow, PageRecord, Placement, Platform, SocialFinding } from '../../../src/snapshot/types.js';

const TARGET = { domain: 'maison-dupont.fr', brandName: 'Maison Dupont' };

function social(platform: Platform, handle: string, how: FoundHow, placement: Placement): SocialFinding {
  return { platform, handle, url: `https://example.test/${platform}/${handle}`, how, placement };
}

function page(url: string, socials: SocialFinding[]): PageRecord {
  return {
    url,
    status: 200,
    depth: 0,
    fetchMs: 1,
    https: true,
    kinds: [],
    facts: { socials, links: [], contacts: [], vendors: [], promises: [], hasSearch: false },
  };
}

/** n pages, each with `extra` socials on page i. */
function site(n: number, extra: (i: number) => SocialFinding[]): PageRecord[] {
  return Array.from({ length: n }, (_, i) => page(`https://maison-dupont.fr/p${i}`, extra(i)));
}

const summary = (accounts: ReturnType<typeof mergeAccounts>) => accounts.map((a) => [a.platform, a.handle, a.official, a.reason]);

describe('mergeAccounts', () => {
  it('an account in the footer of every page is official, with one evidence entry per page', () => {
    const accounts = mergeAccounts(site(4, () => [social('facebook', 'dupontofficiel', 'link', 'footer')]), TARGET);
    expect(summary(accounts)).toEqual([['facebook', 'dupontofficiel', true, 'footer on 4 pages']]);
    expect(accounts[0].evidence).toHaveLength(4);
    expect(accounts[0].evidence[0]).toEqual({ pageUrl: 'https://maison-dupont.fr/p0', how: 'link', placement: 'footer' });
  });

  it("an author's account linked once from an article is not official", () => {
    const pages = site(5, (i) => (i === 2 ? [social('x', 'janedoe', 'link', 'article')] : []));
    expect(summary(mergeAccounts(pages, TARGET))).toEqual([['x', 'janedoe', false, 'article link on 1 page, unrelated to the brand']]);
  });

  it('an unrelated via= on a share button is not official, even in a social block', () => {
    const pages = site(3, (i) => (i === 0 ? [social('x', 'someagency', 'share-via', 'follow-block')] : []));
    expect(summary(mergeAccounts(pages, TARGET))).toEqual([['x', 'someagency', false, 'share link via= only, unrelated to the brand']]);
  });

  it('twitter:site and JSON-LD sameAs make an account official', () => {
    const pages = site(1, () => [social('x', 'zz_media', 'twitter-site', 'head'), social('linkedin', 'zz-group', 'json-ld', 'head')]);
    expect(summary(mergeAccounts(pages, TARGET))).toEqual([
      ['x', 'zz_media', true, 'twitter:site meta tag'],
      ['linkedin', 'zz-group', true, 'JSON-LD sameAs'],
    ]);
  });

  it('repetition across pages: on at least 2 pages and half of the analysed pages', () => {
    const onTwoOfThree = site(3, (i) => (i < 2 ? [social('instagram', 'zzshots', 'link', 'body')] : []));
    expect(summary(mergeAccounts(onTwoOfThree, TARGET))).toEqual([['instagram', 'zzshots', true, 'seen on 2 of 3 pages']]);
    const onTwoOfTen = site(10, (i) => (i < 2 ? [social('instagram', 'zzshots', 'link', 'body')] : []));
    expect(summary(mergeAccounts(onTwoOfTen, TARGET))).toEqual([['instagram', 'zzshots', false, 'body link on 2 pages, unrelated to the brand']]);
    const onFiveOfTen = site(10, (i) => (i < 5 ? [social('instagram', 'zzshots', 'embedded-json', 'script')] : []));
    expect(summary(mergeAccounts(onFiveOfTen, TARGET))).toEqual([['instagram', 'zzshots', true, 'seen on 5 of 10 pages']]);
  });

  it('a handle resembling the brand name or domain is official even in the body of one page', () => {
    const pages = site(6, (i) =>
      i === 0
        ? [
            social('youtube', 'maisondupont', 'link', 'body'), // equal to the brand name
            social('tiktok', 'dupont_officiel', 'link', 'article'), // neither contains nor is contained in "maisondupont"
            social('pinterest', 'maisondupontfr', 'link', 'body'), // contains the brand name
            social('instagram', 'maison.dupond', 'link', 'body'), // one typo away
            social('mastodon', 'news@maison-dupont.fr', 'link', 'body'), // on the brand's own server
            social('x', 'mai', 'link', 'body'), // under 4 characters: too short to count as contained
          ]
        : [],
    );
    expect(summary(mergeAccounts(pages, TARGET))).toEqual([
      ['instagram', 'maison.dupond', true, 'handle matches the brand name'],
      ['youtube', 'maisondupont', true, 'handle matches the brand name'],
      ['pinterest', 'maisondupontfr', true, 'handle matches the brand name'],
      ['mastodon', 'news@maison-dupont.fr', true, 'handle matches the brand name'],
      ['x', 'mai', false, 'body link on 1 page, unrelated to the brand'],
      ['tiktok', 'dupont_officiel', false, 'article link on 1 page, unrelated to the brand'],
    ]);
  });

  it('compares with the domain label when the brand name differs', () => {
    const accounts = mergeAccounts(site(4, (i) => (i === 0 ? [social('x', 'laposte_fr', 'link', 'body')] : [])), { domain: 'www.laposte.fr', brandName: 'Groupe La Poste SA' });
    expect(summary(accounts)).toEqual([['x', 'laposte_fr', true, 'handle matches the domain']]);
  });

  it('merges sightings of one account from several pages and ways, sorted official first then by platform', () => {
    const pages = [
      page('https://maison-dupont.fr/', [social('x', 'janedoe', 'link', 'article'), social('instagram', 'zzshots', 'link', 'follow-block')]),
      page('https://maison-dupont.fr/a', [social('instagram', 'zzshots', 'link', 'follow-block'), social('instagram', 'zzshots', 'link', 'header')]),
      page('https://maison-dupont.fr/b', [social('facebook', 'zzpage', 'link', 'nav')]),
      { ...page('https://maison-dupont.fr/c', []), facts: undefined, error: { code: 'http-404', message: 'HTTP 404' } },
    ];
    const accounts = mergeAccounts(pages, TARGET);
    expect(summary(accounts)).toEqual([
      ['facebook', 'zzpage', true, 'navigation on 1 page'],
      ['instagram', 'zzshots', true, '"follow us" block on 2 pages'],
      ['x', 'janedoe', false, 'article link on 1 page, unrelated to the brand'],
    ]);
    expect(accounts[1].evidence.map((e) => `${e.pageUrl} ${e.placement}`)).toEqual([
      'https://maison-dupont.fr/ follow-block',
      'https://maison-dupont.fr/a follow-block',
      'https://maison-dupont.fr/a header',
    ]);
  });

  it('an X follow button or a rel=me link names the brand account', () => {
    const pages = site(5, (i) => (i === 0 ? [social('x', 'zzhelp', 'intent-follow', 'body'), social('mastodon', 'zz@social.example', 'link', 'head')] : []));
    expect(summary(mergeAccounts(pages, TARGET))).toEqual([
      ['x', 'zzhelp', true, 'follow button'],
      ['mastodon', 'zz@social.example', true, 'rel=me link in the page head'],
    ]);
  });

  it('uses the final URL of redirected pages as evidence', () => {
    const p = { ...page('https://maison-dupont.fr/old', [social('x', 'zz', 'link', 'footer')]), finalUrl: 'https://maison-dupont.fr/new' };
    expect(mergeAccounts([p], TARGET)[0].evidence[0].pageUrl).toBe('https://maison-dupont.fr/new');
  });
});
