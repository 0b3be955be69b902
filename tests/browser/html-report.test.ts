// The HTML report opened in headless Chromium from a file:// URL, as a client would open it: it must load nothing,
// run nothing, show the score and every category, read on a phone and a desktop (no horizontal scroll, no word
// cut across lines in a rule title, measured in the page) and print to A4. Screenshots and PDFs go to test-output/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { renderHtml } from '../../src/report/html.js';
import { translator } from '../../src/locale/translator.js';
import type { Lang } from '../../src/locale/langs.js';
import { categoryTitle } from '../../src/report/text.js';
import type { AuditReport } from '../../src/report/types.js';
import { ROOT } from '../e2e/run-cli.js';
import { auditJson, startSites } from '../e2e/fixture-brands.js';
import { auditHostileSite, auditTamperedSnapshot } from './hostile-audit.js';

const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = path.join(ROOT, 'test-output');
// Without Chromium a developer's run skips this file; CI installs Chromium (.ci/run), so there it must run.
const available = existsSync(CHROMIUM) || !!process.env.CI;
// The machine running CI is small: Chromium can take a while to start and to print a long report.
const LAUNCH_TIMEOUT_MS = 60_000;
const PAGE_TIMEOUT_MS = 120_000;

/** Globals a script in the hostile pages or in a broken report would set (fixtures/hostile a-propos.html sets __pwned). */
const MARKERS = ['__pwned', 'pwned'];

interface Rendered {
  slug: string;
  report: AuditReport;
  /** The language the report was rendered in (the JSON report itself has none). */
  lang: Lang;
  file: string;
}

/** Phone to wide desktop: the widths the report must read at (no horizontal scroll, no word cut). */
const WIDTHS = [360, 390, 1280, 1440];
/** The widths screenshots are written at, to look at. */
const SHOT_WIDTHS = [390, 1280];
/** Rule titles wherever they appear: cards, the action plan, the summary, the table of criteria met. */
const TITLES = 'article.rule h4, .action h3, .top-actions a, .strengths strong, table.met .criterion, .bar-label, #findings h3, main h2';

/**
 * Words of the elements matching a selector that the browser laid out over two lines: each word (text between
 * spaces and hyphens; a break after a hyphen is a normal break) measured with a Range — one rectangle per line.
 */
const SPLIT_WORDS = (selector: string): string => `(() => {
  const split = [];
  for (const el of document.querySelectorAll(${JSON.stringify(selector)})) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.textContent.matchAll(/[^\\s\\-\u2010-\u2014\/]+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (lines.size > 1) split.push(m[0]);
      }
    }
  }
  return split;
})()`;

let browser: Browser;
let dir: string;
const rendered: Rendered[] = [];

/** Writes the report's HTML in `lang` to test-output/report-<slug>.html. */
function writeReport(slug: string, report: AuditReport, lang: Lang): Rendered {
  const file = path.join(OUTPUT, `report-${slug}.html`);
  writeFileSync(file, renderHtml(report, { lang }));
  return { slug, report, lang, file };
}

beforeAll(async () => {
  if (!available) return;
  mkdirSync(OUTPUT, { recursive: true });
  dir = mkdtempSync(path.join(tmpdir(), 'brand-audit-browser-'));
  const snapshot = path.join(dir, 'hostile.snapshot.json');
  const hostile = await auditHostileSite(snapshot);
  const tampered = await auditTamperedSnapshot(snapshot, ['--lang', 'fr']);
  const server = await startSites();
  let realistic: AuditReport;
  try {
    ({ report: realistic } = await auditJson(server, 'vieux-bazar'));
  } finally {
    await server.close();
  }
  // The demo brand's golden report as a consultant sends it: in French, with an agency's name, logo and colour.
  const maison = JSON.parse(readFileSync(path.join(ROOT, 'tests', 'golden', 'maison-exemple.report.json'), 'utf8')) as AuditReport;
  const logo = `data:image/svg+xml;base64,${readFileSync(path.join(ROOT, 'fixtures', 'branding', 'agence-dupont.svg')).toString('base64')}`;
  const branded = path.join(OUTPUT, 'report-maison-exemple.html');
  writeFileSync(branded, renderHtml(maison, { lang: 'fr', branding: { preparedBy: 'Agence Dupont & Associés', logo, accent: '#0b5d4b' } }));
  rendered.push(
    writeReport('hostile-exemple', hostile.report, 'en'),
    writeReport('hostile-exemple-tampered', tampered.report, 'fr'),
    writeReport('vieux-bazar', realistic, 'fr'),
    { slug: 'maison-exemple', report: maison, lang: 'fr', file: branded },
    writeReport('vieux-bazar-de', realistic, 'de'),
  );
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    timeout: LAUNCH_TIMEOUT_MS,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!available)('HTML report in headless Chromium', () => {
  it.each(['hostile-exemple', 'hostile-exemple-tampered', 'vieux-bazar', 'maison-exemple'])(
    '%s: loads nothing, runs nothing, shows the score and every category, prints to A4',
    async (slug) => {
      const { report, lang, file } = rendered.find((r) => r.slug === slug)!;
      const tr = translator(lang);
      const documentUrl = pathToFileURL(file).href;
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      try {
        const requests: string[] = [];
        const dialogs: string[] = [];
        const consoleErrors: string[] = [];
        // Every request is recorded; only the report itself may load, anything else is aborted before it leaves.
        await page.route('**/*', (route) => {
          const url = route.request().url();
          requests.push(url);
          return url === documentUrl ? route.continue() : route.abort();
        });
        page.on('dialog', (dialog) => {
          dialogs.push(`${dialog.type()}: ${dialog.message()}`);
          void dialog.dismiss();
        });
        page.on('console', (message) => {
          if (message.type() === 'error') consoleErrors.push(message.text());
        });
        page.on('pageerror', (error) => consoleErrors.push(error.message));

        await page.goto(documentUrl, { waitUntil: 'load' });

        expect(requests).toEqual([documentUrl]);
        expect(dialogs).toEqual([]);
        expect(consoleErrors).toEqual([]);
        // Nothing was injected into the page, so any script element or handler came from the report.
        expect(await page.evaluate('document.querySelectorAll("script").length')).toBe(0);
        const handlers = (await page.evaluate(
          `[...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => el.localName + ' ' + a.name))`,
        )) as string[];
        expect(handlers).toEqual([]);
        // Links leave only for http(s) URLs; the contents and the action plan link to anchors of the page itself.
        const scriptLinks = (await page.evaluate(
          `[...document.querySelectorAll('a[href], area[href]')].filter((a) => !(a.getAttribute('href').startsWith('#') && document.getElementById(a.getAttribute('href').slice(1)))).map((a) => a.protocol).filter((p) => p !== 'http:' && p !== 'https:')`,
        )) as string[];
        expect(scriptLinks).toEqual([]);
        for (const marker of MARKERS) expect(await page.evaluate(`typeof window[${JSON.stringify(marker)}]`)).toBe('undefined');

        // The overall score as the report prints it (e.g. "29.1", "82,8" in French) and every category heading.
        const score = report.score == null ? '—' : tr.number(report.score, 1);
        expect(await page.getByText(score, { exact: true }).first().isVisible()).toBe(true);
        expect(report.categories.length).toBeGreaterThan(0);
        expect(await page.evaluate('document.documentElement.lang')).toBe(lang);
        // Every category in the scores, by its title as the report's language words it.
        const labels = page.locator('#scores .bar-label');
        expect(await labels.count()).toBe(report.categories.length);
        for (const category of report.categories) {
          const title = categoryTitle(tr, category.id);
          expect(await labels.getByText(title, { exact: true }).isVisible(), `category "${title}"`).toBe(true);
        }
        if (slug.startsWith('hostile')) {
          // The scraped markup is on screen as text: the report shows what the site says, it does not run it.
          const text = (await page.evaluate('document.body.innerText')) as string;
          expect(text).toContain('<script>alert(1)</script>');
          expect(text).toContain('"><img src=x onerror=alert(1)>');
        }

        // The full page, captured by growing the viewport to the document's height: Playwright's fullPage mode takes
        // ~45 s for a 14,000 px report on a 2-core machine, a viewport this tall ~3 s. The report has no vh units or
        // fixed elements, so the taller viewport lays it out exactly as scrolling would.
        const height = (await page.evaluate('document.documentElement.scrollHeight')) as number;
        await page.setViewportSize({ width: 1280, height });
        await page.screenshot({ path: path.join(OUTPUT, `report-${slug}.png`), fullPage: false });
        const pdf = await page.pdf({ path: path.join(OUTPUT, `report-${slug}.pdf`), format: 'A4', printBackground: true });
        expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
        // Printing must not have loaded anything either (print stylesheets, fonts).
        expect(requests).toEqual([documentUrl]);
      } finally {
        await page.close();
      }
    },
    PAGE_TIMEOUT_MS,
  );

  it.each(['vieux-bazar', 'vieux-bazar-de', 'maison-exemple', 'hostile-exemple'])(
    '%s: reads from 360 to 1440 px wide with no horizontal scroll and no word cut in a rule title',
    async (slug) => {
      const { file } = rendered.find((r) => r.slug === slug)!;
      const documentUrl = pathToFileURL(file).href;
      for (const width of WIDTHS) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        try {
          const requests: string[] = [];
          await page.route('**/*', (route) => {
            requests.push(route.request().url());
            return route.request().url() === documentUrl ? route.continue() : route.abort();
          });
          await page.goto(documentUrl, { waitUntil: 'load' });
          expect(requests, `${slug} at ${width}px`).toEqual([documentUrl]);
          expect(await page.evaluate('document.querySelectorAll("script").length')).toBe(0);
          const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
          expect(overflow, `${slug} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
          // Nothing sticks out of the page on the right either (a wide table inside a card that hides it).
          const wide = (await page.evaluate(
            `[...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((el) => el.tagName + '.' + el.className).slice(0, 5)`,
          )) as string[];
          expect(wide, `${slug} at ${width}px`).toEqual([]);
          const split = (await page.evaluate(SPLIT_WORDS(TITLES))) as string[];
          expect(split, `${slug} at ${width}px: words cut across lines`).toEqual([]);
          if (SHOT_WIDTHS.includes(width)) {
            const height = (await page.evaluate('document.documentElement.scrollHeight')) as number;
            await page.setViewportSize({ width, height });
            await page.screenshot({ path: path.join(OUTPUT, `report-${slug}-${width}.png`), fullPage: false });
          }
        } finally {
          await page.close();
        }
      }
    },
    PAGE_TIMEOUT_MS,
  );

  it('the check notices a word cut across lines', async () => {
    const page = await browser.newPage({ viewport: { width: 200, height: 400 } });
    try {
      await page.setContent('<h3 style="width:60px;overflow-wrap:anywhere">Kundenservicebereich</h3>');
      expect(((await page.evaluate(SPLIT_WORDS('h3'))) as string[]).length).toBe(1);
    } finally {
      await page.close();
    }
  });
});
