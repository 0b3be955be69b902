// Tests of the synthetic brand sites themselves: placeholders valid, routes (and the test faults) loadable, and a
// breadth-first walk of each brand's links checking the pages, statuses and click depths fixtures/sites/README.md documents.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { request } from 'node:http';
import { extname, join, resolve } from 'node:path';
import robotsParserModule from 'robots-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBrands, type FixtureServer } from '../../src/demo/fixture-server.js';
import { invalidPlaceholders } from '../../src/demo/fixture-placeholders.js';
import { FAULT_ROUTES_FILE, startSitesServer } from '../support/fault-server.js';
import { loadFaultTables, parseFaultTable } from '../support/fault-routes.js';

type ParseRobots = typeof robotsParserModule.default;
// robots-parser is CommonJS with typings that declare an ES default export: under NodeNext the runtime default import
// is the function itself while the types see the module namespace.
const robotsParser = ((robotsParserModule as unknown as { default?: ParseRobots }).default ??
  (robotsParserModule as unknown as ParseRobots)) as ParseRobots;

const ROOT = resolve(import.meta.dirname, '../../fixtures/sites');

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

function get(port: number, url: URL): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port, path: url.pathname + url.search, headers: { host: url.host } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', fail);
    req.end();
  });
}

/** Every <a>/<area> href of a page, quoted or not (the malformed page has unquoted ones). */
function hrefs(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<(?:a|area)\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    out.push((m[1] ?? m[2] ?? m[3]).replace(/&amp;/g, '&'));
  }
  return out;
}

interface Visit {
  depth: number;
  /** Final status, 'robots' when robots.txt forbids the URL, 'route:…' when a slow/huge route was not fetched. */
  status: number | string;
  finalPath?: string;
}

/**
 * Breadth-first walk of a brand's hosts from its start page, as the crawler does (clicks = depth, redirects followed
 * within the same click, out-of-brand hosts ignored, robots.txt honoured for the `brand-audit` token).
 */
async function walk(server: FixtureServer, hosts: string[], start: string): Promise<Map<string, Visit>> {
  const key = (u: URL): string => `${u.hostname}${u.pathname}${u.search}`;
  const robots = new Map<string, ReturnType<ParseRobots>>();
  const faults = loadFaultTables(FAULT_ROUTES_FILE);
  const routes = new Map(hosts.map((h) => [h, parseFaultTable(faults[h] ?? {}, h)]));
  const seen = new Map<string, Visit>();
  const queue: { url: URL; depth: number }[] = [{ url: new URL(`${server.origin(start)}/`), depth: 0 }];
  while (queue.length > 0) {
    const { url, depth } = queue.shift()!;
    if (seen.has(key(url))) continue;
    if (!robots.has(url.hostname)) {
      const txt = await get(server.port, new URL('/robots.txt', url));
      robots.set(url.hostname, robotsParser(new URL('/robots.txt', url).href, txt.status === 200 ? txt.text : ''));
    }
    if (robots.get(url.hostname)!.isDisallowed(url.href, 'brand-audit')) {
      seen.set(key(url), { depth, status: 'robots' });
      continue;
    }
    const route = routes.get(url.hostname)![url.pathname];
    // Test faults (tests/support/fault-routes.json) that would only slow the walk down are not fetched.
    if (route?.delayMs) {
      seen.set(key(url), { depth, status: `route:delay` });
      continue;
    }
    if (route?.bytes) {
      seen.set(key(url), { depth, status: `route:bytes` });
      continue;
    }
    let answer = await get(server.port, url);
    let final = url;
    while (answer.status >= 300 && answer.status < 400 && answer.headers.location) {
      final = new URL(String(answer.headers.location), final);
      answer = await get(server.port, final);
    }
    seen.set(key(url), { depth, status: answer.status, ...(final !== url ? { finalPath: key(final) } : {}) });
    if (final !== url) seen.set(key(final), { depth, status: answer.status });
    if (answer.status !== 200 || !String(answer.headers['content-type']).startsWith('text/html')) continue;
    for (const href of hrefs(answer.text)) {
      let next: URL;
      try {
        next = new URL(href, final);
      } catch {
        continue;
      }
      next.hash = '';
      if (!/^https?:$/.test(next.protocol) || !hosts.includes(next.hostname)) continue;
      if (!seen.has(key(next))) queue.push({ url: next, depth: depth + 1 });
    }
  }
  return seen;
}

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return textFiles(full);
    return ['.html', '.txt', '.json', '.xml', '.css', '.js'].includes(extname(name)) ? [full] : [];
  });
}

let server: FixtureServer;
beforeAll(async () => {
  // The sites as the end-to-end tests see them: the demo's own routes plus the test faults.
  server = await startSitesServer();
});
afterAll(async () => {
  await server?.close();
});

/** `depth status host/path` lines, in a stable order, for comparing a walk with the documented table. */
function lines(visits: Map<string, Visit>): string[] {
  return [...visits].map(([k, v]) => `${v.depth} ${v.status} ${k}${v.finalPath ? ` -> ${v.finalPath}` : ''}`).sort();
}

// The tables below are the "pages and click depths" sections of fixtures/sites/README.md: keep both in step.
const EXPECTED: Record<string, string[]> = {
  'maison-exemple': [
    '0 200 www.maison-exemple.test/',
    '1 200 aide.maison-exemple.test/',
    '1 200 aide.maison-exemple.test/contact',
    '1 200 aide.maison-exemple.test/faq/',
    '1 200 aide.maison-exemple.test/faq/livraison',
    '1 200 aide.maison-exemple.test/faq/retours',
    '1 200 communaute.maison-exemple.test/',
    '1 200 www.maison-exemple.test/a-propos',
    '1 200 www.maison-exemple.test/blog/',
    '1 200 www.maison-exemple.test/blog/bien-choisir-son-linge-de-lit',
    '1 200 www.maison-exemple.test/blog/rencontre-clemence-durand',
    '1 200 www.maison-exemple.test/cgu',
    '1 200 www.maison-exemple.test/cgv',
    '1 200 www.maison-exemple.test/collections/chambre/',
    '1 200 www.maison-exemple.test/collections/cuisine/',
    '1 200 www.maison-exemple.test/collections/salon/',
    '1 200 www.maison-exemple.test/confidentialite',
    '1 200 www.maison-exemple.test/magasins',
    '1 200 www.maison-exemple.test/mentions-legales',
    '1 200 www.maison-exemple.test/produits/lampe-atelier-laiton',
    '1 200 www.maison-exemple.test/produits/plaid-lin-lave',
    '1 robots www.maison-exemple.test/panier/',
    '2 200 aide.maison-exemple.test/faq/commandes',
    '2 200 aide.maison-exemple.test/faq/entretien',
    '2 200 communaute.maison-exemple.test/t/conseils-entretien-plaid-en-lin/102',
    '2 200 communaute.maison-exemple.test/t/livraison-en-retard-a-qui-madresser/101',
    '2 200 www.maison-exemple.test/produits/carafe-verre-souffle',
    '2 200 www.maison-exemple.test/produits/coussin-velours-cotele',
  ],
  'vieux-bazar': [
    '0 200 www.vieux-bazar.test/',
    '1 200 www.vieux-bazar.test/catalogue/',
    '1 200 www.vieux-bazar.test/catalogue/destockage.html',
    '1 200 www.vieux-bazar.test/catalogue/jardin.html',
    '1 200 www.vieux-bazar.test/catalogue/nouveautes.html',
    '1 200 www.vieux-bazar.test/catalogue/outillage.html',
    '1 200 www.vieux-bazar.test/catalogue/quincaillerie.html',
    '1 200 www.vieux-bazar.test/cgv.html',
    '1 200 www.vieux-bazar.test/histoire.html',
    '1 200 www.vieux-bazar.test/infos/',
    '1 200 www.vieux-bazar.test/mentions-legales.html',
    '1 200 www.vieux-bazar.test/nouveautes -> www.vieux-bazar.test/catalogue/nouveautes.html',
    '1 404 www.vieux-bazar.test/promo-ete.html',
    '2 200 www.vieux-bazar.test/catalogue/fins-de-serie.html',
    '2 200 www.vieux-bazar.test/catalogue/tarifs.pdf',
    '2 200 www.vieux-bazar.test/catalogue/vieux.html',
    '2 200 www.vieux-bazar.test/infos/livraison.html',
    '2 200 www.vieux-bazar.test/infos/magasin.html',
    '2 200 www.vieux-bazar.test/infos/service/',
    '2 429 www.vieux-bazar.test/catalogue/promotions.html',
    '2 500 www.vieux-bazar.test/catalogue/erreur.html',
    '2 route:bytes www.vieux-bazar.test/catalogue/enorme.html',
    '2 route:delay www.vieux-bazar.test/catalogue/lent.html',
    '3 200 www.vieux-bazar.test/infos/service/contact.html',
  ],
  'northwind-outdoor': [
    '0 200 www.northwind-outdoor.test/',
    '1 200 northwind.zendesk.com/hc/en-us',
    '1 200 northwind.zendesk.com/hc/en-us/articles/4410550002-Shipping-times-and-costs',
    '1 200 northwind.zendesk.com/hc/en-us/articles/4410550005-Lifetime-warranty',
    '1 200 northwind.zendesk.com/hc/en-us/requests/new',
    '1 200 www.northwind-outdoor.test/about',
    '1 200 www.northwind-outdoor.test/journal/',
    '1 200 www.northwind-outdoor.test/journal/five-days-on-the-fjord-trail',
    '1 200 www.northwind-outdoor.test/journal/how-we-test-our-tents',
    '1 200 www.northwind-outdoor.test/legal/imprint',
    '1 200 www.northwind-outdoor.test/legal/privacy',
    '1 200 www.northwind-outdoor.test/legal/terms-of-sale',
    '1 200 www.northwind-outdoor.test/legal/terms-of-use',
    '1 200 www.northwind-outdoor.test/products/ridgeline-shell-jacket',
    '1 200 www.northwind-outdoor.test/products/summit-2p-tent',
    '1 200 www.northwind-outdoor.test/shop/',
    '1 200 www.northwind-outdoor.test/shop/jackets/',
    '1 200 www.northwind-outdoor.test/shop/tents/',
    '1 robots www.northwind-outdoor.test/cart',
    '2 200 northwind.zendesk.com/hc/en-us/articles/4410550001-Where-is-my-order',
    '2 200 northwind.zendesk.com/hc/en-us/articles/4410550003-Returns-and-exchanges',
    '2 200 northwind.zendesk.com/hc/en-us/articles/4410550004-Frequently-asked-questions',
    '2 200 northwind.zendesk.com/hc/en-us/categories/4403120001-Orders-and-Shipping',
    '2 200 northwind.zendesk.com/hc/en-us/categories/4403120002-Returns-and-Warranty',
  ],
  'kaffeehaus-muster': [
    '0 200 www.kaffeehaus-muster.test/',
    '1 200 www.kaffeehaus-muster.test/agb/',
    '1 200 www.kaffeehaus-muster.test/datenschutz/',
    '1 200 www.kaffeehaus-muster.test/hilfe/',
    '1 200 www.kaffeehaus-muster.test/impressum/',
    '1 200 www.kaffeehaus-muster.test/kaffee/',
    '1 200 www.kaffeehaus-muster.test/kaffee/espresso-hausmischung',
    '1 200 www.kaffeehaus-muster.test/kaffee/filterkaffee-aethiopien',
    '1 200 www.kaffeehaus-muster.test/kontakt/',
    '1 200 www.kaffeehaus-muster.test/magazin/',
    '1 200 www.kaffeehaus-muster.test/magazin/latte-art-grundlagen',
    '1 200 www.kaffeehaus-muster.test/ueber-uns/',
    '1 200 www.kaffeehaus-muster.test/versand/',
    '1 200 www.kaffeehaus-muster.test/widerruf/',
    '1 200 www.kaffeehaus-muster.test/zubehoer/',
    '2 200 www.kaffeehaus-muster.test/zubehoer/handmuehle-classic',
  ],
};

/** A page of a brand, rendered by the server. */
async function page(host: string, path: string): Promise<Answer> {
  return get(server.port, new URL(`${server.origin(host)}${path}`));
}

/** Rendered HTML of every page a walk reached with a 200 HTML answer. */
async function pagesOf(slug: string): Promise<{ path: string; html: string }[]> {
  const brand = listBrands(ROOT).find((b) => b.slug === slug)!;
  const out: { path: string; html: string }[] = [];
  for (const line of EXPECTED[slug]) {
    const [, status, where] = line.split(' ');
    if (status !== '200' || line.includes(' -> ') || where.endsWith('.pdf')) continue;
    const host = where.slice(0, where.indexOf('/'));
    if (!brand.hosts.includes(host)) throw new Error(`${where} is not a host of ${slug}`);
    const path = where.slice(host.length);
    if (path === '/catalogue/promotions.html') continue; // throttled once: covered by its own test
    out.push({ path: where, html: (await page(host, path)).text });
  }
  return out;
}

describe('fixture files', () => {
  it('holds the four brands, each starting on its www host', () => {
    expect(listBrands(ROOT)).toEqual([
      { slug: 'kaffeehaus-muster', hosts: ['www.kaffeehaus-muster.test'], start: 'www.kaffeehaus-muster.test' },
      {
        slug: 'maison-exemple',
        // The *-api.test hosts stand in for the brand's Bluesky, Facebook and Instagram (Graph API), Mastodon, X and
        // YouTube (fixtures/social/README.md).
        hosts: [
          'aide.maison-exemple.test',
          'bsky-api.test',
          'communaute.maison-exemple.test',
          'graph-api.test',
          'mastodon-api.test',
          'www.maison-exemple.test',
          'x-api.test',
          'youtube-api.test',
        ],
        start: 'www.maison-exemple.test',
      },
      { slug: 'northwind-outdoor', hosts: ['northwind.zendesk.com', 'www.northwind-outdoor.test'], start: 'www.northwind-outdoor.test' },
      { slug: 'vieux-bazar', hosts: ['www.vieux-bazar.test'], start: 'www.vieux-bazar.test' },
    ]);
  });

  it('uses only valid placeholders, and only .test hosts (or the hosted help centre) in {{origin:…}}', () => {
    const hosts = listBrands(ROOT).flatMap((b) => b.hosts);
    for (const file of textFiles(ROOT)) {
      const text = readFileSync(file, 'utf8');
      expect(invalidPlaceholders(text), file).toEqual([]);
      for (const m of text.matchAll(/\{\{origin:([^}]+)\}\}/g)) expect(hosts, `${file}: ${m[1]}`).toContain(m[1]);
    }
  });
});

describe('walking each brand like the crawler', () => {
  for (const slug of Object.keys(EXPECTED)) {
    it(`${slug}: reaches the documented pages at the documented depths`, async () => {
      const brand = listBrands(ROOT).find((b) => b.slug === slug)!;
      expect(lines(await walk(server, brand.hosts, brand.start))).toEqual([...EXPECTED[slug]].sort());
    });
  }
});

const MAISON_PROFILES = [
  'https://www.facebook.com/maisonexemple',
  'https://x.com/maisonexemple',
  'https://www.instagram.com/maisonexemple/',
  'https://www.youtube.com/@maisonexemple',
  'https://www.linkedin.com/company/maison-exemple/',
  'https://bsky.app/profile/maisonexemple.bsky.social',
  'https://mastodon.social/@maisonexemple',
];

describe('what the README promises an audit will find', () => {
  it('maison-exemple: follow footer, viewport and Crisp on every page; Discourse on the community', async () => {
    for (const { path, html } of await pagesOf('maison-exemple')) {
      for (const url of MAISON_PROFILES) expect(html, path).toContain(`href="${url}"`);
      expect(html, path).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      const community = path.startsWith('communaute.');
      expect(html.includes('https://client.crisp.chat/l.js'), path).toBe(!community);
      expect(html.includes('<meta name="generator" content="Discourse 3.2.0">'), path).toBe(community);
    }
    const contact = (await page('aide.maison-exemple.test', '/contact')).text;
    for (const needle of [
      'href="tel:+33199001234"',
      'href="mailto:bonjour@maison-exemple.test"',
      'href="https://wa.me/33612345678"',
      'Être rappelé gratuitement',
      'Nous vous répondons sous 24 h ouvrées',
      'réponse en moins de 2 heures par chat',
      '<textarea',
    ]) {
      expect(contact).toContain(needle);
    }
    const article = (await page('www.maison-exemple.test', '/blog/rencontre-clemence-durand')).text;
    expect(article).toContain('href="https://www.instagram.com/clemence.durand.atelier/"');
    expect(article).toContain('via=maisonexemple');
    const cgv = (await page('www.maison-exemple.test', '/cgv')).text;
    expect(cgv).toMatch(/Dernière mise à jour : (1er|\d{1,2}) [a-zéû]+ \d{4}/);
  });

  it('vieux-bazar: no viewport and no social link on the support pages only', async () => {
    const support = ['www.vieux-bazar.test/infos/service/', 'www.vieux-bazar.test/infos/service/contact.html'];
    for (const { path, html } of await pagesOf('vieux-bazar')) {
      const isSupport = support.includes(path);
      expect(html.includes('name="viewport"'), path).toBe(!isSupport);
      if (isSupport) expect(html, path).not.toMatch(/facebook|twitter|instagram/);
      expect(html, path).not.toMatch(/tel:|FAQ|[Aa]ide|répondons|chat/);
    }
    const later = await page('www.vieux-bazar.test', '/catalogue/promotions.html');
    expect(later.status).toBe(200); // the walk took the one 429
    expect((await page('www.vieux-bazar.test', '/catalogue/vieux.html')).headers['content-type']).toBe(
      'text/html; charset=x-unknown-8bit',
    );
    const story = await new Promise<Buffer>((done, fail) => {
      const url = new URL(`${server.origin('www.vieux-bazar.test')}/histoire.html`);
      request({ host: '127.0.0.1', port: server.port, path: url.pathname, headers: { host: url.host } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(Buffer.concat(chunks)));
      })
        .on('error', fail)
        .end();
    });
    expect(story.includes(Buffer.from('0,10 \x80', 'latin1'))).toBe(true); // € as windows-1252 0x80
    expect(story.includes(Buffer.from('l\x92\x9cuvre', 'latin1'))).toBe(true); // ’ and œ
    const cgv = (await page('www.vieux-bazar.test', '/cgv.html')).text;
    expect(cgv).toMatch(/Mis à jour le \d{2}\/\d{2}\/\d{4}/);
  });

  it('northwind-outdoor: accounts only in JSON-LD, embedded JSON and twitter:site, never as visible links', async () => {
    const profileLink = /href="https?:\/\/(www\.)?(facebook|twitter|x|instagram|youtube|linkedin|pinterest|tiktok)\.com\/(?!sharer|intent|shareArticle|pin\/create|tr\?)[^"]*northwind/i;
    for (const { path, html } of await pagesOf('northwind-outdoor')) {
      expect(html, path).not.toMatch(profileLink);
      if (path.startsWith('www.')) {
        expect(html, path).toContain('<meta name="twitter:site" content="@NorthwindGear">');
        expect(html, path).toContain('https:\\/\\/www.instagram.com\\/northwindoutdoor\\/');
        expect(html, path).toContain('https://widget.intercom.io/widget/');
      }
    }
    const home = (await page('www.northwind-outdoor.test', '/')).text;
    expect(home).toContain('"https://twitter.com/NorthwindGear "');
    expect(home).toContain('"https://www.youtube.com/@northwindoutdoor?utm_source=site"');
    const story = (await page('www.northwind-outdoor.test', '/journal/five-days-on-the-fjord-trail')).text;
    expect(story).toContain('<meta name="twitter:creator" content="@jane_hikes">');
    expect(story).toContain('href="https://twitter.com/jane_hikes"');
    expect(story).toContain('href="https://www.instagram.com/jane.trailwriter/"');
    const request = (await page('northwind.zendesk.com', '/hc/en-us/requests/new')).text;
    expect(request).toContain('We reply within 2 business days.');
    const root = await page('northwind.zendesk.com', '/');
    expect(root.status).toBe(302);
  });

  it('kaffeehaus-muster: the second X handle and the de-de Facebook URL sit on /ueber-uns/ only', async () => {
    for (const { path, html } of await pagesOf('kaffeehaus-muster')) {
      const about = path === 'www.kaffeehaus-muster.test/ueber-uns/';
      expect(html.includes('https://x.com/kaffeehaus_de'), path).toBe(about);
      expect(html.includes('https://de-de.facebook.com/kaffeehausmuster'), path).toBe(about);
      expect(html, path).toContain('href="https://twitter.com/KaffeeMuster"');
      expect(html, path).toContain('<script id="ze-snippet" src="https://static.zdassets.com/ekr/snippet.js');
    }
    const agb = (await page('www.kaffeehaus-muster.test', '/agb/')).text;
    expect(agb).toMatch(/Stand: \d{2}\.\d{2}\.\d{4}/);
  });
});
