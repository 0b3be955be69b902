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
  it('a personal LinkedIn profile (/in/) is never official, named after the firm or in the footer; the metadata’s is', () => {
    const profile = (handle: string, placement: Placement, how: FoundHow = 'link'): SocialFinding => ({ platform: 'linkedin', handle, url: `https://www.linkedin.com/in/${handle}/`, how, placement });
    const accounts = mergeAccounts(
      site(3, () => [profile('claire-dupont-morand', 'footer'), profile('maison-dupont', 'body'), { platform: 'linkedin', handle: 'maisondupont', url: 'https://www.linkedin.com/company/maisondupont/', how: 'link', placement: 'footer' }]).concat(
        page('https://maison-dupont.fr/about', [profile('jean-dupont', 'head', 'json-ld')]),
      ),
      TARGET,
    );
    const verdict = (handle: string) => accounts.find((a) => a.handle === handle)?.official;
    expect(accounts.find((a) => a.handle === 'claire-dupont-morand')?.reason?.code).toBe('site.account.personal-profile');
    expect([verdict('claire-dupont-morand'), verdict('maison-dupont'), verdict('maisondupont'), verdict('jean-dupont')]).toEqual([false, false, true, true]);
  });

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

describe('mergeAccounts: people, metadata, fediverse servers and closed networks', () => {
  const withCrowd = (f: SocialFinding, crowd: number): SocialFinding => ({ ...f, crowd });

  it('a list of people in the footer of every page is not the brand, unless a handle resembles the brand', () => {
    const pages = site(4, () => [
      withCrowd(social('x', 'marie_redac', 'link', 'footer'), 5),
      withCrowd(social('x', 'jean_redac', 'link', 'footer'), 5),
      withCrowd(social('x', 'maisondupont_help', 'link', 'footer'), 5),
      social('x', 'dupontofficiel', 'link', 'footer'),
    ]);
    expect(summary(mergeAccounts(pages, TARGET))).toEqual([
      ['x', 'dupontofficiel', true, { code: 'site.account.placement', data: { placement: 'footer', pages: 4 } }],
      ['x', 'maisondupont_help', true, { code: 'site.account.placement', data: { placement: 'footer', pages: 4 } }],
      ['x', 'jean_redac', false, { code: 'site.account.people-list', data: { count: 5, pages: 4 } }],
      ['x', 'marie_redac', false, { code: 'site.account.people-list', data: { count: 5, pages: 4 } }],
    ]);
  });

  it('an embedded post or author box repeated on every page never becomes official by repetition', () => {
    const pages = site(3, () => [social('x', 'priya_sips', 'link', 'article')]);
    expect(summary(mergeAccounts(pages, TARGET))).toEqual([['x', 'priya_sips', false, { code: 'site.account.unrelated-link', data: { placement: 'article', pages: 3 } }]]);
  });

  it('"Follow <person> on Twitter" is that person, "Follow <brand> on Twitter" the brand', () => {
    const pages = site(2, (i) =>
      i === 0
        ? [
            { ...social('x', 'markbauer_travel', 'link', 'footer'), snippet: 'Follow Mark on Twitter' },
            { ...social('x', 'anna_wandert', 'link', 'footer'), snippet: 'Folgen Sie Anna auf Twitter' },
            { ...social('x', 'dupont_news', 'link', 'footer'), snippet: 'Follow Maison Dupont on Twitter' },
          ]
        : [],
    );
    expect(summary(mergeAccounts(pages, TARGET))).toEqual([
      ['x', 'dupont_news', true, { code: 'site.account.placement', data: { placement: 'footer', pages: 1 } }],
      ['x', 'anna_wandert', false, { code: 'site.account.unrelated-link', data: { placement: 'footer', pages: 1 } }],
      ['x', 'markbauer_travel', false, { code: 'site.account.unrelated-link', data: { placement: 'footer', pages: 1 } }],
    ]);
  });

  it('a byline on every page ("Par Élodie Marchand") is the writer, never official by repetition; a byline naming the brand is the brand', () => {
    const pages = site(3, () => [
      { ...social('x', 'elodie_mijote', 'link', 'body'), snippet: 'par Élodie Marchand' },
      { ...social('x', 'dupont_podcast', 'link', 'body'), snippet: 'by Maison Dupont' },
    ]);
    expect(summary(mergeAccounts(pages, TARGET))).toEqual([
      ['x', 'dupont_podcast', true, { code: 'site.account.repeated', data: { pages: 3, analysed: 3 } }],
      ['x', 'elodie_mijote', false, { code: 'site.account.unrelated-link', data: { placement: 'body', pages: 3 } }],
    ]);
  });

  it("a country, language or help account built on an official handle is official where the site presents it, not in a person's block", () => {
    const pages = site(3, (i) => [
      { ...social('instagram', 'dupont', 'link', 'footer') },
      ...(i === 1
        ? [
            { ...social('instagram', 'dupont.suisse', 'link', 'body'), crowd: 3 },
            { ...social('x', 'dupont_help', 'link', 'body') },
            { ...social('instagram', 'dupont_annecy', 'link', 'body') },
            { ...social('instagram', 'dupont.fans', 'link', 'body') },
            { ...social('instagram', 'dupont_be', 'link', 'article') },
          ]
        : []),
    ]);
    const judged = Object.fromEntries(mergeAccounts(pages, { domain: 'maison-lumiere.fr', brandName: 'Maison Lumière' }).map((a) => [a.handle, [a.official, a.reason.code, a.reason.data?.of]]));
    expect(judged).toEqual({
      dupont: [true, 'site.account.placement', undefined],
      'dupont.suisse': [true, 'site.account.branch-handle', 'dupont'],
      dupont_help: [true, 'site.account.branch-handle', 'dupont'],
      dupont_annecy: [false, 'site.account.unrelated-link', undefined],
      'dupont.fans': [false, 'site.account.fan-handle', undefined],
      dupont_be: [false, 'site.account.unrelated-link', undefined],
    });
  });

  it('the same handle as an official account on another network is official where the site presents it', () => {
    const pages = site(3, (i) => [
      social('instagram', 'dupont.mexico', 'link', 'footer'),
      ...(i === 1
        ? [social('facebook', 'dupontmexico', 'link', 'body'), social('threads', 'dupont.mexico', 'link', 'body'), social('x', 'dupont.mexico', 'link', 'article'), social('facebook', 'dupontmexicofans', 'link', 'body')]
        : []),
    ]);
    const judged = Object.fromEntries(mergeAccounts(pages, { domain: 'lumiere.test', brandName: 'Lumière' }).map((a) => [`${a.platform}:${a.handle}`, [a.official, a.reason.code, a.reason.data?.of]]));
    expect(judged).toEqual({
      'instagram:dupont.mexico': [true, 'site.account.placement', undefined],
      'facebook:dupontmexico': [true, 'site.account.same-handle', 'instagram:dupont.mexico'],
      'threads:dupont.mexico': [true, 'site.account.same-handle', 'instagram:dupont.mexico'],
      // In a person's block (an article's author box), the same name is not enough.
      'x:dupont.mexico': [false, 'site.account.unrelated-link', undefined],
      'facebook:dupontmexicofans': [false, 'site.account.unrelated-link', undefined],
    });
  });

  it("the brand's word joined to a desk, country or job word without a separator is official; another firm's or a fan's is not", () => {
    const target = { domain: 'kestrel-mobile.test', brandName: 'Kestrel Mobile' };
    const pages = site(3, (i) => [
      social('x', 'kestrelmobile', 'link', 'footer'),
      ...(i === 2
        ? [
            social('x', 'kestrelstatus', 'link', 'body'),
            social('youtube', 'kestrelhowto', 'link', 'body'),
            social('instagram', 'werkenbijkestrel', 'link', 'body'),
            social('facebook', 'kestrelmexico', 'link', 'body'),
            // "mobile" starts no official handle: a status account of another firm built on that word is not the brand's.
            social('x', 'mobilestatus', 'link', 'body'),
            social('instagram', 'kestrelfan', 'link', 'body'),
            // A two-letter code glued on is not read.
            social('instagram', 'kestrelco', 'link', 'body'),
            social('x', 'kestrelstoring', 'link', 'article'),
          ]
        : []),
    ]);
    const judged = Object.fromEntries(mergeAccounts(pages, target).map((a) => [`${a.platform}:${a.handle}`, [a.official, a.reason.code, a.reason.data?.of]]));
    expect(judged).toMatchObject({
      'x:kestrelstatus': [true, 'site.account.desk-handle', 'kestrel'],
      'youtube:kestrelhowto': [true, 'site.account.desk-handle', 'kestrel'],
      'instagram:werkenbijkestrel': [true, 'site.account.desk-handle', 'kestrel'],
      'facebook:kestrelmexico': [true, 'site.account.desk-handle', 'kestrel'],
      'x:mobilestatus': [false, 'site.account.unrelated-link', undefined],
      'instagram:kestrelco': [false, 'site.account.unrelated-link', undefined],
    });
    // A fan's word is no desk; a desk word in a person's block (an article's author box) is not presented by the site.
    expect(judged['instagram:kestrelfan'][0]).toBe(false);
    expect(judged['x:kestrelstoring'][0]).toBe(false);
  });

  it("the brand's own shop built on its word is official where its handles open with the club's initials; a shop of another word is not", () => {
    const target = { domain: 'uscastelmonte.test', brandName: 'US Castelmonte 1921' };
    const pages = site(2, (i) => [
      social('x', 'uscastelmonte', 'link', 'footer'),
      ...(i === 1
        ? [social('instagram', 'castelmontestore', 'link', 'body'), social('instagram', 'ultrasshop', 'link', 'body')]
        : []),
    ]);
    const judged = Object.fromEntries(mergeAccounts(pages, target).map((a) => [`${a.platform}:${a.handle}`, [a.official, a.reason.code, a.reason.data?.of]]));
    expect(judged).toMatchObject({
      'instagram:castelmontestore': [true, 'site.account.desk-handle', 'castelmonte'],
      'instagram:ultrasshop': [false, 'site.account.unrelated-link', undefined],
    });
  });

  it("a desk named by a line of the page ('Live updates on X:', 'Taquilla en X:') is official only when its handle carries the brand's word", () => {
    const target = { domain: 'salatramontana.test', brandName: 'Sala Tramontana' };
    const labelled = (handle: string, snippet: string): SocialFinding => ({ ...social('x', handle, 'link', 'body'), snippet });
    const pages = site(2, (i) => [
      social('x', 'salatramontana', 'link', 'footer'),
      ...(i === 1
        ? [
            labelled('tramontana_taq', 'Taquilla en X: @Tramontana_Taq'),
            labelled('tramontanalive', 'For live disruption news follow @TramontanaLive'),
            // The same line naming the city's traffic desk or a ticket seller's help desk.
            labelled('madridtrafico', 'Avisos de tráfico en directo en X: @MadridTrafico'),
            labelled('entradasya_help', 'Taquilla de EntradasYa en X: @EntradasYa_Help'),
            // The brand's word without the line is no desk ("tramontana" starts no official handle).
            social('x', 'tramontana_bcn', 'link', 'body'),
            // Nor in a person's block.
            { ...labelled('tramontana_ana', 'Live updates on X: @Tramontana_Ana'), placement: 'article' as const },
          ]
        : []),
    ]);
    const judged = Object.fromEntries(mergeAccounts(pages, target).map((a) => [`${a.platform}:${a.handle}`, [a.official, a.reason.code, a.reason.data?.of]]));
    expect(judged).toMatchObject({
      'x:tramontana_taq': [true, 'site.account.desk-handle', 'tramontana'],
      'x:tramontanalive': [true, 'site.account.desk-handle', 'tramontana'],
      'x:madridtrafico': [false, 'site.account.unrelated-link', undefined],
      'x:entradasya_help': [false, 'site.account.unrelated-link', undefined],
      'x:tramontana_bcn': [false, 'site.account.unrelated-link', undefined],
    });
    expect(judged['x:tramontana_ana'][0]).toBe(false);
  });

  it("an employee's LinkedIn /in/ or 'Follow <name> on' account named after the firm is the employee's", () => {
    const linkedin = (handle: string, placement: Placement): SocialFinding => ({ ...social('linkedin', handle, 'link', placement), url: `https://www.linkedin.com/in/${handle}/` });
    const pages = site(3, (i) =>
      i === 0
        ? [
            linkedin('frauke-jansen-maisondupont', 'article'),
            { ...social('x', 'sam_maisondupont', 'link', 'body'), snippet: 'Follow Sam on X' },
            { ...social('x', 'maisondupont_sav', 'link', 'body'), snippet: 'Follow Maison Dupont on X' },
            { ...social('linkedin', 'maison-dupont-sas', 'link', 'article'), url: 'https://www.linkedin.com/company/maison-dupont-sas/' },
          ]
        : [],
    );
    const judged = Object.fromEntries(mergeAccounts(pages, TARGET).map((a) => [a.handle, a.official]));
    // The firm's own page named like it stays official, in an article too; so does an account the brand follows by name.
    expect(judged).toEqual({ 'frauke-jansen-maisondupont': false, sam_maisondupont: false, maisondupont_sav: true, 'maison-dupont-sas': true });
  });

  it('article:publisher and fb:pages name the publisher’s page', () => {
    const pages = site(3, (i) => (i === 0 ? [social('facebook', 'zz.news', 'publisher-meta', 'head')] : []));
    expect(summary(mergeAccounts(pages, TARGET))).toEqual([['facebook', 'zz.news', true, { code: 'site.account.publisher-meta' }]]);
  });

  it('a rel="me" link names the brand account wherever it sits, except in a person’s block', () => {
    const pages = site(3, (i) =>
      i === 0 ? [{ ...social('mastodon', 'team@toot.zz.org', 'link', 'body'), relMe: true as const }, { ...social('mastodon', 'jane@toot.zz.org', 'link', 'article'), relMe: true as const }] : [],
    );
    expect(summary(mergeAccounts(pages, TARGET))).toEqual([
      ['mastodon', 'team@toot.zz.org', true, { code: 'site.account.rel-me' }],
      ['mastodon', 'jane@toot.zz.org', false, { code: 'site.account.unrelated-link', data: { placement: 'article', pages: 1 } }],
    ]);
  });

  it('fediverse candidates count only on servers that answered NodeInfo, as plain links', () => {
    const pages = site(2, () => [social('mastodon', 'zz@social.zz.org', 'fediverse-candidate', 'footer'), social('mastodon', 'zzmag@cards.test', 'fediverse-candidate', 'footer')]);
    expect(mergeAccounts(pages, TARGET)).toEqual([]);
    const accounts = mergeAccounts(pages, TARGET, { fediverseServers: new Set(['social.zz.org']) });
    expect(summary(accounts)).toEqual([['mastodon', 'zz@social.zz.org', true, { code: 'site.account.placement', data: { placement: 'footer', pages: 2 } }]]);
    expect(accounts[0].evidence.map((e) => e.how)).toEqual(['link', 'link']);
  });

  it('accounts on closed networks keep their judgement and carry the day the network closed', () => {
    const pages = site(2, () => [social('google-plus', '+maisondupont', 'link', 'footer'), social('vine', 'janedoe', 'link', 'article')]);
    expect(mergeAccounts(pages, TARGET).map((a) => [a.platform, a.handle, a.official, a.closed, a.reason])).toEqual([
      ['google-plus', '+maisondupont', true, '2019-04-02', { code: 'site.account.closed-network', data: { closed: '2019-04-02' } }],
      ['vine', 'janedoe', false, '2017-01-17', { code: 'site.account.closed-network', data: { closed: '2017-01-17' } }],
    ]);
  });
});
