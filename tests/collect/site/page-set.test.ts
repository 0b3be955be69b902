// Account discovery against the labelled page set (fixtures/pages): synthetic sites modelled on the ways it went wrong
// on real pages, plus the four demo brands. The bench prints the same figures (scripts/accounts-bench.mjs).
import { describe, expect, it } from 'vitest';
import { discover, scoreCase, scorePageSet } from '../../../src/collect/site/accuracy.js';
import { loadPageSet } from '../../../scripts/page-set.mjs';

const cases = loadPageSet();
const score = scorePageSet(cases);

describe('the labelled page set', () => {
  it('holds every error class of issue 11 and the demo brands, each case with its labels', () => {
    const ids = cases.map((c) => c.id);
    for (const id of ['staff-footer', 'writers-sidebar', 'byline-header', 'follow-person-bio', 'nav-class-names', 'not-mastodon', 'hashbang-x',
      'hashbang-encoded', 'meta-publisher', 'meta-fb-pages', 'official-links-en', 'subscription-center', 'dead-networks-fr', 'embedded-posts',
      'site:maison-exemple', 'site:northwind-outdoor',
      // harder variants: people in definition lists, tables, carousels and several footer columns, guests and credits,
      // social walls and post cards, service and country accounts, share links, JSON-LD performers and subjects
      'footer-columns-de', 'founders-footer-en', 'ambassadors-fr', 'country-accounts-es', 'service-accounts-en', 'guest-reviews-fr',
      'social-wall-de', 'posts-sidebar-es', 'guest-editor-en', 'share-links-fr', 'hashbang-radio-fr', 'jsonld-author-de',
      'fediverse-kultur-de', 'founder-footer-en', 'feed-widgets-en', 'event-venue-es', 'news-about-org-fr', 'team-brand-de',
      'credits-footer-es', 'owners-credit-de', 'sidebar-siblings-fr', 'reviews-app-de', 'timeline-widgets-en', 'team-page-es',
      'contact-persons-de', 'pronoun-bios-es', 'hosts-pronouns-en', 'bistro-addresses-fr',
      // round 14's classes: agencies' profiles after their credit, store locators, help desks in running text, branch handles
      'agency-credits-fr', 'agency-credits-de', 'agency-credits-es', 'agency-credits-it', 'store-locator-fr', 'stockists-en',
      'haendler-de', 'tiendas-es', 'support-text-en', 'support-text-fr', 'support-text-de', 'support-text-es',
      'branch-handles-fr', 'branch-handles-en', 'branch-handles-de',
      // round 13's classes: desks claimed in an article, the same handle on another network, desk handles without a
      // separator, employees' accounts named after the firm
      'desk-handles-nl', 'desk-handles-en', 'desk-claim-article-fr',
      // round 15's classes: credits lines, memberships, labels, parent groups, sponsors and suppliers; desks named by a
      // notice or a line of the page ("Live updates on X:", "Taquilla en X:", "notre billetterie sur X :")
      'affiliations-en', 'affiliations-fr', 'affiliations-de', 'affiliations-es',
      // round 16's classes: accounts the page disowns, a shop's own JSON-LD, a club's sections, sponsors, public bodies
      // and "Member of…" logos, a desk claimed after the link ("– we post every delay there")
      'disowned-accounts', 'store-jsonld', 'club-sections', 'sponsor-logos', 'we-post-there',
      // round 25's classes: ambassadors' cards and personal LinkedIn profiles, a shop page's own JSON-LD, a sister
      // brand, a list a disclaiming line introduces, Dutch disclaimers
      'ambassador-cards-fr', 'not-ours-list-nl',
      // round 27's classes: a namesake act's card that disowns the festival, accounts run by the students, a sister
      // brand and a parent group in a group footer
      'namesake-cards-fr', 'run-by-students-pt', 'sister-brands-sv',
      // rounds 25 to 27's recall classes: the brand's parts named with the definite article as their accounts' keepers
      // ("Follow the show:", "Instagram del hotel:", "Canais oficiais da Escola:"), its channel and podcast named by titles
      // shaped like a person's name ("Cocina Serena, nuestro canal de recetas")
      'unit-labels-en', 'unit-labels-es', 'unit-labels-pt', 'title-channels-es',
      // round 28's classes: the brand's desks, podcasts and stages on cards beside staff's ("Our sport desk…", "Nasz
      // podcast…"), a help desk's handle far from the network's name, a staff card's second network, and franchised
      // inns whose paragraph before the links names their operator
      'unit-cards-en', 'unit-cards-pl', 'staff-cards-social-en', 'operated-cards-en',
      // round 29's desk titles: the brand's offices labelled by their titles before their handles ("International Office
      // @…", "Follow the Press Office on X") beside staff's, a tourist office's and a partner's links
      'desk-titles-en', 'desk-titles-de',
      // desks a sentence names by their keeper without "our": the brand's parts' and a council's or tourist office's
      'unit-desk-sentences-en', 'unit-desk-sentences-fr']) {
      expect(ids).toContain(id);
    }
    for (const c of cases) {
      expect(c.pages.length, c.id).toBeGreaterThan(0);
      expect(c.official.length, c.id).toBeGreaterThan(0);
      // A key is in one list only.
      const keys = [...c.official, ...c.other, ...c.dead, ...(c.notAccounts ?? [])];
      expect(new Set(keys).size, c.id).toBe(keys.length);
    }
  });

  it('finds the official accounts with precision ≥ 0.99 and recall ≥ 0.97', () => {
    expect(score.official.precision).toBeGreaterThanOrEqual(0.99);
    expect(score.official.recall).toBeGreaterThanOrEqual(0.97);
  });

  it('never lists an author, a staff member, a guest or an embedded post’s author as official', () => {
    expect(score.cases.filter((c) => c.peopleAsOfficial.length > 0).map((c) => [c.id, c.peopleAsOfficial])).toEqual([]);
  });

  it('reads no account where there is none (Flipboard, Hashnode, a site’s own member pages)', () => {
    expect(score.cases.filter((c) => c.spurious.length > 0).map((c) => [c.id, c.spurious])).toEqual([]);
  });

  it('recognises every link to a closed network, with the day it closed', () => {
    expect(score.dead.recall).toBe(1);
    const found = discover(cases.find((c) => c.id === 'dead-networks-en')!);
    expect(found.accounts.filter((a) => a.closed).map((a) => [a.platform, a.closed, a.reason.code])).toEqual([
      ['google-plus', '2019-04-02', 'site.account.closed-network'],
      ['vine', '2017-01-17', 'site.account.closed-network'],
      ['periscope', '2021-03-31', 'site.account.closed-network'],
    ]);
  });
});

describe('scoreCase', () => {
  it('counts missed, wrongly official, people and spurious accounts', () => {
    const c = { id: 't', brand: { domain: 'b.test', brandName: 'B' }, pages: [], official: ['x:b', 'facebook:b'], other: ['x:jane'], dead: ['vine:b'] };
    const account = (platform: string, handle: string, official: boolean, closed?: string) =>
      ({ platform, handle, url: '', official, reason: { code: 'site.account.placement' }, evidence: [], ...(closed ? { closed } : {}) }) as never;
    const s = scoreCase(c, {
      accounts: [account('x', 'b', true), account('x', 'jane', true), account('instagram', 'zz', false), account('vine', 'b', true, '2017-01-17')],
      dead: ['vine:b'],
    });
    expect(s.official).toMatchObject({ tp: 1, fp: 1, fn: 1, precision: 0.5, recall: 0.5 });
    expect(s.peopleAsOfficial).toEqual(['x:jane']);
    expect(s.spurious).toEqual(['instagram:zz']);
    expect(s.missed).toEqual(['facebook:b']);
    expect(s.dead).toMatchObject({ tp: 1, fn: 0 });
  });

  it('scores a Vine profile opened by its id as one profile, labelled "vine:u/<id>" or "vine:<id>"', () => {
    const account = (handle: string) =>
      ({ platform: 'vine', handle, url: '', official: false, reason: { code: 'site.account.placement' }, evidence: [], closed: '2017-01-17' }) as never;
    const found = { accounts: [account('u/1009'), account('u/2001')], dead: ['vine:u/1009', 'vine:u/2001'] };
    const c = { id: 't', brand: { domain: 'b.test', brandName: 'B' }, pages: [], official: [], other: [], dead: ['vine:1009', 'vine:u/2001'] };
    const s = scoreCase(c, found);
    expect(s.spurious).toEqual([]);
    expect(s.dead).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(scoreCase({ ...c, dead: ['vine:1009'] }, found).spurious).toEqual(['vine:2001']);
  });
});
