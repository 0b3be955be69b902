// placementOf: ancestors, class/id words, "follow us" blocks, article/author contexts and the precedence order.
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { placeLinks, placementOf } from '../../../src/collect/site/placement.js';

/**
 * Placement of the element with id "t" in `body`, with both parsers (they must agree), and as page analysis places
 * it: placeLinks over every link of the page with it, its regions shared from one link to the next, must place each
 * as placementOf does.
 */
function placeOf(body: string): string {
  const html = `<!doctype html><html><head><title>t</title></head><body class="single-post social-page">${body}</body></html>`;
  const $ = load(html);
  const a = placementOf($('#t'));
  const b = placementOf(load(html, { xml: { xmlMode: false, decodeEntities: true } })('#t'));
  expect(b).toBe(a);
  const links = $('a, #t').toArray() as Element[];
  expect(placeLinks($.root()[0], links)).toEqual(links.map((l) => placementOf(l)));
  return a;
}

describe('placementOf', () => {
  it.each([
    ['<header><a id="t" href="/">x</a></header>', 'header'],
    ['<div role="banner"><a id="t" href="/">x</a></div>', 'header'],
    ['<div class="site-header__inner"><a id="t" href="/">x</a></div>', 'header'],
    ['<div id="globalHeader"><a id="t" href="/">x</a></div>', 'header'],
    ['<nav><a id="t" href="/">x</a></nav>', 'nav'],
    ['<div role="navigation"><a id="t" href="/">x</a></div>', 'nav'],
    ['<ul class="main-menu"><li><a id="t" href="/">x</a></li></ul>', 'nav'],
    ['<div class="navbar"><a id="t" href="/">x</a></div>', 'nav'],
    ['<div class="sidenav"><a id="t" href="/">x</a></div>', 'nav'],
    ['<div class="site-navigation"><a id="t" href="/">x</a></div>', 'nav'],
    ['<ul class="hauptnavigation"><li><a id="t" href="/">x</a></li></ul>', 'nav'],
    // class names that merely contain "nav" or "menu" are not navigation
    ['<section class="navidad-especial"><p><a id="t" href="/">Lucía</a></p></section>', 'body'],
    ['<div class="navy-box"><a id="t" href="/">x</a></div>', 'body'],
    ['<div class="canvas-navarra"><a id="t" href="/">x</a></div>', 'body'],
    ['<div class="menuiserie-bois"><a id="t" href="/">x</a></div>', 'body'],
    // "official links" sidebars of festivals and venues are the brand's own social block
    ['<aside><h3>Official links</h3><ul><li><a id="t" href="https://twitter.com/aurorafest">Twitter</a></li></ul></aside>', 'follow-block'],
    ['<aside><h3>Liens officiels</h3><a id="t" href="https://www.facebook.com/LeGrandPlateau">Facebook</a></aside>', 'follow-block'],
    ['<aside><h3>Offizielle Kanäle</h3><a id="t" href="https://www.instagram.com/technikwelt_ost/">Instagram</a></aside>', 'follow-block'],
    ['<aside><h3>Redes oficiales</h3><a id="t" href="https://www.instagram.com/marca/">Instagram</a></aside>', 'follow-block'],
    ['<div><h3>Volg ons</h3><a id="t" href="https://www.instagram.com/rederij/">Instagram</a></div>', 'follow-block'],
    ['<div><h4>Seguici</h4><a id="t" href="https://www.instagram.com/gelateria/">Instagram</a></div>', 'follow-block'],
    ['<div><h3>Canali ufficiali</h3><a id="t" href="https://www.youtube.com/@festival">YouTube</a></div>', 'follow-block'],
    // "verified accounts" boxes, posted against impostors, in the four languages
    ['<div><h3>Cuentas verificadas del estudio</h3><ul><li><a id="t" href="https://www.tiktok.com/@play">TikTok</a></li></ul></div>', 'follow-block'],
    ['<section><h2>Verifizierte Profile der Werkstatt</h2><a id="t" href="https://www.instagram.com/ton/">Instagram</a></section>', 'follow-block'],
    ['<div><h4>Nos comptes certifiés</h4><a id="t" href="https://x.com/marque">X</a></div>', 'follow-block'],
    ['<div><h4>Verified accounts</h4><a id="t" href="https://x.com/brand">X</a></div>', 'follow-block'],
    ['<div><h4>Restez connectés</h4><a id="t" href="https://x.com/marque">X</a></div>', 'follow-block'],
    ['<div><h4>Bleiben Sie in Kontakt</h4><a id="t" href="https://x.com/marke">X</a></div>', 'follow-block'],
    ['<div><h4>Stay connected</h4><a id="t" href="https://x.com/brand">X</a></div>', 'follow-block'],
    // a <header> that opens one piece of content (title, byline, then its text) is that content's, not the banner
    ['<div class="entrada"><header><h1>Cómo hicimos la lluvia</h1><p>Por <a id="t" href="https://x.com/lucia">Lucía</a></p></header><p>La primera versión…</p></div>', 'article'],
    ['<section class="episode"><header><h1>Le dernier passeur</h1><div><a id="t" href="https://x.com/clem">Clémence</a></div></header></section>', 'article'],
    ['<div class="feature"><div class="story-header"><h2>Inside the cellar</h2><p><a id="t" href="https://x.com/owen">Owen</a></p></div><p>Forty barrels…</p></div>', 'article'],
    ['<div class="wrap"><div class="site-header"><h1>Brand</h1><a id="t" href="https://x.com/brand">X</a></div><p>Welcome</p></div>', 'header'],
    // …but the page's banner stays the header: beside the page's regions, with its navigation, or with no heading
    ['<div class="wrap"><header><h1>Brand</h1><nav><a href="/">Home</a></nav><a id="t" href="https://x.com/brand">X</a></header><p>Welcome</p></div>', 'header'],
    ['<header><h1>Brand</h1><a id="t" href="https://x.com/brand">X</a></header><p>Welcome</p>', 'header'],
    ['<div class="wrap"><header><a id="t" href="https://x.com/brand">X</a></header><p>Welcome</p></div>', 'header'],
    ['<section><header role="banner"><h1>Brand</h1><a id="t" href="https://x.com/brand">X</a></header></section>', 'header'],
    // rel="author" is the author's link wherever it sits
    ['<header><span>Photographs: <a id="t" rel="author" href="https://www.instagram.com/priya/">Priya</a></span></header>', 'article'],
    ['<footer><a id="t" href="/">x</a></footer>', 'footer'],
    ['<div role="contentinfo"><a id="t" href="/">x</a></div>', 'footer'],
    ['<div id="page-footer"><a id="t" href="/">x</a></div>', 'footer'],
    ['<div class="social-links"><a id="t" href="/">x</a></div>', 'follow-block'],
    ['<div><h3>Suivez-nous</h3><ul><li><a id="t" href="https://www.facebook.com/brand">Facebook</a></li></ul></div>', 'follow-block'],
    ['<div><p>Folgen Sie uns</p><a id="t" href="https://www.facebook.com/brand">X</a></div>', 'follow-block'],
    ['<div><span>Síguenos</span><a id="t" href="https://www.facebook.com/brand">X</a></div>', 'follow-block'],
    ['<div><span>Retrouvez-nous sur</span><a id="t" href="https://www.facebook.com/brand">X</a></div>', 'follow-block'],
    ['<ul aria-label="Social media"><li><a id="t" href="/">X</a></li></ul>', 'follow-block'],
    ['<article><p>Read <a id="t" href="/">Jane</a></p></article>', 'article'],
    ['<div class="post"><a id="t" href="/">x</a></div>', 'article'],
    ['<div class="author-box"><a id="t" href="/">x</a></div>', 'article'],
    ['<blockquote class="twitter-tweet"><a id="t" href="/">x</a></blockquote>', 'article'],
    ['<main><p><a id="t" href="/">x</a></p></main>', 'body'],
    // body classes ("single-post", "social-page") never make every link an article or a follow-block
    ['<div><a id="t" href="/">x</a></div>', 'body'],
  ])('%s → %s', (body, expected) => {
    expect(placeOf(body)).toBe(expected);
  });

  describe('blocks headed by other people or organisations', () => {
    it.each([
      ['<footer><div><h5>Founders</h5><p>Ellis <a id="t" href="https://www.linkedin.com/in/ellis/">LinkedIn</a></p></div></footer>', 'article'],
      ['<aside><div class="widget"><h3>Guest editor</h3><p><a id="t" href="https://x.com/amara">X</a></p></div></aside>', 'article'],
      ['<footer><div class="spalte"><h4>Unsere Partner</h4><a id="t" href="https://www.instagram.com/kino/">Kino</a></div></footer>', 'article'],
      ['<footer><div class="col"><p class="pied__titre">Ambassadeur du mois</p><p><a id="t" href="https://www.instagram.com/theo/">Instagram</a></p></div></footer>', 'article'],
      ['<footer><div class="col"><h4>Con el apoyo de</h4><a id="t" href="https://x.com/cervezas">Cervezas</a></div></footer>', 'article'],
      ['<footer><div><h4>Fahrer:innen</h4><a id="t" href="https://www.instagram.com/jana/">Jana</a></div></footer>', 'article'],
      // …but not the brand's own: a heading inviting the reader, or saying follow us, whatever word it holds
      ['<footer><div><h4>Join the team</h4><a id="t" href="https://www.linkedin.com/company/brand/">LinkedIn</a></div></footer>', 'footer'],
      ['<footer><div><h4>Team Rotwild auf Social Media</h4><a id="t" href="https://www.instagram.com/teamrotwild/">Instagram</a></div></footer>', 'footer'],
      // a heading-like first child only: a sentence in a paragraph is not a heading
      ['<footer><div><p>Our team answers every day from 8am</p><a id="t" href="https://x.com/brand_help">X</a></div></footer>', 'footer'],
    ])('%s → %s', (body, expected) => {
      expect(placeOf(body)).toBe(expected);
    });

    it('reads schema.org Review and Comment microdata and French comment ids as a person\'s block', () => {
      expect(placeOf('<div class="slide" itemscope itemtype="https://schema.org/Review"><p><a id="t" href="https://www.instagram.com/julie/">@julie</a></p></div>')).toBe('article');
      expect(placeOf('<footer><p itemprop="author"><a id="t" href="https://x.com/anne">Anne</a></p></footer>')).toBe('article');
      expect(placeOf('<section id="commentaires"><ol><li><a id="t" href="https://x.com/anne">Anne</a></li></ol></section>')).toBe('article');
    });
  });

  describe('precedence: footer > header > nav > follow-block > article > body', () => {
    it('a follow-us block in the footer is the footer (site-wide chrome)', () => {
      expect(placeOf('<footer><div class="footer-social"><a id="t" href="/">x</a></div></footer>')).toBe('footer');
    });
    it('a follow-us block in the main content stays a follow-block', () => {
      expect(placeOf('<main><h1>Contact</h1><div class="social-links"><a id="t" href="/">x</a></div></main>')).toBe('follow-block');
    });
    it('footer beats header and nav', () => {
      expect(placeOf('<footer><nav><div class="header"><a id="t" href="/">x</a></div></nav></footer>')).toBe('footer');
    });
    it('header beats nav', () => {
      expect(placeOf('<header><nav><a id="t" href="/">x</a></nav></header>')).toBe('header');
    });
    it('nav beats article', () => {
      expect(placeOf('<nav><div class="post"><a id="t" href="/">x</a></div></nav>')).toBe('nav');
    });
    it('a follow-us block inside a plain article is still a follow-block', () => {
      expect(placeOf('<article><p>Long text</p><div><strong>Follow us</strong> <a id="t" href="https://www.facebook.com/brand">X</a></div></article>')).toBe('follow-block');
    });
  });

  describe('article-scoped chrome and author boxes', () => {
    it("an article's own header (its byline) is the article", () => {
      expect(placeOf('<article><header class="entry-header"><a id="t" href="/">Jane</a></header></article>')).toBe('article');
    });
    it('social icons in an author box belong to the author', () => {
      expect(placeOf('<article><div class="author"><ul class="author-social"><li><a id="t" href="/">X</a></li></ul></div></article>')).toBe('article');
    });
    it('a short footer that says "follow us" but also holds legal links is a footer, not a follow block', () => {
      const footer = '<footer><h4>Suivez-nous</h4><a href="https://www.facebook.com/brand">Facebook</a><a id="t" href="/mentions-legales">Mentions légales</a></footer>';
      expect(placeOf(footer)).toBe('footer');
    });
    it('a share bar is not a follow block', () => {
      expect(placeOf('<div class="social-share"><a id="t" href="/">Share</a></div>')).toBe('body');
    });
    it('an entry header or footer inside <main> is content, and so is a header inside <main> (ARIA: not a banner)', () => {
      expect(placeOf('<main><div class="entry"><header class="entry-header"><p class="entry-meta">By <a id="t" href="/">Amara</a></p></header></div></main>')).toBe('article');
      expect(placeOf('<main><header><h1>Title</h1><p>Written by <a id="t" href="/">Tom</a></p></header></main>')).toBe('body');
      expect(placeOf('<div class="entry-footer"><p>Anna writes… <a id="t" href="/">Follow Anna</a></p></div>')).toBe('article');
      expect(placeOf('<main><footer class="post-footer"><a id="t" href="/">Mark</a></footer></main>')).toBe('article');
    });
    it("a person's block owns its links even inside the site footer or a sidebar", () => {
      expect(placeOf('<footer><div class="footer-col footer-team"><ul><li>Marie <a id="t" href="/">X</a></li></ul></div></footer>')).toBe('article');
      expect(placeOf('<aside><figure class="card"><blockquote><p>Great</p></blockquote><figcaption><a id="t" href="/">@tom</a></figcaption></figure></aside>')).toBe('article');
      expect(placeOf('<footer><div itemscope itemtype="https://schema.org/Person"><a id="t" href="/">X</a></div></footer>')).toBe('article');
      expect(placeOf('<aside><section class="widget widget-contributors"><a id="t" href="/">x</a></section></aside>')).toBe('article');
    });
    it("an entry of a store or retailer locator owns its links, even in a block classed social; not in the page's footer", () => {
      expect(placeOf('<main><ol><li class="store franchise"><h2>Wavre</h2><p class="social"><a id="t" href="/">Instagram</a></p></li></ol></main>')).toBe('article');
      expect(placeOf('<div class="stockist-card"><h3>The Pantry</h3><ul class="social-links"><li><a id="t" href="/">X</a></li></ul></div>')).toBe('article');
      expect(placeOf('<section><div class="haendler-eintrag"><p><a id="t" href="/">Facebook</a></p></div></section>')).toBe('article');
      expect(placeOf('<ul><li class="tienda franquicia"><div class="redes-sociales"><a id="t" href="/">IG</a></div></li></ul>')).toBe('article');
      // chrome: app-store badges beside the follow-us icons in the footer, a menu of stores; and a wrapper of the page
      expect(placeOf('<footer><div class="app-store social"><a id="t" href="/">Instagram</a></div></footer>')).toBe('footer');
      expect(placeOf('<nav><ul class="stores"><li><a id="t" href="/">Lyon</a></li></ul></nav>')).toBe('nav');
      expect(placeOf('<div id="store-wrapper"><header><a id="t" href="/">x</a></header><main><p>…</p></main></div>')).toBe('header');
      // "shop" and "boutique" name the brand's own e-shop as often: not a locator entry
      expect(placeOf('<div class="shop-follow"><a id="t" href="/">Instagram</a></div>')).toBe('follow-block');
    });
    it('a long text block mentioning "follow us" is not a follow block', () => {
      const long = 'Lorem ipsum dolor sit amet. '.repeat(20);
      expect(placeOf(`<section><p>${long} Follow us for more.</p><p>${long}<a id="t" href="/">x</a></p></section>`)).toBe('body');
    });
  });
});

describe("placementOf: an ambassador's or athlete's card", () => {
  it("places its social list as a person's block, not the brand's follow block", () => {
    expect(placeOf('<main><div class="ambassador__card"><h3>Mia Tanaka</h3><ul class="ambassador__socials"><li><a id="t" href="https://www.instagram.com/miaclimbs/">Instagram</a></li></ul></div></main>')).toBe('article');
    expect(placeOf('<main><div class="athlete-card"><ul class="athlete-card__socials"><li><a id="t" href="https://x.com/samk">X</a></li></ul></div></main>')).toBe('article');
    expect(placeOf('<main><ul class="brand__socials"><li><a id="t" href="https://x.com/tidewater">X</a></li></ul></main>')).toBe('follow-block');
  });
});
