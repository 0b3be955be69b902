// Loads the labelled page set of fixtures/pages (see its README): one folder per synthetic site with case.json and
// its pages, plus the four demo brands of fixtures/sites listed in fixtures/pages/sites.json.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const PAGES = path.join(ROOT, 'fixtures', 'pages');
const SITES = path.join(ROOT, 'fixtures', 'sites');

/** Every .html file under `dir`, recursively. */
function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return htmlFiles(file);
    return name.endsWith('.html') ? [file] : [];
  });
}

/** A demo site's page as the fixture server would serve it (placeholders filled with fixed values). */
function render(text) {
  return text.replace(/\{\{origin:([^}]+)\}\}/g, 'http://$1').replace(/\{\{date:[^}]+\}\}/g, '2026-01-15');
}

/** The pages of a demo brand: every HTML file of its web hosts (the fake API hosts, *-api.test, hold JSON). */
function sitePages(slug) {
  const dir = path.join(SITES, slug);
  return readdirSync(dir)
    .filter((host) => host.includes('.') && !host.endsWith('-api.test'))
    .flatMap((host) =>
      htmlFiles(path.join(dir, host))
        .sort()
        .map((file) => {
          const rel = path.relative(path.join(dir, host), file).split(path.sep).join('/');
          const url = `http://${host}/${rel.replace(/(^|\/)index\.html$/, '$1')}`;
          return { url, html: render(readFileSync(file, 'utf8')) };
        }),
    )
    .sort((a, b) => Number(b.url.endsWith(`//www.${slug}.test/`)) - Number(a.url.endsWith(`//www.${slug}.test/`)));
}

/** The folder of each later round: written after tuning, never tuned on (no demo brands). */
const ROUNDS = { final: 'pages-final', round9: 'pages-round9', round10: 'pages-round10', round11: 'pages-round11', round12: 'pages-round12', round13: 'pages-round13', round14: 'pages-round14', round15: 'pages-round15', round16: 'pages-round16', round17: 'pages-round17', round18: 'pages-round18', round19: 'pages-round19', round20: 'pages-round20', round21: 'pages-round21', round22: 'pages-round22', round23: 'pages-round23', round24: 'pages-round24', round25: 'pages-round25', round26: 'pages-round26', round27: 'pages-round27', round28: 'pages-round28', round29: 'pages-round29', round30: 'pages-round30', round31: 'pages-round31', round32: 'pages-round32', round33: 'pages-round33', round34: 'pages-round34', round35: 'pages-round35', round36: 'pages-round36', round37: 'pages-round37', round38: 'pages-round38', round39: 'pages-round39', round40: 'pages-round40', round41: 'pages-round41', round42: 'pages-round42' };

/**
 * Loads every case, the synthetic ones first (sorted by folder name), then the demo brands. `set` 'final' or 'roundN'
 * (9 to 23) loads that round's folder instead (fixtures/pages-final, fixtures/pages-roundN).
 */
export function loadPageSet(set = 'main') {
  const round = ROUNDS[set];
  const root = round ? path.join(ROOT, 'fixtures', round) : PAGES;
  const cases = [];
  for (const id of readdirSync(root).sort()) {
    const dir = path.join(root, id);
    if (!statSync(dir).isDirectory()) continue;
    const spec = JSON.parse(readFileSync(path.join(dir, 'case.json'), 'utf8'));
    const pages = Object.entries(spec.pages).map(([url, file]) => ({ url, html: readFileSync(path.join(dir, file), 'utf8') }));
    cases.push({ id, brand: spec.brand, pages, official: spec.official, other: spec.other ?? [], dead: spec.dead ?? [], notAccounts: spec.notAccounts ?? [] });
  }
  if (round) return cases;
  const sites = JSON.parse(readFileSync(path.join(PAGES, 'sites.json'), 'utf8'));
  for (const [id, spec] of Object.entries(sites)) {
    cases.push({ id: `site:${id}`, brand: spec.brand, pages: sitePages(spec.site), official: spec.official, other: spec.other ?? [], dead: spec.dead ?? [] });
  }
  return cases;
}
