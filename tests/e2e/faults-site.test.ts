// Fault matrix, the website: the real CLI against copies of the bundled sites made hostile. Pages with 100,000 links,
// a start page that redirects to another domain or is a meta refresh, pages robots.txt forbids and a robots.txt that
// fails, heavy pages beside healthy ones, 10,000 nested elements, a Retry-After a day away: every case ends in a
// finished report (or a documented exit code) under a heap limit, and says what it could not check.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { expectSound, runCase, startFaultSite, writeTree, type CaseRun, type FaultSite } from '../support/fault-case.js';
import type { FaultTables } from '../support/fault-routes.js';
import type { AuditReport } from '../../src/report/types.js';

const WWW = 'www.maison-exemple.test';
const AIDE = 'aide.maison-exemple.test';

let site: FaultSite | undefined;
afterEach(async () => {
  await site?.close();
  site = undefined;
});

/** Serves the bundled sites (edited, with faults) and audits `start` (a host and path) without the social part. */
async function audit(opts: { start?: string; faults?: FaultTables; edit?: (root: string) => void; args?: string[]; env?: Record<string, string> }): Promise<CaseRun> {
  site = await startFaultSite({ faults: opts.faults ?? {}, ...(opts.edit ? { edit: opts.edit } : {}) });
  const [host, ...rest] = (opts.start ?? `${WWW}/`).split('/');
  return runCase(`${site.origin(host)}/${rest.join('/')}`, ['--resolve', site.resolve, '--timeout', '5', '--no-social', ...(opts.args ?? [])], {
    ...(opts.env ? { env: opts.env } : {}),
  });
}

const rule = (report: AuditReport, id: string) => report.rules.find((r) => r.id === id)!;
const siteNotes = (run: CaseRun): string[] => run.report!.site.errors.map((e) => e.code);

describe('a page with hundreds of thousands of links', () => {
  it('keeps the frontier bounded and says how much was left out', async () => {
    const run = await audit({
      start: 'www.sans-fin.test/',
      edit: (root) => writeTree(path.join(root, 'sans-fin'), { 'www.sans-fin.test/robots.txt': 'User-agent: *\nAllow: /\n' }),
      // Every page, the start page included, links 20,000 pages no other page links.
      faults: { 'www.sans-fin.test': { '/': { generate: 'many-links', params: { count: '20000' } }, '/p*': { generate: 'many-links', params: { count: '20000' } } } },
      args: ['--max-pages', '12'],
    });
    expectSound(run);
    expect(run.report!.site.pagesCrawled).toBe(12);
    const crowded = run.report!.site.errors.find((e) => e.code === 'limits.links-per-page');
    expect(crowded?.data).toMatchObject({ perPage: 1000 });
    // Every page read links 20,000 (a page that could not be read under load links nothing).
    expect(crowded!.data!.pages).toBe(run.report!.site.pagesCrawled - run.report!.site.pagesFailed);
    const frontier = run.report!.site.errors.find((e) => e.code === 'limits.frontier');
    expect(frontier?.data).toMatchObject({ frontier: 10_000 });
    expect(frontier!.data!.dropped as number).toBeGreaterThan(0);
    expect(run.report!.site.errors.find((e) => e.code === 'max-pages')?.data).toMatchObject({ maxPages: 12 });
  }, 300_000);
});

describe('a start page that leads elsewhere', () => {
  /** A brand that renamed itself: its old domain sends visitors to the new one. */
  const renamed = (root: string): void =>
    writeTree(path.join(root, 'ancien-nom'), {
      'www.ancien-nom.test/_routes.json': JSON.stringify({ '/': { redirect: `{{origin:${WWW}}}/`, status: 301 } }),
      'www.ancien-nom.test/bienvenue.html': `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url={{origin:${WWW}}}/"><title>Redirection</title></head><body><p>Nous avons changé de nom…</p></body></html>`,
      'www.ancien-nom.test/boucle.html': '<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0;URL=\'/boucle-2.html\'"><title>Boucle</title></head><body></body></html>',
      'www.ancien-nom.test/boucle-2.html': '<!DOCTYPE html><html><head><meta http-equiv="refresh" content="1; url=boucle.html"><title>Boucle</title></head><body></body></html>',
    });

  it('audits the site an HTTP redirect to another domain leads to, as if its address had been given', async () => {
    const direct = await audit({ edit: renamed });
    await site!.close();
    const redirected = await audit({ edit: renamed, start: 'www.ancien-nom.test/' });
    expectSound(redirected);
    expect(redirected.report!.site.pagesCrawled).toBe(direct.report!.site.pagesCrawled);
    expect(redirected.report!.score).toBe(direct.report!.score);
    expect(redirected.report!.target.domain).toBe('maison-exemple.test');
  }, 300_000);

  it('follows a start page that is a meta refresh, and says so', async () => {
    const run = await audit({ edit: renamed, start: 'www.ancien-nom.test/bienvenue.html' });
    expectSound(run);
    expect(run.report!.site.errors).toContainEqual({
      code: 'crawl.meta-refresh',
      data: { from: `${site!.origin('www.ancien-nom.test')}/bienvenue.html`, to: `${site!.origin(WWW)}/` },
    });
    expect(run.report!.site.pagesCrawled).toBeGreaterThan(20);
    expect(run.report!.score).toBeGreaterThan(90);
  }, 300_000);

  it('stops at a meta refresh loop and says so, with a finished report', async () => {
    const run = await audit({ edit: renamed, start: 'www.ancien-nom.test/boucle.html' });
    expectSound(run);
    expect(siteNotes(run)).toEqual(expect.arrayContaining(['crawl.meta-refresh', 'crawl.meta-refresh-loop']));
  }, 300_000);
});

describe('robots.txt', () => {
  it('counts pages it forbids as could-not-be-checked: the rules that needed them are na with the reason, not failures', async () => {
    const open = await audit({});
    await site!.close();
    const run = await audit({
      edit: (root) => {
        writeFileSync(path.join(root, 'maison-exemple', AIDE, 'robots.txt'), 'User-agent: *\nDisallow: /contact\n');
        writeFileSync(path.join(root, 'maison-exemple', WWW, 'robots.txt'), 'User-agent: *\nDisallow: /panier/\nDisallow: /cgv\nDisallow: /mentions-legales\n');
      },
    });
    expectSound(run);
    const blocked = run.report!.site.failedPages.filter((p) => p.error.code === 'robots').map((p) => new URL(p.url).pathname);
    expect(blocked).toEqual(expect.arrayContaining(['/contact', '/cgv', '/mentions-legales']));
    for (const id of ['contact-channels', 'legal-notice-privacy']) {
      expect(rule(run.report!, id)).toMatchObject({ status: 'na', messageId: 'runner.robots-blocked' });
      expect(rule(run.report!, id).evidence.length).toBeGreaterThan(0);
    }
    expect(rule(run.report!, 'legal-notice-privacy').data).toMatchObject({ kinds: ['legal-notice'] });
    // What could be read scores as before: nothing failed for want of pages the audit was not allowed to read.
    expect(run.report!.rules.filter((r) => r.status === 'fail' || r.status === 'warn').map((r) => r.id)).toEqual(
      open.report!.rules.filter((r) => r.status === 'fail' || r.status === 'warn').map((r) => r.id),
    );
    expect(run.files[Object.keys(run.files).find((f) => f.endsWith('.txt'))!]).toMatch(/robots\.txt/);
  }, 300_000);

  it('reports a robots.txt that failed (500, hang, redirect loop) and reads the site anyway', async () => {
    const run = await audit({
      edit: (root) => writeFileSync(path.join(root, 'maison-exemple', 'communaute.maison-exemple.test', '_routes.json'), JSON.stringify({ '/robots.txt': { redirect: '/robots.txt', status: 302 } })),
      faults: {
        [WWW]: { '/robots.txt': { status: 500, bytes: 10 } },
        [AIDE]: { '/robots.txt': { delayMs: 30_000 } },
      },
      args: ['--timeout', '2'],
    });
    expectSound(run);
    const errors = run.report!.site.errors;
    expect(errors).toContainEqual({ code: 'crawl.robots-http', data: { url: `${site!.origin(WWW)}/robots.txt`, status: 500 } });
    expect(errors).toContainEqual({ code: 'crawl.robots-failed', data: { url: `${site!.origin(AIDE)}/robots.txt`, failure: 'timeout' } });
    expect(errors).toContainEqual({ code: 'crawl.robots-failed', data: { url: `${site!.origin('communaute.maison-exemple.test')}/robots.txt`, failure: 'redirect-loop' } });
    expect(run.report!.site.pagesCrawled).toBeGreaterThan(20);
  }, 300_000);
});

describe('heavy pages beside healthy ones', () => {
  it('never reports a healthy page as a timeout while heavy pages are analysed', async () => {
    const heavy = { generate: 'heavy-page', params: { rows: '30000' } };
    const run = await audit({
      // Six heavy pages among the catalogue, each a few hundred milliseconds of analysis or more, under a 2 s timeout.
      faults: {
        [WWW]: {
          '/collections/salon/': heavy,
          '/collections/cuisine/': heavy,
          '/collections/chambre/': heavy,
          '/produits/lampe-atelier-laiton': heavy,
          '/produits/plaid-lin-lave': heavy,
          '/blog/': heavy,
        },
      },
      args: ['--timeout', '2', '--concurrency', '6'],
    });
    expectSound(run);
    expect(run.report!.site.failedPages.filter((p) => p.error.code === 'timeout')).toEqual([]);
  }, 300_000);
});

describe('deep nesting', () => {
  it('reads a start page and an inner page nested 10,000 elements deep', async () => {
    const deep = { generate: 'deep-nesting', params: { depth: '10000', title: 'Maison Exemple – Art de vivre' } };
    const run = await audit({ faults: { [WWW]: { '/': deep, '/contact': { generate: 'deep-nesting', params: { depth: '10000', title: 'Contact' } } } } });
    expectSound(run);
    expect(run.report!.site.pagesCrawled).toBe(2);
    expect(run.report!.site.failedPages).toEqual([]);
    expect(rule(run.report!, 'contact-channels').data).toMatchObject({ channel: expect.arrayContaining(['email']) });
  }, 300_000);
});

describe('Retry-After far in the future on a page', () => {
  it('gives up at once and marks the page with the wait asked (and a robots.txt over the size cap is reported)', async () => {
    const run = await audit({
      faults: { [WWW]: { '/cgv': { generate: 'retry-after-date', params: { seconds: '86400' } }, '/cgu': { status: 503, retryAfter: 99999 }, '/robots.txt': { bytes: 6_000_000 } } },
    });
    expectSound(run);
    expect(run.report!.site.errors).toContainEqual({ code: 'crawl.robots-failed', data: { url: `${site!.origin(WWW)}/robots.txt`, failure: 'too-large' } });
    const failed = Object.fromEntries(run.report!.site.failedPages.map((p) => [new URL(p.url).pathname, p.error]));
    expect(failed['/cgu']).toEqual({ code: 'retry-after', data: { status: 503, seconds: 99999 } });
    expect(failed['/cgv']).toMatchObject({ code: 'retry-after', data: { status: 429 } });
    expect(failed['/cgv'].data!.seconds as number).toBeGreaterThan(86_000);
    // One request each: the wait asked is longer than the tool waits, so it does not retry.
    expect(site!.server.requests(WWW, '/cgv')).toBe(1);
    expect(site!.server.requests(WWW, '/cgu')).toBe(1);
  }, 300_000);
});
