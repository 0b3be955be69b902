// analyzePage on small synthetic pages: links, socials from every source, facts, malformed input, both parsers.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../../src/collect/site/analyze.js';

const PAGE_URL = 'https://www.brand.fr/blog/article-1';

const BRAND_PAGE = `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Nos conseils | Brand</title>
  <meta name="twitter:site" content="@BrandFR">
  <meta name="twitter:creator" content="@janedoe">
  <script type="application/ld+json">
  {"@context":"https://schema.org","@graph":[
    {"@type":"Organization","name":"Brand","sameAs":["https://www.facebook.com/brand ", " https://www.linkedin.com/company/brand/ "]},
    {"@type":"Article","author":{"@type":"Person","name":"Jane","sameAs":"https://twitter.com/janedoe"}}
  ]}
  </script>
  <script src="https://widget.intercom.io/widget/abc123"></script>
</head>
<body>
  <header class="site-header">
    <a href="/"><img src="/logo.svg" alt="Brand accueil"></a>
    <form role="search" action="/recherche"><input name="q"></form>
    <a href="/aide">Aide</a>
  </header>
  <article>
    <h1>Comment bien choisir</h1>
    <p>Article par <a href="https://twitter.com/janedoe">Jane Doe</a>.</p>
    <div class="share">
      <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.brand.fr">Partager</a>
      <a href="https://twitter.com/intent/tweet?text=Lisez&amp;via=BrandFR">Tweeter</a>
    </div>
  </article>
  <footer>
    <div class="col">
      <h4>Suivez-nous</h4>
      <a href="https://www.facebook.com/brand?utm_source=site">Facebook</a>
      <a href="https://www.instagram.com/brand/" aria-label="Instagram"><svg></svg></a>
      <a href="https://twitter.com/BrandFR">X</a>
    </div>
    <a href="/mentions-legales#top">Mentions légales</a>
    <a href="/cgv">CGV</a>
    <a href="mailto:contact@brand.fr">Écrivez-nous</a>
    <p>Notre service client vous répond sous 24 h.</p>
    <p>Dernière mise à jour : 12 mars 2025</p>
  </footer>
</body>
</html>`;

const key = (s: { platform: string; handle: string; how: string; placement: string }) => `${s.platform}/${s.handle}/${s.how}/${s.placement}`;

describe('analyzePage', () => {
  const page = analyzePage(BRAND_PAGE, PAGE_URL);

  it('reads title, h1, lang and viewport', () => {
    expect(page.title).toBe('Nos conseils | Brand');
    expect(page.h1).toBe('Comment bien choisir');
    expect(page.lang).toBe('fr');
    expect(page.viewport).toBe('width=device-width, initial-scale=1');
  });

  it('finds socials from links, twitter:site and JSON-LD, keeping share buttons and authors apart', () => {
    expect(page.facts.socials.map(key).sort()).toEqual(
      [
        'x/brandfr/twitter-site/head',
        'facebook/brand/json-ld/head',
        'linkedin/brand/json-ld/head',
        'x/janedoe/link/article',
        'x/brandfr/share-via/article',
        'facebook/brand/link/footer',
        'instagram/brand/link/footer',
        'x/brandfr/link/footer',
      ].sort(),
    );
    expect(page.facts.socials.find((s) => s.platform === 'instagram')?.snippet).toBe('Instagram');
  });

  it('never takes twitter:creator for the site account', () => {
    expect(page.facts.socials.filter((s) => s.handle === 'janedoe').map((s) => s.how)).toEqual(['link']);
  });

  it('lists every http(s) link, resolved, without fragment, with text or image alt and placement', () => {
    expect(page.links).toContainEqual({ url: 'https://www.brand.fr/', text: 'Brand accueil', placement: 'header' });
    expect(page.links).toContainEqual({ url: 'https://www.brand.fr/mentions-legales', text: 'Mentions légales', placement: 'footer' });
    expect(page.links).toContainEqual({ url: 'https://www.instagram.com/brand/', text: 'Instagram', placement: 'footer' });
    expect(page.links.some((l) => l.url.startsWith('mailto:'))).toBe(false);
  });

  it('keeps support-like links with their kinds in facts.links', () => {
    expect(page.facts.links).toEqual([
      { url: 'https://www.brand.fr/aide', text: 'Aide', placement: 'header', kinds: ['help'] },
      { url: 'https://www.brand.fr/mentions-legales', text: 'Mentions légales', placement: 'footer', kinds: ['legal-notice'] },
      { url: 'https://www.brand.fr/cgv', text: 'CGV', placement: 'footer', kinds: ['terms'] },
    ]);
  });

  it('finds contacts, vendors, promises and the search box', () => {
    expect(page.facts.contacts).toEqual([
      { kind: 'email', value: 'contact@brand.fr', snippet: 'Écrivez-nous' },
      { kind: 'chat', value: 'intercom', snippet: 'widget.intercom.io' },
    ]);
    expect(page.facts.vendors).toEqual([{ vendor: 'intercom', category: 'chat', marker: 'widget.intercom.io' }]);
    expect(page.facts.promises).toEqual([{ text: 'Notre service client vous répond sous 24 h.', hours: 24, terms: { amount: 24, unit: 'hours', business: false } }]);
    expect(page.facts.hasSearch).toBe(true);
  });

  it('reads the update date of legal pages only, known by URL, title, heading or the links to them', () => {
    // A blog article's "Dernière mise à jour" is not a legal page's: no rule reads it, so it is not searched for.
    expect(page.facts.lastUpdated).toBeUndefined();
    expect(analyzePage(BRAND_PAGE, 'https://www.brand.fr/cgv').facts.lastUpdated).toBe('2025-03-12');
    expect(analyzePage(BRAND_PAGE.replace('Nos conseils', 'Mentions légales'), PAGE_URL).facts.lastUpdated).toBe('2025-03-12');
    expect(analyzePage(BRAND_PAGE.replace('Comment bien choisir', 'Politique de confidentialité'), PAGE_URL).facts.lastUpdated).toBe('2025-03-12');
    expect(analyzePage(BRAND_PAGE, PAGE_URL, { linkTexts: ['Conditions générales de vente'] }).facts.lastUpdated).toBe('2025-03-12');
    expect(analyzePage(BRAND_PAGE, PAGE_URL, { linkTexts: ['Nos conseils'] }).facts.lastUpdated).toBeUndefined();
  });

  it('gives the same facts with parse5', () => {
    const other = analyzePage(BRAND_PAGE, PAGE_URL, { parser: 'parse5' });
    expect(other.facts).toEqual(page.facts);
    expect(other.links).toEqual(page.links);
    expect(other.title).toBe(page.title);
  });
});

describe('analyzePage edge cases', () => {
  it('finds profile URLs in embedded JSON, with escaped slashes', () => {
    const html = `<html><body>
      <script>window.__INITIAL_STATE__ = {"footer":{"social":[{"url":"https:\\/\\/www.tiktok.com\\/@brand"},{"url":"https://x.com/brand/status/1"}]}};</script>
      <script type="application/json" id="__NEXT_DATA__">{"props":{"yt":"https:\\u002F\\u002Fwww.youtube.com\\u002F@BrandTV"}}</script>
    </body></html>`;
    const page = analyzePage(html, 'https://brand.fr/');
    expect(page.facts.socials.map(key)).toEqual(['tiktok/brand/embedded-json/script', 'youtube/brandtv/embedded-json/script']);
  });

  it('survives malformed JSON-LD and still reads its sameAs', () => {
    const html = `<html><head>
      <script type="application/ld+json">{"@type":"Organization","sameAs":["https://www.facebook.com/brand","https://www.youtube.com/@brand",],}</script>
      <script type="application/ld+json">{"@type":"Organization", "sameAs": ["https://www.instagram.com/brand" </script>
      <script type="application/ld+json">not json at all</script>
    </head><body></body></html>`;
    const page = analyzePage(html, 'https://brand.fr/');
    expect(page.facts.socials.map(key)).toEqual(['facebook/brand/json-ld/head', 'youtube/brand/json-ld/head', 'instagram/brand/json-ld/head']);
  });

  it('tolerates malformed HTML with both parsers', () => {
    const html = `<html><body><footer><div class="social"><a href="https://www.facebook.com/brand">Facebook<a href="https://x.com/brand">X</div>
      <p>Contact<table><tr><td><a href=/contact>Contact</td></table></p></footer><a href="https://www.pinterest.fr/brand/"`;
    for (const parser of ['htmlparser2', 'parse5'] as const) {
      const page = analyzePage(html, 'https://brand.fr/', { parser });
      expect(page.facts.socials.filter((s) => s.placement === 'footer').map(key)).toEqual([
        'facebook/brand/link/footer',
        'x/brand/link/footer',
      ]);
      expect(page.links.map((l) => l.url)).toContain('https://brand.fr/contact');
    }
  });

  it('respects <base href> and ignores non-http links', () => {
    const html = `<html><head><base href="https://cdn.brand.fr/fr/"></head><body>
      <a href="contact">Contact</a><a href="javascript:void(0)">x</a><a href="tel:+3312">t</a><map><area href="/faq" alt="FAQ"></map></body></html>`;
    const page = analyzePage(html, 'https://brand.fr/page');
    expect(page.links.map((l) => [l.url, l.text])).toEqual([
      ['https://cdn.brand.fr/fr/contact', 'Contact'],
      ['https://cdn.brand.fr/faq', 'FAQ'],
    ]);
  });

  it('resolves the same hrefs against each page: its scheme, credentials, host, port and path (hrefs resolved once are kept)', () => {
    const html = '<a href="/aide">Aide</a><a href="//cdn.brand.fr/x">x</a><a href="suite">Suite</a><a href="HTTPS://www.brand.fr/a#top">a</a>';
    const urls = (pageUrl: string): string[] => analyzePage(html, pageUrl).links.map((l) => l.url);
    expect(urls('https://www.brand.fr/p/1')).toEqual(['https://www.brand.fr/aide', 'https://cdn.brand.fr/x', 'https://www.brand.fr/p/suite', 'https://www.brand.fr/a']);
    expect(urls('http://www.brand.fr:8080/q/2')).toEqual(['http://www.brand.fr:8080/aide', 'http://cdn.brand.fr/x', 'http://www.brand.fr:8080/q/suite', 'https://www.brand.fr/a']);
    expect(urls('https://jo:pw@www.brand.fr/p/1')).toEqual(['https://jo:pw@www.brand.fr/aide', 'https://cdn.brand.fr/x', 'https://jo:pw@www.brand.fr/p/suite', 'https://www.brand.fr/a']);
    expect(urls('https://shop.brand.fr/')).toEqual(['https://shop.brand.fr/aide', 'https://cdn.brand.fr/x', 'https://shop.brand.fr/suite', 'https://www.brand.fr/a']);
    // <base href> decides, not the page's own URL.
    const based = analyzePage(`<base href="https://help.brand.fr/fr/">${html}`, 'https://www.brand.fr/p/1').links.map((l) => l.url);
    expect(based).toEqual(['https://help.brand.fr/aide', 'https://cdn.brand.fr/x', 'https://help.brand.fr/fr/suite', 'https://www.brand.fr/a']);
  });

  it('reads profiles and link kinds from hrefs kept by an earlier page as from new ones, and hands out copies', () => {
    // The resolved href keeps its profile and its URL's kinds for the pages to come: what a page's reader edits of its
    // findings is not what the next page reads.
    const html = '<footer><a href="https://www.instagram.com/maisonkeep/">Instagram</a><a href="/mentions-legales">Mentions légales</a></footer>';
    const first = analyzePage(html, 'https://www.maisonkeep.fr/a');
    expect(first.facts.socials.map(key)).toEqual(['instagram/maisonkeep/link/footer']);
    expect(first.facts.links).toEqual([{ url: 'https://www.maisonkeep.fr/mentions-legales', text: 'Mentions légales', placement: 'footer', kinds: ['legal-notice'] }]);
    first.facts.socials[0].handle = 'edited';
    first.facts.links[0].kinds.push('terms');
    const again = analyzePage(html.replace('Mentions légales</a>', 'CGV</a>'), 'https://www.maisonkeep.fr/b');
    expect(again.facts.socials.map(key)).toEqual(['instagram/maisonkeep/link/footer']);
    // The URL's kinds kept, the text's read anew.
    expect(again.facts.links).toEqual([{ url: 'https://www.maisonkeep.fr/mentions-legales', text: 'CGV', placement: 'footer', kinds: ['terms', 'legal-notice'] }]);
    // The link's kinds kept with the text last read for that href: the same text answers from them, edits and all
    // of a page's findings apart.
    const third = analyzePage(html, 'https://www.maisonkeep.fr/c');
    expect(third.facts.links[0].kinds).toEqual(['legal-notice']);
    third.facts.links[0].kinds.push('help');
    const fourth = analyzePage(html, 'https://www.maisonkeep.fr/d');
    expect(fourth.facts.links).toEqual([{ url: 'https://www.maisonkeep.fr/mentions-legales', text: 'Mentions légales', placement: 'footer', kinds: ['legal-notice'] }]);
  });

  it('strips control characters and collapses whitespace in extracted text', () => {
    const html = `<html><head><title> Aide\u0007 et\n\n  contact </title></head><body><a href="/aide">\u001b[31mAide\u200b  en ligne</a></body></html>`;
    const page = analyzePage(html, 'https://brand.fr/');
    expect(page.title).toBe('Aide et contact');
    expect(page.links[0].text).toBe('Aide en ligne');
  });

  it('has no viewport and no search box on a bare page', () => {
    const page = analyzePage('<p>Bonjour</p>', 'https://brand.fr/');
    expect(page.viewport).toBeNull();
    expect(page.facts.hasSearch).toBe(false);
    expect(page.facts).toEqual({ socials: [], links: [], contacts: [], vendors: [], promises: [], hasSearch: false });
  });

  it('detects a search form by its field name', () => {
    expect(analyzePage('<form action="/"><input name="s"></form>', 'https://brand.fr/').facts.hasSearch).toBe(true);
  });

  it('reads <link rel="me"> and X follow buttons', () => {
    const html = `<html><head><link rel="me" href="https://mastodon.social/@brand"><link rel="stylesheet" href="https://x.com/other"></head>
      <body><a href="https://twitter.com/intent/follow?screen_name=BrandHelp">Follow</a></body></html>`;
    expect(analyzePage(html, 'https://brand.fr/').facts.socials.map(key)).toEqual(['x/brandhelp/intent-follow/body', 'mastodon/brand@mastodon.social/link/head']);
  });

  it('reads hash-bang X links, article:publisher and fb:pages, and skips article:author and fb:app_id', () => {
    const html = `<html><head><meta property="article:publisher" content="https://www.facebook.com/tagesblattnord">
      <meta property="article:author" content="https://www.facebook.com/jonas.weber"><meta property="fb:pages" content="112233445566778, 998877665544332">
      <meta property="fb:app_id" content="999888777666555"></head>
      <body><footer><a href="http://twitter.com/#!/BrasserieCanal">Twitter</a> <a href="https://twitter.com/#%21/Moulin">X</a></footer></body></html>`;
    expect(analyzePage(html, 'https://brand.fr/').facts.socials.map(key)).toEqual([
      'x/brasseriecanal/link/footer',
      'x/moulin/link/footer',
      'facebook/tagesblattnord/publisher-meta/head',
      'facebook/112233445566778/publisher-meta/head',
      'facebook/998877665544332/publisher-meta/head',
    ]);
  });

  it('marks links listed with many others of the same network as a list of people, not the "follow us" column beside it', () => {
    const staff = ['marie', 'jean', 'claire', 'hugo'].map((n) => `<li>${n} <a href="https://twitter.com/${n}_redac">X</a></li>`).join('');
    const html = `<footer><div class="cols"><div class="col"><h4>Suivez-nous</h4><a href="https://twitter.com/BrandFR">X</a>
      <a href="https://www.facebook.com/brand">Facebook</a></div><div class="col"><h4>La rédaction</h4><ul>${staff}</ul></div></div></footer>`;
    const socials = analyzePage(html, 'https://brand.fr/').facts.socials;
    expect(socials.filter((s) => s.crowd).map((s) => `${s.handle}:${s.crowd}`)).toEqual(['marie_redac:4', 'jean_redac:4', 'claire_redac:4', 'hugo_redac:4']);
    expect(socials.find((s) => s.handle === 'brandfr')?.crowd).toBeUndefined();
    // An icon and a text link to the same account are one account, not a list.
    const twice = '<footer><ul><li><a href="https://x.com/brand">icon</a></li><li><a href="https://x.com/brand">@brand</a></li><li><a href="https://x.com/brand_help">help</a></li></ul></footer>';
    expect(analyzePage(twice, 'https://brand.fr/').facts.socials.some((s) => s.crowd)).toBe(false);
  });

  it('keeps /@name pages of other servers as fediverse candidates, rel="me" ones as profiles, and ignores the page’s own host and Flipboard', () => {
    const html = `<body><a href="https://flipboard.com/@brandmag">Flipboard</a> <a href="https://social.example.org/@brand">Mastodon</a>
      <a rel="me" href="https://toot.brand-coop.org/@team">Ours</a> <a href="/@tobias">tobias</a> <a href="https://www.brand.fr/users/karin">karin</a>
      <a href="https://forum.brand.fr/@sam">sam</a></body>`;
    const socials = analyzePage(html, 'https://www.brand.fr/').facts.socials;
    expect(socials.map((s) => `${key(s)}${s.relMe ? ' rel=me' : ''}`)).toEqual([
      'mastodon/brand@social.example.org/fediverse-candidate/body',
      'mastodon/team@toot.brand-coop.org/link/body rel=me',
      'mastodon/sam@forum.brand.fr/fediverse-candidate/body',
    ]);
  });

  it('places a profile that the page’s running text calls its own ("our YouTube channel") as a follow-us link, not someone else’s', () => {
    const html = `<body><table><tr><td><p>Guest setter Fenna worked all week — see <a href="https://www.instagram.com/fenna.sets/">her Instagram</a>.</p>
      <p>Every session goes up on <a href="https://www.youtube.com/@topout">our YouTube channel</a>; photos are on our <a href="https://www.instagram.com/topout.leeds/">Instagram page</a>.</p>
      <p>Réécoutez nos émissions sur <a href="https://x.com/radio">notre chaîne vidéo</a>, alle Folgen auf <a href="https://www.tiktok.com/@radio.de">unserem TikTok-Kanal</a>.</p>
      <p>Mehr bei <a href="https://www.tiktok.com/@karim">Karims Kanal</a>.</p></td></tr></table></body>`;
    const socials = analyzePage(html, 'https://brand.test/').facts.socials;
    expect(socials.map(key)).toEqual([
      'instagram/fenna.sets/link/body',
      'youtube/topout/link/follow-block',
      'instagram/topout.leeds/link/follow-block',
      'x/radio/link/follow-block',
      'tiktok/radio.de/link/follow-block',
      'tiktok/karim/link/body',
    ]);
  });

  it('keeps a byline before a link written as a name ("Par Élodie Marchand") as evidence, not "Suivez-nous par Instagram"', () => {
    const html = `<body><p class="meta">Par <a href="https://x.com/elodie_mijote">Élodie Marchand</a> · 4 décembre</p>
      <p>By <a href="https://x.com/jo_vd">Jo van Dijk</a></p>
      <p>Suivez-nous par <a href="https://www.instagram.com/bouillon/">Instagram</a> et <a href="https://www.facebook.com/bouillon">Facebook Messenger</a></p></body>`;
    const socials = analyzePage(html, 'https://brand.test/').facts.socials;
    expect(socials.map((s) => `${s.handle}:${s.snippet}`)).toEqual([
      'elodie_mijote:par Élodie Marchand',
      'jo_vd:by Jo van Dijk',
      'bouillon:Instagram',
      'bouillon:Facebook Messenger',
    ]);
  });

  it('keeps several accounts of one network in a follow-us list as the brand\'s (help, country accounts), not a list of people', () => {
    const html = `<header><div aria-label="Follow us"><a href="https://x.com/NorthgateRail">X</a> <a href="https://x.com/NGR_Help">Help</a>
      <a href="https://x.com/NGR_Alerts">Alerts</a></div></header><footer><div><h4>Síguenos</h4><ul><li><a href="https://www.instagram.com/alba/">IG</a></li>
      <li><a href="https://www.instagram.com/alba.mexico/">México</a></li><li><a href="https://www.instagram.com/alba.chile/">Chile</a></li></ul></div></footer>`;
    expect(analyzePage(html, 'https://brand.fr/').facts.socials.filter((s) => s.crowd)).toEqual([]);
  });

  it('gives a profile credited beside one post, or in a credits line, to that person (article placement)', () => {
    const html = `<section class="social-wall"><div class="tile"><a href="https://www.instagram.com/p/Cx1abc/">photo</a><a href="https://www.instagram.com/fan.one/">@fan.one</a></div></section>
      <footer><div class="feed"><a href="https://www.instagram.com/p/C1/">1</a><a href="https://www.instagram.com/p/C2/">2</a><a href="https://www.instagram.com/brand/">@brand</a></div>
      <p>Website by <a href="https://www.instagram.com/studio.f/">Studio F</a> · Fotografía por <a href="https://www.instagram.com/irene/">Irene</a></p>
      <p>Ein Laden von <a href="https://www.instagram.com/lena/">Lena</a> &amp; <a href="https://www.instagram.com/tom/">Tom</a></p>
      <p>Une production de <a href="https://x.com/clem">Clémence</a> · Produziert von <a href="https://x.com/jonas">Jonas</a></p>
      <p>Contactez-nous par <a href="https://wa.me/33612345678">WhatsApp</a></p></footer>`;
    expect(analyzePage(html, 'https://brand.fr/').facts.socials.map(key)).toEqual([
      'instagram/fan.one/link/article',
      'instagram/brand/link/footer',
      'instagram/studio.f/link/article',
      'instagram/irene/link/article',
      'instagram/lena/link/article',
      'instagram/tom/link/article',
      'x/clem/link/article',
      'x/jonas/link/article',
      'whatsapp/33612345678/messaging/footer',
    ]);
  });

  it("gives a credited agency's own profiles after its name to the agency, and keeps the brand's beside the credit", () => {
    const html = `<footer><div class="social"><h4>Suivez-nous</h4><a href="https://www.instagram.com/fleurs/">IG</a></div>
      <p>Site conçu avec amour par <a href="https://www.brume.test/">Atelier Brume</a> (<a href="https://www.instagram.com/brume.studio/">Instagram</a>, <a href="https://www.linkedin.com/company/atelier-brume/">LinkedIn</a>)</p>
      <p>© Fleurs · Diseño web: <a href="https://www.marea.test/">Marea Digital</a> · <a href="https://www.instagram.com/mareadigital.agencia/">@mareadigital.agencia</a> · <a href="https://www.pinterest.fr/bouquets_du_quai/">Pinterest</a></p>
      <p>Gestaltung &amp; Umsetzung: Studio Falz · <a href="https://www.instagram.com/studiofalz/">Studio Falz auf Instagram</a></p>
      <p>Grafica e sito: <a href="https://www.gabbiano.test/">Studio Gabbiano</a> (<a href="https://www.instagram.com/gabbiano.design/">IG</a>) · Seguici su <a href="https://www.facebook.com/fleurs.bologna">Facebook</a></p>
      <p>Website by <a href="https://www.northforge.test/">Northforge Digital</a> (<a href="https://x.com/northforgedigi">@northforgedigi</a>)</p>
      <div>Site by <a href="https://www.pixel.test/">Pixel Salato</a> <a href="https://www.tiktok.com/@fleurs.tt">TikTok</a></div></footer>`;
    expect(analyzePage(html, 'https://fleurs.test/').facts.socials.map((s) => `${s.handle}/${s.placement}`)).toEqual([
      'fleurs/footer',
      'brume.studio/article',
      'atelier-brume/article',
      'mareadigital.agencia/article',
      'bouquets_du_quai/footer',
      'studiofalz/article',
      'gabbiano.design/article',
      'fleurs.bologna/footer',
      'northforgedigi/article',
      'fleurs.tt/footer',
    ]);
  });

  it("gives makers in a credits line, member associations, labels, parent groups, sponsors and suppliers their own profiles, and keeps the brand's beside them", () => {
    const html = `<footer><div class="social"><h4>Síguenos</h4><a href="https://www.instagram.com/sala/">IG</a></div>
      <p>Fotografías: <a href="https://www.instagram.com/fotos.de.ines/">Inés Carrasco</a> · Diseño: <a href="https://x.com/estudiopalmera">Estudio Palmera</a></p>
      <p>Photography: <a href="https://www.instagram.com/rosie.lens/">Rosie Quinn</a> · Graphisme : <a href="https://x.com/studiograin">Studio Grain</a> · Webentwicklung: <a href="https://www.linkedin.com/company/codekai/">Codekai</a></p>
      <p>Part of the <a href="https://www.linkedin.com/company/vale-transport-group/">Vale Transport Group</a> · <a href="https://www.tiktok.com/@sala.tt">TikTok</a></p>
      <p>Une marque du groupe <a href="https://www.linkedin.com/company/helvetia/">Helvetia</a> · Nos recettes sur <a href="https://www.pinterest.fr/recettes_sala/">Pinterest</a></p>
      <p>Hafenbohne ist ein Unternehmen der <a href="https://www.linkedin.com/company/elbkontor/">Elbkontor</a>. Offizieller Kaffeepartner des <a href="https://www.facebook.com/fc.elbufer">FC Elbufer</a>.</p>
      <p>Patrocinado por <a href="https://www.facebook.com/cervezas">Cervezas del Ebro</a></p>
      <p>Production photos: <a href="https://www.instagram.com/sala.backstage/">Instagram</a> · Nos photos : <a href="https://www.instagram.com/coulisses/">@coulisses</a></p>
      <div><h4>Membre de</h4><p><a href="https://www.facebook.com/fromagesdici.qc">Fromages d'ici</a></p></div>
      <div><h4>Unsere Lieferanten</h4><p><a href="https://www.instagram.com/milchhof/">Milchhof</a></p></div>
      <div><h4>Miembro de</h4><p><a href="https://www.facebook.com/salas.asoc">Salas</a></p></div>
      <p>Hecho con ♥ por <a href="https://x.com/nube">Nube</a> · Photos © <a href="https://www.instagram.com/lens.ana/">Ana Lens</a> · Sponsors: <a href="https://x.com/bancosur">Banco Sur</a></p>
      <p>Membre fondateur de <a href="https://www.facebook.com/reseau.cafes">Réseau des cafés</a>. Gründungsmitglied im <a href="https://www.facebook.com/roestergilde">Röstergilde</a>.</p></footer>`;
    expect(analyzePage(html, 'https://sala.test/').facts.socials.map((s) => `${s.handle}/${s.placement}`)).toEqual([
      'sala/footer',
      'fotos.de.ines/article',
      'estudiopalmera/article',
      'rosie.lens/article',
      'studiograin/article',
      'codekai/article',
      'vale-transport-group/article',
      'sala.tt/footer',
      'helvetia/article',
      'recettes_sala/footer',
      'elbkontor/article',
      'fc.elbufer/article',
      'cervezas/article',
      'sala.backstage/footer',
      'coulisses/footer',
      'fromagesdici.qc/article',
      'milchhof/article',
      'salas.asoc/article',
      'nube/article',
      'lens.ana/article',
      'bancosur/article',
      'reseau.cafes/article',
      'roestergilde/article',
    ]);
  });

  it("reads desks the page names in a notice or a line ('Live updates on X:', 'Taquilla en X:', 'our box office team'), and keeps the line as evidence", () => {
    const html = `<div class="notice" role="status"><p>Route 14 is diverted. For live disruption news follow <a href="https://x.com/BrackenfldLive">@BrackenfldLive</a>.</p></div>
      <main><p><a href="/t">Tickets</a></p><p>Cambios de sesión. Taquilla en X: <a href="https://x.com/Cierzo_Taquilla">@Cierzo_Taquilla</a></p>
      <p>Tickets can be changed. Our box office team answers on X at <a href="https://x.com/LHP_BoxOffice">@LHP_BoxOffice</a>, every day.</p>
      <p>Wegen Inventur geschlossen. Aktuelle Infos auf unserem X-Kanal: <a href="https://x.com/Bohnenticker">@Bohnenticker</a></p>
      <p>¿Problemas? Escribe a nuestra cuenta de atención al público, <a href="https://x.com/Tramontana_Taq">@Tramontana_Taq</a>, que contesta a diario.</p>
      <p>Bought elsewhere? Our ticketing partner's help desk answers on X: <a href="https://x.com/TixNow_Help">@TixNow_Help</a>.</p>
      <p>Tag our Instagram account and <a href="https://www.instagram.com/chef.mario/">@chef.mario</a> in your photos.</p>
      <p>Follow <a href="https://x.com/Cierzo_Live">@Cierzo_Live</a> for live updates on delays. Follow <a href="https://x.com/ana_lens">@ana_lens</a> for her photos.</p>
      <p>Live updates: <a href="https://x.com/Brand_Now">@Brand_Now</a></p></main>`;
    expect(analyzePage(html, 'https://brand.test/').facts.socials.map((s) => `${s.handle}/${s.placement}/${s.snippet}`)).toEqual([
      'brackenfldlive/body/For live disruption news follow @BrackenfldLive',
      'cierzo_taquilla/body/Taquilla en X: @Cierzo_Taquilla',
      'lhp_boxoffice/follow-block/@LHP_BoxOffice',
      'bohnenticker/follow-block/Aktuelle Infos auf unserem X-Kanal: @Bohnenticker',
      'tramontana_taq/follow-block/@Tramontana_Taq',
      'tixnow_help/body/Our ticketing partner\'s help desk answers on X: @TixNow_Help',
      'chef.mario/body/@chef.mario',
      'cierzo_live/body/Follow @Cierzo_Live for live updates on delays',
      'ana_lens/body/@ana_lens',
      'brand_now/body/Live updates: @Brand_Now',
    ]);
  });

  it('gives the links of a list headed by retailers or franchisees to them, and keeps the brand\'s follow-us block after it', () => {
    const html = `<main><p><a href="/karte">Karte</a></p><section><h2>Vertriebspartner in Österreich</h2><ul><li>Gipfelglück: <a href="https://www.instagram.com/gipfelglueck/">@gipfelglueck</a></li></ul></section>
      <section><h2>Our stockists</h2><p>The Pantry: <a href="https://x.com/pantryfrome">X</a></p></section>
      <section><h2>Devenir franchisé</h2><p>Écrivez à <a href="https://www.linkedin.com/company/brand/">notre équipe</a></p></section>
      <div class="social"><h2>Folgen Sie uns</h2><a href="https://www.youtube.com/@brandvideos">YouTube</a></div></main>`;
    expect(analyzePage(html, 'https://brand.test/').facts.socials.map((s) => `${s.handle}/${s.placement}`)).toEqual([
      'gipfelglueck/article',
      'pantryfrome/article',
      'brand/body',
      'brandvideos/follow-block',
    ]);
  });

  it("reads the brand's own desk or handle claimed in running text ('our support team on X', 'nous sommes'), not a person's or a partner's", () => {
    const long = 'Setting up a new router takes about ten minutes and you will need the card that came in the box. '.repeat(3);
    const html = `<main><p><a href="/guides">Guides</a></p>
      <p>${long}If you are stuck, our support team answers on X at <a href="https://x.com/BW_Care">@BW_Care</a>, every day.</p>
      <p>Sur X, notre équipe service clients : <a href="https://twitter.com/#!/Fournil_SAV">@Fournil_SAV</a></p>
      <p>Bei Fragen schreiben Sie unserem Serviceteam auf X: <a href="https://x.com/LindnerService">@LindnerService</a>.</p>
      <p>Si no funciona, nuestro equipo de atención al cliente responde en X en <a href="https://x.com/PB_Atencion">@PB_Atencion</a>.</p>
      <p>Auf X heißen wir übrigens <a href="https://x.com/LindnerSpiel">@LindnerSpiel</a>, weil der Name vergeben war.</p>
      <p>Questions about a card payment? Our payments partner's help desk answers at <a href="https://x.com/SettlePay_Help">@SettlePay_Help</a>.</p>
      <p>Contact Élodie, our support lead, on X: <a href="https://x.com/elodie_l">@elodie_l</a>.</p>
      <p>Unser Geschäftsführer Jan Weber postet privat auf X: <a href="https://x.com/jan_weber_fd">@jan_weber_fd</a>.</p>
      <p>Our repair service was featured by <a href="https://x.com/fixmag">@fixmag</a>.</p></main>`;
    expect(analyzePage(html, 'https://brand.test/').facts.socials.map((s) => `${s.handle}/${s.placement}/${s.crowd ?? ''}`)).toEqual([
      'bw_care/follow-block/',
      'fournil_sav/follow-block/',
      'lindnerservice/follow-block/',
      'pb_atencion/follow-block/',
      'lindnerspiel/follow-block/',
      'settlepay_help/body/9',
      'elodie_l/body/9',
      'jan_weber_fd/body/9',
      // "featured by" credits another organisation: its profile is that organisation's, as a maker's in a credits line.
      'fixmag/article/9',
    ]);
  });

  it("reads a desk claimed in an article's own text as the brand's, not a partner's desk nor another 'our channel' there", () => {
    const html = `<main><article class="billet"><h1>Entretenir ses fenêtres</h1>
      <p>Une question ? Notre service après-vente vous répond sur X : <a href="https://mobile.twitter.com/OrsanSAV">@OrsanSAV</a>.</p>
      <p>Un colis abîmé ? Notre partenaire transporteur répond sur X : <a href="https://x.com/TransAlpes_SAV">@TransAlpes_SAV</a>.</p>
      <p>Regardez <a href="https://www.youtube.com/@karimbois">our video channel</a>, dit Karim.</p>
      <blockquote><p>Problème réglé en une heure : notre service client répond sur X : <a href="https://x.com/ChezLiliSAV">@ChezLiliSAV</a></p></blockquote></article></main>`;
    expect(analyzePage(html, 'https://orsan.test/journal/fenetres').facts.socials.map((s) => `${s.handle}/${s.placement}`)).toEqual([
      'orsansav/follow-block',
      'transalpes_sav/article',
      'karimbois/article',
      // A customer quoted in the article speaks of her own firm's desk.
      'chezlilisav/article',
    ]);
  });

  it("reads a desk named right before its link as the brand's, whatever capitalised words open the sentence", () => {
    // Nothing between the desk and the link: no person can be named after it ("Bei Fragen" is not a name).
    const html = `<main><p><a href="/guides">Guides</a></p>
      <p>Bei Fragen hilft unser Kundenservice <a href="https://x.com/LindnerHilfe">@LindnerHilfe</a>.</p>
      <p>Bei Fragen hilft unser Kundenservice: <a href="https://x.com/LindnerHilfe2">@LindnerHilfe2</a>.</p>
      <p>Contact Élodie, our support lead, on X: <a href="https://x.com/elodie_l">@elodie_l</a>.</p></main>`;
    expect(analyzePage(html, 'https://brand.test/').facts.socials.map((s) => `${s.handle}/${s.placement}`)).toEqual([
      'lindnerhilfe/follow-block',
      'lindnerhilfe2/follow-block',
      'elodie_l/body',
    ]);
  });

  it('gives links under a sibling heading naming other people to them, and keeps the follow-us icons before it the brand\'s', () => {
    const html = `<aside><h3>Suivez-nous</h3><a href="https://www.facebook.com/semaine">Facebook</a> <a href="https://x.com/SemaineDuLac">X</a>
      <h3>Nos journalistes</h3><ul><li>Agnès <a href="https://x.com/agnes">X</a></li><li>Bruno <a href="https://x.com/bruno">X</a></li></ul></aside>
      <main><h1>Nuestro equipo</h1><div class="cards"><div><h3>Sara Lacasa</h3><a href="https://www.linkedin.com/in/sara/">LinkedIn</a></div></div>
      <p>Síguenos también en <a href="https://x.com/brujula">X</a></p><h2>Contacto</h2><p><a href="https://x.com/brujula_help">X</a></p></main>`;
    expect(analyzePage(html, 'https://brand.fr/').facts.socials.map((s) => `${s.handle}/${s.placement}`)).toEqual([
      'semaine/follow-block',
      'semainedulac/follow-block',
      'agnes/article',
      'bruno/article',
      'sara/article',
      'brujula/follow-block',
      // (the whole short <main> says "síguenos" and links only profiles: a follow block)
      'brujula_help/follow-block',
    ]);
  });

  it('gives links after "follow her on", "síguela en" or "Sigue a la ilustradora en" to that person, not "Síguenos en"', () => {
    const html = `<footer><p>Hosted by Maya — follow her on <a href="https://www.instagram.com/maya.audio/">Instagram</a></p>
      <p>Síguela en <a href="https://www.instagram.com/ines.escribe/">Instagram</a>.</p><p>Sigue a la ilustradora en <a href="https://x.com/pilar_dibuja">X</a></p>
      <p>Síguenos en <a href="https://x.com/EdFaro">X</a></p></footer>`;
    expect(analyzePage(html, 'https://brand.fr/').facts.socials.map((s) => `${s.handle}/${s.placement}`)).toEqual([
      'maya.audio/article',
      'ines.escribe/article',
      'pilar_dibuja/article',
      'edfaro/footer',
    ]);
  });

  it('gives contact persons and press officers their own links although their heading says contact', () => {
    const html = `<footer><div><h4>Ihr Ansprechpartner</h4><a href="https://www.linkedin.com/in/dirk/">LinkedIn</a></div>
      <div><h4>Pressekontakt</h4><a href="https://x.com/anja">X</a></div><div><h4>Kontakt</h4><a href="https://x.com/hansen_service">X</a></div></footer>`;
    expect(analyzePage(html, 'https://brand.fr/').facts.socials.map((s) => `${s.handle}/${s.placement}`)).toEqual(['dirk/article', 'anja/article', 'hansen_service/footer']);
  });

  it('never reads a page-wide heading as the heading of the footer (older markup without <main> or <footer>)', () => {
    const html = `<div id="page"><h1>Notre équipe</h1><div class="contenu"><p>Six personnes passionnées.</p></div>
      <div id="footer"><a href="https://www.instagram.com/maison/">Instagram</a></div></div>`;
    expect(analyzePage(html, 'https://brand.fr/').facts.socials.map((s) => `${s.handle}/${s.placement}`)).toEqual(['maison/footer']);
  });

  it('reads an X timeline and a Facebook page plugin as the site presenting its account', () => {
    const html = `<main><a class="twitter-timeline" href="https://twitter.com/ISF_Sailings">Posts by ISF_Sailings</a>
      <div class="fb-page" data-href="https://www.facebook.com/isf"><blockquote cite="https://www.facebook.com/isf" class="fb-xfbml-parse-ignore">
      <a href="https://www.facebook.com/isf">ISF</a></blockquote></div><blockquote class="twitter-tweet"><a href="https://x.com/fan">@fan</a></blockquote></main>`;
    expect(analyzePage(html, 'https://brand.fr/').facts.socials.map(key)).toEqual(['x/isf_sailings/link/follow-block', 'facebook/isf/link/follow-block', 'x/fan/link/article']);
  });

  it('keeps "Follow <Name> on" before a link as its evidence, not "follow us" or an uncapitalised phrase', () => {
    const html = `<footer><p>Follow our founder Jo Penrose on <a href="https://x.com/jopenrose">X</a> and <a href="https://www.instagram.com/jo.pots/">Instagram</a></p>
      <p>Follow us on <a href="https://x.com/kilnandtide">X</a></p><p>Suivez l'actualité de l'atelier sur <a href="https://www.instagram.com/atelier/">Instagram</a></p></footer>`;
    expect(analyzePage(html, 'https://brand.fr/').facts.socials.map((s) => `${s.handle}: ${s.snippet}`)).toEqual([
      'jopenrose: Follow our founder Jo Penrose on X',
      'jo.pots: Follow our founder Jo Penrose on Instagram',
      'kilnandtide: X',
      'atelier: Instagram',
    ]);
  });

  it('reads <link rel="publisher"> and fb:page_id as the publisher\'s pages', () => {
    const html = `<html><head><link rel="publisher" href="https://plus.google.com/+EchoDesVallees"><link rel="author" href="https://plus.google.com/+Claire">
      <meta property="fb:page_id" content="556677889900112"></head><body></body></html>`;
    expect(analyzePage(html, 'https://brand.fr/').facts.socials.map(key)).toEqual([
      'google-plus/+echodesvallees/publisher-meta/head',
      'facebook/556677889900112/publisher-meta/head',
    ]);
  });

  it('records wa.me and t.me links as messaging sightings', () => {
    const page = analyzePage('<footer><a href="https://wa.me/33612345678">WhatsApp</a></footer>', 'https://brand.fr/');
    expect(page.facts.socials.map(key)).toEqual(['whatsapp/33612345678/messaging/footer']);
    expect(page.facts.contacts.map((c) => c.kind)).toEqual(['messaging']);
  });
});

describe('parsers agree on the fixture sites', () => {
  // The synthetic brand sites are realistic pages (footers, share bars, JSON-LD, malformed markup); both parsers
  // must extract the same facts from each of them.
  const root = resolve(import.meta.dirname, '../../../fixtures/sites');
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) files.push(path);
    }
  };
  if (existsSync(root)) walk(root);

  it.skipIf(files.length === 0)('htmlparser2 and parse5 give the same analysis', () => {
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const a = analyzePage(html, 'https://www.example.test/page');
      const b = analyzePage(html, 'https://www.example.test/page', { parser: 'parse5' });
      expect({ file, ...b }).toEqual({ file, ...a });
    }
  });
});

describe('terminal escape sequences in scraped text', () => {
  it('removes whole sequences, not just the ESC byte', () => {
    const html = `<html><head><title>Brand\u001b]0;pwned\u0007\u001b[2J\u001b[31m Shop\u009b5m</title></head><body><a href="/aide">\u001b[5mAide</a></body></html>`;
    const page = analyzePage(html, 'https://brand.fr/');
    expect(page.title).toBe('Brand Shop');
    expect(page.links[0].text).toBe('Aide');
  });
});
