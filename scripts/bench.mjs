// npm run bench: generate a 300-page synthetic brand site, serve it on 127.0.0.1, audit it 5 times per HTML
// parser, and print pages/s and peak RSS (medians). Figures only: nothing here asserts a time.
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startFixtureServer } from '../dist/demo/fixture-server.js';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const PAGES = Number(process.env.BENCH_PAGES ?? 300);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const HOST = 'www.bench-brand.test';

/** Writes a site of `count` pages: a home, support/legal pages and product pages, each linking to ~12 others. */
function generateSite(dir, count) {
  const hostDir = path.join(dir, 'bench-brand', HOST);
  mkdirSync(path.join(hostDir, 'p'), { recursive: true });
  const special = ['aide', 'contact', 'faq', 'cgv', 'mentions-legales', 'confidentialite', 'communaute'];
  const productCount = count - 1 - special.length;
  const link = (i) => `/p/produit-${i}.html`;
  const footer = `<footer><div class="follow">Suivez-nous
    <a href="https://www.facebook.com/benchbrand">Facebook</a> <a href="https://x.com/benchbrand">X</a>
    <a href="https://www.instagram.com/benchbrand/">Instagram</a> <a href="https://www.youtube.com/@benchbrand">YouTube</a></div>
    <a href="/cgv.html">CGV</a> <a href="/mentions-legales.html">Mentions légales</a> <a href="/confidentialite.html">Confidentialité</a></footer>`;
  const header = `<header><nav><a href="/">Accueil</a> <a href="/aide.html">Aide</a> <a href="/contact.html">Contact</a> <a href="/faq.html">FAQ</a></nav>
    <form role="search" action="/recherche"><input type="search" name="q"></form></header>`;
  const para = 'Nos artisans sélectionnent chaque pièce avec soin pour votre maison, livrée partout en France et en Belgique. ';
  const page = (title, body, links) => `<!doctype html><html lang="fr"><head><meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Bench Brand</title>
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Bench Brand","sameAs":["https://www.linkedin.com/company/bench-brand"]}</script>
    <style>body{font-family:sans-serif}.grid{display:grid}</style></head><body>${header}
    <main><h1>${title}</h1>${body}<ul class="grid">${links.map((l, k) => `<li><a href="${l}">Produit ${k}</a> <a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(l)}">Partager</a></li>`).join('')}</ul>
    ${para.repeat(20)}</main>${footer}</body></html>`;
  const pick = (i) => Array.from({ length: 12 }, (_, k) => link((i * 7 + k * 13) % productCount));
  writeFileSync(path.join(hostDir, 'index.html'), page('Accueil', '<p>Bienvenue.</p>', Array.from({ length: 20 }, (_, k) => link(k * 11 % productCount))));
  for (const s of special) writeFileSync(path.join(hostDir, `${s}.html`), page(s, '<p>Nous vous répondons sous 24 h. <a href="mailto:aide@bench-brand.test">Écrire</a></p>', pick(s.length)));
  for (let i = 0; i < productCount; i++) writeFileSync(path.join(hostDir, 'p', `produit-${i}.html`), page(`Produit ${i}`, '<p>Un produit.</p>', pick(i)));
}

/** Runs one audit in a child process that reports its own crawl time, pages and peak RSS. */
function runOnce(origin, resolve, parser) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'scripts', 'bench-child.mjs'), `${origin}/`, resolve, String(PAGES)], {
      env: { ...process.env, BRAND_AUDIT_PARSER: parser },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise(JSON.parse(out)) : reject(new Error(`bench child exited ${code}`))));
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-bench-'));
try {
  generateSite(dir, PAGES);
  const server = await startFixtureServer({ root: dir });
  const resolve = Object.entries(server.resolve).map(([h, a]) => `${h}=${a}`).join(',');
  console.log(`brand-audit bench: ${PAGES}-page synthetic site on 127.0.0.1:${server.port}, ${RUNS} runs per parser, node ${process.version}`);
  for (const parser of ['htmlparser2', 'parse5']) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await runOnce(server.origin(HOST), resolve, parser));
    const pps = runs.map((r) => r.pages / (r.crawlMs / 1000));
    const rss = runs.map((r) => r.maxRssMb);
    console.log(
      `${parser.padEnd(12)} pages read ${runs[0].pages}  pages/s median ${median(pps).toFixed(0)} (runs: ${pps.map((p) => p.toFixed(0)).join(', ')})  ` +
        `peak RSS median ${median(rss).toFixed(0)} MB (runs: ${rss.map((r) => r.toFixed(0)).join(', ')})`,
    );
  }
  await server.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
