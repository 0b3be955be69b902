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
    expect(summary(accounts)).toEqual([['facebook', 'dupontofficiel', true, { code: 'site.account.placement', data: { placement: 'footer', pages: 4 } }]]);
    expect(accounts[0].evidence).toHaveLength(4);
    expect(accounts[0].evidence[0]).toEqual({ pageUrl: 'https://maison-dupont.fr/p0', how: 'link', placement: 'footer' });
  });

  it("an author's account linked once from an article is not official", () => {
    const pages = site(5, (i) => (i === 2 ? [social('x', 'janedoe', 'link', 'article')] : []));
    expect(summary(mergeAccounts(pages, TARGET))).toEqual([['x', 'janedoe', false, { code: 'site.account.unrelated-link', data: { placement: 'article', pages: 1 } }]]);
  });

  it('an unrelated via= on a share button is not official, even in a social block', () => {
    const pages = site(3, (i) => (i === 0 ? [social('x', 'someagency', 'share-via', 'follow-block')] : []));
    expect(summary(mergeAccounts(pages, TARGET))).toEqual([['x', 'someagency', false, { code: 'site.account.share-via' }]]);
  });

  it('twitter:site and JSON-LD sameAs make an account official', () => {
    const pages = site(1, () => [social('x', 'zz_media', 'twitter-site', 'head'), social('linkedin', 'zz-group', 'json-ld', 'head')]);
    expect(summary(mergeAccounts(pages, TARGET))).toEqual([
      ['x', 'zz_media', true, { code: 'site.account.twitter-site' }],
      ['linkedin', 'zz-group', true, { code: 'site.account.json-ld' }],
    ]);
  });

  it('repetition across pages: on at least 2 pages and half of the analysed pages', () => {
    const onTwoOfThree = site(3, (i) => (i < 2 ? [social('instagram', 'zzshots', 'link', 'body')] : []));
    expect(summary(mergeAccounts(onTwoOfThree, TARGET))).toEqual([['instagram', 'zzshots', true, { code: 'site.account.repeated', data: { pages: 2, analysed: 3 } }]]);
    const onTwoOfTen = site(10, (i) => (i < 2 ? [social('instagram', 'zzshots', 'link', 'body')] : []));
    expect(summary(mergeAccounts(onTwoOfTen, TARGET))).toEqual([['instagram', 'zzshots', false, { code: 'site.account.unrelated-link', data: { placement: 'body', pages: 2 } }]]);
    const onFiveOfTen = site(10, (i) => (i < 5 ? [social('instagram', 'zzshots', 'embedded-json', 'script')] : []));
    expect(summary(mergeAccounts(onFiveOfTen, TARGET))).toEqual([['instagram', 'zzshots', true, { code: 'site.account.repeated', data: { pages: 5, analysed: 10 } }]]);
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
      ['instagram', 'maison.dupond', true, { code: 'site.account.brand-name' }],
      ['youtube', 'maisondupont', true, { code: 'site.account.brand-name' }],
      ['pinterest', 'maisondupontfr', true, { code: 'site.account.brand-name' }],
      ['mastodon', 'news@maison-dupont.fr', true, { code: 'site.account.brand-name' }],
      ['x', 'mai', false, { code: 'site.account.unrelated-link', data: { placement: 'body', pages: 1 } }],
      ['tiktok', 'dupont_officiel', false, { code: 'site.account.unrelated-link', data: { placement: 'article', pages: 1 } }],
    ]);
  });

  it('compares with the domain label when the brand name differs', () => {
    const accounts = mergeAccounts(site(4, (i) => (i === 0 ? [social('x', 'laposte_fr', 'link', 'body')] : [])), { domain: 'www.laposte.fr', brandName: 'Groupe La Poste SA' });
    expect(summary(accounts)).toEqual([['x', 'laposte_fr', true, { code: 'site.account.domain' }]]);
  });

  it('merges sightings of one account from several pages and ways, sorted official first then by platform', () => {
    const pages = [
      page('https://maison-dupont.fr/', [social('x', 'janedoe', 'link', 'article'), social('instagram', 'zzshots', 'link', 'follow-block')]),
      page('https://maison-dupont.fr/a', [social('instagram', 'zzshots', 'link', 'follow-block'), social('instagram', 'zzshots', 'link', 'header')]),
      page('https://maison-dupont.fr/b', [social('facebook', 'zzpage', 'link', 'nav')]),
      { ...page('https://maison-dupont.fr/c', []), facts: undefined, error: { code: 'http-404', data: { status: 404 } } },
    ];
    const accounts = mergeAccounts(pages, TARGET);
    expect(summary(accounts)).toEqual([
      ['facebook', 'zzpage', true, { code: 'site.account.placement', data: { placement: 'nav', pages: 1 } }],
      ['instagram', 'zzshots', true, { code: 'site.account.placement', data: { placement: 'follow-block', pages: 2 } }],
      ['x', 'janedoe', false, { code: 'site.account.unrelated-link', data: { placement: 'article', pages: 1 } }],
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
      ['x', 'zzhelp', true, { code: 'site.account.follow-button' }],
      ['mastodon', 'zz@social.example', true, { code: 'site.account.rel-me' }],
    ]);
  });

  it('uses the final URL of redirected pages as evidence', () => {
    const p = { ...page('https://maison-dupont.fr/old', [social('x', 'zz', 'link', 'footer')]), finalUrl: 'https://maison-dupont.fr/new' };
    expect(mergeAccounts([p], TARGET)[0].evidence[0].pageUrl).toBe('https://maison-dupont.fr/new');
  });
});

describe('mergeAccounts: reasons as notes', () => {
  it('tells an embedded-JSON sighting from a link when the account is not the brand’s', () => {
    const pages = site(5, (i) => (i === 0 ? [social('instagram', 'zzshots', 'embedded-json', 'script')] : []));
    expect(summary(mergeAccounts(pages, TARGET))).toEqual([['instagram', 'zzshots', false, { code: 'site.account.unrelated-json', data: { pages: 1 } }]]);
  });
});
