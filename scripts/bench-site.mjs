// The benchmark's synthetic brand site: a home, support and legal pages, and product pages, as fixture files.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const HOST = 'www.bench-brand.test';

/** Writes a site of `count` pages: a home, support/legal pages and product pages, each linking to ~12 others. */
export function generateSite(dir, count) {
  const hostDir = path.join(dir, 'bench-brand', HOST);
  mkdirSync(path.join(hostDir, 'p'), { recursive: true });
  const special = ['aide', 'contact', 'faq', 'cgv', 'mentions-legales', 'confidentialite', 'communaute'];
  const productCount = count - 1 - special.length;
  const link = (i) => `/p/produit-${i}.html`;
  const footer = `<footer><div class="follow">Suivez-nous
    <a href="https://www.facebook.com/benchbrand">Facebook</a> <a href="https://x.com/benchbrand">X</a>
    <a href="https://www.instagram.com/benchbrand/">Instagram</a> <a href="https://www.youtube.com/@benchbrand">YouTube</a></div>
    <a href="/cgv.html">CGV</a> <a href="/mentions-legales.html">Mentions légales</a> <a href="/confidentialite.html">Confidentialité</a> <a href="/communaute.html">Communauté</a></footer>`;
  const header = `<header><nav><a href="/">Accueil</a> <a href="/aide.html">Aide</a> <a href="/contact.html">Contact</a> <a href="/faq.html">FAQ</a></nav>
    <form role="search" action="/recherche"><input type="search" name="q"></form></header>`;
  const para = 'Nos artisans sélectionnent chaque pièce avec soin pour votre maison, livrée partout en France et en Belgique. ';
  const page = (title, body, links) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Bench Brand</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Bench Brand","sameAs":["https://www.linkedin.com/company/bench-brand"]}</script>
    <style>body{font-family:sans-serif}.grid{display:grid}</style></head><body>${header}
    <main><h1>${title}</h1>${body}<ul class="grid">${links.map((l, k) => `<li><a href="${l}">Produit ${k}</a> <a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(l)}">Partager</a></li>`).join('')}</ul>
    ${para.repeat(20)}</main>${footer}</body></html>`;
  // Each product links to the next one too, so every page is reachable whatever the pseudo-random picks.
  const pick = (i) => [link((i + 1) % productCount), ...Array.from({ length: 11 }, (_, k) => link((i * 7 + k * 13) % productCount))];
  writeFileSync(path.join(hostDir, 'index.html'), page('Accueil', '<p>Bienvenue.</p>', Array.from({ length: 20 }, (_, k) => link(k * 11 % productCount))));
  for (const s of special) writeFileSync(path.join(hostDir, `${s}.html`), page(s, '<p>Nous vous répondons sous 24 h. <a href="mailto:aide@bench-brand.test">Écrire</a></p>', pick(s.length)));
  for (let i = 0; i < productCount; i++) writeFileSync(path.join(hostDir, 'p', `produit-${i}.html`), page(`Produit ${i}`, '<p>Un produit.</p>', pick(i)));
}

