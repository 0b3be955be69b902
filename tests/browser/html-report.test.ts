// The HTML report opened in headless Chromium from a file:// URL, as a client would open it: it must load nothing,
// run nothing, show the score and every category, and print to A4. Screenshots and PDFs go to test-output/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
  rendered.push(
    writeReport('hostile-exemple', hostile.report, 'en'),
    writeReport('hostile-exemple-tampered', tampered.report, 'fr'),
    writeReport('vieux-bazar', realistic, 'fr'),
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
  it.each(['hostile-exemple', 'hostile-exemple-tampered', 'vieux-bazar'])(
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
        const scriptLinks = (await page.evaluate(
          `[...document.querySelectorAll('a[href], area[href]')].map((a) => a.protocol).filter((p) => p !== 'http:' && p !== 'https:')`,
        )) as string[];
        expect(scriptLinks).toEqual([]);
        for (const marker of MARKERS) expect(await page.evaluate(`typeof window[${JSON.stringify(marker)}]`)).toBe('undefined');

        // The overall score as the report prints it (e.g. "29.1", "82,8" in French) and every category heading.
        const score = report.score == null ? '—' : tr.number(report.score, 1);
        expect(await page.getByText(score, { exact: true }).first().isVisible()).toBe(true);
        expect(report.categories.length).toBeGreaterThan(0);
        expect(await page.evaluate('document.documentElement.lang')).toBe(lang);
        for (const category of report.categories) {
          const title = categoryTitle(tr, category.id);
          const heading = page.getByRole('heading', { level: 2, name: title, exact: true });
          expect(await heading.isVisible(), `category "${title}"`).toBe(true);
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
});
