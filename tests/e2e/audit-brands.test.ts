// End-to-end: the real CLI audits each bundled brand over loopback; scores, statuses, accounts and failures must
// match fixtures/sites/README.md (the oracle).
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { auditJson, pathOf, startSites, type FixtureServer } from './fixture-brands.js';
import type { AuditReport } from '../../src/report/types.js';

let server: FixtureServer;
const reports: Record<string, AuditReport> = {};

beforeAll(async () => {
  server = await startSites();
  // The four audits run in parallel: each is a separate CLI process against the one local server.
  await Promise.all(
    ['maison-exemple', 'vieux-bazar', 'northwind-outdoor', 'kaffeehaus-muster'].map(async (brand) => {
      const { result, report } = await auditJson(server, brand);
      expect(result.code, result.stderr).toBe(0);
      reports[brand] = report;
    }),
  );
}, 60_000);
afterAll(() => server?.close());

const statuses = (r: AuditReport) => Object.fromEntries(r.rules.map((x) => [x.id, x.status]));
const rule = (r: AuditReport, id: string) => r.rules.find((x) => x.id === id)!;
const accounts = (r: AuditReport, official: boolean) =>
  r.accounts.filter((a) => a.official === official).map((a) => `${a.platform}:${a.handle}`).sort();

describe('maison-exemple (French, good support)', () => {
  it('scores at the top with every rule passing but HTTPS, which a local copy cannot judge, and closed-network-links, with nothing to flag', () => {
    const r = reports['maison-exemple'];
    expect(r.score).toBe(100);
    expect(r.grade).toBe('A');
    expect(r.target.brandName).toBe('Maison Exemple');
    // The social rules are na in a website-only audit (--no-social): they weigh nothing.
    const website = new Set(['presence', 'support', 'contact', 'trust']);
    const siteRules = r.rules.filter((x) => website.has(x.category));
    expect(siteRules.filter((x) => x.status !== 'pass').map((x) => [x.id, x.status])).toEqual([
      ['closed-network-links', 'na'],
      ['site-https', 'na'],
    ]);
    expect(r.rules.filter((x) => !website.has(x.category)).every((x) => x.status === 'na')).toBe(true);
    // 27 pages read, and the cart, which robots.txt forbids, listed as could-not-be-checked.
    expect(r.site.pagesCrawled).toBe(28);
    expect(r.site.failedPages.map((p) => [pathOf(p.url), p.error])).toEqual([['www /panier/', { code: 'robots' }]]);
  });

  it('finds the official accounts and keeps the guest designer apart', () => {
    const r = reports['maison-exemple'];
    expect(accounts(r, true)).toEqual([
      'bluesky:maisonexemple.bsky.social',
      'facebook:maisonexemple',
      'instagram:maisonexemple',
      'linkedin:maison-exemple',
      'mastodon:maisonexemple@mastodon.social',
      'whatsapp:33612345678',
      'x:maisonexemple',
      'youtube:maisonexemple',
    ]);
    expect(accounts(r, false)).toEqual(['instagram:clemence.durand.atelier']);
    const designer = r.accounts.find((a) => a.handle === 'clemence.durand.atelier')!;
    expect(designer.evidence.map((e) => pathOf(e.pageUrl))).toEqual(['www /blog/rencontre-clemence-durand']);
  });

  it('measures the support area, channels and promise', () => {
    const r = reports['maison-exemple'];
    expect(rule(r, 'support-reachable').data).toMatchObject({ depth: 1, via: 'header', pages: 7 });
    expect(rule(r, 'contact-channels').data).toMatchObject({ count: 6 });
    expect(rule(r, 'response-time-promise').data).toMatchObject({ bestHours: 2 });
    expect(rule(r, 'terms-updated').data).toMatchObject({ ageDays: 60 });
    expect(rule(r, 'support-links-to-social').evidence.map((e) => pathOf(e.url))).toContain('aide /contact');
    expect(r.site.supportPages.map((p) => pathOf(p.url)).sort()).toEqual([
      'aide /',
      'aide /contact',
      'aide /faq/',
      'aide /faq/commandes',
      'aide /faq/entretien',
      'aide /faq/livraison',
      'aide /faq/retours',
    ]);
  });
});

describe('vieux-bazar (French, poor support, broken pages)', () => {
  it('scores poorly with the expected verdicts', () => {
    const r = reports['vieux-bazar'];
    expect(r.score).toBe(29.1);
    expect(r.grade).toBe('F');
    expect(statuses(r)).toMatchObject({
      'accounts-consistent': 'pass',
      'community-space': 'fail',
      'contact-channels': 'warn',
      'legal-notice-privacy': 'warn',
      'official-accounts': 'warn',
      'realtime-channel': 'fail',
      'response-time-promise': 'fail',
      'self-service': 'fail',
      'site-https': 'na',
      'support-links-to-social': 'fail',
      'support-mobile-ready': 'fail',
      'support-reachable': 'warn',
      'terms-updated': 'fail',
    });
    expect(rule(r, 'support-reachable')).toMatchObject({ messageId: 'footer-only', data: { via: 'footer' } });
    expect(rule(r, 'terms-updated')).toMatchObject({ score: 0.25, data: { ageDays: 900 } });
    expect(rule(r, 'contact-channels').data).toMatchObject({ channel: ['email', 'form'] });
    expect(accounts(r, true)).toEqual(['facebook:vieuxbazar']);
    expect(accounts(r, false)).toEqual([]);
  });

  it('records every failing page with its error and goes on', () => {
    const r = reports['vieux-bazar'];
    const failed = Object.fromEntries(r.site.failedPages.map((p) => [pathOf(p.url), p.error.code]));
    expect(failed).toEqual({
      'www /promo-ete.html': 'http-404',
      'www /catalogue/erreur.html': 'http-500',
      'www /catalogue/lent.html': 'timeout',
      'www /catalogue/tarifs.pdf': 'not-html',
      'www /catalogue/enorme.html': 'too-large',
    });
    expect(r.site.pagesCrawled).toBe(23);
    // The page behind the malformed HTML was still found, and the 429 page was read after its retry.
    expect(r.site.failedPages.map((p) => p.url).join()).not.toContain('promotions');
  });
});

describe('northwind-outdoor (English, accounts only in metadata, hosted help centre)', () => {
  it('finds accounts from JSON-LD, twitter:site and embedded JSON, not from share buttons or the author', () => {
    const r = reports['northwind-outdoor'];
    expect(accounts(r, true)).toEqual([
      'facebook:northwindoutdoor',
      'instagram:northwindoutdoor',
      'linkedin:northwind-outdoor',
      'pinterest:northwindoutdoor',
      'tiktok:northwindoutdoor',
      'x:northwindgear',
      'youtube:northwindoutdoor',
    ]);
    expect(accounts(r, false)).toEqual(['instagram:jane.trailwriter', 'x:jane_hikes']);
    expect(r.accounts.find((a) => a.platform === 'youtube')!.url).toBe('https://www.youtube.com/@northwindoutdoor');
  });

  it('crawls the linked Zendesk help centre as part of the site', () => {
    const r = reports['northwind-outdoor'];
    expect(r.score).toBe(81.7);
    expect(r.site.supportPages).toHaveLength(9);
    expect(r.site.supportPages.every((p) => new URL(p.url).hostname === 'northwind.zendesk.com')).toBe(true);
    expect(rule(r, 'response-time-promise')).toMatchObject({ status: 'warn', data: { bestHours: 48 } });
    expect(rule(r, 'support-links-to-social').status).toBe('fail');
    expect(rule(r, 'accounts-consistent').status).toBe('na');
  });
});

describe('kaffeehaus-muster (German shop)', () => {
  it('reads Kontakt, Impressum, AGB and Datenschutz and catches the two X handles', () => {
    const r = reports['kaffeehaus-muster'];
    expect(r.score).toBe(88.9); // support 75 (no community, site-wide social links), presence 87.5, contact and trust 100
    expect(statuses(r)).toMatchObject({
      'accounts-consistent': 'warn',
      'community-space': 'fail',
      'contact-channels': 'pass',
      'legal-notice-privacy': 'pass',
      'response-time-promise': 'pass',
      'support-links-to-social': 'warn',
      'terms-updated': 'pass',
    });
    expect(rule(r, 'accounts-consistent').data).toMatchObject({ platform: ['x'], handles: { x: ['kaffeehaus_de', 'kaffeemuster'] } });
    expect(rule(r, 'support-links-to-social').data).toMatchObject({ placement: 'site-wide' });
    expect(rule(r, 'terms-updated').data).toMatchObject({ ageDays: 100 });
    expect(accounts(r, true)).toContain('xing:kaffeehaus-muster');
    expect(accounts(r, true)).toContain('pinterest:kaffeehausmuster');
    expect(r.accounts.filter((a) => a.platform === 'facebook')).toHaveLength(1);
  });
});
